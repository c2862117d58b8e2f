// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "people/names.h"

#include <QHash>
#include <QLineEdit>
#include <QUuid>

class QCompleter;
class QStringListModel;

namespace cg {

class Session;
struct Change;

/// A text box for naming a person in the workshop (an action's owner, who gave feedback, who is
/// in a photo). It completes from the people list as the facilitator types, through the one name
/// matcher (any part of a name, case and accents ignored), and says who the text means through
/// the one resolver. The team's working views show display names (pseudonyms when there is none).
class PersonField : public QLineEdit
{
    Q_OBJECT

public:
    explicit PersonField(Session *session, QWidget *parent = nullptr);

    /// Who the text means: nobody (empty text, or no one called that), one person, or several
    /// (never guessed between).
    names::Resolution resolution() const;
    /// Shows \a participantId's name (empty for nobody).
    void setPerson(const QUuid &participantId);
    /// The name the field shows for a person.
    QString nameOf(const QUuid &participantId) const;

private:
    void refreshPeople();
    void updateCompletions(const QString &typed);
    void onChanged(const Change &change);

    Session *m_session;
    QCompleter *m_completer;
    QStringListModel *m_completions;
    /// Completion text → person, so that two people with one display name can be told apart.
    QHash<QString, QUuid> m_byLabel;
    QHash<QUuid, QString> m_labelOf;
    bool m_peopleDirty = true;
};

} // namespace cg
