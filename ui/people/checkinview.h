// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/edit.h"
#include "model/enums.h"
#include "model/participant.h"
#include "result.h"

#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace cg {

class CheckInConsentForm;
class ConsentDefaults;
class PeopleFilterModel;
class PeopleTableModel;
class PersonalCodeColumn;
class Session;

/// Check-in for the day, at the door: a large, searchable list of everyone. Type part of a name
/// (case and accents ignored), press Enter: the person is marked as arrived and their consent
/// questions come up straight away (CheckInConsentForm). Enter does nothing until one person is
/// chosen (the name means only them, or Up and Down picked them), and Ctrl+Z on the page undoes
/// the check-in. After saving, the cursor is back in the search box for the next
/// person. People can also be marked as stepped out or left. Each row shows the person's personal
/// code for room mode, also given in the message after their check-in, to read out or write down.
class CheckInView : public QWidget
{
    Q_OBJECT

public:
    CheckInView(Session *session, QWidget *parent = nullptr, ConsentDefaults *defaults = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QTableView *list() const { return m_list; }
    CheckInConsentForm *consentForm() const { return m_form; }
    bool isAskingConsent() const;

    QUuid currentParticipant() const;
    /// Marks the selected person as arrived and opens their consent questions.
    Result<void> arrive();
    /// Sets the selected person's attendance (stepped out, left, back in).
    Result<void> setAttendance(Attendance attendance);

    /// In the workspace's scroll area: as tall as the page needs at least, not as tall as its lists
    /// would like (which would make the whole page scroll and push Save out of sight).
    int heightForWidth(int width) const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    /// Chooses the person the search means (names::resolvePerson), or the only one it shows;
    /// otherwise nobody.
    void chooseFromSearch();
    /// The door's large type, from the window's text size.
    void applyTextSize();
    void fitColumns();
    QString whyNobodyChosen() const;
    bool handleUndoKey(QEvent *event);
    Result<Edit> attendanceEdit(const Participant &updated) const;
    void backToList(int recorded);
    void updateButtons();
    void showMessage(const QString &text);

    Session *m_session = nullptr;
    ConsentDefaults *m_defaults = nullptr;
    PeopleTableModel *m_model = nullptr;
    PersonalCodeColumn *m_codes = nullptr; // the people list plus each person's personal code
    PeopleFilterModel *m_filter = nullptr;

    QStackedWidget *m_pages = nullptr;
    QWidget *m_listPage = nullptr;
    int m_bigPoints = 0;
    QLineEdit *m_search = nullptr;
    QTableView *m_list = nullptr;
    QPushButton *m_arrived = nullptr;
    QPushButton *m_steppedOut = nullptr;
    QPushButton *m_left = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_count = nullptr;
    CheckInConsentForm *m_form = nullptr;
    QWidget *m_formPage = nullptr; // the form in a scroll area: large type is taller than a laptop
};

} // namespace cg
