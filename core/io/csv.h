// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace cg::io {

/// One record of a CSV file and the line it starts on (1-based, counting physical lines, so a
/// quoted field with line breaks moves the next record's line on accordingly).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/// Reads CSV as RFC 4180 describes it, the way spreadsheets write it: UTF-8 with or without a
/// byte-order mark, CRLF or LF line ends, fields quoted with '"' may hold commas, doubled quotes
/// and line breaks. Blank lines are skipped. A stray quote inside an unquoted field is kept as
/// text (spreadsheets write `5" ruler`); text after a closing quote, a quote never closed and
/// bytes that are not UTF-8 are errors naming the line.
Result<std::vector<CsvRecord>> readCsv(const QByteArray &bytes);

struct CsvWriteOptions
{
    /// Start with a UTF-8 byte-order mark, which spreadsheet programs need to detect UTF-8.
    bool byteOrderMark = false;
    /// Prefix fields starting with = + - @ (or tab / carriage return) with an apostrophe, so a
    /// spreadsheet shows them as text instead of running them as formulas.
    bool guardFormulas = false;
};

/// Writes records as RFC 4180 CSV in UTF-8 with CRLF line ends, quoting only fields that need it
/// (a comma, a quote, a line break, or leading/trailing space).
QByteArray writeCsv(const std::vector<QStringList> &records, const CsvWriteOptions &options = {});

/// One field as it appears in CSV (quoted when it needs to be).
QString csvField(const QString &value, const CsvWriteOptions &options = {});

} // namespace cg::io
