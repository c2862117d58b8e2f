// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <optional>
#include <span>
#include <utility>

namespace cg {

// Every enumeration of the domain model. Each has a stable key (snake_case, stored in the file
// and in JSON archives) and words (the key with spaces, used on the command line and in CSV).

enum class Role { LivedExperience, PeerWorker, Practitioner, Researcher, Commissioner, Facilitator, Other };
enum class Attendance { Invited, Confirmed, Arrived, SteppedOut, Left, NoShow };
enum class ConsentScope { TakePart, BeNamed, BeQuoted, BePhotographed, BeRecorded, ContactLater };
enum class ConsentDecision { Granted, Refused, Withdrawn };
enum class ConsentMethod { Verbal, WrittenForm, Digital };
enum class AgendaKind { Plenary, Breakout, Break, Feedback, Other };
enum class BoardKind { Breakout, Plenary, ParkingLot, Feedback };
/// Sticky-note colours. The palette (ui) is colour-blind safe and every colour also carries a
/// name and a pattern, so colour is never the only signal.
enum class NoteColour { Yellow, Blue, Orange, Green, Pink, Purple };
enum class AuthorKind { Anonymous, Participant, Facilitator };
enum class ActionStatus { Open, InProgress, Done };
enum class PaymentMethod { BankTransfer, Voucher, Cash, Declined };
enum class PaymentStatus { Owed, Paid };
enum class AccessNeed { Bsl, HearingLoop, StepFree, LargePrint, EasyRead, QuietRoom, Breaks, Dietary };

template<class E>
struct EnumKeys;

#define CG_ENUM_KEYS(E, ...)                                                                             \
    template<>                                                                                           \
    struct EnumKeys<E>                                                                                   \
    {                                                                                                    \
        static constexpr auto table = std::to_array<std::pair<E, const char *>>({__VA_ARGS__});         \
    };

CG_ENUM_KEYS(Role, {Role::LivedExperience, "lived_experience"}, {Role::PeerWorker, "peer_worker"},
             {Role::Practitioner, "practitioner"}, {Role::Researcher, "researcher"},
             {Role::Commissioner, "commissioner"}, {Role::Facilitator, "facilitator"}, {Role::Other, "other"})
CG_ENUM_KEYS(Attendance, {Attendance::Invited, "invited"}, {Attendance::Confirmed, "confirmed"},
             {Attendance::Arrived, "arrived"}, {Attendance::SteppedOut, "stepped_out"},
             {Attendance::Left, "left"}, {Attendance::NoShow, "no_show"})
CG_ENUM_KEYS(ConsentScope, {ConsentScope::TakePart, "take_part"}, {ConsentScope::BeNamed, "be_named"},
             {ConsentScope::BeQuoted, "be_quoted"}, {ConsentScope::BePhotographed, "be_photographed"},
             {ConsentScope::BeRecorded, "be_recorded"}, {ConsentScope::ContactLater, "contact_later"})
CG_ENUM_KEYS(ConsentDecision, {ConsentDecision::Granted, "granted"}, {ConsentDecision::Refused, "refused"},
             {ConsentDecision::Withdrawn, "withdrawn"})
CG_ENUM_KEYS(ConsentMethod, {ConsentMethod::Verbal, "verbal"}, {ConsentMethod::WrittenForm, "written_form"},
             {ConsentMethod::Digital, "digital"})
CG_ENUM_KEYS(AgendaKind, {AgendaKind::Plenary, "plenary"}, {AgendaKind::Breakout, "breakout"},
             {AgendaKind::Break, "break"}, {AgendaKind::Feedback, "feedback"}, {AgendaKind::Other, "other"})
CG_ENUM_KEYS(BoardKind, {BoardKind::Breakout, "breakout"}, {BoardKind::Plenary, "plenary"},
             {BoardKind::ParkingLot, "parking_lot"}, {BoardKind::Feedback, "feedback"})
CG_ENUM_KEYS(NoteColour, {NoteColour::Yellow, "yellow"}, {NoteColour::Blue, "blue"},
             {NoteColour::Orange, "orange"}, {NoteColour::Green, "green"}, {NoteColour::Pink, "pink"},
             {NoteColour::Purple, "purple"})
CG_ENUM_KEYS(AuthorKind, {AuthorKind::Anonymous, "anonymous"}, {AuthorKind::Participant, "participant"},
             {AuthorKind::Facilitator, "facilitator"})
CG_ENUM_KEYS(ActionStatus, {ActionStatus::Open, "open"}, {ActionStatus::InProgress, "in_progress"},
             {ActionStatus::Done, "done"})
CG_ENUM_KEYS(PaymentMethod, {PaymentMethod::BankTransfer, "bank_transfer"}, {PaymentMethod::Voucher, "voucher"},
             {PaymentMethod::Cash, "cash"}, {PaymentMethod::Declined, "declined"})
CG_ENUM_KEYS(PaymentStatus, {PaymentStatus::Owed, "owed"}, {PaymentStatus::Paid, "paid"})
CG_ENUM_KEYS(AccessNeed, {AccessNeed::Bsl, "bsl"}, {AccessNeed::HearingLoop, "hearing_loop"},
             {AccessNeed::StepFree, "step_free"}, {AccessNeed::LargePrint, "large_print"},
             {AccessNeed::EasyRead, "easy_read"}, {AccessNeed::QuietRoom, "quiet_room"},
             {AccessNeed::Breaks, "breaks"}, {AccessNeed::Dietary, "dietary"})

#undef CG_ENUM_KEYS

/// The stable key of a value, e.g. "lived_experience".
template<class E>
QString enumKey(E value)
{
    for (const auto &[v, key] : EnumKeys<E>::table) {
        if (v == value)
            return QString::fromLatin1(key);
    }
    return {};
}

/// \a words ("lived experience") in the language of the translation installed (enumwords.cpp).
QString translatedEnumWords(const QString &words);
/// Every key's words, as listed for translation.
QStringList translatableEnumWords();

/// The key with spaces instead of underscores, e.g. "lived experience", translated.
template<class E>
QString enumWords(E value)
{
    return translatedEnumWords(enumKey(value).replace(QLatin1Char('_'), QLatin1Char(' ')));
}

/// Parses a key or its words, ignoring case, surrounding space and '-' vs '_' vs ' '.
template<class E>
std::optional<E> enumFromString(QStringView text)
{
    QString norm = text.trimmed().toString().toLower();
    norm.replace(QLatin1Char(' '), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const auto &[v, key] : EnumKeys<E>::table) {
        if (norm == QLatin1String(key))
            return v;
    }
    return std::nullopt;
}

/// Every value of an enumeration, in declaration order.
template<class E>
constexpr auto enumValues()
{
    std::array<E, EnumKeys<E>::table.size()> out{};
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = EnumKeys<E>::table[i].first;
    return out;
}

/// Every key of an enumeration, e.g. for help texts.
template<class E>
QStringList enumKeyList()
{
    QStringList out;
    for (const auto &entry : EnumKeys<E>::table)
        out << QString::fromLatin1(entry.second);
    return out;
}

} // namespace cg
