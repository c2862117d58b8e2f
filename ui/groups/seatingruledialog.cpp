// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "groups/seatingruledialog.h"
#include "look.h"

#include "commands/edits.h"
#include "people/names.h"
#include "session/session.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cg {

SeatingRuleDialog::SeatingRuleDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Keep two people apart or together"));
    auto *grid = new QGridLayout;
    auto picker = [this, grid](int column, const QString &label, QLineEdit *&search, QListWidget *&list) {
        auto *title = new QLabel(label, this);
        search = new QLineEdit(this);
        search->setPlaceholderText(tr("Type part of a name"));
        look::addClearButton(search);
        title->setBuddy(search);
        list = new QListWidget(this);
        list->setMinimumHeight(220);
        const QString plain = QString(label).remove(QLatin1Char('&'));
        search->setAccessibleName(tr("Find the %1").arg(plain.toLower()));
        list->setAccessibleName(plain);
        grid->addWidget(title, 0, column);
        grid->addWidget(search, 1, column);
        grid->addWidget(list, 2, column);
        QListWidget *target = list;
        connect(search, &QLineEdit::textChanged, this, [this, target](const QString &text) { fill(target, text); });
        fill(list, {});
    };
    picker(0, tr("&First person"), m_firstSearch, m_firstList);
    picker(1, tr("&Second person"), m_secondSearch, m_secondList);

    m_apart = new QRadioButton(tr("Keep them &apart: never at the same table (for example a manager and their own "
                                  "staff)"),
        this);
    m_together = new QRadioButton(tr("Keep them &together: always at the same table (for example a carer and the "
                                     "person they support)"),
        this);
    m_apart->setChecked(true);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    auto *buttons = new QDialogButtonBox(this);
    auto *add = buttons->addButton(tr("A&dd"), QDialogButtonBox::AcceptRole);
    add->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] { (void)addNow(); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_apart);
    layout->addWidget(m_together);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 480);
}

void SeatingRuleDialog::fill(QListWidget *list, const QString &query)
{
    const QUuid before = chosen(list);
    list->clear();
    const names::Matcher matcher(query);
    for (const Participant &p : m_session->data().participants) {
        if (!names::matchesPerson(matcher, p))
            continue;
        auto *item = new QListWidgetItem(p.displayName, list);
        item->setData(Qt::UserRole, p.id);
        if (p.id == before)
            list->setCurrentItem(item);
    }
    if (!list->currentItem() && list->count() > 0)
        list->setCurrentRow(0);
}

QUuid SeatingRuleDialog::chosen(QListWidget *list) const
{
    const QListWidgetItem *item = list->currentItem();
    return item ? item->data(Qt::UserRole).toUuid() : QUuid();
}

void SeatingRuleDialog::choose(const QUuid &first, const QUuid &second)
{
    for (auto [list, id] : { std::pair { m_firstList, first }, std::pair { m_secondList, second } }) {
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toUuid() == id)
                list->setCurrentRow(i);
    }
}

Result<void> SeatingRuleDialog::addNow()
{
    SeatingRule rule;
    rule.kind = m_together->isChecked() ? SeatingKind::KeepTogether : SeatingKind::KeepApart;
    rule.firstId = chosen(m_firstList);
    rule.secondId = chosen(m_secondList);
    auto done = (rule.firstId.isNull() || rule.secondId.isNull())
        ? Result<void>(fail(tr("Choose two people.")))
        : m_session->perform(edits::addSeatingRule(m_session->data(), rule));
    if (!done) {
        m_message->setText(done.message());
        m_message->show();
        return done;
    }
    accept();
    return {};
}

} // namespace cg
