// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "presenterwindow.h"

#include "board/boardrenderer.h"
#include "board/boardscene.h"
#include "look.h"
#include "planning/projectionlayout.h"
#include "session/session.h"

#include <QBoxLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QScreen>
#include <QWindow>

#include <algorithm>

namespace cg {

/// What the projector shows: a heading and either a board (in the projection layout) or an agenda
/// item's instructions. Painted, not made of widgets, so every size follows the screen.
class PresenterSlide : public QWidget
{
public:
    explicit PresenterSlide(PresenterWindow *window)
        : QWidget(window)
        , m_window(window)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
        setAccessibleName(PresenterWindow::tr("Projected slide"));
    }

protected:
    void paintEvent(QPaintEvent *) override;

private:
    double headingScale() const { return std::clamp(m_window->height() / 1000.0, 0.6, 2.5); }
    void paintHeading(QPainter &painter, QRectF &area, const QString &kicker, const QString &title,
        const QString &prompt) const;
    void paintBoard(QPainter &painter, QRectF area);

    PresenterWindow *m_window;
};

PresenterWindow::PresenterWindow(Session *session, int textPointSize, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_renderer(std::make_unique<BoardRenderer>(session, Audience::Public, true))
    , m_slide(new PresenterSlide(this))
    , m_points(textPointSize)
{
    setWindowTitle(tr("Common Ground — Presenter view"));
    setAccessibleName(tr("Presenter view"));
    setFocusPolicy(Qt::StrongFocus);
    setAutoFillBackground(true);
    followContrast();
    m_rows = new QVBoxLayout(this);
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(0);
    m_columns = new QHBoxLayout;
    m_columns->setContentsMargins(0, 0, 0, 0);
    m_columns->setSpacing(0);
    m_columns->addWidget(m_slide, 1);
    m_rows->addLayout(m_columns, 1);
    connect(m_renderer->scene(), &QGraphicsScene::changed, m_slide, [this] { m_slide->update(); });
    connect(session, &Session::editApplied, this, [this] {
        if (m_showing == Showing::Board && !m_session->data().boards.contains(m_id))
            showAgendaItem({});
        m_slide->update();
    });
}

PresenterWindow::~PresenterWindow() = default;

look::Projection PresenterWindow::colours() const
{
    return look::projection(m_highContrast);
}

void PresenterWindow::followContrast()
{
    // The application's palette carries the preference (look.h); this window paints its own
    // paper, so it reads the application's rather than its own.
    m_highContrast = look::isHighContrast(QGuiApplication::palette());
    QPalette own = palette();
    own.setColor(QPalette::Window, colours().paper);
    setPalette(own);
    m_renderer->scene()->setHighContrast(m_highContrast);
    m_slide->update();
}

void PresenterWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange) {
        if (look::isHighContrast(QGuiApplication::palette()) != m_highContrast)
            followContrast();
    }
}

void PresenterWindow::addPanel(QWidget *panel, Qt::Edge edge)
{
    panel->setParent(this);
    switch (edge) {
    case Qt::TopEdge:
        m_rows->insertWidget(0, panel);
        break;
    case Qt::BottomEdge:
        m_rows->addWidget(panel);
        break;
    case Qt::LeftEdge:
        m_columns->insertWidget(0, panel);
        break;
    case Qt::RightEdge:
        m_columns->addWidget(panel);
        break;
    }
}

void PresenterWindow::setCountdown(QWidget *countdown)
{
    m_countdown = countdown;
    addPanel(countdown, Qt::TopEdge);
    countdown->installEventFilter(this);
    placeCountdown();
}

void PresenterWindow::placeCountdown()
{
    if (!m_countdown)
        return;
    // Over a board it is a strip; with no board on, the countdown (with the item's prompt) is
    // the slide. When it is hidden (nothing running) the slide shows as always.
    const bool board = m_showing == Showing::Board;
    const bool counting = !m_countdown->isHidden();
    const bool slide = board || !counting;
    m_slide->setVisible(slide);
    // Whichever is the slide takes the screen: the board's columns, or the countdown itself.
    m_rows->setStretchFactor(m_countdown, slide ? 0 : 1);
    m_rows->setStretchFactor(m_columns, slide ? 1 : 0);
    if (board)
        m_countdown->setMaximumHeight(std::max(1, height() * 2 / 9));
    else
        m_countdown->setMaximumHeight(QWIDGETSIZE_MAX);
    // Now, not at the next event loop turn: the room should never see a frame of the old layout.
    m_rows->activate();
}

void PresenterWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeCountdown();
}

bool PresenterWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_countdown && (event->type() == QEvent::Show || event->type() == QEvent::Hide))
        placeCountdown();
    return QWidget::eventFilter(watched, event);
}

void PresenterWindow::showBoard(const QUuid &boardId)
{
    m_showing = Showing::Board;
    if (boardId != m_id || m_renderer->board() != boardId)
        m_renderer->setPage(0);
    m_id = boardId;
    m_renderer->setBoard(boardId);
    placeCountdown();
    m_slide->update();
}

void PresenterWindow::showAgendaItem(const QUuid &itemId)
{
    m_showing = m_session->data().agendaItems.contains(itemId) ? Showing::AgendaItem : Showing::Welcome;
    m_id = itemId;
    placeCountdown();
    m_slide->update();
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

QString PresenterWindow::pageLine() const
{
    if (m_showing != Showing::Board || m_renderer->pageCount() <= 1)
        return {};
    return tr("Page %1 of %2").arg(m_renderer->page() + 1).arg(m_renderer->pageCount());
}

void PresenterWindow::nextPage()
{
    m_renderer->setPage(m_renderer->page() + 1);
    m_slide->update();
}

void PresenterWindow::previousPage()
{
    m_renderer->setPage(m_renderer->page() - 1);
    m_slide->update();
}

int PresenterWindow::noteLinePixels() const
{
    // The window is the projector's whole picture: its height is what the hall sees.
    return projection::readableTextSize(height());
}

void PresenterWindow::setTextPointSize(int points)
{
    m_points = points;
    m_slide->update();
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
    switch (event->key()) {
    case Qt::Key_Escape:
        if (isFullScreen())
            showNormal();
        else
            close();
        return;
    case Qt::Key_F11:
        isFullScreen() ? showNormal() : showFullScreen();
        return;
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
        nextPage();
        return;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
        previousPage();
        return;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void PresenterSlide::paintHeading(
    QPainter &painter, QRectF &area, const QString &kicker, const QString &title, const QString &prompt) const
{
    // Type scales with the window so that a 720p window and a 4K projector read alike.
    const double scale = headingScale();
    const int points = m_window->m_points;
    const look::Projection colours = m_window->colours();
    QFont font = painter.font();
    if (!kicker.isEmpty()) {
        font.setPointSizeF(points * 0.5 * scale);
        font.setBold(false);
        painter.setFont(font);
        painter.setPen(colours.quiet);
        QRectF used;
        painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, kicker, &used);
        area.setTop(used.bottom() + 8 * scale);
    }
    font.setPointSizeF(points * 0.9 * scale);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(colours.ink);
    QRectF used;
    painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, title, &used);
    area.setTop(used.bottom() + 12 * scale);
    if (!prompt.isEmpty()) {
        font.setPointSizeF(points * 0.6 * scale);
        font.setBold(false);
        painter.setFont(font);
        painter.setPen(colours.accent);
        painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, prompt, &used);
        area.setTop(used.bottom() + 20 * scale);
    }
}

void PresenterSlide::paintBoard(QPainter &painter, QRectF area)
{
    // The lines under the board, in the notes' own readable size: what is left out, which page.
    QStringList lines;
    if (const QString withheld = m_window->withheldLine(); !withheld.isEmpty())
        lines << withheld;
    const int linePixels = m_window->noteLinePixels();
    QFont font = painter.font();
    font.setPixelSize(linePixels);
    font.setBold(false);
    const QFontMetricsF metrics(font);
    BoardRenderer &renderer = *m_window->m_renderer;
    auto footer = [&] {
        QStringList all = lines;
        if (const QString page = m_window->pageLine(); !page.isEmpty())
            all << m_window->pageLine() + PresenterWindow::tr(" · Page Down for more");
        return all.join(QStringLiteral("   ·   "));
    };
    // Room for the line whether or not there are pages yet: laying out may make some.
    const double lineRoom = metrics.height() * 1.6;
    QRectF boardArea = area.adjusted(0, 0, 0, -lineRoom);
    if (boardArea.height() > 40 && boardArea.width() > 40)
        renderer.setLayout(BoardRenderer::Layout::Projection, boardArea.size(), linePixels);
    const QString text = footer();
    if (!text.isEmpty()) {
        painter.setFont(font);
        painter.setPen(m_window->colours().quiet);
        painter.drawText(QRectF(area.left(), area.bottom() - lineRoom, area.width(), lineRoom),
            Qt::AlignRight | Qt::AlignBottom, metrics.elidedText(text, Qt::ElideLeft, area.width()));
    } else {
        boardArea = area;
    }
    const QRectF page = renderer.boardRect();
    if (boardArea.height() <= 40 || page.isEmpty())
        return;
    // One to one (the layout was made for this area), centred across, from the top.
    QRectF target(QPointF(), page.size());
    target.moveTopLeft(QPointF(boardArea.center().x() - page.width() / 2, boardArea.top()));
    renderer.render(&painter, target, page);
}

void PresenterSlide::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(rect(), m_window->colours().paper);
    const double margin = std::max(24.0, width() * 0.03);
    QRectF area = QRectF(rect()).adjusted(margin, margin * 0.8, -margin, -margin * 0.6);
    const WorkshopData &data = m_window->m_session->data();
    const Workshop &workshop = data.workshop;

    switch (m_window->m_showing) {
    case PresenterWindow::Showing::Board: {
        const Board *board = data.boards.find(m_window->m_id);
        if (!board)
            break;
        paintHeading(painter, area, QString(), board->title, board->prompt);
        paintBoard(painter, area);
        return;
    }
    case PresenterWindow::Showing::AgendaItem: {
        const AgendaItem *item = data.agendaItems.find(m_window->m_id);
        if (!item)
            break;
        area.adjust(0, area.height() * 0.08, 0, 0);
        paintHeading(painter, area, workshop.title, item->title, item->prompt);
        if (!item->instructions.isEmpty()) {
            QFont font = painter.font();
            font.setPointSizeF(m_window->m_points * 0.55 * headingScale());
            font.setBold(false);
            painter.setFont(font);
            painter.setPen(m_window->colours().ink);
            painter.drawText(area, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, item->instructions);
        }
        return;
    }
    case PresenterWindow::Showing::Welcome:
        break;
    }
    // Welcome: what, when and where; no names (a projector is public).
    area.adjust(0, area.height() * 0.25, 0, 0);
    QStringList when;
    if (workshop.date.isValid())
        when << QLocale().toString(workshop.date, QLocale::LongFormat);
    if (!workshop.venue.isEmpty())
        when << workshop.venue;
    paintHeading(
        painter, area, PresenterWindow::tr("Welcome"), workshop.title, when.join(QStringLiteral(" · ")));
}

} // namespace cg
