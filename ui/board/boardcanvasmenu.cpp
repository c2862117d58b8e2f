// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The canvas's context menu: what a right-click or the Menu key offers for the selected notes, the
// selected theme or the board. Every entry is one of BoardActions' actions, so the menu, the keys
// and any toolbar do the same thing with the same words.
#include "board/boardactions.h"

#include "actions/actionsview.h"
#include "board/boardcanvas.h"
#include "board/boarditems.h"
#include "board/boardscene.h"
#include "board/notepalette.h"
#include "session/session.h"
#include "share/releasenote.h"

#include <QAction>
#include <QMenu>
#include <QPainter>

#include <algorithm>

namespace cg {

namespace {

QIcon swatch(NoteColour colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRectF(0, 0, 16, 16), palette::fill(colour));
    palette::paintShape(&p, QRectF(3, 3, 10, 10), colour);
    return QIcon(pixmap);
}

} // namespace

QMenu *BoardActions::makeMenu(QWidget *parent, QPointF scenePos)
{
    update();
    m_menuScenePos = scenePos;
    auto *menu = new QMenu(parent);
    menu->setAccessibleName(tr("Board actions"));
    const QList<NoteItem *> selected = m_canvas->selectedNoteItems();
    const QUuid themeId = m_canvas->selectedTheme();
    const WorkshopData &data = m_canvas->session()->data();

    if (!selected.isEmpty()) {
        menu->addAction(editText);
        QMenu *colourMenu = menu->addMenu(tr("Colour"));
        for (std::size_t i = 0; i < colours.size(); ++i) {
            colours[i]->setIcon(swatch(enumValues<NoteColour>()[i]));
            colourMenu->addAction(colours[i]);
        }
        menu->addAction(quote);
        menu->addAction(sensitive);
        if (selected.size() == 1 && selected.front()->note().sensitive) {
            // Consent rule 6: a sensitive note reaches public reports only once released, one by one.
            const QUuid id = selected.front()->id();
            Session *session = m_canvas->session();
            QAction *release = menu->addAction(tr("Release for public reports"), this, [session, id] {
                if (const Note *current = session->data().notes.find(id))
                    (void)share::setReleased(*session, id, !current->released);
            });
            release->setCheckable(true);
            release->setChecked(selected.front()->note().released);
        }
        menu->addSeparator();
        menu->addAction(groupAsTheme);
        // Every theme on the board the notes could join, by name: the keyboard's way into a frame.
        std::vector<const Theme *> themes;
        for (ThemeItem *item : m_canvas->boardScene()->themeItems())
            themes.push_back(&item->theme());
        std::sort(themes.begin(), themes.end(),
            [](const Theme *a, const Theme *b) { return a->name.localeAwareCompare(b->name) < 0; });
        if (!themes.empty()) {
            QMenu *into = menu->addMenu(
                selected.size() == 1 ? tr("Add to theme") : tr("Add %1 notes to theme").arg(selected.size()));
            for (const Theme *t : themes) {
                const QUuid id = t->id;
                const bool allIn = std::all_of(selected.begin(), selected.end(),
                    [id](NoteItem *item) { return item->note().themeId == id; });
                QAction *action = into->addAction(t->name, this, [this, id] { addSelectionToTheme(id); });
                action->setEnabled(!allIn);
            }
        }
        if (takeOutOfTheme->isEnabled())
            menu->addAction(takeOutOfTheme);
        const int n = int(selected.size());
        menu->addAction(n == 1 ? tr("Create action from note…") : tr("Create action from %1 notes…").arg(n),
            this, [this, parent] {
                QString problem;
                if (!createActionFromNotes(m_canvas->session(), m_canvas->selectedNotes(), parent, &problem).isNull())
                    Q_EMIT statusMessage(tr("Action added: see the Actions page."));
                else if (!problem.isEmpty())
                    Q_EMIT statusMessage(problem);
            });
        menu->addSeparator();
        menu->addAction(addVote);
        menu->addAction(removeVote);
        menu->addAction(paperVotes);
        menu->addSeparator();
        menu->addAction(deleteSelection);
    } else if (!themeId.isNull()) {
        menu->addAction(renameTheme);
        QMenu *colourMenu = menu->addMenu(tr("Colour"));
        const Theme *theme = data.themes.find(themeId);
        for (NoteColour colour : enumValues<NoteColour>()) {
            QAction *action = colourMenu->addAction(swatch(colour), palette::name(colour), this,
                [this, themeId, colour] { setThemeColour(themeId, colour); });
            action->setCheckable(true);
            action->setChecked(theme && theme->colour == colour);
        }
        menu->addAction(addVote);
        menu->addAction(removeVote);
        menu->addSeparator();
        menu->addAction(ungroupTheme);
    } else {
        menu->addAction(addNote);
        menu->addAction(paperVotes);
        menu->addSeparator();
        menu->addAction(zoomIn);
        menu->addAction(zoomOut);
        menu->addAction(zoomToFit);
        menu->addAction(actualSize);
    }
    return menu;
}

} // namespace cg
