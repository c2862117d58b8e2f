// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The canvas's context menu: what a right-click offers on a note, on a theme and on the board.
// Every entry calls the same BoardCanvas function that the keyboard uses.
#include "board/boardcanvas.h"

#include "actions/actionsview.h"
#include "board/boarditems.h"
#include "board/boardscene.h"
#include "board/notepalette.h"
#include "commands/edits.h"
#include "session/session.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>

#include <algorithm>

namespace cg {

void BoardCanvas::contextMenuEvent(QContextMenuEvent *event)
{
    if (m_editor) {
        QGraphicsView::contextMenuEvent(event);
        return;
    }
    const QPoint pos = event->pos();
    QMenu menu(this);
    if (NoteItem *note = noteAt(pos)) {
        if (!note->isSelected()) {
            m_scene->clearSelection();
            note->setSelected(true);
        }
        const auto selected = selectedNoteItems();
        const int n = int(selected.size());
        menu.addAction(tr("Edit text"), this, [this, id = note->id()] { editNote(id); })->setEnabled(n == 1);
        QMenu *colours = menu.addMenu(tr("Colour"));
        int index = 1;
        for (NoteColour colour : enumValues<NoteColour>()) {
            QPixmap swatch(16, 16);
            swatch.fill(Qt::transparent);
            {
                QPainter p(&swatch);
                p.setRenderHint(QPainter::Antialiasing);
                p.fillRect(QRectF(0, 0, 16, 16), palette::fill(colour));
                palette::paintShape(&p, QRectF(3, 3, 10, 10), colour);
            }
            QAction *action = colours->addAction(
                QIcon(swatch), palette::name(colour), this, [this, colour] { setSelectionColour(colour); });
            action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + index++)));
            action->setCheckable(true);
            action->setChecked(std::all_of(selected.begin(), selected.end(),
                [colour](NoteItem *i) { return i->note().colour == colour; }));
        }
        QAction *quote
            = menu.addAction(tr("Quote (their own words)"), this, [this] { toggleSelectionVerbatim(); });
        quote->setCheckable(true);
        quote->setChecked(
            std::all_of(selected.begin(), selected.end(), [](NoteItem *i) { return i->note().verbatim; }));
        quote->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Q));
        QAction *sensitive = menu.addAction(tr("Sensitive"), this, [this] { toggleSelectionSensitive(); });
        sensitive->setCheckable(true);
        sensitive->setChecked(
            std::all_of(selected.begin(), selected.end(), [](NoteItem *i) { return i->note().sensitive; }));
        sensitive->setShortcut(QKeySequence(Qt::ALT | Qt::Key_S));
        menu.addSeparator();
        menu.addAction(tr("Group as theme…"), this, [this] { askGroupAsTheme(); });
        menu.addAction(n == 1 ? tr("Create action from note…") : tr("Create action from %n notes…", nullptr, n), this,
            [this] {
                QString problem;
                if (!createActionFromNotes(m_session, selectedNotes(), this, &problem).isNull())
                    Q_EMIT statusMessage(tr("Action added: see the Actions page."));
                else if (!problem.isEmpty())
                    Q_EMIT statusMessage(problem);
            });
        menu.addSeparator();
        menu.addAction(tr("Add a vote"), this, [this] { addVoteToSelection(); })
            ->setShortcut(QKeySequence(Qt::ALT | Qt::Key_V));
        menu.addAction(tr("Remove a vote"), this, [this] { removeVoteFromSelection(); });
        menu.addAction(tr("Votes on paper…"), this, [this] { askPaperVotes(); });
        menu.addSeparator();
        menu.addAction(n == 1 ? tr("Delete note") : tr("Delete %n notes", nullptr, n), this,
                [this] { deleteSelection(); })
            ->setShortcut(QKeySequence::Delete);
    } else if (ThemeItem *theme = themeAt(pos)) {
        m_scene->clearSelection();
        theme->setSelected(true);
        const QUuid id = theme->id();
        menu.addAction(tr("Rename theme…"), this, [this, id] { askRenameTheme(id); });
        QMenu *colours = menu.addMenu(tr("Colour"));
        for (NoteColour colour : enumValues<NoteColour>()) {
            colours->addAction(palette::name(colour), this, [this, id, colour] {
                if (const Theme *t = m_session->data().themes.find(id)) {
                    Theme after = *t;
                    after.colour = colour;
                    perform(edits::editTheme(m_session->data(), after));
                }
            });
        }
        menu.addAction(tr("Add a vote"), this, [this] { addVoteToSelection(); });
        menu.addAction(tr("Remove a vote"), this, [this] { removeVoteFromSelection(); });
        menu.addSeparator();
        menu.addAction(tr("Ungroup (keep the notes)"), this,
            [this, id] { perform(edits::removeTheme(m_session->data(), id)); });
    } else {
        const QPointF scenePos = mapToScene(pos);
        menu.addAction(tr("Add a note here"), this, [this, scenePos] { startNewNote(scenePos); })
            ->setEnabled(!m_scene->board().isNull());
        menu.addAction(tr("Votes on paper…"), this, [this] { askPaperVotes(); });
        menu.addSeparator();
        menu.addAction(tr("Zoom to fit"), this, [this] { zoomToFit(); });
        menu.addAction(tr("Actual size"), this, [this] { resetZoom(); });
    }
    menu.exec(event->globalPos());
}

} // namespace cg
