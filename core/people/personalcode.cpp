// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/personalcode.h"

#include <QMessageAuthenticationCode>

namespace cg::personalcode {

namespace {

// The join code's alphabet (room/roomservice.cpp): no 0/O, 1/I/L, 2/Z, 5/S, 8/B, E or U.
constexpr char kAlphabet[] = "ACDFGHJKMNPQRTVWXY34679";
constexpr int kSymbols = int(sizeof(kAlphabet)) - 1;
constexpr int kLength = 8;

} // namespace

QString of(const WorkshopData &data, const QUuid &participantId)
{
    // A label in the key, so that no other use of a hash over these ids can ever give the code.
    const QByteArray key = QByteArrayLiteral("common-ground personal code v1 ") + data.workshop.id.toRfc4122();
    const QByteArray mac = QMessageAuthenticationCode::hash(
        participantId.toRfc4122(), key, QCryptographicHash::Sha256);
    // 64 bits taken apart in base 23: the bias of the last digit is below 1 in 10^8.
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | quint8(mac.at(i));
    QString code;
    for (int i = 0; i < kLength; ++i) {
        code += QLatin1Char(kAlphabet[value % kSymbols]);
        value /= kSymbols;
    }
    return code;
}

QString spaced(const QString &code)
{
    return code.size() == kLength ? code.left(4) + QLatin1Char('-') + code.mid(4) : code;
}

QString normalised(const QString &typed)
{
    QString code;
    for (const QChar c : typed.left(32)) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        code += c.toUpper();
    }
    return code;
}

QUuid personWith(const WorkshopData &data, const QString &typed)
{
    const QString code = normalised(typed);
    if (code.size() != kLength)
        return {};
    QUuid found;
    for (const Participant &p : data.participants) {
        if (of(data, p.id) != code)
            continue;
        if (!found.isNull())
            return {}; // two people: ask the facilitator rather than guess
        found = p.id;
    }
    return found;
}

} // namespace cg::personalcode
