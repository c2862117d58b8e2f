// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/countdownpanel.h"

#include "i18n/localeformat.h"
#include "look.h"
#include "run/runcontroller.h"
#include "run/runtext.h"
#include "session/session.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace cg {

namespace {

// Calm colours, each with dark ink well above 7:1 contrast. Colour never carries the message
// alone: the words under the figures say it too.
const QColor kPlenty(0xFF, 0xFC, 0xF5);
const QColor kTwoMinutes(0xFB, 0xE6, 0xB0); // warm amber
const QColor kTimeUp(0xF4, 0xD3, 0xCC); // soft terracotta
const QColor kPaused(0xE3, 0xE9, 0xEE); // grey-blue
const QColor kInk(0x1C, 0x19, 0x16);
const QColor kQuiet(0x4A, 0x40, 0x36);
const QColor kAccent(0x1B, 0x5E, 0x7A);
const QColor kRule(0x8A, 0x61, 0x00);

QFont sized(QFont font, double pixels, bool bold)
{
    font.setPixelSize(std::max(8, int(pixels)));
    font.setBold(bold);
    return font;
}

/// The largest pixel size (at most \a wanted) at which \a text fits in \a width.
double fitted(const QFont &base, const QString &text, double wanted, double width)
{
    QFont font = sized(base, wanted, true);
    const double natural = QFontMetricsF(font).horizontalAdvance(text);
    return natural > width && natural > 0 ? wanted * width / natural : wanted;
}

} // namespace

CountdownPanel::CountdownPanel(Session *session, RunController *run, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("countdownPanel"));
    setAccessibleName(tr("Countdown"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(run, &RunController::statusChanged, this, &CountdownPanel::onStatus);
    onStatus(run->status());
}

void CountdownPanel::onStatus(const RunStatus &status)
{
    const QString before = text();
    m_status = status;
    setVisible(status.isUnderWay());
    const QString now = text();
    if (now != before) {
        setAccessibleDescription(now);
        QWidget::update();
    }
}

bool CountdownPanel::isStrip() const
{
    return height() < width() * 0.3;
}

bool CountdownPanel::isHighContrast() const
{
    return look::isHighContrast(QGuiApplication::palette());
}

QColor CountdownPanel::background() const
{
    // In high contrast the paper stays white whatever the state: the words ("Time is up",
    // "Paused") and the frame say it instead of a tint a projector would wash out.
    if (isHighContrast())
        return Qt::white;
    if (m_status.phase == RunStatus::Phase::Paused)
        return kPaused;
    switch (m_status.warning) {
    case RunStatus::Warning::TwoMinutes:
        return kTwoMinutes;
    case RunStatus::Warning::TimeUp:
        return kTimeUp;
    case RunStatus::Warning::None:
        break;
    }
    return kPlenty;
}

int CountdownPanel::frameWidth() const
{
    if (!isHighContrast())
        return 0;
    const double unit = std::max(2.0, std::min(width(), height()) / 60.0);
    if (m_status.phase == RunStatus::Phase::Paused)
        return int(unit);
    switch (m_status.warning) {
    case RunStatus::Warning::TwoMinutes:
        return int(unit * 2);
    case RunStatus::Warning::TimeUp:
        return int(unit * 4);
    case RunStatus::Warning::None:
        break;
    }
    return 0;
}

QString CountdownPanel::text() const
{
    const AgendaItem *item = m_session->data().agendaItems.find(m_status.currentId);
    if (!item || !m_status.isUnderWay())
        return {};
    QStringList parts { item->title,
        RunClock::countdownText(std::max<qint64>(0, m_status.remainingSeconds)) };
    if (const QString warning = runtext::warning(m_status); !warning.isEmpty())
        parts << warning;
    return parts.join(QStringLiteral(" · "));
}

void CountdownPanel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect(), background());
    const bool contrast = isHighContrast();
    const QColor ink = contrast ? QColor(Qt::black) : kInk;
    const QColor quiet = contrast ? QColor(Qt::black) : kQuiet;
    const QColor accent = contrast ? QColor(Qt::black) : kAccent;
    if (const int frame = frameWidth(); frame > 0) {
        // Square corners: the frame is the panel less its inside, filled.
        QPainterPath edge;
        edge.addRect(QRectF(rect()));
        edge.addRect(QRectF(rect()).adjusted(frame, frame, -frame, -frame));
        painter.fillPath(edge, Qt::black);
    }
    const AgendaItem *item = m_session->data().agendaItems.find(m_status.currentId);
    if (!item)
        return;
    // Over time the figures stay at 0:00 and the words say by how much: a negative clock
    // ticking up reads as alarm, and the room should feel a nudge, not a siren.
    const QString figures = RunClock::countdownText(std::max<qint64>(0, m_status.remainingSeconds));
    const QString warning = runtext::warning(m_status);
    const QFont base = font();
    const QRectF all = QRectF(rect());

    if (isStrip()) {
        const double pad = all.height() * 0.12;
        QRectF area = all.adjusted(pad * 2, pad, -pad * 2, -pad);
        // Right: the time (and the warning under it); left: what is under way.
        const double figureSize = fitted(base, figures, area.height() * 0.68, area.width() * 0.4);
        painter.setFont(sized(base, figureSize, true));
        QRectF timeBox;
        painter.setPen(ink);
        painter.drawText(area, Qt::AlignRight | Qt::AlignTop, figures, &timeBox);
        painter.setFont(sized(base, area.height() * 0.2, !warning.isEmpty()));
        painter.setPen(warning.isEmpty() ? quiet : ink);
        painter.drawText(
            QRectF(area.left(), timeBox.bottom(), area.width(), area.bottom() - timeBox.bottom()),
            Qt::AlignRight | Qt::AlignTop, warning.isEmpty() ? tr("time left") : warning);
        const QRectF left(area.left(), area.top(), area.width() - timeBox.width() - pad * 3, area.height());
        painter.setFont(sized(base, area.height() * 0.2, false));
        painter.setPen(quiet);
        QRectF kickerBox;
        painter.drawText(left, Qt::AlignLeft | Qt::AlignTop, tr("Now"), &kickerBox);
        // As large as fits, down to two thirds; past that the end of a long title gives way.
        const double titleSize
            = std::max(area.height() * 0.24, fitted(base, item->title, area.height() * 0.36, left.width()));
        painter.setFont(sized(base, titleSize, true));
        painter.setPen(ink);
        const QString title
            = QFontMetricsF(painter.font()).elidedText(item->title, Qt::ElideRight, left.width());
        painter.drawText(
            QRectF(left.left(), kickerBox.bottom(), left.width(), left.bottom() - kickerBox.bottom()),
            Qt::AlignLeft | Qt::AlignTop, title);
        // A rule under the strip keeps it apart from the board beneath.
        painter.fillRect(QRectF(all.left(), all.bottom() - 2, all.width(), 2), contrast ? QColor(Qt::black) : kRule);
        return;
    }

    const double margin = std::max(32.0, all.width() * 0.05);
    QRectF area = all.adjusted(margin, margin * 0.7, -margin, -margin * 0.7);
    const double unit = area.height() / 100.0;

    painter.setFont(sized(base, unit * 4.2, false));
    painter.setPen(quiet);
    QRectF used;
    const RunSlot *slot = m_status.slot(item->id);
    const QString kicker = slot && slot->start.isValid()
        ? tr("Now · until %1").arg(i18n::clock(slot->end))
        : tr("Now");
    painter.drawText(area, Qt::AlignLeft | Qt::AlignTop, kicker, &used);
    area.setTop(used.bottom() + unit);

    painter.setFont(sized(base, fitted(base, item->title, unit * 8, area.width()), true));
    painter.setPen(ink);
    painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, item->title, &used);
    area.setTop(used.bottom() + unit * 2);

    // The figures: as large as the room needs, centred.
    const double figureSize = fitted(base, figures, unit * 34, area.width() * 0.9);
    painter.setFont(sized(base, figureSize, true));
    painter.setPen(ink);
    painter.drawText(area, Qt::AlignHCenter | Qt::AlignTop, figures, &used);
    area.setTop(used.bottom());

    // Under the figures, always words: "time left" (so that 11:55 is not read as a time of day),
    // or the warning.
    painter.setFont(sized(base, unit * (warning.isEmpty() ? 5 : 7), !warning.isEmpty()));
    painter.setPen(warning.isEmpty() ? quiet : ink);
    painter.drawText(
        area, Qt::AlignHCenter | Qt::AlignTop, warning.isEmpty() ? tr("time left") : warning, &used);
    area.setTop(used.bottom() + unit * 3);

    QString footer;
    if (const AgendaItem *next = m_session->data().agendaItems.find(m_status.nextId)) {
        const RunSlot *nextSlot = m_status.slot(next->id);
        footer = nextSlot && nextSlot->start.isValid()
            ? tr("Next: %1 at %2")
                  .arg(next->title, i18n::clock(nextSlot->start))
            : tr("Next: %1").arg(next->title);
    }
    QRectF promptArea = area;
    if (!footer.isEmpty()) {
        painter.setFont(sized(base, unit * 4, false));
        painter.setPen(quiet);
        QRectF footerBox;
        painter.drawText(area, Qt::AlignLeft | Qt::AlignBottom | Qt::TextWordWrap, footer, &footerBox);
        promptArea.setBottom(footerBox.top() - unit * 2);
    }
    if (!item->prompt.isEmpty() && promptArea.height() > unit * 5) {
        // The prompt as large as fits the space left, up to the size of the title.
        double size = unit * 6.5;
        QFont font = sized(base, size, false);
        for (; size > unit * 2.5; size *= 0.9) {
            font = sized(base, size, false);
            const QRectF need = QFontMetricsF(font).boundingRect(
                promptArea, Qt::AlignLeft | Qt::TextWordWrap, item->prompt);
            if (need.height() <= promptArea.height())
                break;
        }
        painter.setFont(font);
        painter.setPen(accent);
        painter.drawText(promptArea, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, item->prompt);
    }
}

} // namespace cg
