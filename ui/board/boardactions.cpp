// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardactions.h"

#include "board/boardcanvas.h"
#include "board/boarditems.h"
#include "board/boardscene.h"
#include "board/notepalette.h"
#include "board/papervotesdialog.h"
#include "board/selectionedits.h"
#include "commands/edits.h"
#include "planning/boardlayout.h"
#include "session/session.h"

#include <QAction>
#include <QInputDialog>
#include <QKeySequence>

#include <algorithm>

namespace cg {

BoardActions::BoardActions(BoardCanvas *canvas)
    : QObject(canvas)
    , m_canvas(canvas)
{
    editText = make(tr("Edit text"), QKeySequence(Qt::Key_F2), [this] {
        const QList<QUuid> notes = m_canvas->selectedNotes();
        if (notes.size() == 1)
            m_canvas->editNote(notes.first());
    });
    int index = 0;
    for (NoteColour colour : enumValues<NoteColour>()) {
        QAction *action = make(palette::name(colour), QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + index)),
            [this, colour] { setColour(colour); });
        action->setCheckable(true);
        colours[std::size_t(index++)] = action;
    }
    quote = make(tr("Quote (their own words)"), QKeySequence(Qt::ALT | Qt::Key_Q), [this] { toggleQuote(); });
    quote->setCheckable(true);
    sensitive = make(tr("Sensitive"), QKeySequence(Qt::ALT | Qt::Key_S), [this] { toggleSensitive(); });
    sensitive->setCheckable(true);
    groupAsTheme
        = make(tr("Group as a theme…"), QKeySequence(Qt::CTRL | Qt::Key_G), [this] { askGroupAsTheme(); });
    takeOutOfTheme = make(tr("Take out of its theme"), QKeySequence(), [this] { takeSelectionOutOfTheme(); });
    addVote = make(tr("Add a vote"), QKeySequence(Qt::ALT | Qt::Key_D), [this] { addVoteToSelection(); });
    removeVote = make(tr("Remove a vote"), QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_D),
        [this] { removeVoteFromSelection(); });
    paperVotes = make(tr("Votes on paper…"), QKeySequence(), [this] { askPaperVotes(); });
    deleteSelection
        = make(tr("Delete note"), QKeySequence(QKeySequence::Delete), [this] { deleteSelected(); });
    renameTheme = make(tr("Rename theme…"), QKeySequence(Qt::Key_F2), [this] {
        const QUuid theme = m_canvas->selectedTheme();
        if (!theme.isNull())
            askRenameTheme(theme);
    });
    ungroupTheme
        = make(tr("Ungroup (keep the notes)"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), [this] {
              const QUuid theme = m_canvas->selectedTheme();
              if (!theme.isNull())
                  ungroup(theme);
          });
    addNote = make(tr("Add a note here"), QKeySequence(), [this] { m_canvas->startNewNote(m_menuScenePos); });
    zoomIn = make(tr("Zoom in"), QKeySequence(Qt::Key_Plus), [this] { m_canvas->zoomIn(); });
    zoomOut = make(tr("Zoom out"), QKeySequence(Qt::Key_Minus), [this] { m_canvas->zoomOut(); });
    zoomToFit = make(
        tr("Fit board to window"), QKeySequence(Qt::CTRL | Qt::Key_9), [this] { m_canvas->zoomToFit(); });
    actualSize
        = make(tr("Actual size"), QKeySequence(Qt::CTRL | Qt::Key_0), [this] { m_canvas->resetZoom(); });
    update();
}

BoardActions::~BoardActions() = default;

QAction *BoardActions::make(const QString &text, const QKeySequence &key, const std::function<void()> &run)
{
    auto *action = new QAction(text, this);
    action->setShortcut(key);
    // Shown in menus; the canvas reads the key itself (see the class comment).
    action->setShortcutContext(Qt::WidgetShortcut);
    action->setShortcutVisibleInContextMenu(true);
    connect(action, &QAction::triggered, this, run);
    return action;
}

QString BoardActions::keyText(const QAction *action)
{
    return action->shortcut().toString(QKeySequence::NativeText);
}

void BoardActions::update()
{
    const QList<NoteItem *> selected = m_canvas->selectedNoteItems();
    const int n = int(selected.size());
    const bool notes = n > 0;
    const QUuid theme = m_canvas->selectedTheme();
    auto all = [&](auto test) { return notes && std::all_of(selected.begin(), selected.end(), test); };

    editText->setEnabled(n == 1);
    for (std::size_t i = 0; i < colours.size(); ++i) {
        const NoteColour colour = enumValues<NoteColour>()[i];
        colours[i]->setEnabled(notes);
        colours[i]->setChecked(all([colour](NoteItem *item) { return item->note().colour == colour; }));
    }
    quote->setEnabled(notes);
    quote->setChecked(all([](NoteItem *item) { return item->note().verbatim; }));
    sensitive->setEnabled(notes);
    sensitive->setChecked(all([](NoteItem *item) { return item->note().sensitive; }));
    groupAsTheme->setEnabled(notes);
    groupAsTheme->setText(n <= 1 ? tr("Group as a theme…") : tr("Group %1 notes as a theme…").arg(n));
    int themed = 0;
    QUuid onlyTheme;
    for (NoteItem *item : selected) {
        if (!item->note().themeId.isNull()) {
            ++themed;
            onlyTheme = themed == 1 || onlyTheme == item->note().themeId ? item->note().themeId : QUuid();
        }
    }
    takeOutOfTheme->setEnabled(themed > 0);
    const Theme *from = onlyTheme.isNull() ? nullptr : m_canvas->session()->data().themes.find(onlyTheme);
    if (themed <= 1)
        takeOutOfTheme->setText(from ? tr("Take out of “%1”").arg(from->name) : tr("Take out of its theme"));
    else
        takeOutOfTheme->setText(from ? tr("Take %1 notes out of “%2”").arg(themed).arg(from->name)
                                     : tr("Take %1 notes out of their themes").arg(themed));
    addVote->setEnabled(notes || !theme.isNull());
    addVote->setText(n > 1 ? tr("Add a vote to each of %1 notes").arg(n) : tr("Add a vote"));
    removeVote->setEnabled(notes || !theme.isNull());
    removeVote->setText(n > 1 ? tr("Remove a vote from each of %1 notes").arg(n) : tr("Remove a vote"));
    paperVotes->setEnabled(!m_canvas->board().isNull());
    paperVotes->setText(n > 1 ? tr("Votes on paper for %1 notes…").arg(n) : tr("Votes on paper…"));
    deleteSelection->setEnabled(notes || !theme.isNull());
    deleteSelection->setText(n > 1 ? tr("Delete %1 notes").arg(n)
            : notes                ? tr("Delete note")
                                   : tr("Ungroup theme"));
    renameTheme->setEnabled(!theme.isNull());
    ungroupTheme->setEnabled(!theme.isNull());
    addNote->setEnabled(!m_canvas->board().isNull());
}

// ---- the commands ----

bool BoardActions::deleteSelected()
{
    const QList<QUuid> notes = m_canvas->selectedNotes();
    const WorkshopData &data = m_canvas->session()->data();
    if (!notes.isEmpty())
        return m_canvas->perform(edits::removeNotes(data, notes));
    const QUuid theme = m_canvas->selectedTheme();
    if (!theme.isNull())
        return m_canvas->perform(edits::removeTheme(data, theme));
    return false;
}

bool BoardActions::nudgeSelection(QPointF offset)
{
    const QList<QUuid> notes = m_canvas->selectedNotes();
    if (notes.isEmpty()) {
        const QUuid theme = m_canvas->selectedTheme();
        return !theme.isNull() && moveTheme(theme, offset);
    }
    const bool ok = m_canvas->perform(edits::nudgeOnBoard(m_canvas->session()->data(), notes, offset));
    if (ok && !m_canvas->currentNote().isNull())
        m_canvas->reveal(m_canvas->currentNote());
    return ok;
}

bool BoardActions::editSelectedNotes(const std::function<void(Note &)> &change)
{
    const QList<QUuid> ids = m_canvas->selectedNotes();
    return !ids.isEmpty()
        && m_canvas->perform(selectionedits::editNotes(m_canvas->session()->data(), ids, change));
}

bool BoardActions::setColour(NoteColour colour)
{
    return editSelectedNotes([colour](Note &n) { n.colour = colour; });
}

bool BoardActions::toggleQuote()
{
    const auto items = m_canvas->selectedNoteItems();
    const bool on = std::any_of(items.begin(), items.end(), [](NoteItem *i) { return !i->note().verbatim; });
    return editSelectedNotes([on](Note &n) { n.verbatim = on; });
}

bool BoardActions::toggleSensitive()
{
    const auto items = m_canvas->selectedNoteItems();
    const bool on = std::any_of(items.begin(), items.end(), [](NoteItem *i) { return !i->note().sensitive; });
    return editSelectedNotes([on](Note &n) { n.sensitive = on; });
}

bool BoardActions::groupSelection(const QString &name)
{
    const QList<QUuid> notes = m_canvas->selectedNotes();
    if (!m_canvas->perform(edits::groupAsTheme(m_canvas->session()->data(), notes, name)))
        return false;
    // The notes moved into the new frame: keep them selected and in view.
    m_canvas->selectNotes(notes);
    return true;
}

bool BoardActions::addSelectionToTheme(const QUuid &themeId)
{
    const QList<QUuid> notes = m_canvas->selectedNotes();
    if (notes.isEmpty())
        return false;
    if (!m_canvas->perform(edits::addToTheme(m_canvas->session()->data(), notes, themeId)))
        return false;
    m_canvas->selectNotes(notes);
    return true;
}

bool BoardActions::takeSelectionOutOfTheme()
{
    const QList<QUuid> notes = m_canvas->selectedNotes();
    if (notes.isEmpty())
        return false;
    if (!m_canvas->perform(edits::takeOutOfTheme(m_canvas->session()->data(), notes)))
        return false;
    m_canvas->selectNotes(notes);
    return true;
}

bool BoardActions::addVoteToSelection()
{
    const QList<QUuid> notes = m_canvas->selectedNotes();
    const QUuid theme = m_canvas->selectedTheme();
    if (notes.isEmpty() && theme.isNull())
        return false;
    return m_canvas->perform(selectionedits::addVotes(m_canvas->session()->data(), notes, theme));
}

bool BoardActions::removeVoteFromSelection()
{
    QList<QUuid> targets = m_canvas->selectedNotes();
    if (targets.isEmpty() && !m_canvas->selectedTheme().isNull())
        targets << m_canvas->selectedTheme();
    BoardScene *scene = m_canvas->boardScene();
    auto edit = selectionedits::removeLatestVotes(m_canvas->session()->data(), targets,
        [scene](const QUuid &target) { return scene->votesOn(target); });
    if (edit && edit->isEmpty()) {
        Q_EMIT statusMessage(
            tr("There is no vote to take away here (paper votes are changed with “Votes on paper…”)."));
        return false;
    }
    return m_canvas->perform(std::move(edit));
}

bool BoardActions::applyPaperVotes(const QHash<QUuid, int> &counts)
{
    return m_canvas->perform(selectionedits::setPaperVotes(m_canvas->session()->data(), counts));
}

bool BoardActions::moveTheme(const QUuid &themeId, QPointF offset)
{
    return m_canvas->perform(edits::dropTheme(m_canvas->session()->data(), themeId, offset));
}

bool BoardActions::setThemeColour(const QUuid &themeId, NoteColour colour)
{
    const Theme *t = m_canvas->session()->data().themes.find(themeId);
    if (!t)
        return false;
    Theme after = *t;
    after.colour = colour;
    return m_canvas->perform(edits::editTheme(m_canvas->session()->data(), after));
}

bool BoardActions::ungroup(const QUuid &themeId)
{
    return m_canvas->perform(edits::removeTheme(m_canvas->session()->data(), themeId));
}

// ---- with a dialog ----

void BoardActions::askGroupAsTheme()
{
    const QList<QUuid> notes = m_canvas->selectedNotes();
    if (notes.isEmpty()) {
        Q_EMIT statusMessage(tr("Select the notes that belong together first."));
        return;
    }
    bool ok = false;
    const QString title
        = notes.size() == 1 ? tr("Group as a theme") : tr("Group %1 notes as a theme").arg(notes.size());
    const QString name
        = QInputDialog::getText(m_canvas, title, tr("Name of the theme:"), QLineEdit::Normal, QString(), &ok);
    if (ok)
        groupSelection(name);
}

void BoardActions::askPaperVotes()
{
    QList<QUuid> notes = m_canvas->selectedNotes();
    if (notes.isEmpty()) {
        // No selection: every note on the board, in reading order, like the paper sheet.
        QList<NoteItem *> all = m_canvas->boardScene()->noteItems().values();
        std::sort(all.begin(), all.end(),
            [](NoteItem *a, NoteItem *b) { return readingOrder(a->note(), b->note()); });
        for (NoteItem *item : std::as_const(all))
            notes << item->id();
    }
    if (notes.isEmpty())
        return;
    PaperVotesDialog dialog(m_canvas->session()->data(), notes, m_canvas);
    if (dialog.exec() == QDialog::Accepted)
        applyPaperVotes(dialog.counts());
}

void BoardActions::askRenameTheme(const QUuid &themeId)
{
    const Theme *theme = m_canvas->session()->data().themes.find(themeId);
    if (!theme)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        m_canvas, tr("Rename theme"), tr("Name of the theme:"), QLineEdit::Normal, theme->name, &ok);
    if (!ok)
        return;
    Theme after = *theme;
    after.name = name.trimmed();
    m_canvas->perform(edits::editTheme(m_canvas->session()->data(), after));
}

} // namespace cg
