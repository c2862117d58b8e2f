// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/personfield.h"
#include "look.h"

#include "session/session.h"

#include <QCompleter>
#include <QStringListModel>

namespace cg {

PersonField::PersonField(Session *session, QWidget *parent)
    : QLineEdit(parent)
    , m_session(session)
    , m_completer(new QCompleter(this))
    , m_completions(new QStringListModel(this))
{
    look::addClearButton(this);
    // The list is already filtered by the name matcher; the completer only shows it.
    m_completer->setModel(m_completions);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(8);
    setCompleter(m_completer);
    connect(this, &QLineEdit::textEdited, this, &PersonField::updateCompletions);
    connect(m_session, &Session::changed, this, &PersonField::onChanged);
}

void PersonField::onChanged(const Change &change)
{
    if (change.entity == Entity::Participant)
        m_peopleDirty = true;
}

void PersonField::refreshPeople()
{
    if (!m_peopleDirty)
        return;
    m_peopleDirty = false;
    m_byLabel.clear();
    m_labelOf.clear();
    QHash<QString, int> uses;
    for (const Participant &p : m_session->data().participants) {
        const QString name = p.displayName.trimmed().isEmpty() ? p.pseudonym.trimmed() : p.displayName.trimmed();
        ++uses[names::fold(name)];
    }
    for (const Participant &p : m_session->data().participants) {
        QString label = p.displayName.trimmed().isEmpty() ? p.pseudonym.trimmed() : p.displayName.trimmed();
        // Two people with one name are told apart by their pseudonym.
        if (uses.value(names::fold(label)) > 1 && !p.pseudonym.trimmed().isEmpty() && label != p.pseudonym.trimmed())
            label = tr("%1 (%2)").arg(label, p.pseudonym.trimmed());
        m_byLabel.insert(label, p.id);
        m_labelOf.insert(p.id, label);
    }
}

void PersonField::updateCompletions(const QString &typed)
{
    refreshPeople();
    const names::Matcher matcher(typed);
    QStringList found;
    for (const Participant &p : m_session->data().participants) {
        if (matcher.isEmpty() || names::matchesPerson(matcher, p))
            found << m_labelOf.value(p.id);
    }
    found.sort(Qt::CaseInsensitive);
    m_completions->setStringList(found);
}

QString PersonField::nameOf(const QUuid &participantId) const
{
    const_cast<PersonField *>(this)->refreshPeople();
    return m_labelOf.value(participantId);
}

void PersonField::setPerson(const QUuid &participantId)
{
    setText(participantId.isNull() ? QString() : nameOf(participantId));
}

names::Resolution PersonField::resolution() const
{
    const_cast<PersonField *>(this)->refreshPeople();
    const QString typed = text().trimmed();
    names::Resolution r;
    if (typed.isEmpty())
        return r;
    if (auto it = m_byLabel.constFind(typed); it != m_byLabel.constEnd()) {
        r.kind = names::Resolution::Kind::One;
        r.person = *it;
        r.how = QStringLiteral("name");
        return r;
    }
    return names::resolvePerson(m_session->data(), typed);
}

} // namespace cg
