// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablecopiesdialogs.h"

#include "session/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cg {

namespace {

QLabel *plainLabel(const QString &text, QWidget *parent, const QString &objectName = {})
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    return label;
}

QString bullets(const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines)
        out << QStringLiteral("•  ") + line;
    return out.join(QLatin1Char('\n'));
}

} // namespace

PrepareTableCopiesDialog::PrepareTableCopiesDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Prepare Table Copies"));
    setMinimumWidth(560);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(tr("One laptop per table"), this, QStringLiteral("sectionHeading")));
    QStringList groups;
    for (const Group &g : m_session->data().groups)
        groups << g.name;
    if (groups.isEmpty()) {
        layout->addWidget(plainLabel(tr("This workshop has no breakout groups yet. Make the groups first (Groups "
                                        "page); each group then gets its own copy."),
            this));
    } else {
        layout->addWidget(plainLabel(tr("Each table gets a copy of this workshop to capture on its own laptop, with "
                                        "no network: its group, its boards with their photos, the agenda and the "
                                        "people list with everyone's consent (no contact details or private notes). "
                                        "Bring the copies back with File → Merge Table Copies…"),
            this));
        layout->addWidget(plainLabel(tr("Copies for: %1").arg(groups.join(QStringLiteral(", "))), this));
    }
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Folder:"), this);
    m_folder = new QLineEdit(QDir::home().filePath(QStringLiteral("Table copies")), this);
    m_folder->setAccessibleName(tr("Folder for the table copies"));
    label->setBuddy(m_folder);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose the folder for the table copies"));
    row->addWidget(label);
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    layout->addLayout(row);
    m_message = plainLabel(QString(), this);
    m_message->setAccessibleName(tr("Result"));
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(this);
    m_prepare = buttons->addButton(tr("&Prepare Copies"), QDialogButtonBox::AcceptRole);
    m_prepare->setAccessibleName(tr("Prepare the table copies"));
    m_prepare->setEnabled(!groups.isEmpty());
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the Table Copies"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    connect(m_prepare, &QPushButton::clicked, this, [this] { (void)prepare(); });
}

void PrepareTableCopiesDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

Result<void> PrepareTableCopiesDialog::prepare()
{
    auto made = tablecopies::prepare(*m_session, m_folder->text().trimmed());
    m_message->show();
    if (!made) {
        m_message->setText(made.message());
        return made.error();
    }
    m_prepared = *made;
    QStringList lines;
    for (const tablecopies::PreparedCopy &copy : m_prepared)
        lines << tr("%1: %2").arg(copy.groupName, QDir::toNativeSeparators(copy.path));
    m_message->setText(tr("The copies are ready. Put each on its table's laptop (a USB stick will do):") + QLatin1Char('\n')
        + bullets(lines));
    m_prepare->setEnabled(false);
    m_close->setText(tr("&Close"));
    m_close->setFocus();
    return {};
}

MergeTableCopiesDialog::MergeTableCopiesDialog(Session *session, const QString &actor, const QStringList &copies,
    QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_actor(actor)
{
    setWindowTitle(tr("Merge Table Copies"));
    setMinimumSize(720, 560);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(plainLabel(tr("Table copies to merge"), this, QStringLiteral("sectionHeading")));
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Table copies to merge"));
    m_list->setMaximumHeight(100);
    layout->addWidget(m_list);
    auto *listButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add Copies…"), this);
    add->setAccessibleName(tr("Add table copies"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setAccessibleName(tr("Remove the selected copy from the list"));
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch(1);
    layout->addLayout(listButtons);

    layout->addWidget(plainLabel(tr("What will arrive"), this, QStringLiteral("sectionHeading")));
    m_arriving = plainLabel(QString(), this);
    m_arriving->setAccessibleName(tr("What will arrive"));
    layout->addWidget(m_arriving);

    m_conflictHeading = plainLabel(tr("Conflicts"), this, QStringLiteral("sectionHeading"));
    layout->addWidget(m_conflictHeading);
    // One row per conflict: the sentence, wrapped, beside its own choice.
    m_conflicts = new QScrollArea(this);
    m_conflicts->setAccessibleName(tr("Conflicts, each with how to settle it"));
    m_conflicts->setWidgetResizable(true);
    m_conflicts->setFrameShape(QFrame::StyledPanel);
    layout->addWidget(m_conflicts, 1);
    m_allChoices = new QWidget(this);
    auto *all = new QHBoxLayout(m_allChoices);
    all->setContentsMargins(0, 0, 0, 0);
    auto *theirs = new QPushButton(tr("Use the &Tables' Versions for All"), m_allChoices);
    theirs->setAccessibleName(tr("Settle every conflict the tables' way"));
    auto *ours = new QPushButton(tr("&Keep This File's Versions for All"), m_allChoices);
    ours->setAccessibleName(tr("Settle every conflict this file's way"));
    all->addWidget(theirs);
    all->addWidget(ours);
    all->addStretch(1);
    layout->addWidget(m_allChoices);

    m_message = plainLabel(QString(), this);
    m_message->setAccessibleName(tr("Message"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_merge->setAccessibleName(tr("Merge the table copies"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setAccessibleName(tr("Close without merging"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_merge, &QPushButton::clicked, this, [this] { (void)merge(); });
    connect(add, &QPushButton::clicked, this, &MergeTableCopiesDialog::addCopies);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || row >= m_copies.size())
            return;
        QStringList rest = m_copies;
        rest.removeAt(row);
        setCopies(rest);
    });
    connect(theirs, &QPushButton::clicked, this, [this] { chooseAll(tablecopies::Choice::Theirs); });
    connect(ours, &QPushButton::clicked, this, [this] { chooseAll(tablecopies::Choice::Ours); });
    setCopies(copies);
}

QString MergeTableCopiesDialog::keyOf(const tablecopies::Conflict &conflict)
{
    return conflict.copyName + QLatin1Char('/') + QString::number(int(conflict.kind)) + QLatin1Char('/')
        + QString::number(int(conflict.entity)) + QLatin1Char('/') + conflict.id.toString(QUuid::WithoutBraces);
}

void MergeTableCopiesDialog::addCopies()
{
    const QStringList chosen = QFileDialog::getOpenFileNames(this, tr("Add Table Copies"),
        m_copies.isEmpty() ? QDir::homePath() : QFileInfo(m_copies.last()).absolutePath(),
        tr("Workshops (*.cgw)"));
    QStringList all = m_copies;
    for (const QString &path : chosen) {
        if (!all.contains(path))
            all << path;
    }
    setCopies(all);
}

void MergeTableCopiesDialog::setCopies(const QStringList &copies)
{
    m_copies = copies;
    m_list->clear();
    for (const QString &path : m_copies)
        m_list->addItem(QDir::toNativeSeparators(path));
    if (!m_copies.isEmpty())
        m_list->setCurrentRow(0);
    refresh();
}

void MergeTableCopiesDialog::refresh()
{
    m_problem.clear();
    m_preview = {};
    m_message->hide();
    if (m_copies.isEmpty()) {
        m_problem = tr("Add the table copies to merge (the files made by Prepare Table Copies).");
    } else {
        auto preview = tablecopies::merge(*m_session, m_copies, true, {}, m_actor);
        if (preview)
            m_preview = *preview;
        else
            m_problem = preview.message();
    }
    m_remove->setEnabled(!m_copies.isEmpty());
    m_arriving->setText(m_problem.isEmpty()
            ? (m_preview.lines.isEmpty() ? tr("Nothing new: these copies hold nothing this file does not have.")
                                         : bullets(m_preview.lines))
            : m_problem);
    m_combos.clear();
    m_conflictRows = new QWidget(m_conflicts);
    auto *grid = new QGridLayout(m_conflictRows);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(10);
    const auto &conflicts = m_preview.conflicts;
    m_conflictHeading->setText(conflicts.empty() ? tr("No conflicts") : tr("Conflicts (%1)").arg(conflicts.size()));
    m_conflicts->setVisible(!conflicts.empty());
    m_allChoices->setVisible(conflicts.size() > 1);
    for (std::size_t i = 0; i < conflicts.size(); ++i) {
        const tablecopies::Conflict &c = conflicts[i];
        auto *number = plainLabel(QStringLiteral("%1.").arg(i + 1), m_conflictRows);
        number->setAlignment(Qt::AlignTop | Qt::AlignRight);
        grid->addWidget(number, int(i), 0, Qt::AlignTop);
        grid->addWidget(plainLabel(c.words, m_conflictRows), int(i), 1, Qt::AlignTop);
        auto *combo = new QComboBox(m_conflictRows);
        auto capitalised = [](QString text) {
            if (!text.isEmpty())
                text[0] = text[0].toUpper();
            return text;
        };
        combo->addItem(capitalised(c.theirsWords), int(tablecopies::Choice::Theirs));
        combo->addItem(capitalised(c.oursWords), int(tablecopies::Choice::Ours));
        combo->setAccessibleName(tr("How to settle conflict %1: %2").arg(i + 1).arg(c.words));
        const auto known = m_choices.constFind(keyOf(c));
        combo->setCurrentIndex(known != m_choices.constEnd() && *known == tablecopies::Choice::Theirs ? 0 : 1);
        const QString key = keyOf(c);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, key] {
            m_choices.insert(key, tablecopies::Choice(combo->currentData().toInt()));
        });
        m_choices.insert(key, tablecopies::Choice(combo->currentData().toInt()));
        grid->addWidget(combo, int(i), 2, Qt::AlignTop);
        m_combos.push_back(combo);
    }
    grid->setRowStretch(int(conflicts.size()), 1);
    m_conflicts->setWidget(m_conflictRows); // deletes the previous rows
    m_merge->setEnabled(canMerge());
}

void MergeTableCopiesDialog::setChoice(int conflict, tablecopies::Choice choice)
{
    if (conflict < 0 || std::size_t(conflict) >= m_combos.size())
        return;
    m_combos[std::size_t(conflict)]->setCurrentIndex(choice == tablecopies::Choice::Theirs ? 0 : 1);
}

void MergeTableCopiesDialog::chooseAll(tablecopies::Choice choice)
{
    for (int i = 0; i < int(m_combos.size()); ++i)
        setChoice(i, choice);
}

bool MergeTableCopiesDialog::canMerge() const
{
    return m_problem.isEmpty() && !m_copies.isEmpty();
}

Result<void> MergeTableCopiesDialog::merge()
{
    if (!canMerge())
        return fail(m_problem);
    const auto choices = m_choices;
    auto merged = tablecopies::merge(*m_session, m_copies, false,
        [&choices](const tablecopies::Conflict &c) -> std::optional<tablecopies::Choice> {
            const auto found = choices.constFind(keyOf(c));
            if (found == choices.constEnd())
                return std::nullopt;
            return *found;
        },
        m_actor);
    m_message->show();
    if (!merged) {
        m_message->setText(merged.message());
        return merged.error();
    }
    m_result = *merged;
    QString done = tr("Merged %1.").arg(m_result.copies.join(QStringLiteral(", ")));
    if (!m_result.lines.isEmpty())
        done += QLatin1Char('\n') + bullets(m_result.lines);
    if (!m_result.conflicts.empty())
        done += QLatin1Char('\n') + tr("%1 conflicts were settled as chosen.").arg(m_result.conflicts.size());
    m_message->setText(done);
    m_merge->setEnabled(false);
    m_cancel->setText(tr("&Close"));
    m_cancel->setAccessibleName(tr("Close"));
    m_cancel->setFocus();
    return {};
}

} // namespace cg
