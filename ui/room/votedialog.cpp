// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "room/votedialog.h"

#include "commands/edits.h"
#include "session/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cg {

VoteDialog::VoteDialog(const Session &session, const QUuid &board, QWidget *parent)
    : QDialog(parent)
    , m_board(new QComboBox(this))
    , m_dots(new QSpinBox(this))
{
    setObjectName(QStringLiteral("roomVoteDialog"));
    setWindowTitle(tr("Open Dot Vote"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Phones in the room can place their dots on this board's notes until "
                                "you close the vote. They see only the notes the share-back report "
                                "may show."),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    for (const QUuid &id : edits::boardOrder(session.data())) {
        const Board *b = session.data().boards.find(id);
        m_board->addItem(b->title.isEmpty() ? tr("(untitled board)") : b->title, id);
        if (id == board)
            m_board->setCurrentIndex(m_board->count() - 1);
    }
    m_board->setAccessibleName(tr("Board to vote on"));
    form->addRow(tr("&Board:"), m_board);
    m_dots->setRange(1, 20);
    m_dots->setValue(3);
    m_dots->setSuffix(tr(" dots"));
    m_dots->setAccessibleName(tr("Dots per phone"));
    form->addRow(tr("&Dots per phone:"), m_dots);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *open = buttons->addButton(tr("Open Vote"), QDialogButtonBox::AcceptRole);
    open->setDefault(true);
    open->setEnabled(m_board->count() > 0);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_dots->setFocus();
}

QUuid VoteDialog::board() const
{
    return m_board->currentData().toUuid();
}

int VoteDialog::dots() const
{
    return m_dots->value();
}

} // namespace cg
