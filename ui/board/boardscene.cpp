// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardscene.h"

#include "board/notepalette.h"
#include "planning/boardlayout.h"
#include "people/names.h"
#include "session/session.h"

#include <algorithm>
#include <map>

namespace cg {

BoardScene::BoardScene(Session *session, Audience audience, bool largeType, QObject *parent)
    : QGraphicsScene(parent)
    , m_session(session)
    , m_audience(audience)
    , m_style(BoardStyle::make(largeType))
    , m_largeType(largeType)
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
    m_dirtyBounds = false;
    m_projectionDirty = false;
    relayout();
    setSceneRect(boardRect());
    Q_EMIT contentChanged();
}

void BoardScene::showNote(const Note &note)
{
    const ConsentPolicy &rules = policy();
    if (withholds() && !rules.mayAppear(note, m_audience)) {
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
    m_projectionDirty = true;
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
    m_projectionDirty = true;
}

void BoardScene::removeNote(const QUuid &id)
{
    if (m_withheld.remove(id))
        m_dirtyBounds = true; // the presenter's "not shown" line changes
    if (NoteItem *item = m_notes.take(id)) {
        removeItem(item);
        delete item;
        m_dirtyBounds = true;
        m_projectionDirty = true;
    }
}

void BoardScene::removeTheme(const QUuid &id)
{
    if (ThemeItem *item = m_themes.take(id)) {
        removeItem(item);
        delete item;
        m_dirtyBounds = true;
        m_projectionDirty = true;
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
    if (m_projection && m_projectionDirty) {
        m_projectionDirty = false;
        relayout();
        m_dirtyBounds = true;
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
    m_projectionDirty = m_projectionDirty || m_notes.contains(target) || m_themes.contains(target);
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
    const ConsentPolicy *rules = withholds() ? &policy() : nullptr;
    for (const QUuid &id : m_votesOn.value(target))
        if (const Vote *v = votes.find(id); v && (!rules || rules->mayAppear(*v, m_audience)))
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
    if (m_projection) {
        const QRectF page = m_layout.pageRect(m_page);
        return page.isNull() ? QRectF(QPointF(0, 0), m_area) : page;
    }
    QRectF bounds;
    for (NoteItem *item : std::as_const(m_notes))
        bounds |= item->note().rect();
    for (ThemeItem *item : std::as_const(m_themes))
        bounds |= item->theme().rect();
    return bounds.isNull() ? QRectF(0, 0, 1200, 800) : bounds.adjusted(-24, -24, 24, 24);
}

QRectF BoardScene::boardRect() const
{
    if (m_projection)
        return contentRect();
    // At least a flip-chart's worth of space, and always room around the notes to add more.
    return contentRect().united(QRectF(0, 0, 1200, 800)).adjusted(-40, -40, 240, 240);
}

// ---- the projection ----

void BoardScene::setProjection(QSizeF area, int smallestText, int largestText)
{
    if (m_projection && area == m_area && smallestText == m_smallestText && largestText == m_largestText)
        return;
    m_projection = true;
    // On a projector the board is part of the slide: no board-coloured box behind the notes.
    setBackgroundBrush(Qt::NoBrush);
    m_area = area;
    m_smallestText = smallestText;
    m_largestText = largestText;
    relayout();
    setSceneRect(boardRect());
    Q_EMIT contentChanged();
}

void BoardScene::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    m_style.highContrast = on;
    if (!m_projection)
        setBackgroundBrush(on ? QColor(Qt::white) : palette::boardBackground());
    update();
}

void BoardScene::setCanvasLayout()
{
    if (!m_projection)
        return;
    m_projection = false;
    setBackgroundBrush(m_highContrast ? QColor(Qt::white) : palette::boardBackground());
    m_layout = {};
    m_page = 0;
    m_style = BoardStyle::make(m_largeType);
    m_style.highContrast = m_highContrast;
    for (NoteItem *item : std::as_const(m_notes)) {
        item->styleChanged();
        item->setPlacement({});
        item->setVisible(true);
    }
    for (ThemeItem *item : std::as_const(m_themes)) {
        item->setPlacement({}, 0);
        item->setVisible(true);
    }
    setSceneRect(boardRect());
    Q_EMIT contentChanged();
}

void BoardScene::setPage(int page)
{
    const int clamped = std::clamp(page, 0, pageCount() - 1);
    if (clamped == m_page)
        return;
    m_page = clamped;
    applyPage();
    setSceneRect(boardRect());
    Q_EMIT contentChanged();
}

void BoardScene::relayout()
{
    if (!m_projection)
        return;
    // Themes in reading order of their frames, each with its notes in reading order; then the
    // notes in no theme. Only notes that have an item: withheld ones leave no trace.
    std::vector<const ThemeItem *> themes;
    for (const ThemeItem *item : std::as_const(m_themes))
        themes.push_back(item);
    std::sort(themes.begin(), themes.end(), [](const ThemeItem *a, const ThemeItem *b) {
        Note fa, fb; // frames compared as notes are: rows, then left to right
        fa.x = a->theme().x;
        fa.y = a->theme().y;
        fb.x = b->theme().x;
        fb.y = b->theme().y;
        return readingOrder(fa, fb) || (!readingOrder(fb, fa) && a->id() < b->id());
    });
    QHash<QUuid, std::vector<const Note *>> members;
    std::vector<const Note *> loose;
    for (const NoteItem *item : std::as_const(m_notes)) {
        const Note &n = item->note();
        if (!n.themeId.isNull() && m_themes.contains(n.themeId))
            members[n.themeId].push_back(&n);
        else
            loose.push_back(&n);
    }
    auto ordered = [](std::vector<const Note *> notes) {
        std::sort(notes.begin(), notes.end(), [](const Note *a, const Note *b) {
            return readingOrder(*a, *b) || (!readingOrder(*b, *a) && a->id < b->id);
        });
        std::vector<QUuid> ids;
        ids.reserve(notes.size());
        for (const Note *n : notes)
            ids.push_back(n->id);
        return ids;
    };
    projection::Request request;
    request.area = m_area;
    request.smallestText = m_smallestText;
    request.largestText = m_largestText;
    for (const ThemeItem *t : themes)
        request.groups.push_back({ t->id(), ordered(members.value(t->id())) });
    request.groups.push_back({ QUuid(), ordered(loose) });
    std::map<int, BoardStyle> styles;
    auto styleAt = [&styles](int px) -> const BoardStyle & {
        auto it = styles.find(px);
        if (it == styles.end())
            it = styles.emplace(px, BoardStyle::forText(px)).first;
        return it->second;
    };
    request.cardHeight = [this, &styleAt](const QUuid &id, double width, int px) {
        const NoteItem *item = m_notes.value(id);
        return item ? NoteItem::heightFor(styleAt(px), item->note(), width, item->hasFooter()) : 0.0;
    };
    request.bandHeight = [this, &styleAt](const QUuid &id, double width, int px) {
        const ThemeItem *item = m_themes.value(id);
        return item ? ThemeItem::bandFor(styleAt(px), item->theme().name, item->votes(), width) : 0.0;
    };
    m_layout = projection::layOut(request);
    m_style = BoardStyle::forText(m_layout.metrics.text);
    m_style.highContrast = m_highContrast;
    m_page = std::clamp(m_page, 0, std::max(0, m_layout.pages - 1));
    for (NoteItem *item : std::as_const(m_notes))
        item->styleChanged();
    for (ThemeItem *item : std::as_const(m_themes))
        item->styleChanged();
    applyPage();
}

void BoardScene::applyPage()
{
    QHash<QUuid, QRectF> notes;
    for (const projection::Placed &p : m_layout.notes)
        if (p.page == m_page)
            notes.insert(p.id, p.rect);
    QHash<QUuid, projection::Placed> frames;
    for (const projection::Placed &p : m_layout.themes)
        if (p.page == m_page)
            frames.insert(p.id, p);
    for (NoteItem *item : std::as_const(m_notes)) {
        const auto it = notes.constFind(item->id());
        item->setVisible(it != notes.constEnd());
        if (it != notes.constEnd())
            item->setPlacement(*it);
    }
    for (ThemeItem *item : std::as_const(m_themes)) {
        const auto it = frames.constFind(item->id());
        item->setVisible(it != frames.constEnd());
        if (it != frames.constEnd())
            item->setPlacement(it->rect, it->band);
    }
}

} // namespace cg
