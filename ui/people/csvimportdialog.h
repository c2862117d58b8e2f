// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/participantcsv.h"
#include "result.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace cg {

class Session;

/// "Import from CSV…": shows every row of a sign-up spreadsheet with what is wrong with it
/// before anything is added. Errors (a missing name, a consent answer that is not yes or no)
/// block the import until the file is fixed and reloaded; warnings (an unknown role or column)
/// do not. Nothing is committed until "Import" is pressed.
///
/// The logic is callable without exec(): loadFile() then importNow().
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CsvImportDialog(Session *session, QWidget *parent = nullptr);

    /// Reads \a path and shows the preview. False when the file cannot be read at all.
    bool loadFile(const QString &path);
    /// Previews \a bytes as if read from a file called \a sourceName.
    void loadBytes(const QByteArray &bytes, const QString &sourceName);

    /// Data rows shown in the preview (the header is not a row).
    int previewRowCount() const;
    /// The problems of the row starting on \a line, as shown ("Error: …", "Warning: …").
    QStringList problemsOnLine(int line) const;
    const io::ParticipantCsv &preview() const { return m_preview; }
    bool canImport() const;

    /// Adds everyone in one step. Refused while any row has an error. Accepts the dialog.
    Result<io::ParticipantImportSummary> importNow();

    QTableWidget *table() const { return m_table; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fitColumns();
    void chooseFile();
    void showPreview(const QByteArray &bytes);

    Session *m_session = nullptr;
    QString m_path;
    QString m_sourceName;
    QByteArray m_bytes;
    io::ParticipantCsv m_preview;

    QLabel *m_file = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QListWidget *m_problems = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace cg
