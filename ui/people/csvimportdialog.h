// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/participantcsv.h"
#include "io/signupcolumns.h"
#include "result.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSettings;
class QTableWidget;

namespace cg {

class Session;

/// "Import from CSV…": reads a sign-up spreadsheet (our own format, or an Eventbrite, Google
/// Forms or Microsoft Forms export as it comes) and shows, before anything is added, what each
/// column was recognised as (changeable, one choice per column), and each row as the person it
/// becomes: name, role, contact, the access needs recognised and the person's own words, with
/// what is wrong with the row. Errors (no usable name, a consent answer that is not yes or no)
/// block the import until the file or the column choices are fixed; warnings do not. Nothing is
/// committed until "Import" is pressed. The column choices are remembered for files with the
/// same header (in the settings given), so next month's export reads the same way.
///
/// The logic is callable without exec(): loadFile(), setColumnUse(), importNow().
class CsvImportDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a settings (may be null) remembers column choices per header.
    explicit CsvImportDialog(Session *session, QWidget *parent = nullptr, QSettings *settings = nullptr);

    /// Reads \a path and shows the preview. False when the file cannot be read at all.
    bool loadFile(const QString &path);
    /// Previews \a bytes as if read from a file called \a sourceName.
    void loadBytes(const QByteArray &bytes, const QString &sourceName);

    /// Reads column \a column of the file as \a use, and previews again.
    void setColumnUse(int column, io::ColumnUse use);
    /// Whether cancelled tickets are added as no-shows (default: left out).
    void setKeepCancelled(bool keep);
    /// Whether the column choices came from a mapping remembered for this header.
    bool usedRememberedColumns() const { return m_remembered; }

    /// Data rows shown in the preview (the header is not a row).
    int previewRowCount() const;
    /// The problems of the row starting on \a line, as shown ("Error: …", "Warning: …").
    QStringList problemsOnLine(int line) const;
    const io::ParticipantCsv &preview() const { return m_preview; }
    bool canImport() const;

    /// Adds everyone in one step. Refused while any row has an error. Accepts the dialog.
    Result<io::ParticipantImportSummary> importNow();

    /// The people the file becomes: line, problems, then what each person gets.
    QTableWidget *table() const { return m_table; }
    /// One row per column of the file: its header, an example, and what it is read as.
    QTableWidget *columnsTable() const { return m_columns; }
    /// The choice for column \a column of the file.
    QComboBox *columnChoice(int column) const;

    /// Columns of table().
    enum PreviewColumn { LineColumn, ProblemsColumn, NameColumn, RoleColumn, EmailColumn, PhoneColumn,
        NeedsColumn, WordsColumn, AttendanceColumn, PreviewColumnCount };

protected:
    void showEvent(QShowEvent *event) override;

private:
    void fitColumns();
    void chooseFile();
    void parse();
    void showColumns();
    void showPreview();

    Session *m_session = nullptr;
    io::SignupMappingMemory m_memory;
    QString m_path;
    QString m_sourceName;
    QByteArray m_bytes;
    std::optional<std::vector<io::ColumnUse>> m_uses;
    bool m_remembered = false;
    bool m_keepCancelled = false;
    io::ParticipantCsv m_preview;

    QLabel *m_file = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_columnsNote = nullptr;
    QTableWidget *m_columns = nullptr;
    QCheckBox *m_cancelled = nullptr;
    QTableWidget *m_table = nullptr;
    QListWidget *m_problems = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace cg
