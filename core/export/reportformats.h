// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/reportaudit.h"
#include "export/report.h"
#include "result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <vector>

namespace cg {
class Session;
}

namespace cg::report {

/// One file format a report can be written in. The command line's --format and the Share
/// view's format list are both made from formats(), so a new writer (PDF, ODT, DOCX, easy-read)
/// is one entry there and nothing else.
struct Format
{
    QString key;       ///< for --format and settings: "md", "html", "pdf", "easyread-docx", …
    QString title;     ///< for people: "Markdown"
    QString extension; ///< without the dot
    /// How the Share view previews it: as the rendered document (HTML of document()), or as the
    /// very text that will be written.
    enum class Preview { Document, Text } preview = Preview::Text;
    /// The document the format renders, when it renders one (for the rendered preview).
    std::function<doc::Document(const Report &)> document;
    /// The bytes of the file. \a data is there for the team's lossless JSON archive only.
    std::function<Result<QByteArray>(const WorkshopData &data, const Report &report)> write;
    /// Not text (PDF, ODT, DOCX): never shown as text, and, being slow to make for a large
    /// workshop, made only when it is exported; the preview renders document() instead.
    bool binary = false;
    /// What the command line's help says about it, in a few words.
    QString description;
};

/// Every report format core can write, in the order they are offered. Board pictures (PNG, SVG)
/// need the widgets library and are added by the ui side (ui/export/boardpicture.h).
const std::vector<Format> &formats();
/// The format with \a key, or nullptr.
const Format *findFormat(QStringView key);

/// The audit record of writing \a report in \a format: counts only.
ExportRecord exportRecord(const Report &report, const QString &formatTitle);

/// Writes \a bytes to \a path atomically (doc::writeFile), then records \a record in the audit
/// trail of \a session with \a actor. A failed write records nothing and leaves any earlier file
/// as it was. When the file was written but the audit event could not be recorded (a read-only
/// workshop), the result is still a success and \a auditProblem says why.
Result<void> writeAndRecord(Session &session, const QString &path, const QByteArray &bytes, const ExportRecord &record,
    const QString &actor, QString *auditProblem = nullptr);

} // namespace cg::report
