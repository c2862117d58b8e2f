// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "room/moderationpanel.h"

#include "commands/edits.h"
#include "room/roommodels.h"
#include "roomservice.h"
#include "session/session.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace cg {

namespace {

QTreeView *makeList(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAccessibleName(name);
    view->header()->setStretchLastSection(false);
    return view;
}

QPushButton *makeButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setToolTip(tip);
    button->setAccessibleName(QString(text).remove(QStringLiteral("…")));
    return button;
}

/// A waiting note: its words, wrapped, and under them where it goes, who sent it and when.
class QueueDelegate : public QStyledItemDelegate
{
public:
    explicit QueueDelegate(QListView *view)
        : QStyledItemDelegate(view)
        , m_view(view)
    {
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : m_view->style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const bool selected = opt.state.testFlag(QStyle::State_Selected);
        const QPalette::ColorGroup group
            = opt.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
        // The highlight of a list without the keyboard is pale: dark words on it, not white ones.
        const bool onDark = selected && opt.palette.color(group, QPalette::Highlight).lightness() < 140;
        const QRect area = opt.rect.adjusted(kPad, kPad, -kPad, -kPad);
        painter->save();
        painter->setPen(opt.palette.color(group, onDark ? QPalette::HighlightedText : QPalette::Text));
        QFont words = opt.font;
        painter->setFont(words);
        QRect used;
        painter->drawText(area, int(Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap), text, &used);
        QFont small = opt.font;
        small.setPointSizeF(std::max(7.0, opt.font.pointSizeF() * 0.88));
        painter->setFont(small);
        if (!onDark)
            painter->setPen(QColor(0x4F, 0x46, 0x3C));
        const QRect below(area.left(), used.bottom() + 3, area.width(), area.bottom() - used.bottom() - 3);
        painter->drawText(below, int(Qt::AlignLeft | Qt::AlignTop),
            QFontMetrics(small).elidedText(detail(index), Qt::ElideRight, area.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const int width = std::max(80, m_view->viewport()->width() - 2 * kPad - 4);
        const QString text = index.data().toString();
        const QRect words = QFontMetrics(option.font)
                                .boundingRect(QRect(0, 0, width, 100000),
                                    int(Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap), text);
        QFont small = option.font;
        small.setPointSizeF(std::max(7.0, option.font.pointSizeF() * 0.88));
        return { width, words.height() + QFontMetrics(small).height() + 3 + 2 * kPad };
    }

    static QString detail(const QModelIndex &index)
    {
        return PendingNotesModel::tr("%1 · %2 · %3")
            .arg(index.siblingAtColumn(PendingNotesModel::Board).data().toString(),
                index.siblingAtColumn(PendingNotesModel::Device).data().toString(),
                index.siblingAtColumn(PendingNotesModel::Received).data().toString());
    }

private:
    static constexpr int kPad = 6;
    QListView *m_view;
};

} // namespace

namespace {

std::optional<QString> askText(QWidget *parent, const QString &title, const QString &intro,
    const QString &text, const QString &action, const QString &actionTip)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("roomEditDialog"));
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(intro, &dialog);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *edit = new QPlainTextEdit(text, &dialog);
    edit->setObjectName(QStringLiteral("roomEditText"));
    edit->setAccessibleName(ModerationPanel::tr("The note's words"));
    edit->setTabChangesFocus(true);
    label->setBuddy(edit);
    layout->addWidget(edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *accept = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    accept->setToolTip(actionTip);
    accept->setDefault(true);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &dialog);
    QObject::connect(send, &QShortcut::activated, &dialog, &QDialog::accept);
    layout->addWidget(buttons);
    edit->setFocus();
    edit->selectAll();
    dialog.resize(520, 260);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit->toPlainText();
}

} // namespace

std::optional<QString> askEditedText(QWidget *parent, const QString &text, const QString &board)
{
    return askText(parent, ModerationPanel::tr("Edit, then approve"),
        ModerationPanel::tr("Change the words if needed. The note goes on “%1” as you leave it here.").arg(board),
        text, ModerationPanel::tr("Approve"), ModerationPanel::tr("Put the note on the board (Ctrl+Return)"));
}

std::optional<QString> askMergedText(QWidget *parent, const QString &text, int count)
{
    return askText(parent, ModerationPanel::tr("Merge notes"),
        ModerationPanel::tr("These %1 notes become one, which still waits for your approval. Change "
                            "the words as the one note should read.")
            .arg(count),
        text, ModerationPanel::tr("Merge"),
        ModerationPanel::tr("Make them one waiting note (Ctrl+Return)"));
}

ModerationPanel::ModerationPanel(room::RoomService &service, Session &session, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_session(session)
    , m_pendingModel(new PendingNotesModel(service, session, this))
    , m_devicesModel(new RoomDevicesModel(service, session, this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setAccessibleName(tr("Notes from phones"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("roomQueueSummary"));
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    // Waiting notes.
    auto *waiting = new QWidget(m_tabs);
    auto *waitingLayout = new QVBoxLayout(waiting);
    waitingLayout->setContentsMargins(4, 4, 4, 4);
    m_queue = new QListView(waiting);
    m_queue->setModel(m_pendingModel);
    m_queue->setModelColumn(PendingNotesModel::Text);
    m_queue->setAccessibleName(tr("Notes waiting for approval"));
    // Several at once only to merge them: Shift or Ctrl with the arrows or a click.
    m_queue->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_queue->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_queue->setWordWrap(true);
    m_queue->setResizeMode(QListView::Adjust);
    m_queue->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_queue->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_queue->setAlternatingRowColors(true);
    m_queue->setItemDelegate(new QueueDelegate(m_queue));
    waitingLayout->addWidget(m_queue, 1);
    m_approve = makeButton(tr("Approve"), tr("Put this note on its board (Enter)"), waiting);
    m_edit = makeButton(
        tr("Edit, Then Approve…"), tr("Change the words, then put the note on its board (F2)"), waiting);
    m_reject = makeButton(tr("Reject"), tr("Leave this note out; nothing of it is kept (Delete)"), waiting);
    m_approveDevice = makeButton(tr("Approve All from This Device"),
        tr("Put every waiting note from the device that sent this one on its board"), waiting);
    m_approveAll
        = makeButton(tr("Approve All"), tr("Put every waiting note on its board, as one step"), waiting);
    auto *row1 = new QHBoxLayout;
    row1->addWidget(m_approve);
    row1->addWidget(m_edit);
    row1->addWidget(m_reject);
    row1->addStretch(1);
    m_merge = makeButton(tr("Merge…"),
        tr("Make the notes chosen one note, to edit before it is approved (choose several with "
           "Shift or Ctrl; M)"),
        waiting);
    row1->insertWidget(3, m_merge);
    m_undoMerge = makeButton(tr("Undo Merge"),
        tr("Split the last merged note back into the notes it was made of, while it still waits (U)"), waiting);
    row1->insertWidget(4, m_undoMerge);
    auto *row2 = new QHBoxLayout;
    row2->addWidget(m_approveDevice);
    row2->addWidget(m_approveAll);
    row2->addStretch(1);
    waitingLayout->addLayout(row1);
    waitingLayout->addLayout(row2);
    m_tabs->addTab(waiting, tr("Waiting"));

    // Devices.
    auto *devices = new QWidget(m_tabs);
    auto *devicesLayout = new QVBoxLayout(devices);
    devicesLayout->setContentsMargins(4, 4, 4, 4);
    m_devices = makeList(m_devicesModel, tr("Devices in the room"), devices);
    m_devices->header()->setSectionResizeMode(RoomDevicesModel::Label, QHeaderView::Stretch);
    devicesLayout->addWidget(m_devices, 1);
    auto *devicesHint
        = new QLabel(tr("Phones are known only as “Phone 1”, “Phone 2”…: nothing about the person "
                        "holding one is asked for or kept."),
            devices);
    devicesHint->setWordWrap(true);
    devicesHint->setObjectName(QStringLiteral("hint"));
    devicesLayout->addWidget(devicesHint);
    m_removeDevice = makeButton(tr("Remove Device"),
        tr("This device can send nothing more (Delete). Give the room a new join code to keep it out."),
        devices);
    m_approveNoteTaker = makeButton(tr("Approve as Note-Taker"),
        tr("This device asked to take notes for its table: its notes for that board go straight "
           "on, without waiting here (Enter)"),
        devices);
    auto *row3 = new QHBoxLayout;
    row3->addWidget(m_approveNoteTaker);
    row3->addWidget(m_removeDevice);
    row3->addStretch(1);
    devicesLayout->addLayout(row3);
    m_tabs->addTab(devices, tr("Devices"));

    // Which boards wait.
    auto *boards = new QWidget(m_tabs);
    auto *boardsLayout = new QVBoxLayout(boards);
    boardsLayout->setContentsMargins(4, 4, 4, 4);
    auto *boardsHint
        = new QLabel(tr("Notes sent to a ticked board wait here for your approval. Untick a board "
                        "(a table you trust) to let its notes go straight on."),
            boards);
    boardsHint->setWordWrap(true);
    boardsLayout->addWidget(boardsHint);
    m_boards = new QListWidget(boards);
    m_boards->setAccessibleName(tr("Boards whose notes wait for approval"));
    boardsHint->setBuddy(m_boards);
    boardsLayout->addWidget(m_boards, 1);
    m_tabs->addTab(boards, tr("Approval"));

    auto key = [](QWidget *on, const QKeySequence &sequence, auto slot, QObject *context) {
        auto *shortcut = new QShortcut(sequence, on);
        shortcut->setContext(Qt::WidgetShortcut);
        QObject::connect(shortcut, &QShortcut::activated, context, slot);
    };
    key(
        m_queue, QKeySequence(Qt::Key_Return), [this] { approveCurrent(); }, this);
    key(
        m_queue, QKeySequence(Qt::Key_Enter), [this] { approveCurrent(); }, this);
    key(
        m_queue, QKeySequence(Qt::Key_F2), [this] { editCurrent(); }, this);
    key(
        m_queue, QKeySequence(Qt::Key_Delete), [this] { rejectCurrent(); }, this);
    key(
        m_queue, QKeySequence(Qt::Key_M), [this] { mergeSelected(); }, this);
    key(
        m_queue, QKeySequence(Qt::Key_U), [this] { undoMerge(); }, this);
    key(
        m_devices, QKeySequence(Qt::Key_Delete), [this] { removeCurrentDevice(); }, this);
    key(
        m_devices, QKeySequence(Qt::Key_Return), [this] { approveCurrentNoteTaker(); }, this);
    key(
        m_devices, QKeySequence(Qt::Key_Enter), [this] { approveCurrentNoteTaker(); }, this);
    connect(m_queue, &QAbstractItemView::doubleClicked, this, [this] { editCurrent(); });
    connect(m_approve, &QPushButton::clicked, this, &ModerationPanel::approveCurrent);
    connect(m_edit, &QPushButton::clicked, this, &ModerationPanel::editCurrent);
    connect(m_reject, &QPushButton::clicked, this, &ModerationPanel::rejectCurrent);
    connect(m_approveDevice, &QPushButton::clicked, this, &ModerationPanel::approveCurrentDevice);
    connect(m_approveAll, &QPushButton::clicked, this, &ModerationPanel::approveAll);
    connect(m_merge, &QPushButton::clicked, this, &ModerationPanel::mergeSelected);
    connect(m_undoMerge, &QPushButton::clicked, this, &ModerationPanel::undoMerge);
    connect(m_queue->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &ModerationPanel::updateState);
    connect(m_removeDevice, &QPushButton::clicked, this, &ModerationPanel::removeCurrentDevice);
    connect(m_approveNoteTaker, &QPushButton::clicked, this, &ModerationPanel::approveCurrentNoteTaker);

    for (QAbstractItemModel *model : { static_cast<QAbstractItemModel *>(m_pendingModel),
             static_cast<QAbstractItemModel *>(m_devicesModel) }) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &ModerationPanel::updateState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &ModerationPanel::updateState);
        connect(model, &QAbstractItemModel::modelReset, this, &ModerationPanel::updateState);
    }
    // The first waiting note is the current one as soon as there is one, so Enter acts at once.
    connect(m_pendingModel, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_queue->currentIndex().isValid())
            m_queue->setCurrentIndex(m_pendingModel->index(0, 0));
    });
    connect(
        m_queue->selectionModel(), &QItemSelectionModel::currentChanged, this, &ModerationPanel::updateState);
    connect(m_devices->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ModerationPanel::updateState);
    connect(m_boards, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_rebuilding)
            return;
        const QUuid board = item->data(Qt::UserRole).toUuid();
        const bool on = item->checkState() == Qt::Checked;
        m_service.setModeration(board, on);
        Q_EMIT statusMessage(on ? tr("Notes for “%1” now wait for your approval.").arg(item->text())
                                : tr("Notes for “%1” now go straight on the board.").arg(item->text()));
    });
    connect(&session, &Session::editApplied, this, &ModerationPanel::rebuildBoards);
    rebuildBoards();
    if (m_pendingModel->rowCount() > 0)
        m_queue->setCurrentIndex(m_pendingModel->index(0, 0));
    updateState();
}

QAbstractItemView *ModerationPanel::queueView() const
{
    return m_queue;
}

QString ModerationPanel::summaryText() const
{
    return m_summary->text();
}

QUuid ModerationPanel::currentNote() const
{
    const QModelIndex current = m_queue->currentIndex();
    return current.isValid() ? m_pendingModel->idAt(current.row()) : QUuid();
}

void ModerationPanel::focusQueue()
{
    m_tabs->setCurrentIndex(0);
    m_queue->setFocus(Qt::ShortcutFocusReason);
    if (!m_queue->currentIndex().isValid() && m_pendingModel->rowCount() > 0)
        m_queue->setCurrentIndex(m_pendingModel->index(0, 0));
}

void ModerationPanel::report(const Result<void> &result, const QString &done)
{
    if (!result)
        Q_EMIT failed(result.message());
    else if (!done.isEmpty())
        Q_EMIT statusMessage(done);
}

void ModerationPanel::approveCurrent()
{
    const QUuid id = currentNote();
    if (id.isNull())
        return;
    report(m_service.approve(id), tr("Approved: the note is on its board (Undo takes it off)."));
}

void ModerationPanel::editCurrent()
{
    const QModelIndex current = m_queue->currentIndex();
    const room::PendingNote *note = current.isValid() ? m_pendingModel->rowAt(current.row()) : nullptr;
    if (!note)
        return;
    const QUuid id = note->id;
    const auto text = askEditedText(this, note->text, m_pendingModel->boardLabel(note->boardId));
    if (!text)
        return;
    report(m_service.approve(id, *text), tr("Approved with your changes."));
    m_queue->setFocus();
}

void ModerationPanel::rejectCurrent()
{
    const QUuid id = currentNote();
    if (id.isNull())
        return;
    m_service.reject(id);
    Q_EMIT statusMessage(tr("Rejected: nothing of that note is kept."));
}

void ModerationPanel::approveCurrentDevice()
{
    const QModelIndex current = m_queue->currentIndex();
    const room::PendingNote *note = current.isValid() ? m_pendingModel->rowAt(current.row()) : nullptr;
    if (!note)
        return;
    const QString label = m_pendingModel->deviceLabel(note->deviceId);
    reportApproval(m_service.approveAllFrom(note->deviceId), tr("Approved every waiting note from %1.").arg(label));
}

void ModerationPanel::approveAll()
{
    if (m_service.pending().empty())
        return;
    reportApproval(m_service.approveAll(), tr("Approved every waiting note."));
}

void ModerationPanel::reportApproval(const Result<room::Approval> &result, const QString &done)
{
    if (!result)
        Q_EMIT failed(result.message());
    else if (result->boardGone > 0)
        // Said where it cannot be missed: some notes are still waiting, and why.
        Q_EMIT failed(room::approvalMessage(*result));
    else
        Q_EMIT statusMessage(done);
}

QList<QUuid> ModerationPanel::selectedNotes() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_queue->selectionModel()->selectedIndexes())
        if (!rows.contains(index.row()))
            rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<QUuid> ids;
    for (int row : rows)
        ids << m_pendingModel->idAt(row);
    return ids;
}

void ModerationPanel::undoMerge()
{
    if (auto undone = m_service.undoMerge(); !undone) {
        Q_EMIT statusMessage(undone.message());
        updateState();
        return;
    }
    Q_EMIT statusMessage(tr("The merge was undone: the notes are waiting as they were."));
    m_queue->setFocus();
}

void ModerationPanel::mergeSelected()
{
    const QList<QUuid> ids = selectedNotes();
    if (ids.size() < 2) {
        Q_EMIT statusMessage(tr("Choose two or more waiting notes to merge (Shift or Ctrl with the arrows)."));
        return;
    }
    const auto text = askMergedText(this, m_service.joinedText(ids), int(ids.size()));
    if (!text)
        return;
    if (auto merged = m_service.merge(ids, *text); !merged) {
        Q_EMIT failed(merged.message());
        return;
    }
    const int row = m_pendingModel->rowOf(ids.front());
    if (row >= 0) {
        m_queue->selectionModel()->clearSelection();
        m_queue->setCurrentIndex(m_pendingModel->index(row, PendingNotesModel::Text));
    }
    m_queue->setFocus();
    Q_EMIT statusMessage(
        tr("%1 notes are one now. It waits for your approval: Enter approves it.").arg(ids.size()));
}

void ModerationPanel::removeCurrentDevice()
{
    const QModelIndex current = m_devices->currentIndex();
    const RoomDeviceRow *device = current.isValid() ? m_devicesModel->rowAt(current.row()) : nullptr;
    if (!device)
        return;
    const QUuid id = device->id;
    const QString label = device->label;
    if (device->waiting > 0) {
        QMessageBox box(QMessageBox::Question, tr("Remove device"),
            device->waiting == 1
                ? tr("%1 has 1 note waiting for approval. Removing the device rejects it too.").arg(label)
                : tr("%1 has %2 notes waiting for approval. Removing the device rejects them too.")
                      .arg(label)
                      .arg(device->waiting),
            QMessageBox::NoButton, this);
        QPushButton *remove = box.addButton(tr("Remove Device"), QMessageBox::DestructiveRole);
        box.addButton(tr("Keep It"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != remove)
            return;
    }
    m_service.removeDevice(id);
    Q_EMIT statusMessage(
        tr("%1 was removed and can send nothing more. To keep it out, give the room a new join code.")
            .arg(label));
}

void ModerationPanel::approveCurrentNoteTaker()
{
    const QModelIndex current = m_devices->currentIndex();
    const RoomDeviceRow *device = current.isValid() ? m_devicesModel->rowAt(current.row()) : nullptr;
    if (!device || !device->asksNoteTaker)
        return;
    const QString label = device->label;
    report(m_service.approveNoteTaker(device->id),
        tr("%1 is a note-taker now: its notes for its table go straight on the board.").arg(label));
    updateState();
}

void ModerationPanel::rebuildBoards()
{
    const QUuid current
        = m_boards->currentItem() ? m_boards->currentItem()->data(Qt::UserRole).toUuid() : QUuid();
    m_rebuilding = true;
    m_boards->clear();
    for (const QUuid &id : edits::boardOrder(m_session.data())) {
        auto *item = new QListWidgetItem(m_pendingModel->boardLabel(id), m_boards);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(m_service.moderated(id) ? Qt::Checked : Qt::Unchecked);
        if (id == current)
            m_boards->setCurrentItem(item);
    }
    m_rebuilding = false;
}

void ModerationPanel::updateState()
{
    const int waiting = m_pendingModel->rowCount();
    if (waiting == 0)
        m_summary->setText(
            tr("No notes waiting. Notes sent to a board that waits for approval appear here."));
    else if (waiting == 1)
        m_summary->setText(tr("1 note is waiting for your approval."));
    else
        m_summary->setText(tr("%1 notes are waiting for your approval.").arg(waiting));
    m_tabs->setTabText(0, waiting > 0 ? tr("Waiting (%1)").arg(waiting) : tr("Waiting"));
    m_tabs->setTabText(1, tr("Devices (%1)").arg(m_devicesModel->rowCount()));
    const bool note = !currentNote().isNull();
    for (QPushButton *button : { m_approve, m_edit, m_reject, m_approveDevice })
        button->setEnabled(note);
    m_approveAll->setEnabled(waiting > 0);
    m_merge->setEnabled(selectedNotes().size() >= 2);
    m_undoMerge->setEnabled(m_service.canUndoMerge());
    m_removeDevice->setEnabled(m_devices->currentIndex().isValid());
    const RoomDeviceRow *device
        = m_devices->currentIndex().isValid() ? m_devicesModel->rowAt(m_devices->currentIndex().row()) : nullptr;
    m_approveNoteTaker->setEnabled(device && device->asksNoteTaker);
}

} // namespace cg
