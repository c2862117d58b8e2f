// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "board/authorlabel.h"
#include "board/boarditems.h"
#include "planning/projectionlayout.h"
#include "session/change.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <QUuid>

#include <memory>

namespace cg {

class Session;

/// The items of one board, kept equal to the Session's data. It changes ONLY in response to the
/// Session's change events (insert, update or remove the item with that id), so undo, redo and
/// edits from elsewhere (room mode, another view) show up the same way as the canvas's own.
/// Read-only: it never calls perform(). Used by the canvas and, without any view, by the
/// presenter window, exports and benchmarks (see BoardRenderer).
///
/// Names and what may be shown go through ONE ConsentPolicy, kept for the scene and rebuilt only
/// when consent-relevant data changed (consent events, participants), never per note: a board of
/// thousands of notes asks it thousands of times. For Audience::Public, notes the policy withholds
/// get no item at all (they are counted, see withheldCount()) and vote dots count only visible
/// votes. For Audience::Team (the facilitator's working surface) every note stays, and a note
/// whose author has not granted take_part carries a consent mark (see authorConsentMark()).
///
/// The items stand where the notes are on the board (the canvas), or, after setProjection(), where
/// the projection layout puts them (projection::layOut): the same items and painting code, one text
/// size for every note, themes as groups, and no gaps where withheld notes would have been.
class BoardScene : public QGraphicsScene
{
    Q_OBJECT

public:
    BoardScene(Session *session, Audience audience, bool largeType, QObject *parent = nullptr);
    ~BoardScene() override;

    Session *session() const { return m_session; }
    Audience audience() const { return m_audience; }
    /// An output (a picture, the projector) leaves out every note its audience may not see, the
    /// team's too (rule 1). The team's working surface, the default, shows every note, marked.
    /// Set before setBoard().
    void setOutput(bool output) { m_output = output; }
    bool isOutput() const { return m_output; }
    /// Whether notes are left out here: always in public, and in any output.
    bool withholds() const { return m_output || m_audience == Audience::Public; }
    const BoardStyle &style() const { return m_style; }
    /// Black edges and ink marks on every note and theme (the High contrast preference).
    void setHighContrast(bool on);
    void setBoard(const QUuid &boardId);
    QUuid board() const { return m_board; }

    NoteItem *noteItem(const QUuid &noteId) const { return m_notes.value(noteId); }
    ThemeItem *themeItem(const QUuid &themeId) const { return m_themes.value(themeId); }
    const QHash<QUuid, NoteItem *> &noteItems() const { return m_notes; }
    const QHash<QUuid, ThemeItem *> &themeItems() const { return m_themes; }
    /// Ids of the votes on a note or theme (from the index kept up to date from change events).
    QList<QUuid> votesOn(const QUuid &target) const { return m_votesOn.value(target); }
    int voteCount(const QUuid &target) const;

    /// The consent rules as they stand now (rebuilt lazily after consent or people changed).
    const ConsentPolicy &policy() const;
    /// Notes of this board the audience may not see (always 0 for the team).
    int withheldCount() const { return int(m_withheld.size()); }
    /// Every piece of text the scene draws: each note's author label, consent mark and text, and
    /// each theme's name. For tests that check what a projector could show.
    QStringList shownText() const;

    /// Highlights notes containing \a text (ignoring case); returns how many. Empty clears.
    int setFindText(const QString &text);
    QString findText() const { return m_findText; }
    int highlightedCount() const;

    /// Everything on the board, with room around it to add more (what the canvas scrolls over).
    QRectF boardRect() const;
    /// Just the notes and themes with a small margin (what a picture of the board shows); in the
    /// projection, exactly the current page.
    QRectF contentRect() const;

    /// Lays the board out to fill \a area (pixels) with one text size between \a smallestText
    /// and \a largestText, and keeps it laid out as the board changes.
    void setProjection(QSizeF area, int smallestText, int largestText);
    /// Back to the notes where they stand on the board.
    void setCanvasLayout();
    bool isProjection() const { return m_projection; }
    QSizeF projectionArea() const { return m_area; }
    /// The projection's pages (1 on the canvas) and the one shown.
    int pageCount() const { return m_projection ? std::max(1, m_layout.pages) : 1; }
    int page() const { return m_page; }
    void setPage(int page);
    /// The text size of every note in the projection (0 on the canvas).
    int projectedTextSize() const { return m_projection ? m_layout.metrics.text : 0; }

Q_SIGNALS:
    /// The board's content changed (after a whole edit, or a new board was shown).
    void contentChanged();

private:
    void onChanged(const Change &change);
    void onEditApplied();
    void rebuild();
    void showNote(const Note &note);
    void showTheme(const Theme &theme);
    void removeNote(const QUuid &id);
    void removeTheme(const QUuid &id);
    void indexVote(const Vote &vote);
    void unindexVote(const QUuid &voteId);
    void refreshVotes(const QUuid &target);
    void refreshConsent();
    bool matches(const Note &note) const;
    void relayout();
    void applyPage();

    Session *m_session;
    Audience m_audience;
    bool m_output = false;
    BoardStyle m_style;
    bool m_largeType;
    bool m_highContrast = false;
    QUuid m_board;
    QHash<QUuid, NoteItem *> m_notes;
    QHash<QUuid, ThemeItem *> m_themes;
    QHash<QUuid, QList<QUuid>> m_votesOn;
    QHash<QUuid, QUuid> m_voteTarget;
    QSet<QUuid> m_withheld; // notes of this board with no item because the audience may not see them
    QString m_findText;
    bool m_dirtyBounds = false;
    bool m_consentDirty = false; // consent or people changed during the current edit
    bool m_projection = false;
    bool m_projectionDirty = false; // something the projection lays out changed during the edit
    QSizeF m_area;
    int m_smallestText = 20;
    int m_largestText = 40;
    int m_page = 0;
    projection::Layout m_layout;

    // The policy and what it was built over: consent events are indexed by address, so a table
    // that grew or moved since means a rebuild before the next question (even mid-edit).
    mutable std::unique_ptr<ConsentPolicy> m_policy;
    mutable const ConsentEvent *m_policyRows = nullptr;
    mutable std::size_t m_policyEvents = 0;
    mutable bool m_policyStale = true;
};

} // namespace cg
