// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The report as JSON. The public JSON is the consent-filtered report, nothing more; the team's
// JSON is the lossless archive.
#include "export/report.h"
#include "io/jsonarchive.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cg::report {

namespace {

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject note(const Note &n)
{
    return QJsonObject { { QStringLiteral("board"), n.board }, { QStringLiteral("group"), n.group },
        { QStringLiteral("theme"), n.theme }, { QStringLiteral("text"), n.text },
        { QStringLiteral("author"), n.author }, { QStringLiteral("votes"), n.votes },
        { QStringLiteral("verbatim"), n.verbatim },
        { QStringLiteral("created"),
            n.created.isValid() ? QJsonValue(n.created.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue() } };
}

QJsonArray notes(const std::vector<Note> &list)
{
    QJsonArray out;
    for (const Note &n : list)
        out.append(note(n));
    return out;
}

QJsonArray themes(const std::vector<Theme> &list)
{
    QJsonArray out;
    for (const Theme &t : list)
        out.append(QJsonObject { { QStringLiteral("name"), t.name }, { QStringLiteral("votes"), t.votes },
            { QStringLiteral("notes"), notes(t.notes) } });
    return out;
}

} // namespace

QByteArray toJson(const Report &r)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("common-ground-report"));
    root.insert(QStringLiteral("formatVersion"), 1);
    root.insert(QStringLiteral("audience"), r.audience == Audience::Public ? QStringLiteral("public") : QStringLiteral("team"));
    QJsonArray sections;
    for (Section s : r.sections)
        sections.append(sectionKey(s));
    root.insert(QStringLiteral("sections"), sections);
    if (r.has(Section::About)) {
        root.insert(QStringLiteral("workshop"),
            QJsonObject { { QStringLiteral("title"), r.title }, { QStringLiteral("date"), date(r.date) },
                { QStringLiteral("venue"), r.venue }, { QStringLiteral("purpose"), r.purpose },
                { QStringLiteral("facilitators"), QJsonArray::fromStringList(r.facilitators) } });
    }
    if (r.has(Section::Agenda)) {
        QJsonArray agenda;
        for (const AgendaItem &a : r.agenda)
            agenda.append(QJsonObject { { QStringLiteral("title"), a.title }, { QStringLiteral("kind"), a.kind },
                { QStringLiteral("plannedStart"), a.plannedStart }, { QStringLiteral("plannedMinutes"), a.plannedMinutes },
                { QStringLiteral("actualStart"), a.actualStart }, { QStringLiteral("actualEnd"), a.actualEnd } });
        root.insert(QStringLiteral("agenda"), agenda);
    }
    if (r.has(Section::Boards)) {
        QJsonArray boards;
        for (const Board &b : r.boards)
            boards.append(QJsonObject { { QStringLiteral("title"), b.title }, { QStringLiteral("prompt"), b.prompt },
                { QStringLiteral("group"), b.group }, { QStringLiteral("themes"), themes(b.themes) },
                { QStringLiteral("otherNotes"), notes(b.otherNotes) } });
        root.insert(QStringLiteral("boards"), boards);
    }
    if (r.has(Section::CrossThemes))
        root.insert(QStringLiteral("crossBoardThemes"), themes(r.crossThemes));
    if (r.has(Section::Actions)) {
        QJsonArray actions;
        for (const Action &a : r.actions)
            actions.append(QJsonObject { { QStringLiteral("text"), a.text }, { QStringLiteral("owner"), a.owner },
                { QStringLiteral("due"), date(a.due) }, { QStringLiteral("status"), a.status } });
        root.insert(QStringLiteral("actions"), actions);
    }
    if (r.has(Section::Feedback)) {
        QJsonArray feedback;
        for (const FeedbackQuestion &q : r.feedback)
            feedback.append(QJsonObject { { QStringLiteral("question"), q.question },
                { QStringLiteral("answers"), QJsonArray::fromStringList(q.answers) } });
        root.insert(QStringLiteral("feedback"), feedback);
    }
    if (r.has(Section::Photos)) {
        QJsonArray photos;
        for (const Photo &p : r.photos)
            photos.append(QJsonObject { { QStringLiteral("caption"), p.caption }, { QStringLiteral("board"), p.board },
                { QStringLiteral("mimeType"), p.mime }, { QStringLiteral("width"), p.size.width() },
                { QStringLiteral("height"), p.size.height() },
                { QStringLiteral("data"), QString::fromLatin1(p.data.toBase64()) } });
        root.insert(QStringLiteral("photos"), photos);
    }
    if (r.has(Section::Withheld))
        root.insert(QStringLiteral("withheld"),
            QJsonObject { { QStringLiteral("notes"), r.withheld.notes }, { QStringLiteral("votes"), r.withheld.votes },
                { QStringLiteral("feedback"), r.withheld.feedback }, { QStringLiteral("photos"), r.withheld.photos },
                { QStringLiteral("total"), r.withheld.total() } });
    if (r.has(Section::Thanks))
        root.insert(QStringLiteral("acknowledgements"),
            QJsonObject { { QStringLiteral("named"), QJsonArray::fromStringList(r.namedPeople) },
                { QStringLiteral("othersTakingPart"), r.othersTakingPart } });
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray teamJson(const WorkshopData &data)
{
    return io::archive::toJson(data);
}

} // namespace cg::report
