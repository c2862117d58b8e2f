// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consent/consentpolicy.h"
#include "result.h"

#include <QUuid>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTabWidget;
class QTableView;

namespace cg {

class ConsentDefaults;
class ConsentPanel;
class CsvImportDialog;
class ParticipantEditor;
class PeopleExportDialog;
class PeopleFilterModel;
class PeopleTableModel;
class Session;
class WithdrawalDialog;

/// The People page: everyone in a sortable table that can be narrowed by text, role, attendance
/// and consent to take part; beside it the selected person's details and their consent. Imports
/// a sign-up sheet (with a preview of every row's problems first) and exports the list for the
/// team.
class PeopleView : public QWidget
{
    Q_OBJECT

public:
    /// \a defaults (consent method, recorded by) may be shared with check-in; when null the view
    /// keeps its own.
    PeopleView(Session *session, QWidget *parent = nullptr, ConsentDefaults *defaults = nullptr);

    PeopleTableModel *model() const { return m_model; }
    PeopleFilterModel *filterModel() const { return m_filter; }
    QTableView *table() const { return m_table; }
    ParticipantEditor *editor() const { return m_editor; }
    ConsentPanel *consentPanel() const { return m_consent; }
    QLineEdit *searchField() const { return m_search; }

    void selectParticipant(const QUuid &id);
    QUuid currentParticipant() const;

    void setRoleFilter(std::optional<Role> role);
    void setAttendanceFilter(std::optional<Attendance> attendance);
    void setConsentFilter(std::optional<ConsentState> state);

    /// Clears the editor for a new person and puts the cursor in the name field.
    void newPerson();
    /// Removes the selected person (only someone added by mistake: people with contributions or
    /// consent records are withdrawn instead).
    Result<void> removeCurrent();
    /// Show the consent tab for the selected person.
    void showConsent();

    /// The dialogs, opened without blocking (they delete themselves when closed).
    CsvImportDialog *openImportDialog();
    PeopleExportDialog *openExportDialog();
    WithdrawalDialog *openWithdrawalDialog(const QUuid &participantId);

    /// In the workspace's scroll area: as tall as the page needs at least, not as tall as its lists
    /// would like (which would make the whole page scroll and push Save out of sight).
    int heightForWidth(int width) const override;

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onCurrentChanged();
    void updateCount();
    void showMessage(const QString &text);

    Session *m_session = nullptr;
    ConsentDefaults *m_defaults = nullptr;
    PeopleTableModel *m_model = nullptr;
    PeopleFilterModel *m_filter = nullptr;

    QLineEdit *m_search = nullptr;
    QComboBox *m_roleFilter = nullptr;
    QComboBox *m_attendanceFilter = nullptr;
    QComboBox *m_consentFilter = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    QTabWidget *m_tabs = nullptr;
    QSplitter *m_splitter = nullptr;
    ParticipantEditor *m_editor = nullptr;
    ConsentPanel *m_consent = nullptr;
    QLabel *m_message = nullptr;
    bool m_columnsFitted = false;
};

} // namespace cg
