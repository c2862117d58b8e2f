// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace cg {

class RecentFiles;

/// What the app shows with no workshop open: recent workshops, New, Open and the demo.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(RecentFiles *recent, QWidget *parent = nullptr);

    QListWidget *recentList() const { return m_recent; }
    QPushButton *fromTemplateButton() const { return m_fromTemplate; }

Q_SIGNALS:
    void newRequested();
    void templateRequested();
    void openRequested();
    void openFileRequested(const QString &path);
    void demoRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();

    RecentFiles *m_files;
    QListWidget *m_recent;
    QPushButton *m_new;
    QPushButton *m_fromTemplate;
};

} // namespace cg
