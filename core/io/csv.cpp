// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>

namespace cg::io {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::io", text);
}

bool isLineEnd(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

/// Where the first byte that is not part of a valid UTF-8 sequence is (or the size, if none).
qsizetype firstInvalidUtf8(QByteArrayView bytes)
{
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n) {
        const auto b = uchar(bytes[i]);
        int extra = 0;
        if (b < 0x80)
            extra = 0;
        else if (b >= 0xC2 && b <= 0xDF)
            extra = 1;
        else if (b >= 0xE0 && b <= 0xEF)
            extra = 2;
        else if (b >= 0xF0 && b <= 0xF4)
            extra = 3;
        else
            return i;
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (uchar(bytes[i + k]) & 0xC0) != 0x80)
                return i;
        }
        i += 1 + extra;
    }
    return n;
}

} // namespace

Result<std::vector<CsvRecord>> readCsv(const QByteArray &bytes)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(view);
    if (decoder.hasError()) {
        // Name the line of the first bad byte, so the facilitator can find it in the spreadsheet.
        const qsizetype bad = firstInvalidUtf8(view);
        const int line = int(std::count(view.begin(), view.begin() + bad, '\n')) + 1;
        return fail(tr("line %1: the file is not in UTF-8 text. Save it from the spreadsheet as “CSV UTF-8”.")
                        .arg(line));
    }

    std::vector<CsvRecord> records;
    const qsizetype n = text.size();
    const QChar *s = text.constData();
    qsizetype i = 0;
    int line = 1;
    while (i < n) {
        CsvRecord record;
        record.line = line;
        bool sawQuote = false;
        for (;;) {
            QString field;
            if (i < n && s[i] == QLatin1Char('"')) {
                sawQuote = true;
                const int openedOn = line;
                ++i;
                for (;;) {
                    if (i >= n)
                        return fail(
                            tr("line %1: a quoted field starts here but its closing quote is missing.")
                                .arg(openedOn));
                    const QChar c = s[i];
                    if (c == QLatin1Char('"')) {
                        if (i + 1 < n && s[i + 1] == QLatin1Char('"')) {
                            field += QLatin1Char('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    if (c == QLatin1Char('\r')) {
                        // A line break inside a field is kept as a plain LF, whatever the file used.
                        field += QLatin1Char('\n');
                        ++line;
                        i += (i + 1 < n && s[i + 1] == QLatin1Char('\n')) ? 2 : 1;
                        continue;
                    }
                    if (c == QLatin1Char('\n'))
                        ++line;
                    field += c;
                    ++i;
                }
                if (i < n && s[i] != QLatin1Char(',') && !isLineEnd(s[i]))
                    return fail(
                        tr("line %1: there is text after a closing quote. A quote inside a quoted field "
                           "must be doubled (\"\").")
                            .arg(line));
            } else {
                const qsizetype start = i;
                while (i < n && s[i] != QLatin1Char(',') && !isLineEnd(s[i]))
                    ++i;
                field = text.mid(start, i - start);
            }
            record.fields << field;
            if (i < n && s[i] == QLatin1Char(',')) {
                ++i;
                continue;
            }
            // End of the record: a line end (CRLF, LF or a lone CR) or the end of the file.
            if (i < n && s[i] == QLatin1Char('\r'))
                ++i;
            if (i < n && s[i] == QLatin1Char('\n'))
                ++i;
            ++line;
            break;
        }
        const bool blank
            = !sawQuote && record.fields.size() == 1 && record.fields.first().trimmed().isEmpty();
        if (!blank)
            records.push_back(std::move(record));
    }
    return records;
}

QString csvField(const QString &value, const CsvWriteOptions &options)
{
    QString v = value;
    if (options.guardFormulas && !v.isEmpty()) {
        const QChar first = v.front();
        if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
            || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
            v.prepend(QLatin1Char('\''));
    }
    const bool needsQuotes = v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"'))
        || v.contains(QLatin1Char('\n')) || v.contains(QLatin1Char('\r'))
        || (!v.isEmpty() && (v.front().isSpace() || v.back().isSpace()));
    if (!needsQuotes)
        return v;
    v.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QByteArray writeCsv(const std::vector<QStringList> &records, const CsvWriteOptions &options)
{
    QString out;
    for (const QStringList &record : records) {
        for (qsizetype f = 0; f < record.size(); ++f) {
            if (f > 0)
                out += QLatin1Char(',');
            out += csvField(record.at(f), options);
        }
        out += QLatin1String("\r\n");
    }
    QByteArray bytes = out.toUtf8();
    if (options.byteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

} // namespace cg::io
