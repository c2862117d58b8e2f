// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// groups: keep-apart / keep-together rules, allocation and the list of tables. Argument handling
// only; the rules live in core (planning/allocation.h, commands/groupedits.h).
#include "cli.h"
#include "clisupport.h"

#include "commands/edits.h"
#include "commands/groupedits.h"
#include "planning/allocation.h"
#include "session/session.h"
#include "storage/workshopfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace cg::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::cli", text);
}

const char *const kGroupsHelp = QT_TRANSLATE_NOOP("cg::cli",
    "Usage: commonground-cli groups FILE [--keep-apart A,B]... [--keep-together A,B]... "
    "[--allocate [--count N | --size K] [--seed S] [--planning]] [--list] [--json]\n\n"
    "Breakout groups: who sits at which table.\n\n"
    "  --keep-apart A,B     never seat A and B at one table (a manager and their own staff);\n"
    "                       stored in the file. Repeat for more pairs.\n"
    "  --keep-together A,B  seat A and B at the same table (a carer and the person they\n"
    "                       support); stored in the file. Repeat for more pairs.\n"
    "  --forget A,B         remove the rule about A and B.\n"
    "  --allocate           seat everyone who arrived at the groups: tables within one person of\n"
    "                       each other, each role spread evenly, pairs kept apart or together,\n"
    "                       and people who need step-free access, a hearing loop or a quiet space\n"
    "                       at a table that has it. People locked to a table stay there; table\n"
    "                       facilitators are not seated. What cannot be met is said, and why.\n"
    "  --count N            allocate into N groups (adding \"Table N\" groups or removing the\n"
    "                       last ones); without --count or --size, the groups there are\n"
    "  --size K             allocate into groups of about K people\n"
    "  --seed S             another seed gives another arrangement; the same seed, the same one\n"
    "                       (default 1)\n"
    "  --planning           seat everyone confirmed as well as those who arrived (planning ahead)\n"
    "  --list               show every group with its members (the default when nothing else is\n"
    "                       asked), and any rule the tables as they are do not meet\n"
    "  --json               the list as JSON: groups with their members' names, the rules, and the\n"
    "                       rules not met with why\n\n"
    "A and B are names (or unique beginnings of names), pseudonyms or ids; a name that could mean\n"
    "two people is refused with the candidates listed.");

struct Options
{
    QStringList apart;
    QStringList together;
    QStringList forget;
    bool allocate = false;
    std::optional<int> count;
    std::optional<int> size;
    quint64 seed = 1;
    bool planning = false;
    bool list = false;
    bool json = false;
    QString path;
};

std::optional<QString> parse(const QStringList &arguments, Options &out)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const char *name : { "keep-apart", "keep-together", "forget", "count", "size", "seed" })
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value")));
    for (const char *name : { "allocate", "planning", "list", "json" })
        parser.addOption(QCommandLineOption(QString::fromLatin1(name)));
    if (!parser.parse(QStringList { QStringLiteral("commonground-cli") } + arguments))
        return parser.errorText();
    if (parser.positionalArguments().size() != 1)
        return tr("Name one workshop file.");
    out.path = parser.positionalArguments().first();
    out.apart = parser.values(QStringLiteral("keep-apart"));
    out.together = parser.values(QStringLiteral("keep-together"));
    out.forget = parser.values(QStringLiteral("forget"));
    out.allocate = parser.isSet(QStringLiteral("allocate"));
    out.planning = parser.isSet(QStringLiteral("planning"));
    out.list = parser.isSet(QStringLiteral("list"));
    out.json = parser.isSet(QStringLiteral("json"));
    auto whole = [&](const char *name, int low, int high) -> std::optional<int> {
        bool ok = false;
        const int n = parser.value(QString::fromLatin1(name)).toInt(&ok);
        if (!ok || n < low || n > high)
            return std::nullopt;
        return n;
    };
    if (parser.isSet(QStringLiteral("count"))) {
        out.count = whole("count", 1, edits::maxGroups);
        if (!out.count)
            return tr("--count needs a whole number of groups from 1 to %1.").arg(edits::maxGroups);
    }
    if (parser.isSet(QStringLiteral("size"))) {
        out.size = whole("size", 1, 10000);
        if (!out.size)
            return tr("--size needs a whole number of people per group, at least 1.");
    }
    if (out.count && out.size)
        return tr("Say either --count N or --size K, not both.");
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        out.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return tr("--seed needs a whole number.");
    }
    if (!out.allocate && (out.count || out.size || parser.isSet(QStringLiteral("seed")) || out.planning))
        return tr("--count, --size, --seed and --planning go with --allocate.");
    if (!out.allocate && out.apart.isEmpty() && out.together.isEmpty() && out.forget.isEmpty())
        out.list = true;
    if (out.json)
        out.list = true;
    return std::nullopt;
}

/// "A,B" as two people. Names may hold commas themselves ("O'Neill, Siobhán"), so every comma is
/// tried as the divider; exactly one that names two people is needed.
Result<std::pair<const Participant *, const Participant *>> findPair(
    const WorkshopData &data, const QString &text, const QString &option)
{
    std::optional<Error> firstError;
    std::vector<std::pair<const Participant *, const Participant *>> found;
    for (qsizetype at = text.indexOf(QLatin1Char(',')); at >= 0; at = text.indexOf(QLatin1Char(','), at + 1)) {
        auto a = findParticipant(data, text.left(at), option);
        auto b = a ? findParticipant(data, text.mid(at + 1), option) : Result<const Participant *>(a.error());
        if (a && b)
            found.emplace_back(*a, *b);
        else if (!firstError)
            firstError = a ? b.error() : a.error();
    }
    if (found.size() == 1)
        return found.front();
    if (found.size() > 1)
        return fail(tr("“%1” can be read as more than one pair of people; give their ids, as ID,ID.").arg(text));
    if (firstError)
        return *firstError;
    return fail(tr("%1 needs two people separated by a comma, for example \"Priya,Marcus\".").arg(option));
}

QString problemKind(allocation::Problem::Kind kind)
{
    using K = allocation::Problem::Kind;
    switch (kind) {
    case K::NoTables:
        return QStringLiteral("no_tables");
    case K::NoTableWithFeature:
        return QStringLiteral("no_table_with_feature");
    case K::FeatureNotMet:
        return QStringLiteral("access_not_met");
    case K::KeepApart:
        return QStringLiteral("keep_apart");
    case K::KeepTogether:
        return QStringLiteral("keep_together");
    case K::Contradiction:
        return QStringLiteral("contradiction");
    case K::UnevenSizes:
        return QStringLiteral("uneven_sizes");
    }
    return {};
}

QString nameOf(const WorkshopData &data, const QUuid &id)
{
    const Participant *p = data.participants.find(id);
    if (!p)
        return {};
    return p->displayName.isEmpty() ? p->pseudonym : p->displayName;
}

QString groupName(const WorkshopData &data, const QUuid &id)
{
    const Group *g = data.groups.find(id);
    return g ? g->name : QString();
}

QStringList tableOffers(const Group &g)
{
    QStringList out;
    for (allocation::Feature f : allocation::allFeatures)
        if (allocation::featuresOf(g) & f)
            out << allocation::featureWords(f);
    return out;
}

void printList(const WorkshopData &data, const std::vector<allocation::Problem> &problems, bool json)
{
    if (json) {
        QJsonObject root;
        QJsonArray groups;
        for (const Group *g : allocation::orderedGroups(data)) {
            QJsonObject o;
            o.insert(QStringLiteral("id"), g->id.toString(QUuid::WithoutBraces));
            o.insert(QStringLiteral("name"), g->name);
            o.insert(QStringLiteral("location"), g->location);
            o.insert(QStringLiteral("facilitator"),
                g->facilitatorId.isNull() ? QJsonValue() : QJsonValue(nameOf(data, g->facilitatorId)));
            o.insert(QStringLiteral("stepFree"), g->stepFree);
            o.insert(QStringLiteral("hearingLoop"), g->hearingLoop);
            o.insert(QStringLiteral("quietSpace"), g->quietSpace);
            QJsonArray members;
            for (const QUuid &id : g->memberIds)
                members.append(nameOf(data, id));
            QJsonArray locked;
            for (const QUuid &id : g->lockedIds)
                locked.append(nameOf(data, id));
            o.insert(QStringLiteral("members"), members);
            o.insert(QStringLiteral("locked"), locked);
            o.insert(QStringLiteral("size"), int(g->memberIds.size()));
            groups.append(o);
        }
        root.insert(QStringLiteral("groups"), groups);
        QJsonArray apart;
        QJsonArray together;
        for (const SeatingRule &r : data.seatingRules) {
            const QJsonArray pair { nameOf(data, r.firstId), nameOf(data, r.secondId) };
            (r.kind == SeatingKind::KeepApart ? apart : together).append(pair);
        }
        root.insert(QStringLiteral("keepApart"), apart);
        root.insert(QStringLiteral("keepTogether"), together);
        QJsonArray unmet;
        for (const allocation::Problem &p : problems) {
            QJsonObject o;
            o.insert(QStringLiteral("kind"), problemKind(p.kind));
            QJsonArray people;
            for (const QUuid &id : p.people)
                people.append(nameOf(data, id));
            QJsonArray tables;
            for (const QUuid &id : p.tables)
                tables.append(groupName(data, id));
            o.insert(QStringLiteral("people"), people);
            o.insert(QStringLiteral("groups"), tables);
            o.insert(QStringLiteral("message"), p.message);
            unmet.append(o);
        }
        root.insert(QStringLiteral("notMet"), unmet);
        QTextStream(stdout) << printable(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
        return;
    }
    const auto groups = allocation::orderedGroups(data);
    if (groups.empty())
        say(tr("No groups yet. Make some with --allocate --count N."));
    for (const Group *g : groups) {
        QString heading = g->name;
        if (!g->location.isEmpty())
            heading += QStringLiteral(" (%1)").arg(g->location);
        const QStringList offers = tableOffers(*g);
        if (!offers.isEmpty())
            heading += QStringLiteral(" — ") + offers.join(QStringLiteral(", "));
        say(tr("%1: %2 people").arg(heading).arg(g->memberIds.size()));
        if (!g->facilitatorId.isNull())
            say(tr("  facilitated by %1").arg(nameOf(data, g->facilitatorId)));
        for (const QUuid &id : g->memberIds)
            say(QStringLiteral("  ") + nameOf(data, id) + (g->lockedIds.contains(id) ? tr(" (locked)") : QString()));
    }
    for (const SeatingRule &r : data.seatingRules)
        say(r.kind == SeatingKind::KeepApart
                ? tr("Kept apart: %1 and %2").arg(nameOf(data, r.firstId), nameOf(data, r.secondId))
                : tr("Kept together: %1 and %2").arg(nameOf(data, r.firstId), nameOf(data, r.secondId)));
    for (const allocation::Problem &p : problems)
        say(tr("Not met: %1").arg(p.message));
}

int runGroups(const QStringList &arguments)
{
    const QString usage = usageLine(tr(kGroupsHelp));
    Options options;
    if (auto problem = parse(arguments, options))
        return usageError(usage, *problem);
    const bool changes = options.allocate || !options.apart.isEmpty() || !options.together.isEmpty()
        || !options.forget.isEmpty();
    workshopfile::OpenOptions open;
    open.readOnly = !changes;
    auto opened = Session::open(options.path, open);
    if (!opened)
        return failure(opened.message());
    Session &session = **opened;
    if (changes && session.isReadOnly())
        return failure(tr("“%1” is read-only, so its groups cannot be changed.").arg(QFileInfo(options.path).fileName()));

    // Rules first, so that an allocation in the same run honours them. Every name is checked
    // before anything is written.
    struct RuleChange
    {
        SeatingKind kind;
        bool forget;
        const Participant *a;
        const Participant *b;
    };
    std::vector<RuleChange> rules;
    auto collect = [&](const QStringList &values, SeatingKind kind, bool forget, const QString &option) -> Result<void> {
        for (const QString &value : values) {
            auto pair = findPair(session.data(), value, option);
            if (!pair)
                return pair.error();
            rules.push_back({ kind, forget, pair->first, pair->second });
        }
        return {};
    };
    for (auto step : { collect(options.apart, SeatingKind::KeepApart, false, QStringLiteral("--keep-apart")),
             collect(options.together, SeatingKind::KeepTogether, false, QStringLiteral("--keep-together")),
             collect(options.forget, SeatingKind::KeepApart, true, QStringLiteral("--forget")) })
        if (!step)
            return failure(step.message());
    for (const RuleChange &change : rules) {
        if (change.forget) {
            const SeatingRule *rule = edits::seatingRuleFor(session.data(), change.a->id, change.b->id);
            if (!rule) {
                warn(tr("There was no rule about %1 and %2.").arg(change.a->displayName, change.b->displayName));
                continue;
            }
            if (auto done = session.perform(edits::removeSeatingRule(session.data(), rule->id)); !done)
                return failure(done.message());
            say(tr("Forgot the rule about %1 and %2.").arg(change.a->displayName, change.b->displayName));
            continue;
        }
        SeatingRule rule;
        rule.kind = change.kind;
        rule.firstId = change.a->id;
        rule.secondId = change.b->id;
        auto edit = edits::addSeatingRule(session.data(), rule);
        if (!edit)
            return failure(edit.message());
        const QString text = edit->text;
        if (auto done = session.perform(std::move(edit)); !done)
            return failure(done.message());
        say(text + QLatin1Char('.'));
    }

    std::vector<allocation::Problem> problems;
    if (options.allocate) {
        AllocationRequest request;
        request.pool = options.planning ? allocation::Pool::Planning : allocation::Pool::Arrived;
        request.seed = options.seed;
        if (options.count)
            request.groupCount = *options.count;
        if (options.size) {
            std::vector<Group> existing;
            for (const Group *g : allocation::orderedGroups(session.data()))
                existing.push_back(*g);
            const int people = int(allocation::inputFor(session.data(), existing, request.pool).people.size());
            request.groupCount = allocation::groupCountForSize(people, *options.size);
        }
        auto planned = edits::allocateGroups(session.data(), request);
        if (!planned)
            return failure(planned.message());
        problems = planned->problems;
        const int groups = int(planned->groups.size());
        const int seated = planned->seated;
        if (auto done = session.perform(std::move(planned->edit)); !done)
            return failure(done.message());
        if (!options.json) {
            say(groups == 1 ? tr("Seated %1 people at one group.").arg(seated)
                            : tr("Seated %1 people at %2 groups.").arg(seated).arg(groups));
            for (const allocation::Problem &p : problems)
                warn(p.message);
        }
    } else {
        problems = allocation::check(allocation::currentInput(session.data()), allocation::currentMembers(session.data()));
    }
    if (options.list)
        printList(session.data(), options.allocate && !options.json ? std::vector<allocation::Problem>() : problems,
            options.json);
    return Success;
}

} // namespace

void registerGroupCommands(CommandTable &table)
{
    table.push_back({ QStringLiteral("groups"), tr("Allocate breakout groups; keep people apart or together"),
        tr(kGroupsHelp), runGroups });
}

} // namespace cg::cli
