// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "agenda/planhandler.h"

#include "agenda/newfromtemplatedialog.h"
#include "io/templates.h"
#include "mainwindow.h"
#include "overviewpage.h"
#include "planning/agendaexport.h"
#include "presenterwindow.h"
#include "session/session.h"
#include "workspace.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QVBoxLayout>

namespace cg {

PlanHandler::PlanHandler(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

QString PlanHandler::templateFolder() const
{
    return m_templateFolder.isEmpty() ? io::templates::userFolder() : m_templateFolder;
}

void PlanHandler::newFromTemplate()
{
    NewFromTemplateDialog dialog(templateFolder(), m_window->dialogFolder(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_window->createWorkshopFrom(dialog.path(), dialog.workshopData());
}

QString PlanHandler::saveAsTemplate(const QString &title, const QString &description, bool replace)
{
    Session *session = m_window->session();
    if (!session)
        return {};
    const io::WorkshopTemplate t = io::templates::fromWorkshop(session->data(), title, description);
    if (t.title.isEmpty()) {
        m_window->showError(tr("A template needs a name."));
        return {};
    }
    const QString path = QDir(templateFolder()).filePath(t.name + QStringLiteral(".json"));
    if (QFileInfo::exists(path) && !replace) {
        m_window->showError(tr("There is already a template called “%1”; choose another name.").arg(t.title));
        return {};
    }
    if (auto written = io::templates::writeFile(t, path); !written) {
        m_window->showError(tr("The template could not be saved. %1").arg(written.message()));
        return {};
    }
    m_window->statusBar()->showMessage(
        tr("Saved the template “%1”: it is offered under File, New from Template.").arg(t.title), 8000);
    return path;
}

void PlanHandler::saveAsTemplateWithDialog()
{
    Session *session = m_window->session();
    if (!session)
        return;
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Save as template"));
    auto *intro = new QLabel(
        tr("A template keeps the agenda, the boards (empty), the group names and the workshop's "
           "details. It leaves out everyone's names, notes, consent and payments, and the date."),
        &dialog);
    intro->setWordWrap(true);
    auto *name = new QLineEdit(session->workshop().title, &dialog);
    name->setMaxLength(500);
    name->setAccessibleName(tr("Template name"));
    name->selectAll();
    auto *about = new QPlainTextEdit(&dialog);
    about->setAccessibleName(tr("What the template is for"));
    about->setPlaceholderText(tr("What the template is for, how long it runs, what it needs"));
    about->setTabChangesFocus(true);
    about->setFixedHeight(90);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&About it:"), about);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog.resize(560, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const io::WorkshopTemplate shape = io::templates::fromWorkshop(session->data(), name->text(), {});
    const QString path = QDir(templateFolder()).filePath(shape.name + QStringLiteral(".json"));
    bool replace = false;
    if (QFileInfo::exists(path)) {
        replace = QMessageBox::question(m_window, tr("Replace the template?"),
                      tr("There is already a template called “%1”. Replace it with this workshop's?")
                          .arg(name->text().trimmed()),
                      QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
        if (!replace)
            return;
    }
    saveAsTemplate(name->text(), about->toPlainText(), replace);
}

bool PlanHandler::exportAgendaTo(const QString &path)
{
    Session *session = m_window->session();
    if (!session)
        return false;
    const auto format = agenda::exportFormatForPath(path).value_or(agenda::ExportFormat::Pdf);
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".pdf");
    if (auto written = agenda::exportAgenda(session->data(), format, target); !written) {
        m_window->showError(tr("The agenda could not be exported. %1").arg(written.message()));
        return false;
    }
    m_window->statusBar()->showMessage(
        tr("The agenda was saved to %1").arg(QDir::toNativeSeparators(target)), 8000);
    return true;
}

void PlanHandler::exportAgendaWithDialog()
{
    Session *session = m_window->session();
    if (!session)
        return;
    QString name = session->workshop().title;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral(" "));
    const QString suggestion = QDir(m_window->dialogFolder())
                                   .filePath(tr("%1 agenda").arg(name.simplified()) + QStringLiteral(".pdf"));
    QString filter;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export the agenda"), suggestion,
        tr("PDF for printing (*.pdf);;Markdown (*.md)"), &filter);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += filter.contains(QStringLiteral("*.md")) ? QStringLiteral(".md") : QStringLiteral(".pdf");
    exportAgendaTo(target);
}

void PlanHandler::editDetails()
{
    if (Workspace *workspace = m_window->workspace()) {
        workspace->showPage(Navigator::Page::Overview);
        workspace->overview()->editDetails();
    }
}

} // namespace cg
