// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"
#include "result.h"

#include <QByteArray>
#include <QDialog>

class QCheckBox;
class QLabel;

namespace cg {

class Session;

/// "Export people list…": a CSV of everyone for the workshop team (names, roles, attendance,
/// access needs, consent), which the dialog says plainly is not for sharing. Contact details are
/// left out unless asked for, and never given for people who refused or withdrew (ConsentPolicy,
/// rules 1 and 7). The file is written atomically and the export recorded in the audit trail.
///
/// The logic is callable without exec(): exportTo() writes the file.
class PeopleExportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PeopleExportDialog(Session *session, QWidget *parent = nullptr);

    void setIncludeContact(bool include);
    /// Who the audit trail says exported the list (the facilitator named in Preferences).
    void setActor(const QString &actor);
    /// Writes the list to \a path (replacing it in one step) and accepts the dialog.
    Result<void> exportTo(const QString &path);

    /// The CSV bytes (io::peopleListCsv): UTF-8 with a byte-order mark, formulas guarded.
    static QByteArray peopleCsv(const WorkshopData &data, bool includeContact);

private:
    void chooseAndExport();

    Session *m_session = nullptr;
    QCheckBox *m_contact = nullptr;
    QLabel *m_message = nullptr;
    QString m_actor;
};

} // namespace cg
