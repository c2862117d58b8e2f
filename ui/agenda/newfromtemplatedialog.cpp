// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/newfromtemplatedialog.h"

#include "i18n/localeformat.h"
#include "planning/agenda.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace cg {

namespace {

QString fileNameFor(const QString &title)
{
    QString name = title;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral(" "));
    name = name.simplified().left(120);
    return (name.isEmpty() ? QStringLiteral("Workshop") : name) + QStringLiteral(".cgw");
}

} // namespace

NewFromTemplateDialog::NewFromTemplateDialog(
    const QString &userFolder, const QString &saveFolder, QWidget *parent)
    : QDialog(parent)
    , m_entries(io::templates::available(userFolder))
    , m_saveFolder(saveFolder)
    , m_list(new QListWidget(this))
    , m_description(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_date(new QDateEdit(QDate::currentDate().addDays(7), this))
    , m_start(new QTimeEdit(this))
    , m_venue(new QLineEdit(this))
    , m_path(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("New workshop from a template"));
    setObjectName(QStringLiteral("newFromTemplateDialog"));
    m_list->setAccessibleName(tr("Templates"));
    m_list->setSpacing(2);
    m_list->setMinimumWidth(300);
    for (const io::templates::Entry &e : m_entries) {
        const QString about = tr("%1 · %2 items%3")
                                  .arg(agenda::durationText(e.minutes))
                                  .arg(e.items)
                                  .arg(e.builtIn ? QString() : tr(" · your own"));
        auto *row = new QListWidgetItem(e.title + QLatin1Char('\n') + about, m_list);
        row->setData(Qt::UserRole, e.path);
        row->setData(Qt::AccessibleTextRole, QString(e.title + QStringLiteral(", ") + about));
    }
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setObjectName(QStringLiteral("hint"));
    m_description->setMinimumWidth(300);
    m_title->setMaxLength(500);
    m_title->setAccessibleName(tr("Title"));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date"));
    m_start->setDisplayFormat(i18n::clockFormat());
    m_start->setAccessibleName(tr("Start time"));
    m_venue->setMaxLength(500);
    m_venue->setAccessibleName(tr("Venue"));
    m_venue->setPlaceholderText(tr("e.g. St Mark's church hall"));
    m_path->setAccessibleName(tr("Save the workshop as"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose where to save the workshop"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setObjectName(QStringLiteral("hint"));
    m_problem->hide();

    auto *listLabel = new QLabel(tr("&Template:"), this);
    listLabel->setBuddy(m_list);
    auto *choose = new QVBoxLayout;
    choose->addWidget(listLabel);
    choose->addWidget(m_list, 1);
    auto *about = new QVBoxLayout;
    about->addSpacing(listLabel->sizeHint().height() + 6);
    about->addWidget(m_description);
    about->addStretch();
    auto *top = new QHBoxLayout;
    top->setSpacing(18);
    top->addLayout(choose, 3);
    top->addLayout(about, 2);

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("T&itle:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Starts at:"), m_start);
    form->addRow(tr("&Venue:"), m_venue);
    form->addRow(tr("Save &as:"), pathRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create workshop"));
    m_ok->setEnabled(!m_entries.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &NewFromTemplateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &NewFromTemplateDialog::browse);
    connect(m_list, &QListWidget::currentRowChanged, this, &NewFromTemplateDialog::templateChosen);
    connect(m_list, &QListWidget::itemActivated, this, &NewFromTemplateDialog::accept);
    connect(m_title, &QLineEdit::textEdited, this, [this] {
        m_titleEdited = true;
        suggestPath();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(820, 600);

    if (!m_entries.isEmpty())
        m_list->setCurrentRow(0);
    m_list->setFocus();
}

bool NewFromTemplateDialog::chooseTemplate(const QString &name)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).name == name) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void NewFromTemplateDialog::templateChosen()
{
    const int row = m_list->currentRow();
    m_template.reset();
    m_problem->hide();
    if (row < 0 || row >= m_entries.size())
        return;
    auto t = io::templates::readFile(m_entries.at(row).path);
    if (!t) {
        m_problem->setText(t.message());
        m_problem->show();
        m_description->clear();
        return;
    }
    m_template = *t;
    m_description->setText(t->description.isEmpty() ? t->title : t->description);
    if (!m_titleEdited)
        m_title->setText(t->workshop.title);
    m_start->setTime(agenda::dayStart(t->workshop));
    if (m_venue->text().isEmpty() || !m_venue->isModified())
        m_venue->setText(t->workshop.venue);
    suggestPath();
}

void NewFromTemplateDialog::suggestPath()
{
    if (m_pathEdited)
        return;
    m_path->setText(QDir::toNativeSeparators(QDir(m_saveFolder).filePath(fileNameFor(m_title->text()))));
}

void NewFromTemplateDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the new workshop as"), m_path->text(), tr("Common Ground workshops (*.cgw)"));
    if (path.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(path));
    m_pathEdited = true;
}

QString NewFromTemplateDialog::path() const
{
    QString target = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!target.isEmpty() && QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".cgw");
    return target;
}

WorkshopData NewFromTemplateDialog::workshopData() const
{
    if (!m_template)
        return {};
    WorkshopData data = io::templates::instantiate(*m_template);
    data.workshop.title = m_title->text().trimmed();
    data.workshop.date = m_date->date();
    data.workshop.startTime = m_start->time();
    data.workshop.venue = m_venue->text().trimmed();
    return data;
}

QString NewFromTemplateDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void NewFromTemplateDialog::accept()
{
    QString problem;
    const QFileInfo target(path());
    if (!m_template)
        problem = tr("Choose a template first.");
    else if (m_title->text().trimmed().isEmpty())
        problem = tr("The workshop needs a title.");
    else if (path().isEmpty())
        problem = tr("Say where to save the workshop.");
    else if (target.exists())
        problem = tr("“%1” already exists; choose another name.").arg(target.fileName());
    else if (!target.absoluteDir().exists())
        problem = tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath()));
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace cg
