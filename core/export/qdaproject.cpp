// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The REFI-QDA project as a model, made from the report: what goes where. Writing it as XML and
// packing it is qdawriter.cpp's job.
#include "export/qdawriter.h"

#include "export/xmltext.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QLocale>

#include <algorithm>

namespace cg::qda {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::qda", text);
}

/// The namespace of every GUID in a Common Ground export (a fixed random UUID): GUIDs are
/// name-based (version 5) within it, so they are the same on every export of the same workshop
/// and never collide with another tool's.
const QUuid kNamespace(QStringLiteral("{6f1c2a8e-3d4b-4e5f-9a7b-1c2d3e4f5a6b}"));

/// Colours that stay apart from each other and readable behind dark text, for the theme codes.
constexpr const char *kColours[] = { "#e6194b", "#3cb44b", "#ffe119", "#4363d8", "#f58231", "#911eb4", "#46f0f0",
    "#f032e6", "#bcf60c", "#fabebe", "#008080", "#e6beff", "#9a6324", "#fffac8", "#aaffc3", "#808000" };

/// Line breaks as LF only, without what XML cannot carry: tools read text files with universal
/// newlines (Python does), and a CR LF counted as two code points here but one there would move
/// every selection after it.
QString normalised(QStringView text)
{
    QString out = xml::cleaned(text);
    out.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    out.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    // Line and paragraph separators are line breaks to Python's splitlines() but not to its
    // universal-newline reading; kept as they are, they count as one code point everywhere.
    return out;
}

QString votesWords(int votes)
{
    return votes == 1 ? tr("1 vote") : tr("%1 votes").arg(votes);
}

QString notesWords(int notes)
{
    return notes == 1 ? tr("1 note") : tr("%1 notes").arg(notes);
}

class Builder
{
    Q_DECLARE_TR_FUNCTIONS(cg::qda)

public:
    Builder(const report::Report &report, const Workshop &workshop) : m_report(report), m_workshop(workshop.id) { }

    QUuid guid(const char *kind, const QString &key) const
    {
        return QUuid::createUuidV5(kNamespace,
            m_workshop.toString(QUuid::WithoutBraces) + QLatin1Char('/') + QLatin1String(kind) + QLatin1Char('/')
                + key);
    }
    QUuid guid(const char *kind, const QUuid &id) const { return guid(kind, id.toString(QUuid::WithoutBraces)); }

    Project build(const Workshop &workshop);

private:
    Code themeCode(const report::Theme &theme, const QString &description);
    void addSource(const report::Board &board, Project &project);

    const report::Report &m_report;
    QUuid m_workshop;
    int m_colour = 0;
    // Which codes each note is coded with, filled before the sources are made.
    QHash<QUuid, QList<QUuid>> m_codesOf;
    QHash<QUuid, Code *> m_codeOf;
    QHash<QString, std::size_t> m_caseAt;
};

Code Builder::themeCode(const report::Theme &theme, const QString &description)
{
    Code code;
    code.guid = guid("theme", theme.id);
    code.name = xml::cleaned(theme.name).simplified();
    if (code.name.isEmpty())
        code.name = tr("Untitled theme");
    code.description = description;
    code.colour = QLatin1String(kColours[m_colour++ % std::size(kColours)]);
    code.votes = theme.votes;
    for (const report::Note &n : theme.notes)
        m_codesOf[n.id] << code.guid;
    return code;
}

Project Builder::build(const Workshop &workshop)
{
    Project p;
    p.audience = m_report.audience;
    p.name = xml::cleaned(m_report.title).simplified();
    if (p.name.isEmpty())
        p.name = tr("Workshop");
    // Dates from the workshop, so that the same workshop gives the same file.
    p.created = workshop.created.isValid() ? workshop.created.toUTC()
        : m_report.date.isValid()          ? QDateTime(m_report.date, QTime(0, 0), Qt::UTC)
                                           : QDateTime(QDate(1980, 1, 1), QTime(0, 0), Qt::UTC);
    p.modified = workshop.modified.isValid() ? workshop.modified.toUTC() : p.created;
    p.user = guid("user", QStringLiteral("common-ground"));
    p.groupVariable = guid("variable", QStringLiteral("group"));
    p.votesVariable = guid("variable", QStringLiteral("votes"));

    QStringList about;
    QStringList when;
    if (m_report.date.isValid())
        when << QLocale(QLocale::English, QLocale::UnitedKingdom).toString(m_report.date, QStringLiteral("d MMMM yyyy"));
    if (!m_report.venue.isEmpty())
        when << m_report.venue;
    if (!when.isEmpty())
        about << when.join(QStringLiteral(", ")) + QLatin1Char('.');
    if (!m_report.purpose.isEmpty())
        about << m_report.purpose;
    about << (m_report.audience == Audience::Team
            ? tr("Exported from Common Ground for the project team: people who have not agreed to take part are "
                 "left out, everyone else is named.")
            : tr("Exported from Common Ground for sharing: only what people agreed to, under the names they agreed "
                 "to; sensitive notes only once released."));
    about << tr("Each board is a text source and each note a coded selection in it; themes are codes, and "
                "authors are cases. Positions count Unicode code points, and lines end with LF.");
    p.description = normalised(about.join(QLatin1Char('\n')));

    // The codebook: one category per board holding its themes (and, for notes in no theme, a
    // code that says so, so that every note is a coded selection), then the themes across boards.
    const bool wantCross = m_report.has(report::Section::CrossThemes);
    QSet<QUuid> inCross;
    if (wantCross) {
        for (const report::Theme &t : m_report.crossThemes)
            for (const report::Note &n : t.notes)
                inCross.insert(n.id);
    }
    for (const report::Board &b : m_report.boards) {
        Code category;
        category.guid = guid("board", b.id);
        category.name = xml::cleaned(b.title).simplified();
        if (category.name.isEmpty())
            category.name = tr("Untitled board");
        category.codable = false;
        category.description = tr("The themes of the board “%1”.").arg(category.name);
        for (const report::Theme &t : b.themes) {
            category.children.push_back(themeCode(t,
                tr("A theme on the board “%1”: %2, %3 (on the theme and its notes).")
                    .arg(category.name, notesWords(int(t.notes.size())), votesWords(t.votes))));
        }
        std::vector<const report::Note *> loose;
        for (const report::Note &n : b.otherNotes) {
            if (!inCross.contains(n.id))
                loose.push_back(&n);
        }
        if (!loose.empty()) {
            Code none;
            none.guid = guid("no-theme", b.id);
            // Named after the board too: some tools keep code names unique and would merge them.
            none.name = tr("Not in a theme (%1)").arg(category.name);
            none.description = tr("Notes on the board “%1” that are in no theme.").arg(category.name);
            none.colour = QStringLiteral("#c0c0c0");
            for (const report::Note *n : loose) {
                m_codesOf[n->id] << none.guid;
                none.votes += n->votes;
            }
            category.children.push_back(std::move(none));
        }
        if (!category.children.empty())
            p.codes.push_back(std::move(category));
    }
    if (wantCross && !m_report.crossThemes.empty()) {
        Code category;
        category.guid = guid("across", QStringLiteral("themes"));
        category.name = tr("Themes across boards");
        category.codable = false;
        category.description = tr("Themes that gather notes from several boards.");
        for (const report::Theme &t : m_report.crossThemes) {
            QSet<QString> boards;
            for (const report::Note &n : t.notes)
                boards.insert(n.board);
            category.children.push_back(themeCode(t,
                tr("A theme across boards: %1 from %2, %3.")
                    .arg(notesWords(int(t.notes.size())),
                        boards.size() == 1 ? tr("1 board") : tr("%1 boards").arg(boards.size()), votesWords(t.votes))));
        }
        p.codes.push_back(std::move(category));
    }
    for (Code &category : p.codes)
        for (Code &code : category.children)
            m_codeOf.insert(code.guid, &code);

    for (const report::Board &b : m_report.boards)
        addSource(b, p);
    return p;
}

void Builder::addSource(const report::Board &board, Project &project)
{
    Source source;
    source.guid = guid("source", board.id);
    source.boardId = board.id;
    source.name = xml::cleaned(board.title).simplified();
    if (source.name.isEmpty())
        source.name = tr("Untitled board");
    source.prompt = normalised(board.prompt);
    source.group = xml::cleaned(board.group).simplified();

    // The notes in the order they were written: the source reads like the board's record.
    std::vector<const report::Note *> notes;
    for (const report::Theme &t : board.themes)
        for (const report::Note &n : t.notes)
            notes.push_back(&n);
    for (const report::Note &n : board.otherNotes)
        notes.push_back(&n);
    std::sort(notes.begin(), notes.end(), [](const report::Note *a, const report::Note *b) {
        if (a->created != b->created)
            return a->created < b->created;
        return a->id < b->id;
    });

    // Title, prompt, then each note as a paragraph of its own; positions counted as it grows.
    QString &text = source.text;
    qsizetype at = 0;
    auto append = [&](const QString &piece) {
        text += piece;
        at += codePoints(piece);
    };
    append(source.name + QLatin1Char('\n'));
    if (!source.prompt.trimmed().isEmpty())
        append(source.prompt.trimmed() + QLatin1Char('\n'));
    for (const report::Note *n : notes) {
        const QString words = normalised(n->text);
        if (words.isEmpty())
            continue; // nothing to code, and an empty selection helps nobody
        append(QStringLiteral("\n"));
        Selection s;
        s.guid = guid("note", n->id);
        s.noteId = n->id;
        s.start = at;
        append(words);
        s.end = at;
        s.text = words;
        s.author = xml::cleaned(n->author).simplified();
        s.votes = n->votes;
        s.verbatim = n->verbatim;
        s.created = n->created.isValid() ? n->created.toUTC() : QDateTime();
        s.codes = m_codesOf.value(n->id);
        for (const QUuid &code : std::as_const(s.codes)) {
            if (Code *c = m_codeOf.value(code))
                ++c->notes;
        }
        source.votes += n->votes;
        if (!s.author.isEmpty()) {
            auto it = m_caseAt.constFind(s.author);
            if (it == m_caseAt.constEnd()) {
                // Named by the name shown and the audience, never by the person's record: the
                // public file's case for a pseudonym cannot be matched to the team file's.
                it = m_caseAt.insert(s.author, project.cases.size());
                project.cases.push_back({ guid("case",
                                              (project.audience == Audience::Team ? QStringLiteral("team/")
                                                                                  : QStringLiteral("public/"))
                                                  + s.author),
                    s.author, {} });
            }
            project.cases[*it].selections << s.guid;
        }
        source.selections.push_back(std::move(s));
        append(QStringLiteral("\n"));
    }
    project.sources.push_back(std::move(source));
}

} // namespace

int Project::selectionCount() const
{
    int n = 0;
    for (const Source &s : sources)
        n += int(s.selections.size());
    return n;
}

int Project::codeCount() const
{
    int n = 0;
    for (const Code &category : codes)
        n += int(category.children.size());
    return n;
}

qsizetype codePoints(QStringView text)
{
    qsizetype n = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        if (text[i].isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

QString codePointSlice(QStringView text, qsizetype start, qsizetype end)
{
    qsizetype point = 0;
    qsizetype from = -1;
    qsizetype to = text.size();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i <= size; ++i) {
        if (point == start && from < 0)
            from = i;
        if (point == end) {
            to = i;
            break;
        }
        if (i == size)
            break;
        if (text[i].isHighSurrogate() && i + 1 < size && text[i + 1].isLowSurrogate())
            ++i;
        ++point;
    }
    if (from < 0 || to < from)
        return {};
    return text.mid(from, to - from).toString();
}

Result<Project> project(const report::Report &report, const Workshop &workshop)
{
    if (!report.has(report::Section::Boards))
        return fail(tr("A project for analysis is made of the boards and their notes: include “%1” in the export.")
                        .arg(report::sectionTitle(report::Section::Boards)));
    Builder builder(report, workshop);
    return builder.build(workshop);
}

} // namespace cg::qda
