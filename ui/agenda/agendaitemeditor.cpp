// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/agendaitemeditor.h"

#include "commands/edits.h"
#include "models/listtext.h"
#include "planning/agenda.h"
#include "session/session.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace cg {

namespace {

constexpr int kMaxTitle = 500;
constexpr int kMaxText = 20000;

void setPlainTextKeepingCursor(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

} // namespace

AgendaItemEditor::AgendaItemEditor(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(tr("Agenda item"), this))
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_minutes(new QSpinBox(this))
    , m_prompt(new QPlainTextEdit(this))
    , m_instructions(new QPlainTextEdit(this))
    , m_boards(new QListWidget(this))
    , m_newBoard(new QPushButton(tr("New b&oard"), this))
    , m_groupBoards(new QPushButton(tr("Make &group boards"), this))
    , m_problem(new QLabel(this))
    , m_fields(new QWidget(this))
    , m_empty(new QLabel(tr("Choose an item in the agenda to change it, or add one."), this))
    , m_typing(new QTimer(this))
{
    setObjectName(QStringLiteral("agendaItemEditor"));
    m_heading->setObjectName(QStringLiteral("sectionHeading"));
    m_title->setMaxLength(kMaxTitle);
    m_title->setAccessibleName(tr("Item title"));
    for (AgendaKind kind : enumValues<AgendaKind>())
        m_kind->addItem(sentenceCase(enumWords(kind)), int(kind));
    m_kind->setAccessibleName(tr("Kind of item"));
    m_minutes->setRange(0, agenda::maxItemMinutes);
    m_minutes->setSingleStep(5);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setKeyboardTracking(false);
    m_minutes->setAccessibleName(tr("Planned minutes"));
    m_prompt->setAccessibleName(tr("Prompt shown to the room"));
    m_prompt->setPlaceholderText(tr("The question the room answers, shown on the projector"));
    m_prompt->setTabChangesFocus(true);
    m_prompt->setFixedHeight(92);
    m_instructions->setAccessibleName(tr("Instructions for facilitators"));
    m_instructions->setPlaceholderText(tr("What happens, who does what, what to have ready"));
    m_instructions->setTabChangesFocus(true);
    m_instructions->setFixedHeight(96);
    m_boards->setAccessibleName(tr("Boards for this item"));
    m_boards->setMaximumHeight(170);
    m_boards->setWordWrap(true);
    m_boards->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_boards->setTextElideMode(Qt::ElideNone);
    m_boards->setToolTip(tr("Tick the boards used in this item; double-click one to open it."));
    m_newBoard->setAccessibleName(tr("New board for this item"));
    m_newBoard->setToolTip(tr("A new board for this item, with its prompt"));
    m_groupBoards->setAccessibleName(tr("Make a board for each group"));
    m_groupBoards->setToolTip(tr("A board for each breakout group, named after the group and this item"));
    m_problem->setObjectName(QStringLiteral("hint"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("hint"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, m_fields);
        l->setBuddy(buddy);
        return l;
    };
    form->addRow(label(tr("&Title:"), m_title), m_title);
    form->addRow(label(tr("K&ind:"), m_kind), m_kind);
    form->addRow(label(tr("&Minutes:"), m_minutes), m_minutes);
    form->addRow(label(tr("&Prompt:"), m_prompt), m_prompt);
    form->addRow(label(tr("I&nstructions:"), m_instructions), m_instructions);
    form->addRow(label(tr("&Boards:"), m_boards), m_boards);
    auto *boardButtons = new QHBoxLayout;
    boardButtons->addWidget(m_newBoard);
    boardButtons->addWidget(m_groupBoards);
    boardButtons->addStretch();
    form->addRow(QString(), boardButtons);
    auto *fieldsLayout = new QVBoxLayout(m_fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addLayout(form);
    fieldsLayout->addWidget(m_problem);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_empty);
    layout->addWidget(m_fields);

    // Typing is saved a moment after it stops, and at once when the field is left.
    m_typing->setSingleShot(true);
    m_typing->setInterval(800);
    connect(m_typing, &QTimer::timeout, this, &AgendaItemEditor::commit);
    connect(m_title, &QLineEdit::editingFinished, this, &AgendaItemEditor::commit);
    connect(m_title, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::activated, this, &AgendaItemEditor::commit);
    connect(m_minutes, &QSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            commit();
    });
    for (QPlainTextEdit *edit : { m_prompt, m_instructions }) {
        edit->installEventFilter(this);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                m_typing->start();
        });
    }
    connect(m_boards, &QListWidget::itemChanged, this, &AgendaItemEditor::commitBoards);
    connect(m_boards, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *row) { Q_EMIT boardRequested(row->data(Qt::UserRole).toUuid()); });
    connect(m_newBoard, &QPushButton::clicked, this, &AgendaItemEditor::addBoard);
    connect(m_groupBoards, &QPushButton::clicked, this, &AgendaItemEditor::addGroupBoards);
    connect(session, &Session::editApplied, this, &AgendaItemEditor::refresh);
    refresh();
}

void AgendaItemEditor::setItem(const QUuid &itemId)
{
    if (itemId == m_item)
        return;
    commitPending();
    m_item = itemId;
    m_problem->hide();
    refresh();
}

void AgendaItemEditor::focusTitle()
{
    m_title->setFocus();
    m_title->selectAll();
}

bool AgendaItemEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && (watched == m_prompt || watched == m_instructions))
        commitPending();
    return QWidget::eventFilter(watched, event);
}

void AgendaItemEditor::commitPending()
{
    if (m_typing->isActive()) {
        m_typing->stop();
        commit();
    }
}

void AgendaItemEditor::report(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        Q_EMIT statusMessage(message);
}

void AgendaItemEditor::refresh()
{
    const AgendaItem *item = m_session->data().agendaItems.find(m_item);
    m_fields->setVisible(item != nullptr);
    m_empty->setVisible(item == nullptr);
    if (!item) {
        m_item = QUuid();
        m_shown = QUuid();
        return;
    }
    const bool writable = !m_session->isReadOnly();
    m_loading = true;
    // The field being typed in keeps what is typed (the saved text is trimmed, and a space
    // typed before the next word must not vanish); everything else shows the data.
    const bool newItem = m_shown != m_item;
    m_shown = m_item;
    if ((newItem || !m_title->hasFocus()) && m_title->text() != item->title) {
        m_title->setText(item->title);
        m_title->setCursorPosition(0); // a long title reads from its start
    }
    m_kind->setCurrentIndex(m_kind->findData(int(item->kind)));
    if (newItem || !m_minutes->hasFocus())
        m_minutes->setValue(item->plannedMinutes);
    if (newItem || !m_prompt->hasFocus())
        setPlainTextKeepingCursor(m_prompt, item->prompt);
    if (newItem || !m_instructions->hasFocus())
        setPlainTextKeepingCursor(m_instructions, item->instructions);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_title, m_kind, m_minutes, m_prompt, m_instructions, m_boards, m_newBoard, m_groupBoards })
        w->setEnabled(writable);
    m_groupBoards->setVisible(item->kind == AgendaKind::Breakout);
    m_groupBoards->setEnabled(writable && !m_session->data().groups.empty());
    refreshBoards();
    m_loading = false;
}

void AgendaItemEditor::refreshBoards()
{
    const WorkshopData &data = m_session->data();
    std::vector<const Board *> boards;
    for (const Board &b : data.boards)
        boards.push_back(&b);
    // This item's boards first, then the free ones, then those used in other items.
    auto rank = [this](const Board *b) {
        return b->agendaItemId == m_item ? 0 : b->agendaItemId.isNull() ? 1 : 2;
    };
    std::stable_sort(boards.begin(), boards.end(), [&](const Board *a, const Board *b) {
        return std::pair(rank(a), a->position) < std::pair(rank(b), b->position);
    });
    const QSignalBlocker blocker(m_boards);
    const QUuid current
        = m_boards->currentItem() ? m_boards->currentItem()->data(Qt::UserRole).toUuid() : QUuid();
    m_boards->clear();
    for (const Board *b : boards) {
        QString text = b->title;
        if (!b->agendaItemId.isNull() && b->agendaItemId != m_item)
            if (const AgendaItem *other = data.agendaItems.find(b->agendaItemId))
                text = tr("%1 (now in “%2”)").arg(b->title, other->title);
        auto *row = new QListWidgetItem(text, m_boards);
        row->setData(Qt::UserRole, b->id);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        row->setCheckState(b->agendaItemId == m_item ? Qt::Checked : Qt::Unchecked);
        if (b->id == current)
            m_boards->setCurrentItem(row);
    }
    if (boards.empty()) {
        auto *row = new QListWidgetItem(tr("No boards yet"), m_boards);
        row->setFlags(Qt::NoItemFlags);
    }
}

void AgendaItemEditor::commit()
{
    m_typing->stop();
    const AgendaItem *before = m_session->data().agendaItems.find(m_item);
    if (!before || m_loading)
        return;
    // Only the fields this editor shows: the run's times on the item stay as they are now.
    AgendaItem after = *before;
    const QString title = m_title->text().trimmed();
    if (title.isEmpty()) {
        report(tr("An agenda item needs a title."));
        return;
    }
    const QString prompt = m_prompt->toPlainText().trimmed();
    const QString instructions = m_instructions->toPlainText().trimmed();
    if (prompt.size() > kMaxText || instructions.size() > kMaxText) {
        report(
            tr("That is too long for an agenda item: keep the prompt and instructions to a few paragraphs."));
        return;
    }
    after.title = title;
    after.kind = AgendaKind(m_kind->currentData().toInt());
    after.plannedMinutes = m_minutes->value();
    // Trailing spaces while typing are kept in the field; the saved text is trimmed.
    after.prompt = prompt;
    after.instructions = instructions;
    if (after == *before) {
        report({});
        return;
    }
    auto done = m_session->perform(edits::editAgendaItem(m_session->data(), after));
    report(done ? QString() : done.message());
}

void AgendaItemEditor::commitBoards(QListWidgetItem *)
{
    if (m_loading || m_item.isNull())
        return;
    QList<QUuid> linked;
    for (int i = 0; i < m_boards->count(); ++i) {
        QListWidgetItem *row = m_boards->item(i);
        if (row->checkState() == Qt::Checked && !row->data(Qt::UserRole).isNull())
            linked << row->data(Qt::UserRole).toUuid();
    }
    auto done = m_session->perform(edits::linkBoards(m_session->data(), m_item, linked));
    report(done ? QString() : done.message());
    if (!done)
        refreshBoards();
}

void AgendaItemEditor::addBoard()
{
    const AgendaItem *item = m_session->data().agendaItems.find(m_item);
    if (!item)
        return;
    Board board;
    board.id = newId();
    board.title = item->title;
    board.kind = item->kind == AgendaKind::Feedback ? BoardKind::Feedback
        : item->kind == AgendaKind::Breakout        ? BoardKind::Breakout
                                                    : BoardKind::Plenary;
    board.prompt = item->prompt;
    board.agendaItemId = item->id;
    auto done = m_session->perform(edits::addBoard(m_session->data(), board));
    report(done ? QString() : done.message());
    if (done)
        Q_EMIT statusMessage(
            tr("Added the board “%1”. Rename it on the Boards page or open it from here.").arg(board.title));
}

void AgendaItemEditor::addGroupBoards()
{
    auto edit = edits::addGroupBoards(m_session->data(), m_item);
    if (edit && edit->isEmpty()) {
        Q_EMIT statusMessage(tr("Every group already has a board for this item."));
        return;
    }
    auto done = m_session->perform(std::move(edit));
    report(done ? QString() : done.message());
}

} // namespace cg
