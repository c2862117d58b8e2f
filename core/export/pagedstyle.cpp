// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/pagedstyle.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace cg::doc {

Metrics metricsFor(const Style &style)
{
    Metrics m;
    const double b = qBound(6.0, style.bodyPoints, 72.0);
    const double cm = 72.0 / 2.54;
    m.body = b;
    m.margin = 2.0 * cm;
    if (style.easyRead) {
        m.heading[0] = b * 1.5;
        m.heading[1] = b * 1.3;
        m.heading[2] = b * 1.15;
        m.heading[3] = b * 1.05;
        m.title = b * 1.7;
        m.subtitle = b * 1.1;
        m.small = 14;
        m.lineHeight = 1.6;
        m.paragraphAfter = b * 0.9;
        m.headingBefore = b * 1.4;
        m.headingAfter = b * 0.6;
        m.listIndent = b * 1.6;
        m.cellPadding = b * 0.4;
        m.ideaPerLine = true;
        m.margin = 2.5 * cm;
    } else if (style.largePrint || b >= 18) {
        m.heading[0] = b * 1.6;
        m.heading[1] = b * 1.35;
        m.heading[2] = b * 1.15;
        m.heading[3] = b * 1.05;
        m.title = b * 1.8;
        m.subtitle = b * 1.15;
        m.small = 14;
        m.lineHeight = 1.45;
        m.paragraphAfter = b * 0.6;
        m.headingBefore = b * 1.2;
        m.headingAfter = b * 0.45;
        m.listIndent = b * 1.5;
        m.cellPadding = b * 0.3;
    } else {
        m.heading[0] = b * 2.0;
        m.heading[1] = b * 1.55;
        m.heading[2] = b * 1.27;
        m.heading[3] = b * 1.1;
        m.title = b * 2.4;
        m.subtitle = b * 1.27;
        m.small = std::max(8.0, b * 0.8);
        m.lineHeight = 1.35;
        m.paragraphAfter = b * 0.65;
        m.headingBefore = b * 1.6;
        m.headingAfter = b * 0.5;
        m.listIndent = b * 1.8;
        m.cellPadding = b * 0.35;
    }
    return m;
}

QList<Spans> linesOf(const Spans &spans, const Metrics &metrics)
{
    if (!metrics.ideaPerLine)
        return {spans};
    const QString text = plainText(spans);
    QList<qsizetype> cuts;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Sentence, text);
    for (qsizetype at = finder.toNextBoundary(); at > 0 && at < text.size(); at = finder.toNextBoundary())
        cuts << at;
    cuts << text.size();

    QList<Spans> lines;
    qsizetype start = 0; // of the current line, in text
    qsizetype spanStart = 0;
    int spanIndex = 0;
    for (const qsizetype end : cuts) {
        Spans line;
        while (spanIndex < spans.size()) {
            const Span &s = spans.at(spanIndex);
            const qsizetype spanEnd = spanStart + s.text.size();
            const qsizetype from = std::max(start, spanStart);
            const qsizetype to = std::min(end, spanEnd);
            if (to > from)
                line << Span{s.text.mid(from - spanStart, to - from), s.strong, s.emphasis};
            if (spanEnd > end)
                break;
            spanStart = spanEnd;
            ++spanIndex;
        }
        // A sentence's trailing spaces and line break belong to no line.
        while (!line.isEmpty()) {
            QString &last = line.last().text;
            while (!last.isEmpty() && last.back().isSpace())
                last.chop(1);
            if (!last.isEmpty())
                break;
            line.removeLast();
        }
        if (!line.isEmpty())
            lines << line;
        start = end;
    }
    if (lines.isEmpty())
        lines << Spans{};
    return lines;
}

bool isRightToLeft(const Spans &spans)
{
    for (const Span &s : spans) {
        for (const QChar c : s.text) {
            switch (c.direction()) {
            case QChar::DirL: return false;
            case QChar::DirR:
            case QChar::DirAL: return true;
            default: break;
            }
        }
    }
    return false;
}

std::optional<EmbeddableImage> embeddable(const Block &image)
{
    EmbeddableImage out;
    const QByteArray &d = image.imageData;
    if (d.startsWith("\x89PNG\r\n\x1a\n")) {
        out.extension = QStringLiteral("png");
        out.mime = QStringLiteral("image/png");
    } else if (d.startsWith("\xff\xd8\xff")) {
        out.extension = QStringLiteral("jpeg");
        out.mime = QStringLiteral("image/jpeg");
    } else {
        return std::nullopt;
    }
    out.data = d;
    out.pixels = image.imageSize;
    if (!out.pixels.isValid() || out.pixels.isEmpty()) {
        QBuffer buffer;
        buffer.setData(d);
        QImageReader reader(&buffer);
        out.pixels = reader.size();
    }
    // A size no photo has is more likely a damaged file than a picture worth showing.
    constexpr int limit = 30000;
    if (out.pixels.width() <= 0 || out.pixels.height() <= 0 || out.pixels.width() > limit || out.pixels.height() > limit)
        return std::nullopt;
    return out;
}

QString imageStandIn(const Block &image)
{
    const QString alt = image.alt.trimmed();
    if (alt.isEmpty())
        return QCoreApplication::translate("cg::doc", "[A picture that could not be included]");
    return QCoreApplication::translate("cg::doc", "[Picture: %1]").arg(alt);
}

std::pair<QString, QString> languageAndCountry(const QString &tag)
{
    const QStringList parts = tag.trimmed().split(QRegularExpression(QStringLiteral("[-_]")), Qt::SkipEmptyParts);
    QString language = parts.value(0).toLower();
    QString country;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts.at(i).size() == 2) {
            country = parts.at(i).toUpper();
            break;
        }
    }
    // Only plain letters reach the files; anything else means "no language said".
    static const QRegularExpression letters(QStringLiteral("^[a-z]{2,3}$"));
    if (!letters.match(language).hasMatch())
        language = QStringLiteral("en");
    static const QRegularExpression upper(QStringLiteral("^[A-Z]{2}$"));
    if (!upper.match(country).hasMatch())
        country.clear();
    return {language, country};
}

QString runningTitleOf(const Document &document)
{
    const QString running = document.runningTitle.trimmed();
    return running.isEmpty() ? document.title.trimmed() : running;
}

} // namespace cg::doc
