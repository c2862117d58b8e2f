// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/templates.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimeEdit;

namespace cg {

/// "New from template": choose one of the templates (built in or your own), say what the
/// workshop is called, when and where, and where its file goes, all in one dialog. The first
/// template is chosen and everything has a sensible value, so Enter alone makes a workshop.
class NewFromTemplateDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a userFolder holds the facilitator's own templates; \a saveFolder is where the file is
    /// suggested.
    NewFromTemplateDialog(const QString &userFolder, const QString &saveFolder, QWidget *parent = nullptr);

    /// The new workshop: the chosen template filled in with the details given.
    WorkshopData workshopData() const;
    QString path() const;

    QListWidget *templateList() const { return m_list; }
    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *pathEdit() const { return m_path; }
    QString problem() const;
    /// Chooses the template called \a name; false if there is none.
    bool chooseTemplate(const QString &name);

public Q_SLOTS:
    void accept() override;

private:
    void templateChosen();
    void suggestPath();
    void browse();

    QList<io::templates::Entry> m_entries;
    std::optional<io::WorkshopTemplate> m_template;
    QString m_saveFolder;
    bool m_titleEdited = false;
    bool m_pathEdited = false;
    QListWidget *m_list;
    QLabel *m_description;
    QLineEdit *m_title;
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QLineEdit *m_venue;
    QLineEdit *m_path;
    QLabel *m_problem;
    QPushButton *m_ok;
};

} // namespace cg
