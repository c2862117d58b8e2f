// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presenterwindow.h"

#include "board/boardrenderer.h"
#include "board/boardscene.h"
#include "session/session.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QScreen>
#include <QWindow>

#include <algorithm>

namespace cg {

namespace {
const QColor background(0xFF, 0xFC, 0xF5);
const QColor ink(0x1C, 0x19, 0x16);
const QColor quiet(0x5A, 0x50, 0x46);
const QColor accent(0x1B, 0x5E, 0x7A);
} // namespace

PresenterWindow::PresenterWindow(Session *session, int textPointSize, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_renderer(std::make_unique<BoardRenderer>(session, Audience::Public, true))
    , m_points(textPointSize)
{
    setWindowTitle(tr("Common Ground — Presenter view"));
    setAccessibleName(tr("Presenter view"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    connect(m_renderer->scene(), &QGraphicsScene::changed, this, [this] { update(); });
    connect(session, &Session::editApplied, this, [this] {
        if (m_showing == Showing::Board && !m_session->data().boards.contains(m_id))
            showAgendaItem({});
        update();
    });
}

PresenterWindow::~PresenterWindow() = default;

void PresenterWindow::showBoard(const QUuid &boardId)
{
    m_showing = Showing::Board;
    m_id = boardId;
    m_renderer->setBoard(boardId);
    placeCountdown();
    update();
}

void PresenterWindow::showAgendaItem(const QUuid &itemId)
{
    m_showing = m_session->data().agendaItems.contains(itemId) ? Showing::AgendaItem : Showing::Welcome;
    m_id = itemId;
    placeCountdown();
    update();
}

void PresenterWindow::setCountdown(QWidget *countdown)
{
    m_countdown = countdown;
    countdown->setParent(this);
    countdown->installEventFilter(this);
    placeCountdown();
}

void PresenterWindow::placeCountdown()
{
    if (m_countdown)
        m_countdown->setGeometry(m_showing == Showing::Board ? QRect(0, 0, width(), height() * 2 / 9) : rect());
}

void PresenterWindow::resizeEvent(QResizeEvent *event)
{
    placeCountdown();
    QWidget::resizeEvent(event);
}

bool PresenterWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_countdown && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        update(); // the board moves below the countdown, or back up
    return QWidget::eventFilter(watched, event);
}

QString PresenterWindow::withheldLine() const
{
    if (m_showing != Showing::Board)
        return {};
    const int withheld = m_renderer->withheldCount();
    if (withheld <= 0)
        return {};
    // Spelled out (no "(s)") because the English is on the projector for everyone to read.
    return withheld == 1 ? tr("1 contribution not shown") : tr("%1 contributions not shown").arg(withheld);
}

void PresenterWindow::setTextPointSize(int points)
{
    m_points = points;
    update();
}

void PresenterWindow::present(const QWidget *avoid)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (screens.size() > 1) {
        QScreen *own = avoid && avoid->window()->windowHandle() ? avoid->window()->windowHandle()->screen()
                                                                : QGuiApplication::primaryScreen();
        QScreen *target = screens.first() == own ? screens.at(1) : screens.first();
        setGeometry(target->geometry());
        if (windowHandle())
            windowHandle()->setScreen(target);
        showFullScreen();
    } else {
        if (!isVisible())
            resize(1280, 720);
        showNormal();
    }
    raise();
    activateWindow();
}

void PresenterWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        if (isFullScreen())
            showNormal();
        else
            close();
        return;
    }
    if (event->key() == Qt::Key_F11) {
        isFullScreen() ? showNormal() : showFullScreen();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PresenterWindow::paintHeading(
    QPainter &painter, QRectF &area, const QString &kicker, const QString &title, const QString &prompt)
{
    // Type scales with the window so that a 720p window and a 4K projector read alike.
    const double scale = std::clamp(height() / 1000.0, 0.6, 2.5);
    QFont font = painter.font();
    if (!kicker.isEmpty()) {
        font.setPointSizeF(m_points * 0.5 * scale);
        font.setBold(false);
        painter.setFont(font);
        painter.setPen(quiet);
        QRectF used;
        painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, kicker, &used);
        area.setTop(used.bottom() + 8 * scale);
    }
    font.setPointSizeF(m_points * 0.9 * scale);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(ink);
    QRectF used;
    painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title, &used);
    area.setTop(used.bottom() + 12 * scale);
    if (!prompt.isEmpty()) {
        font.setPointSizeF(m_points * 0.6 * scale);
        font.setBold(false);
        painter.setFont(font);
        painter.setPen(accent);
        painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, prompt, &used);
        area.setTop(used.bottom() + 20 * scale);
    }
}

void PresenterWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect(), background);
    const double margin = std::max(32.0, width() * 0.04);
    QRectF area = QRectF(rect()).adjusted(margin, margin * 0.8, -margin, -margin * 0.8);
    const WorkshopData &data = m_session->data();
    const Workshop &workshop = data.workshop;

    switch (m_showing) {
    case Showing::Board: {
        const Board *board = data.boards.find(m_id);
        if (!board)
            break;
        if (m_countdown && m_countdown->isVisible())
            area.setTop(m_countdown->geometry().bottom() + margin * 0.5);
        paintHeading(painter, area, QString(), board->title, board->prompt);
        if (const QString withheld = withheldLine(); !withheld.isEmpty()) {
            // Bottom right, small and quiet: it explains gaps without drawing the eye.
            QFont font = painter.font();
            font.setPointSizeF(m_points * 0.35 * std::clamp(height() / 1000.0, 0.6, 2.5));
            font.setBold(false);
            painter.setFont(font);
            painter.setPen(quiet);
            QRectF used;
            painter.drawText(area, Qt::AlignRight | Qt::AlignBottom | Qt::TextWordWrap, withheld, &used);
            area.setBottom(used.top() - 8);
        }
        const QRectF source = m_renderer->boardRect();
        if (area.height() > 80 && !source.isEmpty()) {
            // Centred, keeping the board's shape.
            const double fit = std::min(area.width() / source.width(), area.height() / source.height());
            QRectF target(QPointF(), source.size() * fit);
            target.moveCenter(QPointF(area.center().x(), area.top() + target.height() / 2));
            m_renderer->render(&painter, target, source);
        }
        return;
    }
    case Showing::AgendaItem: {
        const AgendaItem *item = data.agendaItems.find(m_id);
        if (!item)
            break;
        area.adjust(0, area.height() * 0.08, 0, 0);
        paintHeading(painter, area, workshop.title, item->title, item->prompt);
        if (!item->instructions.isEmpty()) {
            QFont font = painter.font();
            font.setPointSizeF(m_points * 0.55 * std::clamp(height() / 1000.0, 0.6, 2.5));
            font.setBold(false);
            painter.setFont(font);
            painter.setPen(ink);
            painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, item->instructions);
        }
        return;
    }
    case Showing::Welcome:
        break;
    }
    // Welcome: what, when and where; no names (a projector is public).
    area.adjust(0, area.height() * 0.25, 0, 0);
    QStringList when;
    if (workshop.date.isValid())
        when << QLocale().toString(workshop.date, QLocale::LongFormat);
    if (!workshop.venue.isEmpty())
        when << workshop.venue;
    paintHeading(painter, area, tr("Welcome"), workshop.title, when.join(QStringLiteral(" · ")));
}

} // namespace cg
