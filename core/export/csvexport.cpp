// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The notes of a report as CSV, for spreadsheets and analysis tools.
#include "export/report.h"
#include "io/csv.h"

#include <QCoreApplication>

namespace cg::report {

QByteArray notesCsv(const Report &report)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("cg::report", text); };
    const std::vector<const Note *> notes = report.allNotes();
    std::vector<QStringList> rows;
    rows.reserve(notes.size() + 1);
    rows.push_back({ tr("board"), tr("group"), tr("theme"), tr("text"), tr("author"), tr("votes"),
        tr("verbatim"), tr("created") });
    for (const Note *n : notes) {
        rows.push_back({ n->board, n->group, n->theme, n->text, n->author, QString::number(n->votes),
            n->verbatim ? tr("yes") : tr("no"),
            n->created.isValid() ? n->created.toUTC().toString(Qt::ISODate) : QString() });
    }
    // A note saying "=HYPERLINK(...)" must stay text in a spreadsheet; Excel needs the byte-order
    // mark to read UTF-8.
    io::CsvWriteOptions options;
    options.byteOrderMark = true;
    options.guardFormulas = true;
    return io::writeCsv(rows, options);
}

} // namespace cg::report
