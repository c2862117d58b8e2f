// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

class QSettings;

namespace cg::io {

/// What one column of a sign-up spreadsheet holds.
enum class SignupField {
    Ignore,
    Name,
    FirstName,
    LastName,
    Pseudonym,
    Role,
    Organisation,
    Email,
    Phone,
    AccessNeeds, ///< a list ("bsl; step free") or free text
    AccessNotes, ///< free text ("Do you have any access needs?")
    Attendance,  ///< our attendance words, or a ticket or booking status
    Notes,
    Consent, ///< yes / no / empty for one consent scope
};

/// How a column is used: a field and, for consent, the scope.
struct ColumnUse
{
    SignupField field = SignupField::Ignore;
    ConsentScope scope = ConsentScope::TakePart;

    bool operator==(const ColumnUse &other) const
    {
        return field == other.field && (field != SignupField::Consent || scope == other.scope);
    }
};

/// The key of a use on the command line (--map COLUMN=KEY) and in remembered mappings: "name",
/// "first_name", "last_name", "pseudonym", "role", "organisation", "email", "phone",
/// "access_needs", "access_notes", "attendance", "notes", a consent scope ("take_part", …) or
/// "ignore".
QString columnUseKey(ColumnUse use);
/// Reads a key, ignoring case and '-', '_' or ' ' ("first name" works as well).
std::optional<ColumnUse> columnUseFromKey(QStringView key);
/// Words for the preview, e.g. "First name", "Consent: be quoted", "Leave out".
QString columnUseWords(ColumnUse use);
/// Every use, in the order the preview offers them.
std::vector<ColumnUse> allColumnUses();
/// Whether several columns may have this use (their text is joined): access notes and notes.
bool allowsSeveralColumns(SignupField field);

/// What the columns of one file are used as, one use per header.
struct ColumnMapping
{
    QStringList headers;
    std::vector<ColumnUse> uses;
    /// Said while guessing: a column left out because a better one was found, a column nothing
    /// is known about. "line 1: …".
    QStringList warnings;
    /// What makes the mapping unusable: no names, one field in two columns. "line 1: …".
    QStringList errors;
};

/// Recognises the headers that Eventbrite, Google Forms and Microsoft Forms exports use, and
/// Common Ground's own: "First Name" + "Last Name" / "Surname" make the name, "Email Address",
/// "Cell Phone", "Ticket Type" and "I am attending as" (role), "Do you have any access needs?"
/// and "Accessibility requirements" (access notes), "Attendee Status" (attendance). Their
/// bookkeeping columns (order number, timestamp, buyer, home address) are left out quietly.
/// Where two columns look like the same thing, the one asked as a question beats the generic
/// one (Microsoft Forms' account "Name" loses to "Your name"); two equally good ones are an
/// error for the facilitator to settle in the preview.
ColumnMapping guessColumns(const QStringList &headers);

/// \a uses for \a headers, checked: the errors and warnings guessColumns() would give.
ColumnMapping mappingWith(const QStringList &headers, std::vector<ColumnUse> uses);

/// Applies "COLUMN=FIELD" choices (the command line's --map) on top of \a mapping. COLUMN is a
/// header as written (case and spacing ignored); FIELD a key of columnUseKey(). Unknown columns
/// and fields are errors that list what there is.
Result<ColumnMapping> withChoices(const ColumnMapping &mapping, const QStringList &choices);

/// The header as a remembered mapping knows it: case and spacing ignored.
QString headerSignature(const QStringList &headers);

/// Mappings the facilitator chose, remembered per header, so that next month's export from the
/// same form reads the same way. Kept in the QSettings given (the application's, or a test's).
class SignupMappingMemory
{
public:
    explicit SignupMappingMemory(QSettings *settings);
    /// The uses remembered for a file with exactly these headers.
    std::optional<std::vector<ColumnUse>> recall(const QStringList &headers) const;
    void remember(const QStringList &headers, const std::vector<ColumnUse> &uses);

private:
    QString keyFor(const QStringList &headers) const;
    QSettings *m_settings;
};

/// A role answer: "lived experience" (any spelling of a role), "Patient / service user",
/// "Carer" and "Expert by experience" (lived experience: carers bring the experience of caring),
/// "Peer support worker", "Clinician", "Social worker", "Academic", "Commissioner", "Host".
/// Eventbrite's "General Admission" says nothing about the role: Other, quietly.
struct RoleAnswer
{
    Role role = Role::Other;
    bool recognised = false; // false: nothing known about the answer (Other, with a warning)
    bool exact = false;      // the answer is a role's own words
};
RoleAnswer roleFromAnswer(const QString &answer);

/// An attendance or ticket status answer: our words (invited, confirmed, arrived, stepped out,
/// left, no-show), Eventbrite's "Attending" (confirmed), "Checked In" (arrived), "Not
/// Attending", "Cancelled" and "Refunded" (a cancelled ticket), "Waitlist" (invited).
struct AttendanceAnswer
{
    std::optional<Attendance> attendance;
    bool cancelled = false;
};
AttendanceAnswer attendanceFromAnswer(const QString &answer);

} // namespace cg::io
