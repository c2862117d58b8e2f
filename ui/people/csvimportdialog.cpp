// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/csvimportdialog.h"

#include "io/csv.h"
#include "people/peoplewords.h"
#include "people/tablecolumns.h"
#include "session/session.h"

#include <QCheckBox>
#include <QComboBox>
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
#include <QSplitter>
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

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

} // namespace

CsvImportDialog::CsvImportDialog(Session *session, QWidget *parent, QSettings *settings)
    : QDialog(parent)
    , m_session(session)
    , m_memory(settings)
{
    setWindowTitle(tr("Import people from a sign-up spreadsheet"));
    resize(1440, 920); // the window system keeps it on a smaller screen
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Choose a sign-up spreadsheet saved as CSV: an Eventbrite, Google Forms or Microsoft "
                                "Forms export as it comes, or Common Ground's own columns. Check what each column is "
                                "read as and what each person becomes. Nothing is added until you press Import."),
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

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);

    // The columns of the file and what each is read as.
    auto *columnsPane = new QWidget(splitter);
    auto *columnsLayout = new QVBoxLayout(columnsPane);
    columnsLayout->setContentsMargins(0, 0, 0, 0);
    auto *columnsLabel = new QLabel(tr("C&olumns in the file"), columnsPane);
    columnsLabel->setObjectName(QStringLiteral("sectionHeading"));
    m_columnsNote = new QLabel(columnsPane);
    m_columnsNote->setObjectName(QStringLiteral("hint"));
    m_columnsNote->setTextFormat(Qt::PlainText);
    m_columnsNote->setWordWrap(true);
    m_columns = new QTableWidget(columnsPane);
    m_columns->setAccessibleName(tr("Columns in the file and what each is read as"));
    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels({ tr("Column"), tr("For example"), tr("Read as") });
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_columns->verticalHeader()->hide();
    m_columns->horizontalHeader()->setStretchLastSection(false);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    columnsLabel->setBuddy(m_columns);
    m_cancelled = new QCheckBox(tr("Add people whose ticket was &cancelled, as no-shows"), columnsPane);
    connect(m_cancelled, &QCheckBox::toggled, this, &CsvImportDialog::setKeepCancelled);
    columnsLayout->addWidget(columnsLabel);
    columnsLayout->addWidget(m_columnsNote);
    columnsLayout->addWidget(m_columns, 1);
    columnsLayout->addWidget(m_cancelled);

    // The people the rows become.
    auto *peoplePane = new QWidget(splitter);
    auto *peopleLayout = new QVBoxLayout(peoplePane);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    auto *peopleLabel = new QLabel(tr("P&eople in the file"), peoplePane);
    peopleLabel->setObjectName(QStringLiteral("sectionHeading"));
    m_table = new QTableWidget(peoplePane);
    m_table->setAccessibleName(tr("Rows in the file"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setColumnCount(PreviewColumnCount);
    m_table->setHorizontalHeaderLabels({ tr("Line"), tr("Problems"), tr("Name"), tr("Role"), tr("Email"), tr("Phone"),
        tr("Access needs"), tr("In their words"), tr("Attendance") });
    peopleLabel->setBuddy(m_table);
    peopleLayout->addWidget(peopleLabel);
    peopleLayout->addWidget(m_table, 1);

    auto *problemsPane = new QWidget(splitter);
    auto *problemsLayout = new QVBoxLayout(problemsPane);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    auto *problemsLabel = new QLabel(tr("&Problems found"), problemsPane);
    problemsLabel->setObjectName(QStringLiteral("sectionHeading"));
    m_problems = new QListWidget(problemsPane);
    m_problems->setAccessibleName(tr("Problems found"));
    m_problems->setWordWrap(true);
    problemsLabel->setBuddy(m_problems);
    problemsLayout->addWidget(problemsLabel);
    problemsLayout->addWidget(m_problems, 1);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 1);
    splitter->setSizes({ 330, 360, 110 });
    layout->addWidget(splitter, 1);

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
    const qint64 size = QFileInfo(path).size();
    if (size > io::maxCsvBytes || !file.open(QIODevice::ReadOnly)) {
        m_path.clear();
        m_bytes.clear();
        m_uses.reset();
        m_preview = {};
        m_preview.errors << (size > io::maxCsvBytes
                ? tr("The file %1 is %2 MB; a sign-up list is at most %3 MB. Is it the right file?")
                      .arg(QFileInfo(path).fileName())
                      .arg(size / (1024 * 1024))
                      .arg(io::maxCsvBytes / (1024 * 1024))
                : tr("The file %1 could not be opened: %2").arg(QFileInfo(path).fileName(), file.errorString()));
        m_file->setText(path);
        showColumns();
        showPreview();
        return false;
    }
    m_path = path;
    m_reload->setEnabled(true);
    loadBytes(file.readAll(), QFileInfo(path).fileName());
    return true;
}

void CsvImportDialog::loadBytes(const QByteArray &bytes, const QString &sourceName)
{
    m_bytes = bytes;
    m_sourceName = sourceName;
    m_file->setText(tr("File: %1").arg(sourceName));
    // The columns as recognised, unless the facilitator chose them for this header before.
    m_uses.reset();
    m_remembered = false;
    parse();
    if (auto recalled = m_memory.recall(m_preview.columns.headers)) {
        if (!(*recalled == m_preview.columns.uses)) {
            m_uses = *recalled;
            m_remembered = true;
            parse();
        }
    }
    showColumns();
    showPreview();
}

void CsvImportDialog::parse()
{
    io::ParticipantCsvOptions options;
    options.recordedAt = m_session->now();
    options.columns = m_uses;
    options.keepCancelled = m_keepCancelled;
    m_preview = io::parseParticipantsCsv(m_bytes, m_session->data(), options);
}

void CsvImportDialog::setColumnUse(int column, io::ColumnUse use)
{
    std::vector<io::ColumnUse> uses = m_uses ? *m_uses : m_preview.columns.uses;
    if (column < 0 || column >= int(uses.size()))
        return;
    uses[std::size_t(column)] = use;
    m_uses = uses;
    parse();
    // The combo boxes already show the choice; only what follows from it changes.
    if (QComboBox *box = columnChoice(column)) {
        const QSignalBlocker block(box);
        box->setCurrentIndex(box->findData(io::columnUseKey(use)));
    }
    showPreview();
}

void CsvImportDialog::setKeepCancelled(bool keep)
{
    if (keep == m_keepCancelled)
        return;
    m_keepCancelled = keep;
    const QSignalBlocker block(m_cancelled);
    m_cancelled->setChecked(keep);
    if (m_bytes.isEmpty())
        return;
    parse();
    showPreview();
}

QComboBox *CsvImportDialog::columnChoice(int column) const
{
    return qobject_cast<QComboBox *>(m_columns->cellWidget(column, 2));
}

void CsvImportDialog::showColumns()
{
    m_columns->clearContents();
    const io::ColumnMapping &mapping = m_preview.columns;
    m_columns->setRowCount(int(mapping.headers.size()));
    // An example of each column: its first answer that is not empty.
    std::vector<QString> examples(std::size_t(mapping.headers.size()));
    if (auto records = io::readCsv(m_bytes); records) {
        for (std::size_t r = 1; r < records->size() && r < 200; ++r) {
            const QStringList &fields = (*records)[r].fields;
            for (qsizetype c = 0; c < fields.size() && c < mapping.headers.size(); ++c)
                if (examples[std::size_t(c)].isEmpty())
                    examples[std::size_t(c)] = fields.at(c).simplified().left(80);
        }
    }
    const std::vector<io::ColumnUse> uses = io::allColumnUses();
    for (int c = 0; c < int(mapping.headers.size()); ++c) {
        const QString header = mapping.headers.at(c).trimmed();
        m_columns->setItem(c, 0, cell(header));
        m_columns->setItem(c, 1, cell(examples[std::size_t(c)]));
        auto *box = new QComboBox(m_columns);
        box->setAccessibleName(tr("Read the column %1 as").arg(header));
        for (const io::ColumnUse &use : uses)
            box->addItem(io::columnUseWords(use), io::columnUseKey(use));
        box->setCurrentIndex(box->findData(io::columnUseKey(mapping.uses[std::size_t(c)])));
        connect(box, &QComboBox::currentIndexChanged, this, [this, c, box] {
            if (auto use = io::columnUseFromKey(box->currentData().toString()))
                setColumnUse(c, *use);
        });
        m_columns->setCellWidget(c, 2, box);
    }
    m_columnsNote->setText(m_remembered
            ? tr("These are the choices you made last time for a file with these columns.")
            : tr("Recognised from the first row. Change what a column is read as if it is wrong; your choice is "
                 "remembered for files with the same columns."));
    m_columns->resizeColumnsToContents();
    m_columns->horizontalHeader()->resizeSection(0, std::min(420, std::max(200, m_columns->columnWidth(0))));
    m_columns->horizontalHeader()->resizeSection(2, 320);
}

void CsvImportDialog::showPreview()
{
    m_table->clearContents();
    m_table->setRowCount(0);
    m_problems->clear();

    QHash<int, QStringList> problems; // by line
    for (const QString &e : m_preview.errors)
        problems[lineOf(e)] << tr("Error: %1").arg(e);
    for (const QString &w : m_preview.warnings)
        problems[lineOf(w)] << tr("Warning: %1").arg(w);

    m_table->setRowCount(int(m_preview.rows.size()));
    for (int row = 0; row < int(m_preview.rows.size()); ++row) {
        const io::ParticipantCsv::Row &r = m_preview.rows[std::size_t(row)];
        m_table->setItem(row, LineColumn, cell(QString::number(r.line)));
        QStringList rowProblems = problems.value(r.line);
        if (r.status == io::ParticipantCsv::Row::Status::Skipped && rowProblems.isEmpty())
            rowProblems << r.reason;
        auto *status = cell(rowProblems.isEmpty() ? tr("OK") : rowProblems.join(QLatin1Char('\n')));
        const bool hasError = r.status == io::ParticipantCsv::Row::Status::Error;
        // A shape as well as the words, so the problem rows stand out without colour.
        status->setIcon(PeopleWords::stateIcon(hasError   ? ConsentState::Refused
                : r.status == io::ParticipantCsv::Row::Status::Skipped ? ConsentState::Withdrawn
                : rowProblems.isEmpty()                                ? ConsentState::Granted
                                                                       : ConsentState::NotRecorded));
        m_table->setItem(row, ProblemsColumn, status);
        if (r.person < 0) {
            if (!r.name.isEmpty())
                m_table->setItem(row, NameColumn, cell(r.name));
            continue;
        }
        const Participant &p = m_preview.participants[std::size_t(r.person)];
        m_table->setItem(row, NameColumn, cell(p.displayName));
        m_table->setItem(row, RoleColumn, cell(PeopleWords::role(p.role)));
        m_table->setItem(row, EmailColumn, cell(p.email));
        m_table->setItem(row, PhoneColumn, cell(p.phone));
        m_table->setItem(row, NeedsColumn, cell(PeopleWords::accessNeeds(p.accessNeeds)));
        m_table->setItem(row, WordsColumn, cell(p.accessNotes));
        m_table->setItem(row, AttendanceColumn, cell(PeopleWords::attendance(p.attendance)));
    }
    fitColumns();

    for (const QString &e : m_preview.errors)
        m_problems->addItem(
            new QListWidgetItem(PeopleWords::stateIcon(ConsentState::Refused), tr("Error: %1").arg(e)));
    for (const QString &w : m_preview.warnings)
        m_problems->addItem(
            new QListWidgetItem(PeopleWords::stateIcon(ConsentState::NotRecorded), tr("Warning: %1").arg(w)));

    const int people = int(m_preview.participants.size());
    if (!m_preview.errors.isEmpty()) {
        const auto n = m_preview.errors.size();
        m_summary->setText((n == 1 ? tr("1 problem must be fixed") : tr("%1 problems must be fixed").arg(n))
            + QLatin1Char(' ')
            + tr("before anything can be imported. Change what a column is read as, or fix the file in your "
                 "spreadsheet, save it as CSV again and press Reload."));
    } else if (people == 0) {
        m_summary->setText(tr("There is nobody to import in this file."));
    } else {
        QString text
            = people == 1 ? tr("1 person ready to import.") : tr("%1 people ready to import.").arg(people);
        if (m_preview.cancelled > 0)
            text += QLatin1Char(' ')
                + (m_preview.cancelled == 1 ? tr("1 cancelled ticket left out.")
                                            : tr("%1 cancelled tickets left out.").arg(m_preview.cancelled));
        if (!m_preview.consentEvents.empty())
            text += QLatin1Char(' ')
                + tr("Their consent answers (%1) will be recorded permanently, as written-form decisions.")
                      .arg(m_preview.consentEvents.size());
        if (!m_preview.warnings.isEmpty())
            text += QLatin1Char(' ') + tr("Please read the warnings below (%1).").arg(m_preview.warnings.size());
        m_summary->setText(text);
    }
    m_import->setEnabled(canImport());
}

void CsvImportDialog::fitColumns()
{
    // Short columns fit their contents; the problems and the person's own words get room to wrap.
    fitColumnsToContents(m_table, 220);
    m_table->horizontalHeader()->resizeSection(ProblemsColumn, 250);
    m_table->horizontalHeader()->resizeSection(WordsColumn, 260);
    m_table->resizeRowsToContents();
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
    io::ParticipantCsvOptions options;
    options.columns = m_uses;
    options.keepCancelled = m_keepCancelled;
    auto done = io::importParticipantsCsv(*m_session, m_bytes, m_sourceName, options);
    if (!done) {
        m_summary->setText(done.message());
        return done;
    }
    if (m_uses)
        m_memory.remember(m_preview.columns.headers, *m_uses);
    accept();
    return done;
}

} // namespace cg
