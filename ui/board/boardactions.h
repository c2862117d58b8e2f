// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QHash>
#include <QObject>
#include <QPointF>
#include <QUuid>

#include <array>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace cg {

class BoardCanvas;
class NoteItem;
struct Note;

/// What can be done to the canvas's selection (notes, or one theme) and to the board, as
/// commands and as QActions worded for the selection ("Group 3 notes as a theme…", "Delete 3
/// notes") with their keys shown, for the context menu, menus and toolbars alike. The keys
/// themselves are read by CanvasInteraction while the canvas has the focus, so the actions carry
/// their shortcuts for display only (Qt::WidgetShortcut: a toolbar showing one never takes the key
/// from a text box). Every change goes through the canvas to Session::perform(); each command
/// returns false, with the reason through statusMessage(), when the Session refused.
class BoardActions : public QObject
{
    Q_OBJECT

public:
    explicit BoardActions(BoardCanvas *canvas);
    ~BoardActions() override;

    // Notes
    QAction *editText;
    std::array<QAction *, 6> colours; // in enumValues<NoteColour>() order, Alt+1 … Alt+6
    QAction *quote;
    QAction *sensitive;
    QAction *groupAsTheme;
    QAction *takeOutOfTheme;
    QAction *addVote;
    QAction *removeVote;
    QAction *paperVotes;
    QAction *deleteSelection;
    // The selected theme
    QAction *renameTheme;
    QAction *ungroupTheme;
    // The board
    QAction *addNote;
    QAction *zoomIn;
    QAction *zoomOut;
    QAction *zoomToFit;
    QAction *actualSize;

    /// Words, checks and enabled states for what is selected now (the canvas calls it).
    void update();
    /// The context menu for the selection, or for the board at \a scenePos when nothing is
    /// selected. The caller shows it (exec) and deletes it.
    QMenu *makeMenu(QWidget *parent, QPointF scenePos);
    /// "Shortcut: Alt+D" style text of an action's key, for tooltips.
    static QString keyText(const QAction *action);

    // The commands behind the actions (and the keys).
    bool deleteSelected();
    bool nudgeSelection(QPointF offset);
    bool setColour(NoteColour colour);
    bool toggleQuote();
    bool toggleSensitive();
    bool groupSelection(const QString &name);
    bool addSelectionToTheme(const QUuid &themeId);
    bool takeSelectionOutOfTheme();
    bool addVoteToSelection();
    bool removeVoteFromSelection();
    bool applyPaperVotes(const QHash<QUuid, int> &counts);
    bool moveTheme(const QUuid &themeId, QPointF offset);
    bool setThemeColour(const QUuid &themeId, NoteColour colour);
    bool ungroup(const QUuid &themeId);

    // With a dialog first.
    void askGroupAsTheme();
    void askPaperVotes();
    void askRenameTheme(const QUuid &themeId);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    bool editSelectedNotes(const std::function<void(Note &)> &change);
    QAction *make(const QString &text, const QKeySequence &key, const std::function<void()> &run);

    BoardCanvas *m_canvas;
    QPointF m_menuScenePos; // where "Add a note here" puts it
};

} // namespace cg
