// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/pdfoutline.h"

#include "export/pagedstyle.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

#include <optional>

namespace cg::doc {

namespace {

/// What the update needs from the original file.
struct Original
{
    qint64 xref = 0;   ///< offset of its cross-reference table
    int size = 0;      ///< its trailer's /Size: the next free object number
    int root = 0;      ///< the catalog's object number
    int info = 0;      ///< the document information dictionary's, or 0
    int pagesRef = 0;  ///< the page tree's
    QList<int> pages;  ///< page objects in order
    double pageHeight = 841.89;
};

/// The text of object \a number, found through the cross-reference table.
std::optional<QByteArray> objectText(const QByteArray &pdf, qint64 xref, int number)
{
    // "xref\n0 N\n" then one 20-byte line per object (PDF 1.7, 7.5.4). QPdfWriter writes one
    // subsection from object 0.
    static const QRegularExpression head(QStringLiteral("^xref\\s+0\\s+(\\d+)\\s*\\n"));
    const QString start = QString::fromLatin1(pdf.mid(xref, 64));
    const auto match = head.match(start);
    if (!match.hasMatch() || number >= match.captured(1).toInt())
        return std::nullopt;
    const qint64 entry = xref + match.capturedLength(0) + qint64(number) * 20;
    bool ok = false;
    const qint64 offset = pdf.mid(entry, 10).toLongLong(&ok);
    if (!ok || offset <= 0 || offset >= pdf.size())
        return std::nullopt;
    const qint64 end = pdf.indexOf("endobj", offset);
    if (end < 0)
        return std::nullopt;
    return pdf.mid(offset, end - offset);
}

int reference(const QByteArray &text, const char *key)
{
    const auto match = QRegularExpression(QStringLiteral("/%1\\s+(\\d+)\\s+0\\s+R").arg(QLatin1String(key)))
                           .match(QString::fromLatin1(text));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

std::optional<Original> read(const QByteArray &pdf)
{
    Original o;
    const qint64 startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return std::nullopt;
    bool ok = false;
    o.xref = pdf.mid(startxref + 9, 24).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || o.xref <= 0 || o.xref >= startxref)
        return std::nullopt;
    const qint64 trailerAt = pdf.indexOf("trailer", o.xref);
    if (trailerAt < 0)
        return std::nullopt;
    const QByteArray trailer = pdf.mid(trailerAt, startxref - trailerAt);
    const auto size = QRegularExpression(QStringLiteral("/Size\\s+(\\d+)")).match(QString::fromLatin1(trailer));
    o.root = reference(trailer, "Root");
    o.info = reference(trailer, "Info");
    if (!size.hasMatch() || o.root == 0)
        return std::nullopt;
    o.size = size.captured(1).toInt();
    const auto catalog = objectText(pdf, o.xref, o.root);
    if (!catalog || !catalog->contains("/Catalog"))
        return std::nullopt;
    o.pagesRef = reference(*catalog, "Pages");
    const auto tree = objectText(pdf, o.xref, o.pagesRef);
    if (!tree)
        return std::nullopt;
    const auto kids = QRegularExpression(QStringLiteral("/Kids\\s*\\[([^\\]]*)\\]")).match(QString::fromLatin1(*tree));
    if (!kids.hasMatch())
        return std::nullopt;
    static const QRegularExpression ref(QStringLiteral("(\\d+)\\s+0\\s+R"));
    for (auto it = ref.globalMatch(kids.captured(1)); it.hasNext();)
        o.pages << it.next().captured(1).toInt();
    if (o.pages.isEmpty())
        return std::nullopt;
    if (const auto page = objectText(pdf, o.xref, o.pages.first())) {
        const auto box = QRegularExpression(QStringLiteral("/MediaBox\\s*\\[\\s*[-\\d.]+\\s+[-\\d.]+\\s+[-\\d.]+\\s+([-\\d.]+)\\s*\\]"))
                             .match(QString::fromLatin1(*page));
        if (box.hasMatch())
            o.pageHeight = box.captured(1).toDouble();
    }
    return o;
}

/// A PDF text string: UTF-16BE with a byte-order mark, as hex, so nothing needs escaping.
QByteArray textString(const QString &text)
{
    QByteArray utf16("\xfe\xff", 2);
    for (const QChar c : text) {
        utf16 += char(c.unicode() >> 8);
        utf16 += char(c.unicode() & 0xff);
    }
    return '<' + utf16.toHex().toUpper() + '>';
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 2);
}

/// A font's name for matching a PDF /BaseFont with Qt's family and style: letters and digits,
/// lower case, without a regular style's name.
QString fontKey(const QString &family, const QString &style)
{
    QString name = family;
    static const QStringList plainStyles{QStringLiteral("Book"), QStringLiteral("Regular"), QStringLiteral("Normal"),
                                         QStringLiteral("Roman"), QStringLiteral("Medium")};
    if (!plainStyles.contains(style))
        name += style;
    QString out;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

QByteArray utf16Hex(char32_t c)
{
    QByteArray bytes;
    for (const QChar unit : QString::fromUcs4(&c, 1)) {
        bytes += char(unit.unicode() >> 8);
        bytes += char(unit.unicode() & 0xff);
    }
    return bytes.toHex().toUpper();
}

/// The ToUnicode maps to replace: object number and new stream contents.
QList<std::pair<int, QByteArray>> completedMaps(const QByteArray &pdf, qint64 xref, const QList<FontCharacters> &characters)
{
    QHash<QString, const FontCharacters *> wanted;
    for (const FontCharacters &font : characters)
        wanted.insert(fontKey(font.family, font.style), &font);
    QList<std::pair<int, QByteArray>> out;
    if (wanted.isEmpty())
        return out;
    static const QRegularExpression dictionary(
        QStringLiteral("^/BaseFont /(?:[A-Z]{6}\\+)?([^\\s/<>\\[\\]()]+)[^>]*/ToUnicode (\\d+) 0 R"));
    for (qint64 at = pdf.indexOf("/Subtype /Type0"); at >= 0; at = pdf.indexOf("/Subtype /Type0", at + 1)) {
        const auto match = dictionary.match(QString::fromLatin1(pdf.mid(at + 16, 400)));
        if (!match.hasMatch())
            continue;
        const FontCharacters *font = wanted.value(fontKey(match.captured(1), {}));
        if (!font)
            continue;
        const int object = match.captured(2).toInt();
        const auto text = objectText(pdf, xref, object);
        if (!text || text->contains("/Filter"))
            continue;
        const qint64 start = text->indexOf("stream\n");
        const qint64 end = text->lastIndexOf("endcmap");
        if (start < 0 || end < start)
            continue;
        QByteArray map = text->mid(start + 7, end - start - 7);
        // At most 100 entries a block (PDF 1.7, 9.10.3).
        for (qsizetype i = 0; i < font->characters.size(); i += 100) {
            const auto block = font->characters.mid(i, 100);
            map += QByteArray::number(block.size()) + " beginbfchar\n";
            for (const auto &[cid, c] : block)
                map += '<' + QByteArray::number(cid, 16).rightJustified(4, '0').toUpper() + "> <" + utf16Hex(c) + ">\n";
            map += "endbfchar\n";
        }
        const qint64 after = text->indexOf("endstream", end);
        map += text->mid(end, (after < 0 ? text->size() : after) - end);
        while (map.endsWith('\n'))
            map.chop(1);
        out.append({object, map});
    }
    return out;
}

} // namespace

Result<QByteArray> finishPdf(const QByteArray &pdf, const QList<PlacedHeading> &headings, const QString &language,
                             const QList<FontCharacters> &characters)
{
    const auto original = read(pdf);
    // Bookmarks are a help, not the document: a file laid out differently from what this
    // expects (another Qt) is returned as Qt wrote it.
    if (!original)
        return pdf;
    const Original &o = *original;

    QList<PlacedHeading> marks;
    for (const PlacedHeading &h : headings) {
        if (!h.text.trimmed().isEmpty() && h.page >= 0 && h.page < o.pages.size())
            marks << h;
    }
    // Object numbers: the outline root, then one per bookmark.
    const int outlineRoot = o.size;
    auto idOf = [&](qsizetype i) { return outlineRoot + 1 + int(i); };
    const qsizetype n = marks.size();
    QList<qsizetype> parent(n, -1), first(n, -1), last(n, -1), prev(n, -1), next(n, -1);
    QList<int> descendants(n, 0);
    qsizetype rootFirst = -1, rootLast = -1;
    QList<qsizetype> stack;
    for (qsizetype i = 0; i < n; ++i) {
        while (!stack.isEmpty() && marks.at(stack.last()).level >= marks.at(i).level)
            stack.removeLast();
        parent[i] = stack.isEmpty() ? -1 : stack.last();
        qsizetype &siblingFirst = parent[i] < 0 ? rootFirst : first[parent[i]];
        qsizetype &siblingLast = parent[i] < 0 ? rootLast : last[parent[i]];
        if (siblingFirst < 0)
            siblingFirst = i;
        if (siblingLast >= 0) {
            next[siblingLast] = i;
            prev[i] = siblingLast;
        }
        siblingLast = i;
        for (qsizetype p = parent[i]; p >= 0; p = parent[p])
            ++descendants[p];
        stack << i;
    }

    QByteArray update = pdf;
    if (!update.endsWith('\n'))
        update += '\n';
    QList<std::pair<int, qint64>> offsets;
    auto object = [&](int id, const QByteArray &body) {
        offsets.append({id, update.size()});
        update += QByteArray::number(id) + " 0 obj\n" + body + "\nendobj\n";
    };

    const auto [lang, country] = languageAndCountry(language);
    QByteArray catalog = "<<\n/Type /Catalog\n/Pages " + QByteArray::number(o.pagesRef) + " 0 R\n";
    catalog += "/Lang (" + lang.toLatin1() + (country.isEmpty() ? QByteArray() : '-' + country.toLatin1()) + ")\n";
    catalog += "/ViewerPreferences << /DisplayDocTitle true >>\n";
    if (n > 0)
        catalog += "/Outlines " + QByteArray::number(outlineRoot) + " 0 R\n/PageMode /UseOutlines\n";
    catalog += ">>";
    object(o.root, catalog);
    for (const auto &[id, map] : completedMaps(pdf, o.xref, characters))
        object(id, "<< /Length " + QByteArray::number(map.size()) + " >>\nstream\n" + map + "\nendstream");
    if (n > 0) {
        object(outlineRoot, "<<\n/Type /Outlines\n/First " + QByteArray::number(idOf(rootFirst)) + " 0 R\n/Last "
                                + QByteArray::number(idOf(rootLast)) + " 0 R\n/Count " + QByteArray::number(n) + "\n>>");
        for (qsizetype i = 0; i < n; ++i) {
            const PlacedHeading &h = marks.at(i);
            QByteArray item = "<<\n/Title " + textString(h.text.left(500)) + "\n/Parent "
                + QByteArray::number(parent[i] < 0 ? outlineRoot : idOf(parent[i])) + " 0 R\n";
            if (prev[i] >= 0)
                item += "/Prev " + QByteArray::number(idOf(prev[i])) + " 0 R\n";
            if (next[i] >= 0)
                item += "/Next " + QByteArray::number(idOf(next[i])) + " 0 R\n";
            if (first[i] >= 0)
                item += "/First " + QByteArray::number(idOf(first[i])) + " 0 R\n/Last " + QByteArray::number(idOf(last[i]))
                    + " 0 R\n/Count " + QByteArray::number(descendants[i]) + "\n";
            item += "/Dest [" + QByteArray::number(o.pages.at(h.page)) + " 0 R /XYZ 0 "
                + number(std::max(0.0, o.pageHeight - h.y + 4)) + " null]\n>>";
            object(idOf(i), item);
        }
    }

    std::sort(offsets.begin(), offsets.end());
    const qint64 xref = update.size();
    update += "xref\n0 1\n0000000000 65535 f \n";
    // One subsection per run of consecutive object numbers.
    for (qsizetype i = 0; i < offsets.size();) {
        qsizetype j = i + 1;
        while (j < offsets.size() && offsets.at(j).first == offsets.at(j - 1).first + 1)
            ++j;
        update += QByteArray::number(offsets.at(i).first) + ' ' + QByteArray::number(j - i) + '\n';
        for (qsizetype k = i; k < j; ++k)
            update += QByteArray::number(offsets.at(k).second).rightJustified(10, '0') + " 00000 n \n";
        i = j;
    }
    const int size = n > 0 ? idOf(n - 1) + 1 : o.size;
    update += "trailer\n<<\n/Size " + QByteArray::number(std::max(size, o.size)) + "\n/Root " + QByteArray::number(o.root)
        + " 0 R\n";
    if (o.info > 0)
        update += "/Info " + QByteArray::number(o.info) + " 0 R\n";
    update += "/Prev " + QByteArray::number(o.xref) + "\n>>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return update;
}

} // namespace cg::doc
