// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "boards/boardeditordialog.h"

#include "commands/edits.h"
#include "session/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cg {

QString boardKindWords(BoardKind kind)
{
    switch (kind) {
    case BoardKind::Breakout:
        return BoardEditorDialog::tr("Breakout");
    case BoardKind::Plenary:
        return BoardEditorDialog::tr("Plenary");
    case BoardKind::ParkingLot:
        return BoardEditorDialog::tr("Parking lot");
    case BoardKind::Feedback:
        return BoardEditorDialog::tr("Feedback");
    }
    return {};
}

BoardEditorDialog::BoardEditorDialog(Session *session, const QUuid &boardId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_boardId(boardId)
    , m_title(new QLineEdit(this))
    , m_prompt(new QPlainTextEdit(this))
    , m_kind(new QComboBox(this))
    , m_group(new QComboBox(this))
    , m_agenda(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    const WorkshopData &data = session->data();
    const Board *existing = data.boards.find(boardId);
    setWindowTitle(existing ? tr("Board settings") : tr("New board"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_title->setAccessibleName(tr("Board title"));
    m_title->setMaxLength(300);
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(titleLabel, m_title);

    m_prompt->setAccessibleName(tr("Prompt: the question this board asks"));
    m_prompt->setPlaceholderText(tr("The question the table is answering, shown above the board and on the "
                                    "projector"));
    m_prompt->setTabChangesFocus(true);
    m_prompt->setMaximumHeight(90);
    auto *promptLabel = new QLabel(tr("&Prompt:"), this);
    promptLabel->setBuddy(m_prompt);
    form->addRow(promptLabel, m_prompt);

    m_kind->setAccessibleName(tr("Kind of board"));
    for (BoardKind kind : enumValues<BoardKind>())
        m_kind->addItem(boardKindWords(kind), int(kind));
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, m_kind);

    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_group->setMinimumContentsLength(24);
    m_group->setAccessibleName(tr("Breakout group"));
    m_group->addItem(tr("No group"), QUuid());
    std::vector<const Group *> groups;
    for (const Group &g : data.groups)
        groups.push_back(&g);
    std::stable_sort(groups.begin(), groups.end(), [](const Group *a, const Group *b) { return a->position < b->position; });
    for (const Group *g : groups)
        m_group->addItem(g->location.isEmpty() ? g->name : tr("%1 (%2)").arg(g->name, g->location), g->id);
    auto *groupLabel = new QLabel(tr("&Group:"), this);
    groupLabel->setBuddy(m_group);
    form->addRow(groupLabel, m_group);

    m_agenda->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_agenda->setMinimumContentsLength(24);
    m_agenda->setAccessibleName(tr("Agenda item"));
    m_agenda->addItem(tr("No agenda item"), QUuid());
    std::vector<const AgendaItem *> items;
    for (const AgendaItem &a : data.agendaItems)
        items.push_back(&a);
    std::stable_sort(items.begin(), items.end(), [](const AgendaItem *a, const AgendaItem *b) { return a->position < b->position; });
    for (const AgendaItem *a : items)
        m_agenda->addItem(a->title, a->id);
    auto *agendaLabel = new QLabel(tr("&Agenda item:"), this);
    agendaLabel->setBuddy(m_agenda);
    form->addRow(agendaLabel, m_agenda);

    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor(0xB3, 0x40, 0x1E));
    m_problem->setPalette(warn);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(existing ? tr("Save") : tr("Create board"));
    connect(buttons, &QDialogButtonBox::accepted, this, &BoardEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_ok->setEnabled(!text.trimmed().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    Board board;
    if (existing) {
        board = *existing;
    } else {
        board.title = tr("Board %1").arg(data.boards.size() + 1);
    }
    m_title->setText(board.title);
    m_prompt->setPlainText(board.prompt);
    m_kind->setCurrentIndex(m_kind->findData(int(board.kind)));
    m_group->setCurrentIndex(std::max(0, m_group->findData(board.groupId)));
    m_agenda->setCurrentIndex(std::max(0, m_agenda->findData(board.agendaItemId)));
    m_title->selectAll();
    m_title->setFocus();
    resize(560, sizeHint().height());
}

Board BoardEditorDialog::board() const
{
    Board board;
    if (const Board *existing = m_session->data().boards.find(m_boardId))
        board = *existing;
    board.title = m_title->text().trimmed();
    board.prompt = m_prompt->toPlainText().trimmed();
    board.kind = BoardKind(m_kind->currentData().toInt());
    board.groupId = m_group->currentData().toUuid();
    board.agendaItemId = m_agenda->currentData().toUuid();
    return board;
}

QString BoardEditorDialog::problem() const
{
    return m_problem->isVisible() ? m_problem->text() : QString();
}

void BoardEditorDialog::accept()
{
    Board b = board();
    const bool isNew = !m_session->data().boards.contains(m_boardId);
    if (isNew)
        b.id = newId();
    auto done = m_session->perform(isNew ? edits::addBoard(m_session->data(), b) : edits::editBoard(m_session->data(), b));
    if (!done) {
        m_problem->setText(done.message());
        m_problem->show();
        return;
    }
    m_saved = b.id;
    QDialog::accept();
}

} // namespace cg
