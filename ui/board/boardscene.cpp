// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardscene.h"

#include "board/notepalette.h"
#include "people/names.h"
#include "session/session.h"

namespace cg {

BoardScene::BoardScene(Session *session, Audience audience, bool largeType, QObject *parent)
    : QGraphicsScene(parent)
    , m_session(session)
    , m_audience(audience)
    , m_style(BoardStyle::make(largeType))
{
    setBackgroundBrush(palette::boardBackground());
    // Notes rarely move compared with how often they are painted: the BSP index pays off.
    setItemIndexMethod(BspTreeIndex);
    connect(m_session, &Session::changed, this, &BoardScene::onChanged);
    connect(m_session, &Session::editApplied, this, &BoardScene::onEditApplied);
}

BoardScene::~BoardScene() = default;

void BoardScene::setBoard(const QUuid &boardId)
{
    m_board = m_session->data().boards.contains(boardId) ? boardId : QUuid();
    rebuild();
}

const ConsentPolicy &BoardScene::policy() const
{
    const auto &events = m_session->data().consentEvents.rows();
    if (!m_policy || m_policyStale || events.size() != m_policyEvents
        || (events.empty() ? nullptr : events.data()) != m_policyRows) {
        m_policy = std::make_unique<ConsentPolicy>(m_session->data());
        m_policyRows = events.empty() ? nullptr : events.data();
        m_policyEvents = events.size();
        m_policyStale = false;
    }
    return *m_policy;
}

void BoardScene::rebuild()
{
    clear(); // deletes the items
    m_withheld.clear();
    m_notes.clear();
    m_themes.clear();
    m_votesOn.clear();
    m_voteTarget.clear();
    if (!m_board.isNull()) {
        const WorkshopData &data = m_session->data();
        // One pass over the votes builds the index; painting never scans votes.
        for (const Vote &v : data.votes)
            indexVote(v);
        for (const Theme &t : data.themes)
            if (t.boardId == m_board)
                showTheme(t);
        for (const Note &n : data.notes)
            if (n.boardId == m_board)
                showNote(n);
    }
    setSceneRect(boardRect());
    m_dirtyBounds = false;
    Q_EMIT contentChanged();
}

void BoardScene::showNote(const Note &note)
{
    const ConsentPolicy &rules = policy();
    if (m_audience == Audience::Public && !rules.mayAppear(note, Audience::Public)) {
        // Rules 1, 3 and 6: not drawn at all, only counted.
        removeNote(note.id);
        m_withheld.insert(note.id);
        return;
    }
    m_withheld.remove(note.id);
    const QString author = authorLabel(rules, note, m_audience);
    NoteItem *item = m_notes.value(note.id);
    if (!item) {
        item = new NoteItem(&m_style);
        m_notes.insert(note.id, item);
        item->setNote(note, author);
        addItem(item);
    } else {
        item->setNote(note, author);
    }
    item->setConsentMark(m_audience == Audience::Team ? authorConsentMark(rules, note) : QString());
    item->setVotes(voteCount(note.id));
    item->setHighlighted(matches(note));
    m_dirtyBounds = true;
}

void BoardScene::showTheme(const Theme &theme)
{
    ThemeItem *item = m_themes.value(theme.id);
    if (!item) {
        item = new ThemeItem(&m_style);
        m_themes.insert(theme.id, item);
        item->setTheme(theme);
        addItem(item);
    } else {
        item->setTheme(theme);
    }
    item->setVotes(voteCount(theme.id));
    m_dirtyBounds = true;
}

void BoardScene::removeNote(const QUuid &id)
{
    if (m_withheld.remove(id))
        m_dirtyBounds = true; // the presenter's "not shown" line changes
    if (NoteItem *item = m_notes.take(id)) {
        removeItem(item);
        delete item;
        m_dirtyBounds = true;
    }
}

void BoardScene::removeTheme(const QUuid &id)
{
    if (ThemeItem *item = m_themes.take(id)) {
        removeItem(item);
        delete item;
        m_dirtyBounds = true;
    }
}

void BoardScene::onChanged(const Change &change)
{
    const WorkshopData &data = m_session->data();
    switch (change.entity) {
    case Entity::Board:
        if (change.id == m_board && change.kind == Change::Kind::Removed) {
            m_board = QUuid();
            rebuild();
        }
        break;
    case Entity::Note: {
        const Note *note = data.notes.find(change.id);
        if (change.kind == Change::Kind::Removed || !note || note->boardId != m_board || m_board.isNull())
            removeNote(change.id);
        else
            showNote(*note);
        break;
    }
    case Entity::Theme: {
        const Theme *theme = data.themes.find(change.id);
        if (change.kind == Change::Kind::Removed || !theme || theme->boardId != m_board || m_board.isNull())
            removeTheme(change.id);
        else
            showTheme(*theme);
        break;
    }
    case Entity::Vote: {
        if (m_board.isNull())
            break;
        const QUuid oldTarget = m_voteTarget.value(change.id);
        unindexVote(change.id);
        if (const Vote *vote = data.votes.find(change.id); vote && change.kind != Change::Kind::Removed)
            indexVote(*vote);
        const QUuid newTarget = m_voteTarget.value(change.id);
        refreshVotes(oldTarget);
        if (newTarget != oldTarget)
            refreshVotes(newTarget);
        break;
    }
    case Entity::Participant:
    case Entity::ConsentEvent:
        // Rare next to notes and votes: one new policy and one pass over this board when the whole
        // edit is in (a withdrawal changes consent, notes and votes in one edit).
        m_policyStale = true;
        m_consentDirty = !m_board.isNull();
        break;
    default:
        break;
    }
}

void BoardScene::refreshConsent()
{
    const WorkshopData &data = m_session->data();
    // The notes shown and the ones withheld: either may change sides.
    QList<QUuid> ids = m_notes.keys();
    ids += m_withheld.values();
    for (const QUuid &id : std::as_const(ids)) {
        if (const Note *note = data.notes.find(id); note && note->boardId == m_board)
            showNote(*note);
        else
            removeNote(id);
    }
    for (ThemeItem *item : std::as_const(m_themes))
        item->setVotes(voteCount(item->id()));
    m_dirtyBounds = true;
}

void BoardScene::onEditApplied()
{
    if (m_consentDirty) {
        m_consentDirty = false;
        refreshConsent();
    }
    if (!m_dirtyBounds)
        return;
    m_dirtyBounds = false;
    setSceneRect(boardRect());
    Q_EMIT contentChanged();
}

void BoardScene::indexVote(const Vote &vote)
{
    const QUuid target = vote.noteId.isNull() ? vote.themeId : vote.noteId;
    if (target.isNull())
        return;
    m_voteTarget.insert(vote.id, target);
    m_votesOn[target].append(vote.id);
}

void BoardScene::unindexVote(const QUuid &voteId)
{
    const QUuid target = m_voteTarget.take(voteId);
    if (target.isNull())
        return;
    auto it = m_votesOn.find(target);
    if (it == m_votesOn.end())
        return;
    it->removeAll(voteId);
    if (it->isEmpty())
        m_votesOn.erase(it);
}

void BoardScene::refreshVotes(const QUuid &target)
{
    if (target.isNull())
        return;
    if (NoteItem *item = m_notes.value(target))
        item->setVotes(voteCount(target));
    else if (ThemeItem *theme = m_themes.value(target))
        theme->setVotes(voteCount(target));
}

int BoardScene::voteCount(const QUuid &target) const
{
    int total = 0;
    const auto &votes = m_session->data().votes;
    // The team's working surface counts every dot; a public view only the dots that may appear
    // (the same answer as ConsentPolicy::visibleVoteCount, from this board's index instead of a
    // scan of every vote in the workshop per note).
    const ConsentPolicy *rules = m_audience == Audience::Public ? &policy() : nullptr;
    for (const QUuid &id : m_votesOn.value(target))
        if (const Vote *v = votes.find(id); v && (!rules || rules->mayAppear(*v, Audience::Public)))
            total += v->count;
    return total;
}

bool BoardScene::matches(const Note &note) const
{
    return !m_findText.isEmpty() && names::Matcher(m_findText).matches(note.text);
}

int BoardScene::setFindText(const QString &text)
{
    m_findText = text.trimmed();
    int count = 0;
    for (NoteItem *item : std::as_const(m_notes)) {
        const bool hit = matches(item->note());
        item->setHighlighted(hit);
        count += hit ? 1 : 0;
    }
    return count;
}

int BoardScene::highlightedCount() const
{
    int count = 0;
    for (NoteItem *item : std::as_const(m_notes))
        count += item->isHighlighted() ? 1 : 0;
    return count;
}

QStringList BoardScene::shownText() const
{
    QStringList out;
    for (NoteItem *item : std::as_const(m_notes)) {
        out << item->author() << item->note().text;
        if (!item->consentMark().isEmpty())
            out << item->consentMark();
    }
    for (ThemeItem *item : std::as_const(m_themes))
        out << item->theme().name;
    return out;
}

QRectF BoardScene::contentRect() const
{
    QRectF bounds;
    for (NoteItem *item : std::as_const(m_notes))
        bounds |= item->note().rect();
    for (ThemeItem *item : std::as_const(m_themes))
        bounds |= item->theme().rect();
    return bounds.isNull() ? QRectF(0, 0, 1200, 800) : bounds.adjusted(-24, -24, 24, 24);
}

QRectF BoardScene::boardRect() const
{
    // At least a flip-chart's worth of space, and always room around the notes to add more.
    return contentRect().united(QRectF(0, 0, 1200, 800)).adjusted(-40, -40, 240, 240);
}

} // namespace cg
