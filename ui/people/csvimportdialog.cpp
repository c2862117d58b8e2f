// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/csvimportdialog.h"

#include "io/csv.h"
#include "people/peoplewords.h"
#include "people/tablecolumns.h"
#include "session/session.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cg {

namespace {

/// The line a "line N: …" message is about, or 0.
int lineOf(const QString &message)
{
    static const QRegularExpression pattern(QStringLiteral("^line (\\d+):"));
    const auto match = pattern.match(message);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace

CsvImportDialog::CsvImportDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Import people from CSV"));
    resize(900, 600);
    auto *layout = new QVBoxLayout(this);

    auto *intro
        = new QLabel(tr("Choose a sign-up spreadsheet saved as CSV. The first row must name the columns: "
                        "name (needed), pseudonym, role, organisation, email, phone, access_needs, and "
                        "optionally one column per consent choice (take_part, be_named, …) with yes or no. "
                        "Nothing is added until you press Import."),
            this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto *fileRow = new QHBoxLayout;
    m_file = new QLabel(tr("No file chosen yet."), this);
    m_file->setTextFormat(Qt::PlainText);
    auto *choose = new QPushButton(tr("&Choose file…"), this);
    choose->setAccessibleName(tr("Choose a CSV file"));
    m_reload = new QPushButton(tr("&Reload"), this);
    m_reload->setAccessibleName(tr("Read the file again after fixing it"));
    m_reload->setEnabled(false);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    fileRow->addWidget(m_reload);
    layout->addLayout(fileRow);
    connect(choose, &QPushButton::clicked, this, &CsvImportDialog::chooseFile);
    connect(m_reload, &QPushButton::clicked, this, [this] {
        if (!m_path.isEmpty())
            loadFile(m_path);
    });

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(m_summary);

    m_table = new QTableWidget(this);
    m_table->setAccessibleName(tr("Rows in the file"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    layout->addWidget(m_table, 3);

    auto *problemsLabel = new QLabel(tr("&Problems found"), this);
    problemsLabel->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(problemsLabel);
    m_problems = new QListWidget(this);
    m_problems->setAccessibleName(tr("Problems found"));
    m_problems->setWordWrap(true);
    problemsLabel->setBuddy(m_problems);
    layout->addWidget(m_problems, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] { (void)importNow(); });
}

void CsvImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import people from CSV"), {}, tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool CsvImportDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_path.clear();
        m_bytes.clear();
        m_preview = {};
        m_preview.errors
            << tr("The file %1 could not be opened: %2").arg(QFileInfo(path).fileName(), file.errorString());
        m_file->setText(path);
        showPreview({});
        return false;
    }
    m_path = path;
    m_reload->setEnabled(true);
    loadBytes(file.readAll(), QFileInfo(path).fileName());
    m_file->setText(tr("File: %1").arg(QFileInfo(path).fileName()));
    return true;
}

void CsvImportDialog::loadBytes(const QByteArray &bytes, const QString &sourceName)
{
    m_bytes = bytes;
    m_sourceName = sourceName;
    m_file->setText(tr("File: %1").arg(sourceName));
    io::ParticipantCsvOptions options;
    options.recordedAt = m_session->now();
    m_preview = io::parseParticipantsCsv(bytes, m_session->data(), options);
    showPreview(bytes);
}

void CsvImportDialog::showPreview(const QByteArray &bytes)
{
    m_table->clear();
    m_table->setRowCount(0);
    m_problems->clear();

    // The rows as written, so that the facilitator recognises their spreadsheet.
    auto records = bytes.isEmpty() ? Result<std::vector<io::CsvRecord>>(std::vector<io::CsvRecord> {})
                                   : io::readCsv(bytes);
    QHash<int, QStringList> problems; // by line
    for (const QString &e : m_preview.errors)
        problems[lineOf(e)] << tr("Error: %1").arg(e);
    for (const QString &w : m_preview.warnings)
        problems[lineOf(w)] << tr("Warning: %1").arg(w);

    if (records && !records->empty()) {
        const io::CsvRecord &header = records->front();
        // Line and problems first: they are what the facilitator has to act on.
        QStringList labels { tr("Line"), tr("Problems") };
        labels << header.fields;
        m_table->setColumnCount(int(labels.size()));
        m_table->setHorizontalHeaderLabels(labels);
        m_table->setRowCount(int(records->size()) - 1);
        for (std::size_t r = 1; r < records->size(); ++r) {
            const io::CsvRecord &record = (*records)[r];
            const int row = int(r) - 1;
            m_table->setItem(row, 0, new QTableWidgetItem(QString::number(record.line)));
            for (qsizetype c = 0; c < record.fields.size() && c < header.fields.size(); ++c)
                m_table->setItem(row, int(c) + 2, new QTableWidgetItem(record.fields.at(c)));
            const QStringList rowProblems = problems.value(record.line);
            auto *cell = new QTableWidgetItem(
                rowProblems.isEmpty() ? tr("OK") : rowProblems.join(QLatin1Char('\n')));
            const bool hasError = std::any_of(rowProblems.begin(), rowProblems.end(),
                [](const QString &p) { return p.startsWith(tr("Error: ")); });
            // A shape as well as the words, so the problem rows stand out without colour.
            cell->setIcon(PeopleWords::stateIcon(hasError ? ConsentState::Refused
                    : rowProblems.isEmpty()               ? ConsentState::Granted
                                                          : ConsentState::NotRecorded));
            m_table->setItem(row, 1, cell);
        }
        fitColumns();
    }

    for (const QString &e : m_preview.errors) {
        auto *item
            = new QListWidgetItem(PeopleWords::stateIcon(ConsentState::Refused), tr("Error: %1").arg(e));
        m_problems->addItem(item);
    }
    for (const QString &w : m_preview.warnings) {
        auto *item = new QListWidgetItem(
            PeopleWords::stateIcon(ConsentState::NotRecorded), tr("Warning: %1").arg(w));
        m_problems->addItem(item);
    }

    const int people = int(m_preview.participants.size());
    if (!m_preview.errors.isEmpty()) {
        const auto n = m_preview.errors.size();
        m_summary->setText((n == 1 ? tr("1 problem must be fixed") : tr("%1 problems must be fixed").arg(n))
            + QLatin1Char(' ')
            + tr("in the file before anything can be imported. Fix it in your spreadsheet, save "
                 "it as CSV again and press Reload."));
    } else if (people == 0) {
        m_summary->setText(tr("There is nobody to import in this file."));
    } else {
        QString text
            = people == 1 ? tr("1 person ready to import.") : tr("%1 people ready to import.").arg(people);
        if (!m_preview.consentEvents.empty())
            text += QLatin1Char(' ')
                + tr("Their consent answers (%1) will be recorded permanently, as written-form decisions.")
                      .arg(m_preview.consentEvents.size());
        if (!m_preview.warnings.isEmpty())
            text += QLatin1Char(' ')
                + tr("Please read the warnings below (%1).").arg(m_preview.warnings.size());
        m_summary->setText(text);
    }
    m_import->setEnabled(canImport());
}

void CsvImportDialog::fitColumns()
{
    // The file's own columns stay narrow enough that the problems column has room to wrap.
    fitColumnsToContents(m_table, 180);
    if (m_table->columnCount() > 1) {
        m_table->horizontalHeader()->resizeSection(1, 400);
        m_table->resizeRowsToContents();
    }
}

void CsvImportDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitColumns();
}

int CsvImportDialog::previewRowCount() const
{
    return m_table->rowCount();
}

QStringList CsvImportDialog::problemsOnLine(int line) const
{
    QStringList out;
    for (const QString &e : m_preview.errors) {
        if (lineOf(e) == line)
            out << tr("Error: %1").arg(e);
    }
    for (const QString &w : m_preview.warnings) {
        if (lineOf(w) == line)
            out << tr("Warning: %1").arg(w);
    }
    return out;
}

bool CsvImportDialog::canImport() const
{
    return !m_bytes.isEmpty() && m_preview.ok() && !m_preview.participants.empty();
}

Result<io::ParticipantImportSummary> CsvImportDialog::importNow()
{
    if (!canImport()) {
        const QString message = m_preview.ok()
            ? tr("There is nobody to import.")
            : tr("Fix the problems in the file first; nothing was imported.");
        m_summary->setText(message);
        return fail(message);
    }
    auto done = io::importParticipantsCsv(*m_session, m_bytes, m_sourceName);
    if (!done) {
        m_summary->setText(done.message());
        return done;
    }
    accept();
    return done;
}

} // namespace cg
