// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/templates.h"

#include "planning/agenda.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

namespace cg::io {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::io::templates", text);
}

const QString kFormat = QStringLiteral("common-ground-template");
const QString kBuiltInFolder = QStringLiteral(":/templates");
constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
constexpr int kMaxTitle = 500;
constexpr int kMaxText = 20000;
constexpr int kMaxGroups = 100;
constexpr int kMaxBoards = 1000;

// ---- Reading, with a path to every value for the error messages -------------------------------

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(cg::io::templates)

public:
    std::optional<QString> error;

    void complain(const QString &where, const QString &what)
    {
        if (!error)
            error = QStringLiteral("%1: %2").arg(where, what);
    }

    QString text(const QJsonObject &object, const QString &where, const char *key, int maxLength,
        bool required = false)
    {
        const QJsonValue v = object.value(QLatin1String(key));
        const QString at = where.isEmpty() ? QString::fromLatin1(key)
                                           : QString(where + QLatin1Char('.') + QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                complain(at, tr("is missing."));
            return {};
        }
        if (!v.isString()) {
            complain(at, tr("should be text."));
            return {};
        }
        const QString s = v.toString().trimmed();
        if (s.size() > maxLength)
            complain(at, tr("is too long (at most %1 characters).").arg(maxLength));
        if (required && s.isEmpty())
            complain(at, tr("is empty."));
        return s;
    }

    int number(
        const QJsonObject &object, const QString &where, const char *key, int fallback, int low, int high)
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || d < low || d > high) {
            complain(where + QLatin1Char('.') + QLatin1String(key),
                tr("should be a whole number from %1 to %2.").arg(low).arg(high));
            return fallback;
        }
        return int(d);
    }

    QTime time(const QJsonObject &object, const QString &where, const char *key, QTime fallback)
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (v.isNull())
            return {};
        const QTime t = QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
        if (!v.isString() || !t.isValid())
            complain(where + QLatin1Char('.') + QLatin1String(key), tr("should be a time of day (HH:MM)."));
        return t;
    }

    template<class E> E choice(const QJsonObject &object, const QString &where, const char *key, E fallback)
    {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return fallback;
        const auto e = enumFromString<E>(v.toString());
        if (!v.isString() || !e) {
            complain(where + QLatin1Char('.') + QLatin1String(key),
                tr("should be one of: %1.").arg(enumKeyList<E>().join(QStringLiteral(", "))));
            return fallback;
        }
        return *e;
    }

    QJsonArray array(const QJsonObject &object, const QString &where, const char *key, int maxSize)
    {
        const QJsonValue v = object.value(QLatin1String(key));
        const QString at = where.isEmpty() ? QString::fromLatin1(key)
                                           : QString(where + QLatin1Char('.') + QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isArray()) {
            complain(at, tr("should be a list."));
            return {};
        }
        if (v.toArray().size() > maxSize) {
            complain(at, tr("has too many entries (at most %1).").arg(maxSize));
            return {};
        }
        return v.toArray();
    }

    QJsonObject object(const QJsonValue &v, const QString &where)
    {
        if (!v.isObject())
            complain(where, tr("should be an object."));
        return v.toObject();
    }

    TemplateBoard board(const QJsonValue &v, const QString &where)
    {
        const QJsonObject o = object(v, where);
        TemplateBoard b;
        b.title = text(o, where, "title", kMaxTitle, true);
        b.kind = choice(o, where, "kind", BoardKind::Plenary);
        b.prompt = text(o, where, "prompt", kMaxText);
        b.group = text(o, where, "group", kMaxTitle);
        return b;
    }

    QList<TemplateBoard> boards(const QJsonObject &o, const QString &where)
    {
        QList<TemplateBoard> out;
        const QJsonArray list = array(o, where, "boards", kMaxBoards);
        const QString prefix = where.isEmpty() ? QStringLiteral("boards") : where + QStringLiteral(".boards");
        for (qsizetype i = 0; i < list.size() && !error; ++i)
            out << board(list.at(i), QStringLiteral("%1[%2]").arg(prefix).arg(i));
        return out;
    }
};

// ---- Writing --------------------------------------------------------------------------------------

QJsonObject boardJson(const TemplateBoard &b)
{
    QJsonObject o;
    o.insert(QStringLiteral("title"), b.title);
    o.insert(QStringLiteral("kind"), enumKey(b.kind));
    if (!b.prompt.isEmpty())
        o.insert(QStringLiteral("prompt"), b.prompt);
    if (!b.group.isEmpty())
        o.insert(QStringLiteral("group"), b.group);
    return o;
}

QJsonArray boardsJson(const QList<TemplateBoard> &boards)
{
    QJsonArray list;
    for (const TemplateBoard &b : boards)
        list.append(boardJson(b));
    return list;
}

QString timeText(const QTime &t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

} // namespace

int WorkshopTemplate::totalMinutes() const
{
    int total = 0;
    for (const TemplateItem &item : agenda)
        total += item.minutes;
    return total;
}

namespace templates {

QByteArray toJson(const WorkshopTemplate &t)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("formatVersion"), formatVersion);
    root.insert(QStringLiteral("title"), t.title);
    root.insert(QStringLiteral("description"), t.description);

    const Workshop &w = t.workshop;
    QJsonObject workshop;
    workshop.insert(QStringLiteral("title"), w.title);
    workshop.insert(QStringLiteral("purpose"), w.purpose);
    workshop.insert(QStringLiteral("venue"), w.venue);
    workshop.insert(QStringLiteral("startTime"), timeText(agenda::dayStart(w)));
    workshop.insert(
        QStringLiteral("endTime"), w.endTime.isValid() ? QJsonValue(timeText(w.endTime)) : QJsonValue());
    workshop.insert(QStringLiteral("infoSheetVersion"), w.infoSheetVersion);
    workshop.insert(QStringLiteral("currency"), w.currency);
    workshop.insert(QStringLiteral("defaultRateMinor"), w.defaultRateMinor);
    root.insert(QStringLiteral("workshop"), workshop);

    QJsonArray groups;
    for (const TemplateGroup &g : t.groups) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), g.name);
        if (!g.location.isEmpty())
            o.insert(QStringLiteral("location"), g.location);
        groups.append(o);
    }
    root.insert(QStringLiteral("groups"), groups);

    QJsonArray items;
    for (const TemplateItem &item : t.agenda) {
        QJsonObject o;
        o.insert(QStringLiteral("title"), item.title);
        o.insert(QStringLiteral("kind"), enumKey(item.kind));
        o.insert(QStringLiteral("minutes"), item.minutes);
        if (!item.prompt.isEmpty())
            o.insert(QStringLiteral("prompt"), item.prompt);
        if (!item.instructions.isEmpty())
            o.insert(QStringLiteral("instructions"), item.instructions);
        if (!item.boards.isEmpty())
            o.insert(QStringLiteral("boards"), boardsJson(item.boards));
        items.append(o);
    }
    root.insert(QStringLiteral("agenda"), items);
    root.insert(QStringLiteral("boards"), boardsJson(t.boards));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<WorkshopTemplate> fromJson(const QByteArray &json, const QString &name)
{
    if (json.size() > kMaxFileBytes)
        return fail(tr("This template is too large to be a workshop template (more than 4 MB)."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(std::count(json.begin(),
                             json.begin() + std::min<qsizetype>(parseError.offset, json.size()), '\n'))
            + 1;
        return fail(
            tr("This is not a complete template (line %1: %2).").arg(line).arg(parseError.errorString()));
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != kFormat)
        return fail(tr("This file is not a Common Ground workshop template."));
    const double version = root.value(QStringLiteral("formatVersion")).toDouble(0);
    if (version < 1)
        return fail(tr("The template does not say which version of the format it uses."));
    if (version > formatVersion)
        return fail(tr("This template was made by a newer version of Common Ground (format %1); this version "
                       "reads format %2.")
                        .arg(version)
                        .arg(formatVersion));

    Reader r;
    WorkshopTemplate t;
    t.name = name;
    t.title = r.text(root, {}, "title", kMaxTitle, true);
    t.description = r.text(root, {}, "description", kMaxText);

    const QJsonObject w = r.object(root.value(QStringLiteral("workshop")).isUndefined()
            ? QJsonValue(QJsonObject())
            : root.value(QStringLiteral("workshop")),
        QStringLiteral("workshop"));
    const QString at = QStringLiteral("workshop");
    t.workshop.title = r.text(w, at, "title", kMaxTitle);
    if (t.workshop.title.isEmpty())
        t.workshop.title = t.title;
    t.workshop.purpose = r.text(w, at, "purpose", kMaxText);
    t.workshop.venue = r.text(w, at, "venue", kMaxTitle);
    t.workshop.startTime = r.time(w, at, "startTime", QTime(10, 0));
    if (!t.workshop.startTime.isValid())
        t.workshop.startTime = QTime(10, 0);
    t.workshop.endTime = r.time(w, at, "endTime", QTime());
    t.workshop.infoSheetVersion = r.text(w, at, "infoSheetVersion", kMaxTitle);
    const QString currency = r.text(w, at, "currency", 3);
    if (!currency.isEmpty())
        t.workshop.currency = currency.toUpper();
    t.workshop.defaultRateMinor
        = r.number(w, at, "defaultRateMinor", t.workshop.defaultRateMinor, 0, 10'000'000);

    const QJsonArray groups = r.array(root, {}, "groups", kMaxGroups);
    for (qsizetype i = 0; i < groups.size() && !r.error; ++i) {
        const QString where = QStringLiteral("groups[%1]").arg(i);
        const QJsonObject o = r.object(groups.at(i), where);
        TemplateGroup g;
        g.name = r.text(o, where, "name", kMaxTitle, true);
        g.location = r.text(o, where, "location", kMaxTitle);
        if (std::any_of(t.groups.begin(), t.groups.end(),
                [&](const TemplateGroup &other) { return other.name == g.name; }))
            r.complain(where, tr("the group “%1” is listed twice.").arg(g.name));
        t.groups << g;
    }

    const QJsonArray items = r.array(root, {}, "agenda", agenda::maxItems);
    for (qsizetype i = 0; i < items.size() && !r.error; ++i) {
        const QString where = QStringLiteral("agenda[%1]").arg(i);
        const QJsonObject o = r.object(items.at(i), where);
        TemplateItem item;
        item.title = r.text(o, where, "title", kMaxTitle, true);
        item.kind = r.choice(o, where, "kind", AgendaKind::Plenary);
        item.minutes = r.number(o, where, "minutes", 15, 0, agenda::maxItemMinutes);
        item.prompt = r.text(o, where, "prompt", kMaxText);
        item.instructions = r.text(o, where, "instructions", kMaxText);
        item.boards = r.boards(o, where);
        t.agenda << item;
    }
    t.boards = r.boards(root, {});

    // Boards name their group; the group must be in the template.
    auto checkGroups = [&](const QList<TemplateBoard> &boards, const QString &where) {
        for (qsizetype i = 0; i < boards.size() && !r.error; ++i) {
            const QString &group = boards.at(i).group;
            if (!group.isEmpty()
                && std::none_of(t.groups.begin(), t.groups.end(),
                    [&](const TemplateGroup &g) { return g.name == group; }))
                r.complain(QStringLiteral("%1[%2].group").arg(where).arg(i),
                    tr("there is no group called “%1” in the template.").arg(group));
        }
    };
    for (qsizetype i = 0; i < t.agenda.size(); ++i)
        checkGroups(t.agenda.at(i).boards, QStringLiteral("agenda[%1].boards").arg(i));
    checkGroups(t.boards, QStringLiteral("boards"));
    int boardCount = int(t.boards.size());
    for (const TemplateItem &item : t.agenda)
        boardCount += int(item.boards.size());
    if (boardCount > kMaxBoards)
        r.complain(QStringLiteral("boards"), tr("there are too many boards (at most %1).").arg(kMaxBoards));

    if (r.error)
        return fail(tr("The template cannot be used: %1").arg(*r.error));
    return t;
}

Result<WorkshopTemplate> readFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("There is no template at %1.").arg(QDir::toNativeSeparators(path)));
    if (info.size() > kMaxFileBytes)
        return fail(tr("%1 is too large to be a workshop template.").arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return fromJson(file.read(kMaxFileBytes + 1), info.completeBaseName());
}

Result<void> writeFile(const WorkshopTemplate &t, const QString &path)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return fail(
            tr("The folder %1 could not be made.").arg(QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray json = toJson(t);
    if (file.write(json) != json.size() || !file.flush() || !file.commit())
        return fail(tr("%1 could not be written completely (%2); nothing was changed.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

QString userFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("commonground/templates"));
}

QList<Entry> available(const QString &userFolder)
{
    QList<Entry> entries;
    auto add = [&](const QString &folder, bool builtIn) {
        const QDir dir(folder);
        const QStringList files = dir.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            auto t = readFile(dir.filePath(file));
            if (!t)
                continue;
            entries << Entry { t->name, t->title, t->description, t->totalMinutes(), int(t->agenda.size()),
                dir.filePath(file), builtIn };
        }
    };
    add(kBuiltInFolder, true);
    // The built-in ones first, in the order a facilitator is likely to want them.
    static const QStringList order { QStringLiteral("half-day"), QStringLiteral("co-pro-cuppa"),
        QStringLiteral("sense-making"), QStringLiteral("listening"), QStringLiteral("peer-learning") };
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const auto rank = [](const QString &n) {
            const qsizetype i = order.indexOf(n);
            return i < 0 ? order.size() : i;
        };
        return rank(a.name) < rank(b.name);
    });
    if (!userFolder.isEmpty())
        add(userFolder, false);
    return entries;
}

Result<WorkshopTemplate> find(const QString &nameOrPath, const QString &userFolder)
{
    const QString wanted = nameOrPath.trimmed();
    if (wanted.isEmpty())
        return fail(tr("Say which template to use."));
    const QList<Entry> entries = available(userFolder);
    for (const Entry &e : entries)
        if (e.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return readFile(e.path);
    if (wanted.contains(QLatin1Char('/')) || wanted.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)
        || QFileInfo(wanted).isFile())
        return readFile(wanted);
    QStringList names;
    for (const Entry &e : entries)
        names << e.name;
    return fail(tr("There is no template called “%1”. The templates are: %2.")
                    .arg(wanted, names.join(QStringLiteral(", "))));
}

QString nameFor(const QString &title)
{
    QString name = title.normalized(QString::NormalizationForm_KD).toLower();
    name.remove(QRegularExpression(QStringLiteral("[\\x{0300}-\\x{036f}]")));
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    name = name.mid(0, 60);
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("my-template") : name;
}

WorkshopData instantiate(const WorkshopTemplate &t)
{
    WorkshopData data;
    data.workshop = t.workshop;
    data.workshop.id = newId();
    data.workshop.date = QDate();
    data.workshop.facilitators.clear();
    data.workshop.retentionDate = QDate();

    QHash<QString, QUuid> groupIds;
    for (int i = 0; i < int(t.groups.size()); ++i) {
        Group g;
        g.id = newId();
        g.name = t.groups.at(i).name;
        g.location = t.groups.at(i).location;
        g.position = i;
        groupIds.insert(g.name, g.id);
        data.groups.insert(g);
    }
    int boardPosition = 0;
    auto addBoard = [&](const TemplateBoard &spec, const QUuid &itemId) {
        Board b;
        b.id = newId();
        b.title = spec.title;
        b.kind = spec.kind;
        b.prompt = spec.prompt;
        b.groupId = groupIds.value(spec.group);
        b.agendaItemId = itemId;
        b.position = boardPosition++;
        data.boards.insert(b);
    };
    for (int i = 0; i < int(t.agenda.size()); ++i) {
        const TemplateItem &spec = t.agenda.at(i);
        AgendaItem item;
        item.id = newId();
        item.title = spec.title;
        item.kind = spec.kind;
        item.plannedMinutes = spec.minutes;
        item.position = i;
        item.prompt = spec.prompt;
        item.instructions = spec.instructions;
        data.agendaItems.insert(item);
        for (const TemplateBoard &b : spec.boards)
            addBoard(b, item.id);
    }
    for (const TemplateBoard &b : t.boards)
        addBoard(b, {});
    return data;
}

WorkshopTemplate fromWorkshop(const WorkshopData &data, const QString &title, const QString &description)
{
    WorkshopTemplate t;
    t.title = title.trimmed();
    t.name = nameFor(t.title);
    t.description = description.trimmed();
    const Workshop &w = data.workshop;
    // Details that belong to the shape of the day; the date, facilitators and retention date
    // belong to one workshop (and facilitators are people).
    t.workshop.title = w.title;
    t.workshop.purpose = w.purpose;
    t.workshop.venue = w.venue;
    t.workshop.startTime = agenda::dayStart(w);
    t.workshop.endTime = w.endTime;
    t.workshop.infoSheetVersion = w.infoSheetVersion;
    t.workshop.currency = w.currency;
    t.workshop.defaultRateMinor = w.defaultRateMinor;

    std::vector<const Group *> groups;
    for (const Group &g : data.groups)
        groups.push_back(&g);
    std::stable_sort(groups.begin(), groups.end(),
        [](const Group *a, const Group *b) { return a->position < b->position; });
    QHash<QUuid, QString> groupNames;
    for (const Group *g : groups) {
        // Two groups of one name would link boards ambiguously: the second gets a number.
        QString name = g->name;
        for (int n = 2; std::any_of(
                 t.groups.begin(), t.groups.end(), [&](const TemplateGroup &o) { return o.name == name; });
             ++n)
            name = QStringLiteral("%1 (%2)").arg(g->name).arg(n);
        t.groups << TemplateGroup { name, g->location };
        groupNames.insert(g->id, name);
    }

    std::vector<const Board *> boards;
    for (const Board &b : data.boards)
        boards.push_back(&b);
    std::stable_sort(boards.begin(), boards.end(),
        [](const Board *a, const Board *b) { return a->position < b->position; });
    auto boardSpec = [&](const Board &b) {
        return TemplateBoard { b.title, b.kind, b.prompt, groupNames.value(b.groupId) };
    };
    for (const AgendaItem *item : agenda::inOrder(data)) {
        TemplateItem spec;
        spec.title = item->title;
        spec.kind = item->kind;
        spec.minutes = item->plannedMinutes;
        spec.prompt = item->prompt;
        spec.instructions = item->instructions;
        for (const Board *b : boards)
            if (b->agendaItemId == item->id)
                spec.boards << boardSpec(*b);
        t.agenda << spec;
    }
    for (const Board *b : boards)
        if (b->agendaItemId.isNull() || !data.agendaItems.contains(b->agendaItemId))
            t.boards << boardSpec(*b);
    return t;
}

} // namespace templates
} // namespace cg::io
