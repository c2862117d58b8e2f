// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "groups/groupsview.h"

#include "commands/edits.h"
#include "commands/groupedits.h"
#include "flowlayout.h"
#include "groups/allocatedialog.h"
#include "groups/groupcard.h"
#include "groups/groupeditdialog.h"
#include "groups/groupmembersmodel.h"
#include "groups/seatingruledialog.h"
#include "models/groupsmodel.h"
#include "session/session.h"

#include <QAction>
#include <QApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cg {

namespace {

constexpr int kCardWidth = 300;

QString personName(const WorkshopData &data, const QUuid &id)
{
    const Participant *p = data.participants.find(id);
    return p ? (p->displayName.isEmpty() ? p->pseudonym : p->displayName) : QString();
}

} // namespace

GroupsView::GroupsView(Session *session, GroupsModel *groups, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_groups(groups)
{
    setStyleSheet(QStringLiteral(
        "QFrame#groupCard { background: #FFFDF9; border: 1px solid #E0D4C2; border-radius: 8px; }"));
    auto *heading = new QLabel(tr("Groups"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("hint"));
    m_count->setWordWrap(true);
    m_count->setTextFormat(Qt::PlainText);

    auto *actions = new FlowLayout; // wraps rather than widen the page at 200 % or in large type
    actions->setHorizontalSpacing(8);
    actions->setVerticalSpacing(8);
    auto button = [this, actions](const QString &text, const QKeySequence &keys, const QString &accessible) {
        auto *b = new QPushButton(text, this);
        b->setAccessibleName(accessible);
        b->setAutoDefault(false);
        b->setToolTip(tr("%1 (%2)").arg(accessible, keys.toString(QKeySequence::NativeText)));
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, b, &QPushButton::click);
        actions->addWidget(b);
        return b;
    };
    auto *allocate = button(tr("Allocate people…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
        tr("Allocate people to groups"));
    auto *add = button(tr("Add group"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), tr("Add a group"));
    auto *rule = button(tr("Keep apart or together…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
        tr("Keep two people apart or together"));
    connect(allocate, &QPushButton::clicked, this, [this] { openAllocateDialog(); });
    connect(add, &QPushButton::clicked, this, [this] { (void)addGroup(); });
    connect(rule, &QPushButton::clicked, this, [this] { openRuleDialog(); });
    for (QPushButton *b : { allocate, add, rule })
        b->setEnabled(!session->isReadOnly());

    auto *hint = new QLabel(tr("Drag people between tables, or select one and press Ctrl+Shift+Right or "
                               "Ctrl+Shift+Left to move them, Ctrl+L to lock them to their table, Delete to take "
                               "them off it. Ctrl+Z undoes."),
        this);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    // The tables.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *scroll = new QScrollArea(splitter);
    m_scroll = scroll;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->viewport()->installEventFilter(this);
    m_grid = new QWidget(scroll);
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setContentsMargins(0, 0, 8, 0);
    m_gridLayout->setSpacing(12);
    scroll->setWidget(m_grid);

    // Beside them: who has no table, the pairs, and what is not met.
    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 0);
    m_unseated = new GroupCard(session, QUuid(), side);
    addShortcuts(m_unseated);
    connect(m_unseated, &GroupCard::contextMenuRequested, this, &GroupsView::showContextMenu);
    connect(m_unseated->model(), &GroupMembersModel::moveFailed, this, &GroupsView::showMessage);
    sideLayout->addWidget(m_unseated);

    auto *rulesHeading = new QLabel(tr("&Kept apart or together"), side);
    rulesHeading->setObjectName(QStringLiteral("sectionHeading"));
    m_rules = new QListWidget(side);
    m_rules->setAccessibleName(tr("Pairs kept apart or together"));
    m_rules->setWordWrap(true);
    rulesHeading->setBuddy(m_rules);
    m_removeRule = new QPushButton(tr("Remove pair"), side);
    m_removeRule->setAccessibleName(tr("Remove the chosen pair"));
    m_removeRule->setAutoDefault(false);
    connect(m_removeRule, &QPushButton::clicked, this, [this] {
        if (const QListWidgetItem *item = m_rules->currentItem())
            (void)removeRule(item->data(Qt::UserRole).toUuid());
    });
    auto *removeKey = new QShortcut(QKeySequence::Delete, m_rules);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, m_removeRule, &QPushButton::click);
    sideLayout->addWidget(rulesHeading);
    sideLayout->addWidget(m_rules, 1);
    sideLayout->addWidget(m_removeRule, 0, Qt::AlignLeft);

    m_problemsHeading = new QLabel(tr("&Not met"), side);
    m_problemsHeading->setObjectName(QStringLiteral("sectionHeading"));
    m_problems = new QListWidget(side);
    m_problems->setAccessibleName(tr("Rules the tables do not meet"));
    m_problems->setWordWrap(true);
    m_problemsHeading->setBuddy(m_problems);
    sideLayout->addWidget(m_problemsHeading);
    sideLayout->addWidget(m_problems, 2);
    side->setMinimumWidth(320);
    side->setMaximumWidth(460);
    splitter->addWidget(scroll);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    // On a narrow page the people without a table and the pairs go below the tables.
    stackWhenNarrow(this, splitter, [](const QWidget *host) { return ems(host, 52); }, [side, scroll](bool stacked) {
        side->setMaximumWidth(stacked ? QWIDGETSIZE_MAX : 460);
        scroll->setMinimumHeight(stacked ? ems(scroll, 16) : 0);
        side->setMinimumHeight(stacked ? side->sizeHint().height() : 0);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addWidget(m_count);
    layout->addLayout(actions);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    // Only what the page shows: a note typed on a board changes nothing here.
    connect(session, &Session::changed, this, [this](const Change &change) {
        m_dirty = m_dirty || change.entity == Entity::Group || change.entity == Entity::Participant
            || change.entity == Entity::SeatingRule || change.entity == Entity::ConsentEvent;
    });
    connect(session, &Session::editApplied, this, [this] {
        if (m_dirty)
            refresh();
    });
    // An edit is applied before the undo stack counts it: whether the file is still as the last
    // allocation left it is only known once the stack has moved.
    connect(session->undoStack(), &QUndoStack::indexChanged, this, &GroupsView::refreshProblems);
    rebuildCards();
    refresh();
    setFocusProxy(allocate);
}

GroupCard *GroupsView::card(const QUuid &groupId) const
{
    if (groupId.isNull())
        return m_unseated;
    for (GroupCard *c : m_cards)
        if (c->groupId() == groupId)
            return c;
    return nullptr;
}

void GroupsView::addShortcuts(GroupCard *c)
{
    QListView *list = c->list();
    auto add = [this, list, c](const QKeySequence &keys, auto &&what) {
        auto *shortcut = new QShortcut(keys, list);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, [c, what] {
            const QUuid person = c->currentPerson();
            if (!person.isNull())
                what(person);
        });
    };
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right), [this](const QUuid &p) { (void)movePerson(p, 1); });
    add(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left), [this](const QUuid &p) { (void)movePerson(p, -1); });
    add(QKeySequence(Qt::CTRL | Qt::Key_L), [this](const QUuid &p) { (void)toggleLock(p); });
    add(QKeySequence(Qt::Key_Delete), [this](const QUuid &p) { (void)moveTo(p, QUuid()); });
}

void GroupsView::rebuildCards()
{
    QList<QUuid> ids;
    for (const Group *g : allocation::orderedGroups(m_session->data()))
        ids << g->id;
    if (ids == m_cardIds)
        return;
    // Keep the cards that stay (and their selection); make the new ones.
    QList<GroupCard *> cards;
    for (const QUuid &id : ids) {
        GroupCard *c = card(id);
        if (!c || c == m_unseated) {
            c = new GroupCard(m_session, id, m_grid);
            addShortcuts(c);
            connect(c, &GroupCard::editRequested, this, [this](const QUuid &g) { openEditDialog(g); });
            connect(c, &GroupCard::removeRequested, this, [this](const QUuid &g) { (void)removeGroup(g); });
            connect(c, &GroupCard::contextMenuRequested, this, &GroupsView::showContextMenu);
            connect(c->model(), &GroupMembersModel::moveFailed, this, &GroupsView::showMessage);
        }
        cards << c;
    }
    for (GroupCard *old : m_cards)
        if (!cards.contains(old))
            old->deleteLater();
    m_cards = cards;
    m_cardIds = ids;
    m_columns = 0;
    layoutCards();
}

void GroupsView::layoutCards()
{
    // As many columns as fit cards at their narrowest (their title and buttons), or kCardWidth.
    int cardWidth = kCardWidth;
    for (const GroupCard *c : m_cards)
        cardWidth = std::max(cardWidth, c->minimumSizeHint().width());
    const int spacing = m_gridLayout->horizontalSpacing();
    const int columns = std::max(1, (m_scroll->viewport()->width() - 8 + spacing) / (cardWidth + spacing));
    if (columns == m_columns && m_gridLayout->count() == m_cards.size())
        return;
    m_columns = columns;
    while (m_gridLayout->count() > 0)
        delete m_gridLayout->takeAt(0);
    for (int i = 0; i < m_cards.size(); ++i)
        m_gridLayout->addWidget(m_cards.at(i), i / columns, i % columns);
    for (int c = 0; c < columns; ++c)
        m_gridLayout->setColumnStretch(c, 1);
    m_gridLayout->setRowStretch(int((m_cards.size() + columns - 1) / columns), 1);
    // Tab goes through the tables in reading order.
    for (int i = 1; i < m_cards.size(); ++i)
        QWidget::setTabOrder(m_cards.at(i - 1)->list(), m_cards.at(i)->list());
}

bool GroupsView::eventFilter(QObject *watched, QEvent *event)
{
    // The number of columns follows the width the tables have.
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        layoutCards();
    return QWidget::eventFilter(watched, event);
}

void GroupsView::refresh()
{
    m_dirty = false;
    rebuildCards();
    for (GroupCard *c : m_cards)
        c->refresh();
    m_unseated->refresh();
    refreshRules();
    refreshProblems();
    const WorkshopData &data = m_session->data();
    int seated = 0;
    for (const Group &g : data.groups)
        seated += int(g.memberIds.size());
    const int groups = int(data.groups.size());
    m_count->setText(groups == 0 ? tr("No groups yet. Allocate people to make them, or add one.")
                                 : tr("%1 groups, %2 people seated. Breakout groups and who sits at each table.")
                                       .arg(groups)
                                       .arg(seated));
}

void GroupsView::refreshRules()
{
    const WorkshopData &data = m_session->data();
    const QUuid current = m_rules->currentItem() ? m_rules->currentItem()->data(Qt::UserRole).toUuid() : QUuid();
    m_rules->clear();
    for (const SeatingRule &r : data.seatingRules) {
        const QString a = personName(data, r.firstId);
        const QString b = personName(data, r.secondId);
        auto *item = new QListWidgetItem(r.kind == SeatingKind::KeepApart ? tr("Apart: %1 and %2").arg(a, b)
                                                                          : tr("Together: %1 and %2").arg(a, b),
            m_rules);
        item->setData(Qt::UserRole, r.id);
        if (r.id == current)
            m_rules->setCurrentItem(item);
    }
    if (m_rules->count() == 0) {
        auto *item = new QListWidgetItem(tr("Nobody yet. Keep a manager apart from their own staff, or a carer "
                                            "with the person they support."),
            m_rules);
        item->setFlags(Qt::NoItemFlags);
    }
    m_removeRule->setEnabled(!data.seatingRules.empty() && !m_session->isReadOnly());
}

void GroupsView::refreshProblems()
{
    const WorkshopData &data = m_session->data();
    const QUndoStack *stack = m_session->undoStack();
    const bool justAllocated = m_allocationIndex >= 0 && stack->index() == m_allocationIndex
        && stack->command(m_allocationIndex - 1) == m_allocationCommand;
    const std::vector<allocation::Problem> problems = justAllocated
        ? m_allocationProblems
        : allocation::check(allocation::currentInput(data), allocation::currentMembers(data));
    QHash<QUuid, QStringList> byPerson;
    m_problems->clear();
    for (const allocation::Problem &p : problems) {
        auto *item = new QListWidgetItem(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning), p.message,
            m_problems);
        item->setToolTip(p.message);
        for (const QUuid &id : p.people)
            byPerson[id] << p.message;
    }
    if (problems.empty()) {
        auto *item = new QListWidgetItem(data.groups.empty() ? tr("Nothing to check yet.")
                                                             : tr("Every table meets every rule."),
            m_problems);
        item->setFlags(Qt::NoItemFlags);
    }
    m_problemsHeading->setText(problems.empty() ? tr("&Not met") : tr("&Not met (%1)").arg(problems.size()));
    for (GroupCard *c : m_cards)
        c->model()->setProblems(byPerson);
    m_unseated->model()->setProblems(byPerson);
}

QStringList GroupsView::problemLines() const
{
    QStringList out;
    for (int i = 0; i < m_problems->count(); ++i)
        if (m_problems->item(i)->flags() != Qt::NoItemFlags)
            out << m_problems->item(i)->text();
    return out;
}

void GroupsView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        Q_EMIT statusMessage(text);
}

Result<void> GroupsView::report(Result<void> result)
{
    showMessage(result ? QString() : result.message());
    return result;
}

QUuid GroupsView::groupOf(const QUuid &person) const
{
    for (const Group *g : allocation::orderedGroups(m_session->data()))
        if (g->memberIds.contains(person))
            return g->id;
    return {};
}

void GroupsView::focusPerson(const QUuid &person)
{
    GroupCard *c = card(groupOf(person));
    if (!c)
        return;
    c->selectPerson(person);
    c->list()->setFocus();
}

Result<void> GroupsView::addGroup()
{
    auto done = report(m_session->perform(edits::makeGroups(m_session->data(), int(m_session->data().groups.size()) + 1)));
    if (done && !m_cards.isEmpty())
        m_cards.back()->list()->setFocus();
    return done;
}

Result<void> GroupsView::removeGroup(const QUuid &groupId)
{
    const Group *g = m_session->data().groups.find(groupId);
    const QString name = g ? g->name : QString();
    auto done = report(m_session->perform(edits::removeGroup(m_session->data(), groupId)));
    if (done)
        showMessage(tr("Removed %1. Its people have no table now; Undo (Ctrl+Z) brings it back.").arg(name));
    return done;
}

Result<void> GroupsView::moveTo(const QUuid &person, const QUuid &groupId)
{
    auto done = report(m_session->perform(edits::moveToGroup(m_session->data(), person, groupId)));
    if (done) {
        GroupCard *c = card(groupId);
        if (c) {
            c->selectPerson(person);
            c->list()->setFocus();
        }
    }
    return done;
}

Result<void> GroupsView::movePerson(const QUuid &person, int step)
{
    // The order of the keys: the tables in reading order, with "no table" before the first.
    QList<QUuid> order { QUuid() };
    order << m_cardIds;
    const qsizetype at = order.indexOf(groupOf(person));
    const qsizetype to = at + step;
    if (to < 0 || to >= order.size())
        return report(fail(step > 0 ? tr("That is the last table.") : tr("That is the first table.")));
    return moveTo(person, order.at(to));
}

Result<void> GroupsView::toggleLock(const QUuid &person)
{
    const QUuid group = groupOf(person);
    if (group.isNull())
        return report(fail(tr("Only someone at a table can be locked to it.")));
    const bool locked = m_session->data().groups.find(group)->lockedIds.contains(person);
    auto done = report(m_session->perform(edits::setGroupLock(m_session->data(), group, person, !locked)));
    if (done)
        focusPerson(person);
    return done;
}

Result<void> GroupsView::removeRule(const QUuid &ruleId)
{
    return report(m_session->perform(edits::removeSeatingRule(m_session->data(), ruleId)));
}

void GroupsView::showContextMenu(const QUuid &groupId, const QPoint &globalPos)
{
    GroupCard *c = card(groupId);
    const QUuid person = c ? c->currentPerson() : QUuid();
    if (person.isNull() || m_session->isReadOnly())
        return;
    QMenu menu(this);
    QMenu *moveMenu = menu.addMenu(tr("&Move to"));
    for (const Group *g : allocation::orderedGroups(m_session->data())) {
        if (g->id == groupId)
            continue;
        const QUuid target = g->id;
        connect(moveMenu->addAction(g->name), &QAction::triggered, this,
            [this, person, target] { (void)moveTo(person, target); });
    }
    QAction *next = menu.addAction(tr("Move to the &next table"));
    connect(next, &QAction::triggered, this, [this, person] { (void)movePerson(person, 1); });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Right));
    QAction *previous = menu.addAction(tr("Move to the &previous table"));
    connect(previous, &QAction::triggered, this, [this, person] { (void)movePerson(person, -1); });
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Left));
    if (!groupId.isNull()) {
        const Group *g = m_session->data().groups.find(groupId);
        const bool locked = g && g->lockedIds.contains(person);
        QAction *lock = menu.addAction(locked ? tr("&Unlock from this table") : tr("&Lock to this table"));
        connect(lock, &QAction::triggered, this, [this, person] { (void)toggleLock(person); });
        lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
        QAction *out = menu.addAction(tr("&Take off this table"));
        connect(out, &QAction::triggered, this, [this, person] { (void)moveTo(person, QUuid()); });
        out->setShortcut(QKeySequence(Qt::Key_Delete));
    }
    menu.exec(globalPos);
}

AllocateDialog *GroupsView::openAllocateDialog()
{
    auto *dialog = new AllocateDialog(m_session, m_seed++, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_allocationProblems = dialog->problems();
        m_allocationIndex = m_session->undoStack()->index();
        m_allocationCommand = m_session->undoStack()->command(m_allocationIndex - 1);
        refreshProblems();
        showMessage(m_allocationProblems.empty()
                ? tr("Everyone is seated and every rule is met. Allocate again for another arrangement; Undo "
                     "(Ctrl+Z) goes back.")
                : tr("Everyone is seated, but not every rule could be met: see “Not met”."));
    });
    dialog->open();
    return dialog;
}

GroupEditDialog *GroupsView::openEditDialog(const QUuid &groupId)
{
    auto *dialog = new GroupEditDialog(m_session, groupId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

SeatingRuleDialog *GroupsView::openRuleDialog()
{
    auto *dialog = new SeatingRuleDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace cg
