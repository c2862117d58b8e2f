// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace cg {

class AllNotesModel;
class CrossBoardThemesModel;
class NoteSearchModel;
class Session;
class ThemeNotesModel;

/// Sense-making across the whole workshop: themes that gather notes from every board (what the
/// share-back report lists as its findings). On the left the themes, in the middle the notes of
/// the chosen one (with their boards), on the right every note, searchable. Notes join a theme by
/// being dragged onto it or into its list, or by keyboard: choose them and press Enter ("Add to
/// theme"). Every change is one undoable edit.
class SenseMakingPage : public QWidget
{
    Q_OBJECT

public:
    explicit SenseMakingPage(Session *session, QWidget *parent = nullptr);

    QTableView *themesView() const { return m_themes; }
    QTableView *themeNotesView() const { return m_themeNotes; }
    QTableView *allNotesView() const { return m_allNotes; }
    QLineEdit *searchEdit() const { return m_search; }
    CrossBoardThemesModel *themesModel() const { return m_themesModel; }
    ThemeNotesModel *themeNotesModel() const { return m_themeNotesModel; }
    AllNotesModel *allNotesModel() const { return m_allNotesModel; }
    NoteSearchModel *searchModel() const { return m_searchModel; }

    QUuid currentTheme() const;
    void selectTheme(const QUuid &themeId);
    /// The notes chosen in "All notes".
    QList<QUuid> chosenNotes() const;

    /// Makes a theme called \a name holding the chosen notes; its id, or null (reason shown).
    QUuid newTheme(const QString &name);
    bool renameTheme(const QUuid &themeId, const QString &name);
    bool deleteTheme(const QUuid &themeId);
    /// Adds the chosen notes to the current theme.
    bool addChosenNotes();
    /// Takes the chosen notes of the middle list out of the theme.
    bool takeOutChosen();
    bool moveChosenInTheme(int delta);
    QString message() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void askNewTheme();
    void askRename();
    void onThemeChanged();
    void say(const QString &message);
    bool perform(const QString &done, bool ok, const QString &problem);

    Session *m_session;
    CrossBoardThemesModel *m_themesModel;
    ThemeNotesModel *m_themeNotesModel;
    AllNotesModel *m_allNotesModel;
    NoteSearchModel *m_searchModel;
    QTableView *m_themes;
    QTableView *m_themeNotes;
    QTableView *m_allNotes;
    QLineEdit *m_search;
    QLabel *m_themeHeading;
    QLabel *m_message;
    QPushButton *m_newTheme;
    QPushButton *m_rename;
    QPushButton *m_deleteTheme;
    QPushButton *m_takeOut;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_add;
};

} // namespace cg
