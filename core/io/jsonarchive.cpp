// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/jsonarchive.h"

#include "consent/consentpolicy.h"

#include "export/writers.h"

#include "model/limits.h"

#include "storage/database.h"
#include "storage/tables.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace cg::io::archive {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::io::archive", text);
}

const QString kFormat = QStringLiteral("common-ground-archive");

// ---- Every entity's fields, from the one description of the tables (storage/tables.h) ---------
//
// The Writer and the Reader walk the same list of members under the same keys, so a field
// cannot be written without also being read back: that is what keeps the archive lossless.

template<class Io, class T> void fields(Io &io, T &row)
{
    tables::forEachArchiveField<T>([&](const char *key, auto member, bool required) {
        using M = std::remove_reference_t<decltype(row.*member)>;
        if constexpr (std::is_same_v<M, QUuid> || std::is_same_v<M, QDateTime>) {
            if (required) {
                io.required(key, row.*member);
                return;
            }
        }
        io.field(key, row.*member);
    });
}

// The arrays of the archive, in the order of Entity (which is also a safe insertion order).
template<class F> void forEachTable(F &&f)
{
    tables::forEachRowType([&](auto type) {
        using T = typename decltype(type)::type;
        f(type, tables::Description<T>::archiveKey);
    });
}

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

// ---- Writing ------------------------------------------------------------------------------------

struct Writer
{
    QJsonObject object;

    void put(const char *key, QJsonValue value) { object.insert(QLatin1String(key), std::move(value)); }

    template<class T> void required(const char *key, T &value) { field(key, value); }
    void field(const char *key, QString &v) { put(key, v); }
    void field(const char *key, QStringList &v) { put(key, QJsonArray::fromStringList(v)); }
    void field(const char *key, QUuid &v) { put(key, v.isNull() ? QJsonValue() : QJsonValue(uuidText(v))); }
    void field(const char *key, QList<QUuid> &v)
    {
        QJsonArray array;
        for (const QUuid &id : v)
            array.append(uuidText(id));
        put(key, array);
    }
    void field(const char *key, QDate &v) { put(key, v.isValid() ? QJsonValue(dateText(v)) : QJsonValue()); }
    void field(const char *key, QTime &v)
    {
        put(key, v.isValid() ? QJsonValue(v.toString(QStringLiteral("HH:mm"))) : QJsonValue());
    }
    void field(const char *key, QDateTime &v)
    {
        put(key, v.isValid() ? QJsonValue(timestampText(v)) : QJsonValue());
    }
    void field(const char *key, bool &v) { put(key, v); }
    void field(const char *key, int &v) { put(key, v); }
    void field(const char *key, qint64 &v) { put(key, double(v)); }
    void field(const char *key, double &v) { put(key, v); }
    void field(const char *key, QByteArray &v) { put(key, QString::fromLatin1(v.toBase64())); }
    template<class E>
    requires std::is_enum_v<E>
    void field(const char *key, E &v) { put(key, enumKey(v)); }
    template<class E>
    requires std::is_enum_v<E>
    void field(const char *key, QList<E> &v)
    {
        QJsonArray array;
        for (E e : v)
            array.append(enumKey(e));
        put(key, array);
    }
};

template<class T> QJsonObject write(const T &row)
{
    Writer w;
    fields(w, const_cast<T &>(row)); // the Writer only reads
    return w.object;
}

// ---- Reading ------------------------------------------------------------------------------------

struct Reader
{
    Q_DECLARE_TR_FUNCTIONS(cg::io::archive)

public:
    const QJsonObject &object;
    QString where; // "notes[12]"
    std::optional<QString> error;

    void complain(const char *key, const QString &what)
    {
        if (!error)
            error = QStringLiteral("%1.%2: %3").arg(where, QLatin1String(key), what);
    }
    // The value for \a key, or nothing when it is absent (the field keeps its default).
    std::optional<QJsonValue> take(const char *key)
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined())
            return std::nullopt;
        return v;
    }
    template<class T> void required(const char *key, T &value)
    {
        if (!object.contains(QLatin1String(key))) {
            complain(key, tr("is missing."));
            return;
        }
        field(key, value);
        if (!error) {
            bool missing = false;
            if constexpr (std::is_same_v<T, QUuid>)
                missing = value.isNull();
            else
                missing = !value.isValid();
            if (missing)
                complain(key, tr("is missing."));
        }
    }
    bool text(const char *key, const QJsonValue &v, QString &out)
    {
        if (!v.isString()) {
            complain(key, tr("should be text."));
            return false;
        }
        out = v.toString();
        return true;
    }
    void field(const char *key, QString &v)
    {
        if (auto j = take(key))
            text(key, *j, v);
    }
    void field(const char *key, QStringList &v)
    {
        auto j = take(key);
        if (!j)
            return;
        if (!j->isArray())
            return complain(key, tr("should be a list of text."));
        v.clear();
        for (const QJsonValue &item : j->toArray()) {
            QString s;
            if (!text(key, item, s))
                return;
            v << s;
        }
    }
    bool uuid(const char *key, const QJsonValue &j, QUuid &out)
    {
        QString s;
        if (!text(key, j, s))
            return false;
        out = QUuid::fromString(s);
        if (out.isNull()) {
            complain(key, tr("“%1” is not an id.").arg(s));
            return false;
        }
        return true;
    }
    void field(const char *key, QUuid &v)
    {
        auto j = take(key);
        if (!j)
            return;
        if (j->isNull()) {
            v = QUuid();
            return;
        }
        uuid(key, *j, v);
    }
    void field(const char *key, QList<QUuid> &v)
    {
        auto j = take(key);
        if (!j)
            return;
        if (!j->isArray())
            return complain(key, tr("should be a list of ids."));
        v.clear();
        for (const QJsonValue &item : j->toArray()) {
            QUuid id;
            if (!uuid(key, item, id))
                return;
            v << id;
        }
    }
    void field(const char *key, QDate &v)
    {
        auto j = take(key);
        if (!j)
            return;
        if (j->isNull()) {
            v = QDate();
            return;
        }
        QString s;
        if (!text(key, *j, s))
            return;
        v = parseDate(s);
        if (!v.isValid())
            complain(key, tr("“%1” is not a date (YYYY-MM-DD).").arg(s));
    }
    void field(const char *key, QTime &v)
    {
        auto j = take(key);
        if (!j)
            return;
        if (j->isNull()) {
            v = QTime();
            return;
        }
        QString s;
        if (!text(key, *j, s))
            return;
        v = parseClockTime(s);
        if (!v.isValid())
            complain(key, tr("“%1” is not a time (HH:MM).").arg(s));
    }
    void field(const char *key, QDateTime &v)
    {
        auto j = take(key);
        if (!j)
            return;
        if (j->isNull()) {
            v = QDateTime();
            return;
        }
        QString s;
        if (!text(key, *j, s))
            return;
        v = parseTimestamp(s);
        if (!v.isValid())
            complain(key, tr("“%1” is not a time (YYYY-MM-DDTHH:MM:SS.sssZ).").arg(s));
    }
    void field(const char *key, bool &v)
    {
        auto j = take(key);
        if (!j)
            return;
        if (!j->isBool())
            return complain(key, tr("should be true or false."));
        v = j->toBool();
    }
    void field(const char *key, int &v)
    {
        auto j = take(key);
        if (!j)
            return;
        const double d = j->toDouble(std::nan(""));
        if (!j->isDouble() || d != std::floor(d) || d < -2147483648.0 || d > 2147483647.0)
            return complain(key, tr("should be a whole number."));
        v = int(d);
    }
    void field(const char *key, qint64 &v)
    {
        // Exact in a JSON number (a double) up to 2^53.
        auto j = take(key);
        if (!j)
            return;
        const double d = j->toDouble(std::nan(""));
        if (!j->isDouble() || d != std::floor(d) || d < 0 || d > 9007199254740992.0)
            return complain(key, tr("should be a whole number from 0 up."));
        v = qint64(d);
    }
    void field(const char *key, double &v)
    {
        auto j = take(key);
        if (!j)
            return;
        if (!j->isDouble() || !std::isfinite(j->toDouble()))
            return complain(key, tr("should be a number."));
        v = j->toDouble();
    }
    void field(const char *key, QByteArray &v)
    {
        auto j = take(key);
        if (!j)
            return;
        QString s;
        if (!text(key, *j, s))
            return;
        auto decoded = QByteArray::fromBase64Encoding(s.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return complain(key, tr("is not valid base64."));
        v = *decoded;
    }
    template<class E>
    requires std::is_enum_v<E>
    bool enumValue(const char *key, const QJsonValue &j, E &out)
    {
        QString s;
        if (!text(key, j, s))
            return false;
        auto e = enumFromString<E>(s);
        if (!e || enumKey(*e) != s) {
            complain(key, tr("“%1” is not one of: %2.").arg(s, enumKeyList<E>().join(QStringLiteral(", "))));
            return false;
        }
        out = *e;
        return true;
    }
    template<class E>
    requires std::is_enum_v<E>
    void field(const char *key, E &v)
    {
        if (auto j = take(key))
            enumValue(key, *j, v);
    }
    template<class E>
    requires std::is_enum_v<E>
    void field(const char *key, QList<E> &v)
    {
        auto j = take(key);
        if (!j)
            return;
        if (!j->isArray())
            return complain(key, tr("should be a list."));
        v.clear();
        for (const QJsonValue &item : j->toArray()) {
            E e {};
            if (!enumValue(key, item, e))
                return;
            v << e;
        }
    }
};

// ---- Bounds (model/limits.h): a row that reads but would not be accepted by an edit ------------

QString outOfRange(const QString &where, const char *key, double value, double low, double high)
{
    return tr("%1.%2: %3 is out of bounds; it must be from %4 to %5.")
        .arg(where, QLatin1String(key))
        .arg(value, 0, 'g', 12)
        .arg(low, 0, 'f', 0)
        .arg(high, 0, 'f', 0);
}

template<class T> std::optional<QString> outOfBounds(const T &, const QString &) { return std::nullopt; }

std::optional<QString> outOfBounds(const Note &n, const QString &where)
{
    if (!limits::coordinateOk(n.x))
        return outOfRange(where, "x", n.x, -limits::maxCoordinate, limits::maxCoordinate);
    if (!limits::coordinateOk(n.y))
        return outOfRange(where, "y", n.y, -limits::maxCoordinate, limits::maxCoordinate);
    if (!limits::noteSizeOk(n.width))
        return outOfRange(where, "width", n.width, limits::minNoteSize, limits::maxSize);
    if (!limits::noteSizeOk(n.height))
        return outOfRange(where, "height", n.height, limits::minNoteSize, limits::maxSize);
    if (n.text.size() > limits::maxTextLength)
        return tr("%1.text: is %2 characters long; a note holds at most %3.").arg(where).arg(n.text.size()).arg(limits::maxTextLength);
    return std::nullopt;
}

std::optional<QString> outOfBounds(const Theme &t, const QString &where)
{
    if (!limits::coordinateOk(t.x))
        return outOfRange(where, "x", t.x, -limits::maxCoordinate, limits::maxCoordinate);
    if (!limits::coordinateOk(t.y))
        return outOfRange(where, "y", t.y, -limits::maxCoordinate, limits::maxCoordinate);
    if (!limits::themeSizeOk(t.width))
        return outOfRange(where, "width", t.width, 0, limits::maxSize);
    if (!limits::themeSizeOk(t.height))
        return outOfRange(where, "height", t.height, 0, limits::maxSize);
    return std::nullopt;
}

std::optional<QString> outOfBounds(const Vote &v, const QString &where)
{
    if (v.count > limits::maxVoteCount)
        return outOfRange(where, "count", v.count, 1, limits::maxVoteCount);
    return std::nullopt;
}

template<class T> Result<T> read(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        return fail(QCoreApplication::translate("cg::io::archive", "%1: should be an object.").arg(where));
    const QJsonObject object = value.toObject();
    T row;
    Reader r { object, where, std::nullopt };
    fields(r, row);
    if (r.error)
        return fail(*r.error);
    if (auto bad = outOfBounds(row, where))
        return fail(*bad);
    return row;
}

QString shortId(const QUuid &id)
{
    return uuidText(id);
}

} // namespace

QByteArray toJson(const WorkshopData &data)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("formatVersion"), formatVersion);
    root.insert(QStringLiteral("workshop"), write(data.workshop));
    forEachTable([&](auto type, const char *name) {
        using T = typename decltype(type)::type;
        QJsonArray rows;
        for (const T &row : data.table<T>())
            rows.append(write(row));
        root.insert(QLatin1String(name), rows);
    });
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<WorkshopData> fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(std::count(json.begin(),
                             json.begin() + std::min<qsizetype>(parseError.offset, json.size()), '\n'))
            + 1;
        return fail(tr("This is not a complete JSON file (line %1: %2). Nothing was imported.")
                        .arg(line)
                        .arg(parseError.errorString()));
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != kFormat)
        return fail(tr("This JSON file is not a Common Ground workshop archive."));
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toDouble() < 1)
        return fail(tr("The archive does not say which version of the format it uses."));
    if (version.toDouble() > formatVersion)
        return fail(
            tr("This archive was made by a newer version of Common Ground (format %1); this version reads "
               "format %2. Update Common Ground to import it.")
                .arg(version.toDouble())
                .arg(formatVersion));
    WorkshopData data;
    if (!root.contains(QStringLiteral("workshop")))
        return fail(tr("The archive has no workshop in it."));
    auto workshop = read<Workshop>(root.value(QStringLiteral("workshop")), QStringLiteral("workshop"));
    if (!workshop)
        return workshop.error();
    data.workshop = *workshop;
    std::optional<Error> error;
    forEachTable([&](auto type, const char *name) {
        using T = typename decltype(type)::type;
        if (error)
            return;
        const QJsonValue value = root.value(QLatin1String(name));
        if (value.isUndefined())
            return;
        if (!value.isArray()) {
            error = fail(tr("%1: should be a list.").arg(QLatin1String(name)));
            return;
        }
        const QJsonArray rows = value.toArray();
        Table<T> &table = data.table<T>();
        table.reserve(std::size_t(rows.size()));
        for (qsizetype i = 0; i < rows.size(); ++i) {
            auto row = read<T>(rows.at(i), QStringLiteral("%1[%2]").arg(QLatin1String(name)).arg(i));
            if (!row) {
                error = row.error();
                return;
            }
            if (table.contains(row->id)) {
                error = fail(tr("%1[%2]: the id %3 is used twice.")
                                 .arg(QLatin1String(name))
                                 .arg(i)
                                 .arg(shortId(row->id)));
                return;
            }
            table.insert(std::move(*row));
        }
    });
    if (error)
        return fail(tr("The archive cannot be imported: %1").arg(error->message));
    for (const Attachment &a : data.attachments) {
        Attachment sized = a;
        if (sized.data.isNull())
            sized.data = QByteArray(""); // an empty file, not "not loaded"
        sized.byteSize = sized.data.size();
        data.attachments.update(sized);
    }
    if (auto consistent = checkReferences(data); !consistent)
        return fail(tr("The archive cannot be imported: %1").arg(consistent.message()));
    // Archives made before consent events had a sequence: number them as the file migration does.
    numberUnsequenced(data.consentEvents);
    return data;
}

Result<void> checkReferences(const WorkshopData &data)
{
    QStringList problems;
    auto refers = [&](const auto &table, const QUuid &id, const char *what, const QUuid &from,
                      const char *fromWhat, bool nullable = true) {
        if (problems.size() > 0)
            return;
        if (id.isNull()) {
            if (!nullable)
                problems << tr("the %1 %2 has no %3.")
                                .arg(QLatin1String(fromWhat), shortId(from), QLatin1String(what));
            return;
        }
        if (!table.contains(id))
            problems << tr("the %1 %2 refers to a %3 (%4) that is not there.")
                            .arg(QLatin1String(fromWhat), shortId(from), QLatin1String(what), shortId(id));
    };
    for (const ConsentEvent &e : data.consentEvents)
        refers(data.participants, e.participantId, "person", e.id, "consent event", false);
    for (const Group &g : data.groups) {
        refers(data.participants, g.facilitatorId, "person", g.id, "group");
        for (const QUuid &m : g.memberIds)
            refers(data.participants, m, "person", g.id, "group", false);
        for (const QUuid &m : g.lockedIds) {
            if (problems.isEmpty() && !g.memberIds.contains(m))
                problems << tr("the group %1 fixes a person (%2) to its table who is not one of its members.")
                                .arg(shortId(g.id), shortId(m));
        }
    }
    for (const SeatingRule &r : data.seatingRules) {
        refers(data.participants, r.firstId, "person", r.id, "seating rule", false);
        refers(data.participants, r.secondId, "person", r.id, "seating rule", false);
        if (problems.isEmpty() && r.firstId == r.secondId)
            problems << tr("the seating rule %1 pairs a person with themselves.").arg(shortId(r.id));
    }
    for (const Board &b : data.boards) {
        refers(data.groups, b.groupId, "group", b.id, "board");
        refers(data.agendaItems, b.agendaItemId, "agenda item", b.id, "board");
    }
    for (const Theme &t : data.themes) {
        refers(data.boards, t.boardId, "board", t.id, "theme");
        for (const QUuid &n : t.noteIds)
            refers(data.notes, n, "note", t.id, "theme", false);
        if (problems.isEmpty() && !t.boardId.isNull() && !t.noteIds.isEmpty())
            problems << tr("the theme %1 is on one board but lists notes as a cross-board theme does.")
                            .arg(shortId(t.id));
        if (problems.isEmpty() && QSet<QUuid>(t.noteIds.begin(), t.noteIds.end()).size() != t.noteIds.size())
            problems << tr("the theme %1 lists a note twice.").arg(shortId(t.id));
    }
    for (const Note &n : data.notes) {
        refers(data.boards, n.boardId, "board", n.id, "note", false);
        refers(data.participants, n.authorId, "person", n.id, "note");
        refers(data.themes, n.themeId, "theme", n.id, "note");
        if (problems.isEmpty() && n.authorKind == AuthorKind::Anonymous && !n.authorId.isNull())
            problems << tr("the note %1 is anonymous but names an author.").arg(shortId(n.id));
        if (problems.isEmpty() && n.authorKind == AuthorKind::Participant && n.authorId.isNull())
            problems << tr("the note %1 is by a participant but does not say who.").arg(shortId(n.id));
    }
    for (const Vote &v : data.votes) {
        refers(data.notes, v.noteId, "note", v.id, "vote");
        refers(data.themes, v.themeId, "theme", v.id, "vote");
        refers(data.participants, v.participantId, "person", v.id, "vote");
        if (problems.isEmpty() && v.noteId.isNull() == v.themeId.isNull())
            problems << tr("the vote %1 must be on exactly one note or one theme.").arg(shortId(v.id));
        if (problems.isEmpty() && v.count <= 0)
            problems << tr("the vote %1 has no dots.").arg(shortId(v.id));
    }
    for (const Action &a : data.actions) {
        refers(data.participants, a.ownerId, "person", a.id, "action");
        refers(data.themes, a.themeId, "theme", a.id, "action");
        for (const QUuid &n : a.noteIds)
            refers(data.notes, n, "note", a.id, "action", false);
    }
    for (const Attachment &a : data.attachments) {
        refers(data.boards, a.boardId, "board", a.id, "attachment");
        for (const QUuid &p : a.peopleShown)
            refers(data.participants, p, "person", a.id, "attachment", false);
    }
    for (const Feedback &f : data.feedback)
        refers(data.participants, f.participantId, "person", f.id, "feedback answer");
    QSet<QUuid> paid;
    for (const Payment &p : data.payments) {
        refers(data.participants, p.participantId, "person", p.id, "payment", false);
        if (problems.isEmpty() && paid.contains(p.participantId))
            problems << tr("there are two payment records for the person %1.").arg(shortId(p.participantId));
        paid.insert(p.participantId);
    }
    if (!problems.isEmpty())
        return fail(problems.first());
    return {};
}

Result<void> writeFile(const WorkshopData &data, const QString &path)
{
    // The one safe writer: every write checked, synced, and a full disk reported.
    return doc::writeFile(path, toJson(data));
}

Result<WorkshopData> readFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo::exists(path))
        return fail(tr("There is no file at %1.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(path, file.errorString()));
    return fromJson(file.readAll());
}

} // namespace cg::io::archive
