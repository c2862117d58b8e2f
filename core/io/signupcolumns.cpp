// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/signupcolumns.h"

#include "planning/accessneeds.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSettings>

#include <array>

namespace cg::io {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("cg::io", text, nullptr, n);
}

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

/// A header or answer as the rules compare it: plain lower-case words, one space apart.
QString normalised(const QString &text)
{
    return plainWords(text).join(QLatin1Char(' '));
}

const std::array<std::pair<SignupField, const char *>, 13> kFieldKeys { {
    { SignupField::Ignore, "ignore" },
    { SignupField::Name, "name" },
    { SignupField::FirstName, "first_name" },
    { SignupField::LastName, "last_name" },
    { SignupField::Pseudonym, "pseudonym" },
    { SignupField::Role, "role" },
    { SignupField::Organisation, "organisation" },
    { SignupField::Email, "email" },
    { SignupField::Phone, "phone" },
    { SignupField::AccessNeeds, "access_needs" },
    { SignupField::AccessNotes, "access_notes" },
    { SignupField::Attendance, "attendance" },
    { SignupField::Notes, "notes" },
} };

/// How sure a guess is. Columns nothing is known about are Unknown; bookkeeping columns of the
/// common exports are Known (left out quietly); Generic headers ("Name", "Email") lose to
/// Specific ones ("Your name", "Your email address") when both are there.
enum class Strength { Unknown, Known, Generic, Specific };

struct Guess
{
    ColumnUse use;
    Strength strength = Strength::Unknown;
};

Guess exactGuess(const QString &h)
{
    using F = SignupField;
    struct Entry
    {
        const char *header;
        F field;
        Strength strength;
    };
    static const Entry entries[] = {
        // Names
        { "name", F::Name, Strength::Generic },
        { "display name", F::Name, Strength::Specific },
        { "full name", F::Name, Strength::Specific },
        { "your name", F::Name, Strength::Specific },
        { "your full name", F::Name, Strength::Specific },
        { "attendee name", F::Name, Strength::Specific },
        { "participant name", F::Name, Strength::Specific },
        { "preferred name", F::Name, Strength::Specific },
        { "what is your name", F::Name, Strength::Specific },
        { "first name", F::FirstName, Strength::Generic },
        { "firstname", F::FirstName, Strength::Generic },
        { "first", F::FirstName, Strength::Generic },
        { "given name", F::FirstName, Strength::Generic },
        { "forename", F::FirstName, Strength::Generic },
        { "forenames", F::FirstName, Strength::Generic },
        { "last name", F::LastName, Strength::Generic },
        { "lastname", F::LastName, Strength::Generic },
        { "last", F::LastName, Strength::Generic },
        { "surname", F::LastName, Strength::Generic },
        { "family name", F::LastName, Strength::Generic },
        { "pseudonym", F::Pseudonym, Strength::Specific },
        // Role
        { "role", F::Role, Strength::Specific },
        { "your role", F::Role, Strength::Specific },
        { "ticket type", F::Role, Strength::Generic },
        { "ticket", F::Role, Strength::Generic },
        { "ticket name", F::Role, Strength::Generic },
        { "registration type", F::Role, Strength::Generic },
        { "attendee type", F::Role, Strength::Specific },
        { "participant type", F::Role, Strength::Specific },
        { "i am attending as", F::Role, Strength::Specific },
        { "attending as", F::Role, Strength::Specific },
        { "i am a", F::Role, Strength::Specific },
        { "which best describes you", F::Role, Strength::Specific },
        // Organisation
        { "organisation", F::Organisation, Strength::Generic },
        { "organization", F::Organisation, Strength::Generic },
        { "company", F::Organisation, Strength::Generic },
        { "employer", F::Organisation, Strength::Generic },
        // Contact
        { "email", F::Email, Strength::Generic },
        { "e mail", F::Email, Strength::Generic },
        { "email address", F::Email, Strength::Generic },
        { "e mail address", F::Email, Strength::Generic },
        { "phone", F::Phone, Strength::Generic },
        { "telephone", F::Phone, Strength::Generic },
        { "tel", F::Phone, Strength::Generic },
        { "mobile", F::Phone, Strength::Generic },
        { "cell phone", F::Phone, Strength::Generic },
        { "phone number", F::Phone, Strength::Generic },
        // Eventbrite's other numbers: used only when there is no mobile number.
        { "home phone", F::Phone, Strength::Known },
        { "work phone", F::Phone, Strength::Known },
        // Access
        { "access needs", F::AccessNeeds, Strength::Specific },
        { "access notes", F::AccessNotes, Strength::Specific },
        // Attendance
        { "attendance", F::Attendance, Strength::Specific },
        { "attendee status", F::Attendance, Strength::Generic },
        { "status", F::Attendance, Strength::Generic },
        { "ticket status", F::Attendance, Strength::Generic },
        { "booking status", F::Attendance, Strength::Generic },
        { "registration status", F::Attendance, Strength::Generic },
        { "rsvp", F::Attendance, Strength::Generic },
        // Notes
        { "notes", F::Notes, Strength::Specific },
        { "note", F::Notes, Strength::Specific },
        { "comments", F::Notes, Strength::Specific },
        // Bookkeeping of Eventbrite, Google Forms and Microsoft Forms exports
        { "timestamp", F::Ignore, Strength::Known },
        { "id", F::Ignore, Strength::Known },
        { "start time", F::Ignore, Strength::Known },
        { "completion time", F::Ignore, Strength::Known },
        { "last modified time", F::Ignore, Strength::Known },
        { "quantity", F::Ignore, Strength::Known },
        { "total paid", F::Ignore, Strength::Known },
        { "fees paid", F::Ignore, Strength::Known },
        { "eventbrite fees", F::Ignore, Strength::Known },
        { "eventbrite payment processing", F::Ignore, Strength::Known },
        { "attendee", F::Ignore, Strength::Known },
        { "attendee no", F::Ignore, Strength::Known },
        { "barcode", F::Ignore, Strength::Known },
        { "barcode no", F::Ignore, Strength::Known },
        { "job title", F::Ignore, Strength::Known },
        { "date attending", F::Ignore, Strength::Known },
        { "device name", F::Ignore, Strength::Known },
        { "check in date", F::Ignore, Strength::Known },
        { "ticket price", F::Ignore, Strength::Known },
        { "currency", F::Ignore, Strength::Known },
        { "discount", F::Ignore, Strength::Known },
        { "access code", F::Ignore, Strength::Known },
        { "event name", F::Ignore, Strength::Known },
        { "event id", F::Ignore, Strength::Known },
    };
    static const QHash<QString, Guess> table = [] {
        QHash<QString, Guess> out;
        for (const Entry &e : entries)
            out.insert(QLatin1String(e.header), { { e.field, ConsentScope::TakePart }, e.strength });
        for (ConsentScope scope : enumValues<ConsentScope>())
            out.insert(enumWords(scope), { { SignupField::Consent, scope }, Strength::Specific });
        return out;
    }();
    return table.value(h);
}

bool containsAny(const QString &h, std::initializer_list<const char *> parts)
{
    const QString padded = QLatin1Char(' ') + h + QLatin1Char(' ');
    for (const char *part : parts)
        if (padded.contains(QLatin1Char(' ') + QLatin1String(part) + QLatin1Char(' ')))
            return true;
    return false;
}

bool startsWithAny(const QString &h, std::initializer_list<const char *> parts)
{
    for (const char *part : parts)
        if (QString(h + QLatin1Char(0x20)).startsWith(QString(QLatin1String(part) + QLatin1Char(0x20))))
            return true;
    return false;
}

/// Questions as forms put them: the words they contain.
Guess phraseGuess(const QString &h)
{
    using F = SignupField;
    auto guess = [](F field, Strength strength = Strength::Specific) {
        return Guess { { field, ConsentScope::TakePart }, strength };
    };
    // Someone else's details, or the order's: never the attendee's own.
    if (containsAny(h, { "buyer", "purchaser", "booker", "emergency", "next of kin", "order", "billing", "home address",
            "home city", "home state", "home county", "home zip", "home postcode", "home country", "work address",
            "shipping" }))
        return guess(F::Ignore, Strength::Known);
    // "Can we email you about…?" is a consent question, not an address.
    const bool askingPermission
        = startsWithAny(h, { "can we", "may we", "could we", "would you", "do you", "are you", "are you happy", "happy" });
    if (containsAny(h, { "email", "e mail", "emailaddress" }) && !askingPermission)
        return guess(F::Email);
    if (containsAny(h, { "phone", "mobile", "telephone", "contact number" }) && !askingPermission)
        return guess(F::Phone);
    if (containsAny(h, { "surname", "last name", "family name" }))
        return guess(F::LastName);
    if (containsAny(h, { "first name", "forename", "given name" }))
        return guess(F::FirstName);
    if (containsAny(h, { "full name", "your name", "preferred name", "attendee name", "participant name" }))
        return guess(F::Name);
    if ((containsAny(h, { "access", "support" }) && containsAny(h, { "need", "needs", "requirement", "requirements" }))
        || containsAny(h, { "accessibility", "adjustment", "adjustments", "dietary", "diet", "allergies", "allergy" }))
        return guess(F::AccessNotes);
    if (containsAny(h, { "attending as", "best describes", "describes you", "your role", "ticket type", "taking part as" }))
        return guess(F::Role);
    if (containsAny(h, { "organisation", "organization", "company", "employer" }))
        return guess(F::Organisation);
    if (containsAny(h, { "anything else", "additional information", "other information", "comments" }))
        return guess(F::Notes);
    return {};
}

Guess guessHeader(const QString &header)
{
    const QString h = normalised(header);
    if (h.isEmpty())
        return { {}, Strength::Known };
    const Guess exact = exactGuess(h);
    if (exact.strength != Strength::Unknown)
        return exact;
    return phraseGuess(h);
}

QString fieldLabel(const ColumnUse &use)
{
    return columnUseWords(use);
}

/// The checks every mapping passes through: names present, one column per field.
void checkMapping(ColumnMapping &m, const std::vector<Strength> *strengths)
{
    const int line = 1;
    // One column per field: the surest guess keeps it.
    for (std::size_t i = 0; i < m.uses.size(); ++i) {
        const ColumnUse use = m.uses[i];
        if (use.field == SignupField::Ignore || allowsSeveralColumns(use.field))
            continue;
        for (std::size_t j = i + 1; j < m.uses.size(); ++j) {
            if (!(m.uses[j] == use))
                continue;
            const Strength a = strengths ? (*strengths)[i] : Strength::Specific;
            const Strength b = strengths ? (*strengths)[j] : Strength::Specific;
            if (a == b) {
                m.errors << tr("line %1: the column %2 appears twice (%3 and %4). Choose which one to use in the "
                               "preview, or leave one out.")
                                .arg(line)
                                .arg(quoted(fieldLabel(use)), quoted(m.headers.at(qsizetype(i)).trimmed()),
                                    quoted(m.headers.at(qsizetype(j)).trimmed()));
                continue;
            }
            const std::size_t loser = a > b ? j : i;
            const std::size_t winner = a > b ? i : j;
            m.warnings << tr("line %1: the columns %2 and %3 both look like %4; %3 was used.")
                              .arg(line)
                              .arg(quoted(m.headers.at(qsizetype(loser)).trimmed()),
                                  quoted(m.headers.at(qsizetype(winner)).trimmed()), fieldLabel(use).toLower());
            m.uses[loser] = {};
        }
    }
    bool names = false;
    for (const ColumnUse &use : m.uses)
        names = names || use.field == SignupField::Name || use.field == SignupField::FirstName
            || use.field == SignupField::LastName;
    if (!names)
        m.errors << tr("line %1: there is no “name” column: nothing in the first row looks like people's names "
                       "(name, or First Name and Last Name). Say which column holds the names (in the preview, or "
                       "with --map COLUMN=name), for example "
                       "name,pseudonym,role,organisation,email,phone,access_needs.")
                        .arg(line);
}

} // namespace

QString columnUseKey(ColumnUse use)
{
    if (use.field == SignupField::Consent)
        return enumKey(use.scope);
    for (const auto &[field, key] : kFieldKeys)
        if (field == use.field)
            return QString::fromLatin1(key);
    return QStringLiteral("ignore");
}

std::optional<ColumnUse> columnUseFromKey(QStringView key)
{
    QString k = key.trimmed().toString().toLower();
    k.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    if (k == QLatin1String("organization"))
        k = QStringLiteral("organisation");
    for (const auto &[field, text] : kFieldKeys)
        if (k == QLatin1String(text))
            return ColumnUse { field, ConsentScope::TakePart };
    if (auto scope = enumFromString<ConsentScope>(k))
        return ColumnUse { SignupField::Consent, *scope };
    return std::nullopt;
}

QString columnUseWords(ColumnUse use)
{
    switch (use.field) {
    case SignupField::Ignore:
        return tr("Leave out");
    case SignupField::Name:
        return tr("Name");
    case SignupField::FirstName:
        return tr("First name");
    case SignupField::LastName:
        return tr("Last name");
    case SignupField::Pseudonym:
        return tr("Pseudonym");
    case SignupField::Role:
        return tr("Role");
    case SignupField::Organisation:
        return tr("Organisation");
    case SignupField::Email:
        return tr("Email");
    case SignupField::Phone:
        return tr("Phone");
    case SignupField::AccessNeeds:
        return tr("Access needs (list)");
    case SignupField::AccessNotes:
        return tr("Access needs (in their words)");
    case SignupField::Attendance:
        return tr("Attendance or ticket status");
    case SignupField::Notes:
        return tr("Notes");
    case SignupField::Consent:
        return tr("Consent: %1").arg(enumWords(use.scope));
    }
    return {};
}

std::vector<ColumnUse> allColumnUses()
{
    std::vector<ColumnUse> out;
    for (const auto &[field, key] : kFieldKeys)
        out.push_back({ field, ConsentScope::TakePart });
    for (ConsentScope scope : enumValues<ConsentScope>())
        out.push_back({ SignupField::Consent, scope });
    return out;
}

bool allowsSeveralColumns(SignupField field)
{
    return field == SignupField::AccessNotes || field == SignupField::Notes || field == SignupField::Ignore;
}

ColumnMapping guessColumns(const QStringList &headers)
{
    ColumnMapping m;
    m.headers = headers;
    std::vector<Strength> strengths;
    for (const QString &header : headers) {
        const Guess g = guessHeader(header);
        m.uses.push_back(g.use);
        strengths.push_back(g.strength);
        if (g.strength == Strength::Unknown)
            m.warnings << tr("line 1: the column %1 is not one Common Ground uses, so it was left out. Choose what it "
                             "holds in the preview if it matters.")
                              .arg(quoted(header.trimmed()));
    }
    checkMapping(m, &strengths);
    return m;
}

ColumnMapping mappingWith(const QStringList &headers, std::vector<ColumnUse> uses)
{
    ColumnMapping m;
    m.headers = headers;
    uses.resize(std::size_t(headers.size()));
    m.uses = std::move(uses);
    checkMapping(m, nullptr);
    return m;
}

Result<ColumnMapping> withChoices(const ColumnMapping &mapping, const QStringList &choices)
{
    std::vector<ColumnUse> uses = mapping.uses;
    QStringList fields;
    for (const ColumnUse &use : allColumnUses())
        fields << columnUseKey(use);
    for (const QString &choice : choices) {
        const qsizetype eq = choice.lastIndexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(tr("%1 should be COLUMN=FIELD, for example \"Surname=last_name\".").arg(quoted(choice)));
        const QString column = choice.left(eq);
        const QString key = choice.mid(eq + 1);
        qsizetype index = -1;
        for (qsizetype c = 0; c < mapping.headers.size(); ++c)
            if (normalised(mapping.headers.at(c)) == normalised(column) && index < 0)
                index = c;
        if (index < 0) {
            QStringList columns;
            for (const QString &h : mapping.headers)
                columns << quoted(h.trimmed());
            return fail(tr("The file has no column %1. Its columns are: %2.")
                            .arg(quoted(column), columns.join(QStringLiteral(", "))));
        }
        const auto use = columnUseFromKey(key);
        if (!use)
            return fail(tr("%1 is not something Common Ground keeps; use one of: %2.")
                            .arg(quoted(key), fields.join(QStringLiteral(", "))));
        uses[std::size_t(index)] = *use;
    }
    ColumnMapping out = mappingWith(mapping.headers, uses);
    // Keep the guesses' notes about columns nobody chose anything for.
    for (const QString &w : mapping.warnings)
        if (!out.warnings.contains(w))
            out.warnings << w;
    return out;
}

QString headerSignature(const QStringList &headers)
{
    QStringList parts;
    for (const QString &h : headers)
        parts << normalised(h);
    return parts.join(QLatin1Char('|'));
}

SignupMappingMemory::SignupMappingMemory(QSettings *settings)
    : m_settings(settings)
{
}

QString SignupMappingMemory::keyFor(const QStringList &headers) const
{
    const QByteArray hash = QCryptographicHash::hash(headerSignature(headers).toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("signupImport/mappings/") + QString::fromLatin1(hash.toHex());
}

std::optional<std::vector<ColumnUse>> SignupMappingMemory::recall(const QStringList &headers) const
{
    if (!m_settings)
        return std::nullopt;
    const QStringList keys = m_settings->value(keyFor(headers)).toStringList();
    if (keys.isEmpty() || keys.size() != headers.size())
        return std::nullopt;
    std::vector<ColumnUse> uses;
    for (const QString &key : keys) {
        const auto use = columnUseFromKey(key);
        if (!use)
            return std::nullopt;
        uses.push_back(*use);
    }
    return uses;
}

void SignupMappingMemory::remember(const QStringList &headers, const std::vector<ColumnUse> &uses)
{
    if (!m_settings)
        return;
    QStringList keys;
    for (const ColumnUse &use : uses)
        keys << columnUseKey(use);
    m_settings->setValue(keyFor(headers), keys);
}

RoleAnswer roleFromAnswer(const QString &answer)
{
    RoleAnswer out;
    if (auto role = enumFromString<Role>(answer)) {
        out = { *role, true, true };
        return out;
    }
    const QString a = normalised(answer);
    if (a.isEmpty())
        return { Role::Other, true, true };
    if (auto role = enumFromString<Role>(a)) // "Lived-Experience!" and other spellings
        return { *role, true, true };
    struct Rule
    {
        Role role;
        std::initializer_list<const char *> words;
    };
    // In this order, the first that fits: a "peer researcher" is a peer, a "patient and carer"
    // someone with lived experience, a "support worker" a practitioner.
    static const Rule rules[] = {
        { Role::Facilitator, { "facilitator", "facilitating", "host", "organiser", "organizer" } },
        { Role::PeerWorker, { "peer", "peers", "peer worker", "peer supporter", "peer support" } },
        { Role::Researcher, { "researcher", "research", "academic", "student", "university", "lecturer" } },
        { Role::Commissioner, { "commissioner", "commissioning", "funder", "policy maker", "policymaker" } },
        { Role::LivedExperience,
            { "lived experience", "patient", "patients", "service user", "service users", "carer", "carers", "caregiver",
                "family member", "parent", "expert by experience", "experts by experience", "member of the public",
                "resident", "community member", "survivor", "user of services", "people who use services" } },
        { Role::Practitioner,
            { "practitioner", "professional", "clinician", "nurse", "doctor", "gp", "social worker", "support worker",
                "therapist", "pharmacist", "staff", "nhs", "health worker", "care worker", "psychiatrist",
                "psychologist", "midwife", "paramedic", "consultant", "occupational therapist", "counsellor" } },
    };
    for (const Rule &rule : rules) {
        if (containsAny(a, rule.words))
            return { rule.role, true, false };
    }
    // Ticket names that say nothing about who someone is.
    if (containsAny(a, { "general admission", "admission", "free", "ticket", "standard", "attendee", "participant",
            "delegate", "place", "rsvp", "early bird", "in person", "online" }))
        return { Role::Other, true, false };
    return { Role::Other, false, false };
}

AttendanceAnswer attendanceFromAnswer(const QString &answer)
{
    if (auto attendance = enumFromString<Attendance>(answer))
        return { *attendance, false };
    const QString a = normalised(answer);
    if (a.isEmpty())
        return {};
    if (auto attendance = enumFromString<Attendance>(a))
        return { *attendance, false };
    if (containsAny(a, { "cancelled", "canceled", "cancellation", "refunded", "refund", "not attending",
            "not going", "declined", "deleted", "transferred", "withdrawn" }))
        return { std::nullopt, true };
    if (containsAny(a, { "no show", "noshow", "did not attend", "dna" }))
        return { Attendance::NoShow, false };
    if (containsAny(a, { "checked in", "check in", "arrived", "attended", "present" }))
        return { Attendance::Arrived, false };
    if (containsAny(a, { "waitlist", "waiting list", "wait list", "pending", "maybe", "tentative", "interested" }))
        return { Attendance::Invited, false };
    if (containsAny(a, { "attending", "confirmed", "booked", "registered", "going", "yes", "completed", "accepted" }))
        return { Attendance::Confirmed, false };
    return {};
}

} // namespace cg::io
