// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/agendaview.h"

#include "agenda/agendaitemeditor.h"
#include "commands/edits.h"
#include "flowlayout.h"
#include "messagebanner.h"
#include "models/agendamodel.h"
#include "people/accessneedssummary.h"
#include "planning/agenda.h"
#include "run/runcontroller.h"
#include "session/session.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace cg {

AgendaView::AgendaView(Session *session, AgendaModel *model, RunController *run, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(model)
    , m_run(run)
    , m_summary(new QLabel(this))
    , m_warning(new MessageBanner(this))
    , m_table(new QTableView(this))
    , m_editor(new AgendaItemEditor(session, this))
    , m_access(new AccessNeedsSummaryView(session, nullptr, Audience::Team))
    , m_add(new QPushButton(tr("&Add item"), this))
    , m_remove(new QPushButton(tr("&Delete"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move do&wn"), this))
    , m_start(new QPushButton(tr("&Start the day"), this))
{
    setObjectName(QStringLiteral("agendaView"));
    auto *heading = new QLabel(tr("Agenda"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    m_summary->setObjectName(QStringLiteral("agendaSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_warning->setDismissable(false);
    m_warning->hide();

    m_add->setToolTip(tr("Add an item after the chosen one (Insert)"));
    m_remove->setToolTip(tr("Delete the chosen item; its boards stay (Delete)"));
    m_up->setToolTip(tr("Move the chosen item earlier (Ctrl+Up)"));
    m_down->setToolTip(tr("Move the chosen item later (Ctrl+Down)"));
    m_start->setToolTip(tr("Start the first item and its countdown (F9)"));
    for (QPushButton *button : { m_add, m_remove, m_up, m_down, m_start })
        button->setAccessibleName(button->text().remove(QLatin1Char('&')));

    m_table->setModel(model);
    m_table->setAccessibleName(tr("Agenda"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    for (int c = 0; c < AgendaModel::ColumnCount; ++c)
        header->setSectionResizeMode(
            c, c == AgendaModel::Title ? QHeaderView::Stretch : QHeaderView::ResizeToContents);
    m_table->setColumnHidden(AgendaModel::Now, true);
    m_table->viewport()->installEventFilter(this);
    // Rows are dragged to a new place; the model makes the move through the Session.
    m_table->setDragEnabled(true);
    m_table->setAcceptDrops(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDragDropOverwriteMode(false);

    auto shortcut = [this](const QKeySequence &key, void (AgendaView::*slot)()) {
        auto *s = new QShortcut(key, m_table);
        s->setContext(Qt::WidgetShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), &AgendaView::moveUp);
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), &AgendaView::moveDown);
    shortcut(QKeySequence(Qt::Key_Insert), &AgendaView::addItem);
    shortcut(QKeySequence(Qt::Key_Delete), &AgendaView::removeItem);
    // Enter goes into the item's fields.
    connect(m_table, &QTableView::activated, this, [this] { m_editor->focusTitle(); });

    connect(m_add, &QPushButton::clicked, this, &AgendaView::addItem);
    connect(m_remove, &QPushButton::clicked, this, &AgendaView::removeItem);
    connect(m_up, &QPushButton::clicked, this, &AgendaView::moveUp);
    connect(m_down, &QPushButton::clicked, this, &AgendaView::moveDown);
    connect(m_start, &QPushButton::clicked, run, &RunController::startOrPause);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            const QUuid id = m_model->idAt(current.row());
            m_editor->setItem(id);
            updateButtons();
            Q_EMIT currentChanged(id);
        });
    connect(model, &AgendaModel::moveFailed, this, &AgendaView::statusMessage);
    connect(m_editor, &AgendaItemEditor::statusMessage, this, &AgendaView::statusMessage);
    connect(m_editor, &AgendaItemEditor::boardRequested, this, &AgendaView::boardRequested);
    connect(session, &Session::editApplied, this, &AgendaView::refreshSummary);
    connect(run, &RunController::statusChanged, this, &AgendaView::onRunStatus);
    // The choice follows the run while it is on the item under way (not while another is edited).
    connect(run, &RunController::itemStarted, this, [this](const QUuid &itemId) {
        const QUuid chosen = currentItem();
        if (chosen.isNull() || chosen == m_followed)
            selectItem(itemId);
        m_followed = itemId;
    });

    // The buttons wrap onto a second line rather than widen the page (200 %, large type).
    auto *buttons = new FlowLayout;
    buttons->setHorizontalSpacing(8);
    buttons->setVerticalSpacing(8);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addWidget(m_start);

    auto *left = new QVBoxLayout;
    left->setSpacing(10);
    left->addWidget(heading);
    left->addWidget(m_summary);
    left->addWidget(m_warning);
    left->addLayout(buttons);
    left->addWidget(m_table, 1);

    // The chosen item's fields, then the venue's access needs (planning the room and the breaks
    // goes with planning the day), in a column that scrolls on a small screen.
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(4, 24, 24, 20);
    sideLayout->setSpacing(24);
    sideLayout->addWidget(m_editor);
    m_access->setObjectName(QStringLiteral("agendaAccessNeeds"));
    if (QLayout *own = m_access->layout())
        own->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_access);
    sideLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(side);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the fields fit the column, and wrap
    scroll->setMinimumWidth(340);
    scroll->setMaximumWidth(460);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(28, 24, 0, 20);
    layout->setSpacing(20);
    layout->addLayout(left, 1);
    layout->addWidget(scroll);
    // On a narrow page (a small screen, 200 %, large type) the item's fields go below the table,
    // as wide as the page, and the page scrolls down instead of sideways.
    m_table->setMinimumHeight(ems(this, 12));
    stackWhenNarrow(this, layout, [](const QWidget *host) { return ems(host, 62); },
        [scroll, side, layout](bool stacked) {
            scroll->setMaximumWidth(stacked ? QWIDGETSIZE_MAX : 460);
            scroll->setMinimumHeight(stacked ? side->sizeHint().height() : 0);
            layout->setContentsMargins(28, 24, stacked ? 24 : 0, 20);
        });
    setFocusProxy(m_table);

    refreshSummary();
    onRunStatus(run->status());
    m_followed = run->status().currentId;
    if (!m_followed.isNull())
        selectItem(m_followed);
    else if (model->rowCount() > 0)
        m_table->setCurrentIndex(model->index(0, AgendaModel::Title));
    updateButtons();
}

QUuid AgendaView::currentItem() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QUuid();
}

void AgendaView::selectItem(const QUuid &itemId)
{
    const int row = m_model->rowOf(itemId);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, AgendaModel::Title));
}

QString AgendaView::summaryText() const
{
    return m_summary->text();
}

QString AgendaView::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->message();
}

void AgendaView::refreshSummary()
{
    const agenda::Timing timing = agenda::plan(m_session->data());
    QStringList parts;
    if (timing.slots.empty()) {
        parts << tr("No items yet: add the first with “Add item”, or start a workshop from a template.");
    } else {
        parts << tr("Starts %1, ends %2 (%3 in all)")
                     .arg(agenda::clockText(timing.start), agenda::clockText(timing.end),
                         agenda::durationText(timing.totalMinutes()));
        if (timing.venueEnd && timing.overrunMinutes() == 0) {
            const int spare = *timing.venueEnd - timing.end;
            parts << (spare == 0
                    ? tr("the venue must be left by %1, right at the end")
                          .arg(agenda::clockText(*timing.venueEnd))
                    : tr("the venue must be left by %1 (%2 to spare)")
                          .arg(agenda::clockText(*timing.venueEnd), agenda::durationText(spare)));
        } else if (!timing.venueEnd) {
            parts << tr("no end time set for the venue");
        }
    }
    m_summary->setText(parts.join(QStringLiteral(" · ")) + QLatin1Char('.'));
    if (timing.overrunMinutes() > 0) {
        m_warning->showMessage(
            tr("The agenda ends at %1, %2 after the venue must be left (%3). Shorten or remove an item, or "
               "change "
               "the end time in the workshop details.")
                .arg(agenda::clockText(timing.end), agenda::durationText(timing.overrunMinutes()),
                    agenda::clockText(*timing.venueEnd)),
            MessageBanner::Tone::Warning);
    } else {
        m_warning->dismiss();
    }
    updateButtons();
}

bool AgendaView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void AgendaView::fitColumns()
{
    // The item's title needs the room: on a narrow screen the kind and the boards (both in the
    // item's fields beside the list) give way first, the run's "Now" last.
    const bool running = m_model->runStatus().phase != RunStatus::Phase::NotStarted;
    const int width = m_table->viewport()->width();
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnHidden(AgendaModel::Now, !running);
    m_table->setColumnHidden(AgendaModel::Boards, width < em * (running ? 52 : 40));
    m_table->setColumnHidden(AgendaModel::Kind, width < em * (running ? 44 : 32));
}

void AgendaView::onRunStatus(const RunStatus &status)
{
    m_model->setRunStatus(status);
    fitColumns();
    m_start->setVisible(status.phase == RunStatus::Phase::NotStarted);
    m_start->setEnabled(!status.slots.empty() && !m_session->isReadOnly());
}

void AgendaView::updateButtons()
{
    const bool writable = !m_session->isReadOnly();
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    m_add->setEnabled(writable);
    m_remove->setEnabled(writable && row >= 0);
    m_up->setEnabled(writable && row > 0);
    m_down->setEnabled(writable && row >= 0 && row < m_model->rowCount() - 1);
}

void AgendaView::addItem()
{
    m_editor->commitPending();
    AgendaItem item;
    item.id = newId();
    item.title = tr("New item");
    item.plannedMinutes = 15;
    const QModelIndex current = m_table->currentIndex();
    const int at = current.isValid() ? current.row() + 1 : m_model->rowCount();
    auto done = m_session->perform(edits::insertAgendaItem(m_session->data(), item, at));
    if (!done) {
        Q_EMIT statusMessage(done.message());
        return;
    }
    selectItem(item.id);
    m_editor->focusTitle();
}

void AgendaView::removeItem()
{
    const QUuid id = currentItem();
    const AgendaItem *item = m_session->data().agendaItems.find(id);
    if (!item)
        return;
    m_editor->commitPending();
    const QString title = item->title;
    const int row = m_table->currentIndex().row();
    auto done = m_session->perform(edits::removeAgendaItem(m_session->data(), id));
    if (!done) {
        Q_EMIT statusMessage(done.message());
        return;
    }
    Q_EMIT statusMessage(tr("Deleted “%1”. Undo brings it back.").arg(title));
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), AgendaModel::Title));
    updateButtons();
}

void AgendaView::moveUp()
{
    moveBy(-1);
}

void AgendaView::moveDown()
{
    moveBy(1);
}

void AgendaView::moveBy(int offset)
{
    const QUuid id = currentItem();
    const int row = m_model->rowOf(id);
    if (id.isNull() || row + offset < 0 || row + offset >= m_model->rowCount())
        return;
    m_editor->commitPending();
    auto done = m_session->perform(edits::moveAgendaItem(m_session->data(), id, row + offset));
    if (!done) {
        Q_EMIT statusMessage(done.message());
        return;
    }
    selectItem(id); // the row moved; the choice stays on it
    updateButtons();
}

} // namespace cg
