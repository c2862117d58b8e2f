// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace cg {

class MainWindow;

/// What the main window does for planning, kept out of it: a new workshop from a template,
/// saving the open one as a template, exporting its agenda for the room, and the workshop's
/// details. The dialogs ask; the methods that take a path or a title do the work (tests call
/// them directly).
class PlanHandler : public QObject
{
    Q_OBJECT

public:
    explicit PlanHandler(MainWindow *window);

    /// Where the facilitator's own templates are kept (tests point it at a temporary folder).
    void setTemplateFolder(const QString &folder) { m_templateFolder = folder; }
    QString templateFolder() const;

    /// Saves the open workshop as a template called \a title; the file it went to, or empty.
    QString saveAsTemplate(const QString &title, const QString &description, bool replace = false);
    /// Writes the agenda to \a path (PDF or Markdown, by its extension).
    bool exportAgendaTo(const QString &path);

public Q_SLOTS:
    void newFromTemplate();
    void saveAsTemplateWithDialog();
    void exportAgendaWithDialog();
    void editDetails();

private:
    MainWindow *m_window;
    QString m_templateFolder;
};

} // namespace cg
