// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "room/joinpanel.h"

#include "joinqr.h"

#include <QEvent>
#include <QPainter>

#include <algorithm>

namespace cg {

namespace {
const QColor panelBackground(0xFF, 0xFF, 0xFF);
const QColor ink(0x1C, 0x19, 0x16);
const QColor quiet(0x4F, 0x46, 0x3C);
const QColor accent(0x1B, 0x5E, 0x7A);
} // namespace

JoinPanel::JoinPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("roomJoinPanel"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    if (parent)
        parent->installEventFilter(this);
}

void JoinPanel::setRoom(const QString &url, const QString &code)
{
    m_url = url;
    m_code = code;
    m_qr = room::joinQrImage(room::joinLink(url, code), 1);
    // Read by a screen reader as plain words, the code letter by letter.
    setAccessibleName(tr("How to join from a phone"));
    setAccessibleDescription(
        tr("Open %1 and type the code %2")
            .arg(url, QStringList(code.split(QString(), Qt::SkipEmptyParts)).join(QLatin1Char(' '))));
    update();
}

QString JoinPanel::shownCode() const
{
    QString shown;
    for (int i = 0; i < m_code.size(); ++i) {
        if (i > 0 && i % 3 == 0)
            shown += QLatin1Char(' ');
        shown += m_code.at(i);
    }
    return shown;
}

QSize JoinPanel::sizeHint() const
{
    // About a third of the picture's height wide: room for a QR code a phone reads from the back.
    const int h = parentWidget() ? parentWidget()->height() : 720;
    const int w = std::clamp(int(h * 0.42), 240, 900);
    return { w, h };
}

bool JoinPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        updateGeometry();
    return QWidget::eventFilter(watched, event);
}

void JoinPanel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect(), panelBackground);
    painter.fillRect(QRect(0, 0, std::max(2, width() / 120), height()), accent);
    const double scale = std::clamp(height() / 1000.0, 0.5, 3.0);
    const double margin = std::max(16.0, width() * 0.08);
    QRectF area = QRectF(rect()).adjusted(margin, margin, -margin, -margin);

    auto text = [&](const QString &words, double pixels, bool bold, const QColor &colour, double gapAfter,
                    int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap) {
        QFont font = painter.font();
        font.setPixelSize(std::max(10, int(pixels)));
        font.setBold(bold);
        // Shrink a line that would not fit across (a long address) rather than cut it.
        if (!(flags & Qt::TextWordWrap)) {
            while (font.pixelSize() > 10 && QFontMetrics(font).horizontalAdvance(words) > area.width())
                font.setPixelSize(font.pixelSize() - 1);
        }
        painter.setFont(font);
        painter.setPen(colour);
        QRectF used;
        painter.drawText(area, int(flags), words, &used);
        area.setTop(used.bottom() + gapAfter * scale);
    };

    text(tr("Send a note from your phone"), 44 * scale, true, ink, 26);
    text(tr("1. Connect to this room's Wi-Fi"), 26 * scale, false, quiet, 12);
    text(tr("2. Open"), 26 * scale, false, quiet, 4);
    text(m_url, 34 * scale, true, accent, 16, Qt::AlignHCenter | Qt::AlignTop);
    text(tr("3. Type the code"), 26 * scale, false, quiet, 4);
    text(shownCode(), 92 * scale, true, ink, 24, Qt::AlignHCenter | Qt::AlignTop);

    if (m_qr.isNull())
        return;
    text(tr("or scan"), 24 * scale, false, quiet, 8);
    // Whole pixels per module and no smoothing: a QR code's edges must stay sharp.
    const double room = std::min(area.width(), area.height());
    const int module = int(room / m_qr.width());
    if (module < 2)
        return;
    const int side = module * m_qr.width();
    const QRect target(int(area.center().x() - side / 2.0), int(area.top()), side, side);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.drawImage(target, m_qr);
}

} // namespace cg
