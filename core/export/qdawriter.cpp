// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The REFI-QDA files: project.qde and the codebook as QDA-XML 1.0, the .qdpx package, and the
// Share view's picture of them. Element order and required attributes follow Project.xsd and
// Codebook.xsd (../shared/standards/refi-qda), which the tests validate every export against.
#include "export/qdawriter.h"

#include "export/xmltext.h"
#include "export/zipwriter.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace cg::qda {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::qda", text);
}

QString id(const QUuid &guid)
{
    return guid.toString(QUuid::WithoutBraces);
}

QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

/// A short one-line name for a selection: its first words.
QString excerpt(const QString &text)
{
    constexpr qsizetype kLength = 60;
    const QString line = text.simplified();
    if (codePoints(line) <= kLength)
        return line;
    return codePointSlice(line, 0, kLength - 1).trimmed() + QChar(0x2026);
}

QString selectionDescription(const Selection &s)
{
    QStringList parts;
    if (!s.author.isEmpty())
        parts << tr("Author: %1.").arg(s.author);
    parts << (s.votes == 1 ? tr("1 vote.") : tr("%1 votes.").arg(s.votes));
    if (s.verbatim)
        parts << tr("A direct quote.");
    return parts.join(QLatin1Char(' '));
}

/// Appends XML to one growing string: attributes and text are always escaped.
class Xml
{
public:
    explicit Xml(qsizetype reserve = 0) { m_out.reserve(reserve); }

    void open(QLatin1String name) { m_out += QLatin1Char('<') + name; }
    void attribute(QLatin1String name, QStringView value)
    {
        m_out += QLatin1Char(' ') + name + QLatin1String("=\"");
        xml::appendEscaped(m_out, value);
        m_out += QLatin1Char('"');
    }
    void attribute(QLatin1String name, const QUuid &guid) { attribute(name, id(guid)); }
    void attribute(QLatin1String name, qsizetype value) { attribute(name, QString::number(value)); }
    void time(QLatin1String name, const QDateTime &when)
    {
        if (when.isValid())
            attribute(name, stamp(when));
    }
    void endOpen() { m_out += QLatin1Char('>'); }
    void endEmpty() { m_out += QLatin1String("/>"); }
    void close(QLatin1String name) { m_out += QLatin1String("</") + name + QLatin1Char('>'); }
    void element(QLatin1String name, QStringView text)
    {
        m_out += QLatin1Char('<') + name + QLatin1Char('>');
        xml::appendEscaped(m_out, text);
        close(name);
    }
    void reference(QLatin1String name, const QUuid &target)
    {
        open(name);
        attribute(QLatin1String("targetGUID"), target);
        endEmpty();
    }
    void raw(QLatin1String text) { m_out += text; }

    QByteArray bytes() const { return m_out.toUtf8(); }

private:
    QString m_out;
};

/// One code and its children. The codebook's CodeType has no NoteRef, the project's has; we
/// write neither, so one writer serves both.
void writeCode(Xml &x, const Code &code)
{
    x.open(QLatin1String("Code"));
    x.attribute(QLatin1String("guid"), code.guid);
    x.attribute(QLatin1String("name"), code.name);
    x.attribute(QLatin1String("isCodable"), code.codable ? QStringLiteral("true") : QStringLiteral("false"));
    if (!code.colour.isEmpty())
        x.attribute(QLatin1String("color"), code.colour);
    x.endOpen();
    if (!code.description.isEmpty())
        x.element(QLatin1String("Description"), code.description);
    for (const Code &child : code.children)
        writeCode(x, child);
    x.close(QLatin1String("Code"));
}

void writeCodes(Xml &x, const Project &p)
{
    x.raw(QLatin1String("<Codes>"));
    for (const Code &code : p.codes)
        writeCode(x, code);
    x.raw(QLatin1String("</Codes>"));
}

void writeSource(Xml &x, const Project &p, const Source &s)
{
    x.open(QLatin1String("TextSource"));
    x.attribute(QLatin1String("guid"), s.guid);
    x.attribute(QLatin1String("name"), s.name);
    x.attribute(QLatin1String("plainTextPath"), QStringLiteral("internal://%1.txt").arg(id(s.guid)));
    x.attribute(QLatin1String("creatingUser"), p.user);
    x.time(QLatin1String("creationDateTime"), p.created);
    x.endOpen();
    QStringList about;
    if (!s.prompt.trimmed().isEmpty())
        about << tr("Prompt: %1").arg(s.prompt.trimmed());
    if (!s.group.isEmpty())
        about << tr("Group: %1").arg(s.group);
    if (!about.isEmpty())
        x.element(QLatin1String("Description"), about.join(QLatin1Char('\n')));
    // The optional user and date attributes are left off selections and codings (the source
    // has them; a selection keeps the time its note was written): a 20,000-note project is a
    // third smaller for it, and as quick to pack.
    for (const Selection &sel : s.selections) {
        x.open(QLatin1String("PlainTextSelection"));
        x.attribute(QLatin1String("guid"), sel.guid);
        x.attribute(QLatin1String("name"), excerpt(sel.text));
        x.attribute(QLatin1String("startPosition"), sel.start);
        x.attribute(QLatin1String("endPosition"), sel.end);
        x.time(QLatin1String("creationDateTime"), sel.created);
        x.endOpen();
        x.element(QLatin1String("Description"), selectionDescription(sel));
        for (const QUuid &code : sel.codes) {
            x.open(QLatin1String("Coding"));
            x.attribute(QLatin1String("guid"),
                QUuid::createUuidV5(sel.guid, id(code))); // one coding per note and code
            x.endOpen();
            x.reference(QLatin1String("CodeRef"), code);
            x.close(QLatin1String("Coding"));
        }
        x.close(QLatin1String("PlainTextSelection"));
    }
    if (!s.group.isEmpty()) {
        x.raw(QLatin1String("<VariableValue>"));
        x.reference(QLatin1String("VariableRef"), p.groupVariable);
        x.element(QLatin1String("TextValue"), s.group);
        x.raw(QLatin1String("</VariableValue>"));
    }
    x.raw(QLatin1String("<VariableValue>"));
    x.reference(QLatin1String("VariableRef"), p.votesVariable);
    x.element(QLatin1String("IntegerValue"), QString::number(s.votes));
    x.raw(QLatin1String("</VariableValue>"));
    x.close(QLatin1String("TextSource"));
}

void writeVariable(Xml &x, const QUuid &guid, const QString &name, const char *type, const QString &description)
{
    x.open(QLatin1String("Variable"));
    x.attribute(QLatin1String("guid"), guid);
    x.attribute(QLatin1String("name"), name);
    x.attribute(QLatin1String("typeOfVariable"), QString::fromLatin1(type));
    x.endOpen();
    x.element(QLatin1String("Description"), description);
    x.close(QLatin1String("Variable"));
}

} // namespace

QByteArray projectXml(const Project &p)
{
    // About 600 characters of markup a note, beside its words.
    Xml x(qsizetype(p.selectionCount()) * 700 + 4096);
    x.raw(QLatin1String(xml::declaration().toLatin1()));
    x.open(QLatin1String("Project"));
    x.attribute(QLatin1String("xmlns"), QStringLiteral("urn:QDA-XML:project:1.0"));
    x.attribute(QLatin1String("name"), p.name);
    x.attribute(QLatin1String("origin"), QStringLiteral("Common Ground"));
    x.attribute(QLatin1String("creatingUserGUID"), p.user);
    x.time(QLatin1String("creationDateTime"), p.created);
    x.attribute(QLatin1String("modifyingUserGUID"), p.user);
    x.time(QLatin1String("modifiedDateTime"), p.modified);
    x.endOpen();

    x.raw(QLatin1String("<Users>"));
    x.open(QLatin1String("User"));
    x.attribute(QLatin1String("guid"), p.user);
    x.attribute(QLatin1String("name"), QStringLiteral("Common Ground"));
    x.endEmpty();
    x.raw(QLatin1String("</Users>"));

    if (!p.codes.empty()) {
        x.raw(QLatin1String("<CodeBook>"));
        writeCodes(x, p);
        x.raw(QLatin1String("</CodeBook>"));
    }

    x.raw(QLatin1String("<Variables>"));
    writeVariable(x, p.groupVariable, tr("Group"), "Text", tr("The breakout group whose board it is."));
    writeVariable(x, p.votesVariable, tr("Votes"), "Integer",
        tr("Dots on the board's notes that may be shown (each note's own are in its description)."));
    x.raw(QLatin1String("</Variables>"));

    if (!p.cases.empty()) {
        x.raw(QLatin1String("<Cases>"));
        for (const Case &c : p.cases) {
            x.open(QLatin1String("Case"));
            x.attribute(QLatin1String("guid"), c.guid);
            x.attribute(QLatin1String("name"), c.name);
            x.endOpen();
            for (const QUuid &sel : c.selections)
                x.reference(QLatin1String("SelectionRef"), sel);
            x.close(QLatin1String("Case"));
        }
        x.raw(QLatin1String("</Cases>"));
    }

    if (!p.sources.empty()) {
        x.raw(QLatin1String("<Sources>"));
        for (const Source &s : p.sources)
            writeSource(x, p, s);
        x.raw(QLatin1String("</Sources>"));
    }

    if (!p.description.isEmpty())
        x.element(QLatin1String("Description"), p.description);
    x.close(QLatin1String("Project"));
    x.raw(QLatin1String("\n"));
    return x.bytes();
}

QByteArray codebookXml(const Project &p)
{
    Xml x(4096);
    x.raw(QLatin1String(xml::declaration().toLatin1()));
    x.open(QLatin1String("CodeBook"));
    x.attribute(QLatin1String("xmlns"), QStringLiteral("urn:QDA-XML:codebook:1.0"));
    x.attribute(QLatin1String("origin"), QStringLiteral("Common Ground"));
    x.endOpen();
    writeCodes(x, p);
    x.close(QLatin1String("CodeBook"));
    x.raw(QLatin1String("\n"));
    return x.bytes();
}

Result<QByteArray> toQdpx(const Project &p)
{
    // Every entry dated as the workshop was last changed, so the bytes never depend on the clock.
    const QDateTime earliest(QDate(1980, 1, 2), QTime(0, 0), Qt::UTC); // ZIP dates start in 1980
    ZipWriter zip(std::max(p.modified, earliest));
    if (auto added = zip.add(QStringLiteral("project.qde"), projectXml(p), ZipWriter::Compression::DeflatedFast); !added)
        return added.error();
    for (const Source &s : p.sources) {
        if (auto added = zip.add(QStringLiteral("sources/%1.txt").arg(id(s.guid)), s.text.toUtf8()); !added)
            return added.error();
    }
    return zip.finish();
}

Result<QByteArray> toQdc(const Project &p)
{
    if (p.codes.empty())
        return fail(tr("There are no themes with notes this audience may see, so there is no codebook to export."));
    return codebookXml(p);
}

// Through the alias: lupdate 6.4 files the tr() calls after `doc::Document d;` under "doc".
using Document = doc::Document;

Document toDocument(const Project &p, bool codebookOnly)
{
    Document d;
    d.title = codebookOnly ? tr("Codebook: %1").arg(p.name) : tr("Project for analysis: %1").arg(p.name);
    d.subtitle = p.audience == Audience::Team ? tr("For the project team") : tr("For sharing");
    if (codebookOnly) {
        d.paragraph(tr("A REFI-QDA codebook (.qdc) of %1 codes, to import into NVivo, ATLAS.ti, MAXQDA or QualCoder. "
                       "It holds the themes' names and descriptions, not the notes.")
                        .arg(p.codeCount()));
    } else {
        d.paragraph(tr("A REFI-QDA project (.qdpx) to open in NVivo, ATLAS.ti, MAXQDA or QualCoder: %1 boards as "
                       "text sources, %2 notes coded with %3 codes, %4 authors as cases.")
                        .arg(p.sources.size())
                        .arg(p.selectionCount())
                        .arg(p.codeCount())
                        .arg(p.cases.size()));
    }
    d.heading(2, tr("Codes"));
    QList<QStringList> rows { { tr("Code"), tr("Under"), tr("Notes"), tr("Votes") } };
    for (const Code &category : p.codes)
        for (const Code &code : category.children)
            rows << QStringList { code.name, category.name, QString::number(code.notes), QString::number(code.votes) };
    if (rows.size() > 1)
        d.table(rows);
    else
        d.paragraph(tr("No codes: no note this audience may see is in a theme."));
    if (codebookOnly)
        return d;

    QHash<QUuid, QString> codeNames;
    for (const Code &category : p.codes)
        for (const Code &code : category.children)
            codeNames.insert(code.guid, code.name);
    for (const Source &s : p.sources) {
        d.heading(2, s.name);
        if (!s.prompt.trimmed().isEmpty())
            d.paragraph(s.prompt.trimmed());
        QList<doc::Spans> items;
        for (const Selection &sel : s.selections) {
            QStringList codes;
            for (const QUuid &code : sel.codes)
                codes << codeNames.value(code);
            doc::Spans spans = doc::plain(sel.text);
            spans << doc::Span { QStringLiteral(" — ") + selectionDescription(sel) + QLatin1Char(' ')
                        + tr("Codes: %1.").arg(codes.join(QStringLiteral(", "))),
                false, true };
            items << spans;
        }
        if (items.isEmpty())
            d.paragraph(tr("No notes this audience may see."));
        else
            d.bullets(items);
    }
    return d;
}

} // namespace cg::qda
