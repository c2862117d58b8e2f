// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensemaking/sensemakingpage.h"

#include "flowlayout.h"
#include "look.h"

#include "commands/edits.h"
#include "sensemaking/sensemakingmodels.h"
#include "session/session.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QEvent>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <vector>

namespace cg {

namespace {

QTableView *makeNotesTable(QWidget *parent, const QString &name)
{
    auto *table = new QTableView(parent);
    table->setAccessibleName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(false);
    return table;
}

QLabel *heading(const QString &text, QWidget *parent, QWidget *buddy)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionHeading"));
    label->setTextFormat(Qt::PlainText);
    label->setBuddy(buddy);
    return label;
}

/// Keeps \a columns at their share of the table's width and gives \a stretch the rest, so that
/// long board names wrap instead of squeezing the notes.
class ColumnShares : public QObject
{
public:
    ColumnShares(QTableView *table, std::vector<std::pair<int, double>> columns)
        : QObject(table)
        , m_table(table)
        , m_viewport(table->viewport())
        , m_columns(std::move(columns))
    {
        m_viewport->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // The viewport is deleted (and sends events) while the table is being destroyed: no call on
        // the table unless the viewport was resized (found by UndefinedBehaviorSanitizer).
        if (event->type() == QEvent::Resize && watched == m_viewport) {
            const int width = m_viewport->width();
            for (const auto &[column, share] : m_columns)
                m_table->setColumnWidth(column, std::max(80, int(width * share)));
        }
        return false;
    }

private:
    QTableView *m_table;
    QWidget *m_viewport;
    std::vector<std::pair<int, double>> m_columns;
};

void fitColumns(QTableView *table, int stretch, std::vector<std::pair<int, double>> shares)
{
    for (const auto &[column, share] : shares)
        table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Interactive);
    table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    new ColumnShares(table, std::move(shares));
}

void addKey(QWidget *on, QKeySequence keys, QObject *context, std::function<void()> slot)
{
    auto *shortcut = new QShortcut(keys, on);
    shortcut->setContext(Qt::WidgetShortcut);
    QObject::connect(shortcut, &QShortcut::activated, context, std::move(slot));
}

} // namespace

SenseMakingPage::SenseMakingPage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_themesModel(new CrossBoardThemesModel(session, this))
    , m_themeNotesModel(new ThemeNotesModel(session, this))
    , m_allNotesModel(new AllNotesModel(session, this))
    , m_searchModel(new NoteSearchModel(this))
    , m_themes(makeNotesTable(this, tr("Themes across boards")))
    , m_themeNotes(makeNotesTable(this, tr("Notes in the theme")))
    , m_allNotes(makeNotesTable(this, tr("All notes")))
    , m_search(new QLineEdit(this))
    , m_themeHeading(new QLabel(this))
    , m_message(new QLabel(this))
    , m_newTheme(new QPushButton(tr("&New theme…"), this))
    , m_rename(new QPushButton(tr("&Rename…"), this))
    , m_deleteTheme(new QPushButton(tr("&Delete"), this))
    , m_takeOut(new QPushButton(tr("&Take out"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move do&wn"), this))
    , m_add(new QPushButton(tr("&Add to theme"), this))
{
    auto *title = new QLabel(tr("Sense-making"), this);
    title->setObjectName(QStringLiteral("pageHeading"));
    auto *hint = new QLabel(tr("Gather notes from every board into themes for the whole workshop: the findings the "
                               "share-back report lists. Drag notes from “All notes” onto a theme, or choose them "
                               "and press Enter."),
                            this);
    hint->setObjectName(QStringLiteral("hint"));
    hint->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->hide();

    // Themes.
    m_themes->setModel(m_themesModel);
    m_themes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_themes->setAcceptDrops(true);
    m_themes->setDragDropMode(QAbstractItemView::DropOnly);
    m_themes->setDragDropOverwriteMode(true); // onto a theme, never between two
    m_themes->setDropIndicatorShown(true);
    m_themes->horizontalHeader()->setSectionResizeMode(CrossBoardThemesModel::Name, QHeaderView::Stretch);
    m_themes->horizontalHeader()->setSectionResizeMode(CrossBoardThemesModel::Notes, QHeaderView::ResizeToContents);
    m_newTheme->setToolTip(tr("Make a theme, holding the notes chosen in “All notes” (Ctrl+Shift+N)"));
    m_rename->setToolTip(tr("Rename the theme (F2)"));
    m_deleteTheme->setToolTip(tr("Delete the theme; its notes stay on their boards (Delete)"));
    auto *themesBox = new QWidget(this);
    auto *themesLayout = new QVBoxLayout(themesBox);
    themesLayout->setContentsMargins(0, 0, 0, 0);
    themesLayout->addWidget(heading(tr("T&hemes"), themesBox, m_themes));
    themesLayout->addWidget(m_themes, 1);
    auto *themeButtons = new FlowLayout; // wraps rather than widen the page
    themeButtons->setHorizontalSpacing(8);
    themeButtons->addWidget(m_newTheme);
    themeButtons->addWidget(m_rename);
    themeButtons->addWidget(m_deleteTheme);
    themesLayout->addLayout(themeButtons);

    // The chosen theme's notes.
    m_themeNotes->setModel(m_themeNotesModel);
    m_themeNotes->setDragEnabled(true);
    m_themeNotes->setAcceptDrops(true);
    m_themeNotes->setDragDropMode(QAbstractItemView::DragDrop);
    m_themeNotes->setDefaultDropAction(Qt::MoveAction);
    m_themeNotes->setDropIndicatorShown(true);
    m_themeNotes->setDragDropOverwriteMode(false);
    fitColumns(m_themeNotes, ThemeNotesModel::Text, { { int(ThemeNotesModel::BoardColumn), 0.34 } });
    m_takeOut->setToolTip(tr("Take the chosen notes out of the theme; they stay on their boards (Delete)"));
    m_up->setToolTip(tr("Earlier in the theme (Ctrl+Shift+Up)"));
    m_down->setToolTip(tr("Later in the theme (Ctrl+Shift+Down)"));
    auto *themeNotesBox = new QWidget(this);
    auto *themeNotesLayout = new QVBoxLayout(themeNotesBox);
    themeNotesLayout->setContentsMargins(0, 0, 0, 0);
    m_themeHeading->setObjectName(QStringLiteral("sectionHeading"));
    m_themeHeading->setTextFormat(Qt::PlainText);
    m_themeHeading->setBuddy(m_themeNotes);
    themeNotesLayout->addWidget(m_themeHeading);
    themeNotesLayout->addWidget(m_themeNotes, 1);
    auto *noteButtons = new FlowLayout; // wraps rather than widen the page
    noteButtons->setHorizontalSpacing(8);
    noteButtons->addWidget(m_takeOut);
    noteButtons->addWidget(m_up);
    noteButtons->addWidget(m_down);
    themeNotesLayout->addLayout(noteButtons);

    // Every note.
    m_searchModel->setSourceModel(m_allNotesModel);
    m_allNotes->setModel(m_searchModel);
    m_allNotes->setDragEnabled(true);
    m_allNotes->setDragDropMode(QAbstractItemView::DragOnly);
    // Who wrote a note is in its tooltip; the columns are for what sense-making needs side by side.
    m_allNotes->setColumnHidden(AllNotesModel::Author, true);
    fitColumns(m_allNotes, AllNotesModel::Text,
               { { int(AllNotesModel::BoardColumn), 0.26 }, { int(AllNotesModel::Themes), 0.22 } });
    m_search->setAccessibleName(tr("Find notes"));
    m_search->setPlaceholderText(tr("Find notes by their words, board or author (Ctrl+F)"));
    look::addClearButton(m_search);
    m_add->setToolTip(tr("Add the chosen notes to the theme (Enter)"));
    auto *allBox = new QWidget(this);
    auto *allLayout = new QVBoxLayout(allBox);
    allLayout->setContentsMargins(0, 0, 0, 0);
    allLayout->addWidget(heading(tr("All n&otes"), allBox, m_allNotes));
    allLayout->addWidget(m_search);
    allLayout->addWidget(m_allNotes, 1);
    auto *addRow = new QHBoxLayout;
    addRow->addStretch();
    addRow->addWidget(m_add);
    allLayout->addLayout(addRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(themesBox);
    splitter->addWidget(themeNotesBox);
    splitter->addWidget(allBox);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 5);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({ 280, 520, 660 });
    // On a narrow page the three lists go one above the other, each tall enough to work in.
    stackWhenNarrow(this, splitter, [](const QWidget *host) { return ems(host, 64); },
        [themesBox, themeNotesBox, allBox](bool stacked) {
            for (QWidget *box : { themesBox, themeNotesBox, allBox })
                box->setMinimumHeight(stacked ? ems(box, 18) : 0);
        });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(10);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    setFocusProxy(m_themes);

    // Keys.
    addKey(this, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this, [this] { askNewTheme(); });
    addKey(m_themes, QKeySequence(Qt::Key_F2), this, [this] { askRename(); });
    addKey(m_themes, QKeySequence::Delete, this, [this] { deleteTheme(currentTheme()); });
    addKey(m_themeNotes, QKeySequence::Delete, this, [this] { takeOutChosen(); });
    addKey(m_themeNotes, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), this, [this] { moveChosenInTheme(-1); });
    addKey(m_themeNotes, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), this, [this] { moveChosenInTheme(+1); });
    addKey(m_allNotes, QKeySequence(Qt::Key_Return), this, [this] { addChosenNotes(); });
    addKey(m_allNotes, QKeySequence(Qt::Key_Enter), this, [this] { addChosenNotes(); });
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    // Down from the search box goes into the results.
    addKey(m_search, QKeySequence(Qt::Key_Down), this, [this] {
        m_allNotes->setFocus(Qt::TabFocusReason);
        if (!m_allNotes->currentIndex().isValid() && m_searchModel->rowCount() > 0)
            m_allNotes->setCurrentIndex(m_searchModel->index(0, 0));
    });

    connect(m_search, &QLineEdit::textChanged, m_searchModel, &NoteSearchModel::setSearch);
    connect(m_newTheme, &QPushButton::clicked, this, &SenseMakingPage::askNewTheme);
    connect(m_rename, &QPushButton::clicked, this, &SenseMakingPage::askRename);
    connect(m_deleteTheme, &QPushButton::clicked, this, [this] { deleteTheme(currentTheme()); });
    connect(m_takeOut, &QPushButton::clicked, this, &SenseMakingPage::takeOutChosen);
    connect(m_up, &QPushButton::clicked, this, [this] { moveChosenInTheme(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveChosenInTheme(+1); });
    connect(m_add, &QPushButton::clicked, this, &SenseMakingPage::addChosenNotes);
    connect(m_themes->selectionModel(), &QItemSelectionModel::currentChanged, this, &SenseMakingPage::onThemeChanged);
    connect(m_themesModel, &QAbstractItemModel::rowsRemoved, this, &SenseMakingPage::onThemeChanged);
    connect(m_themesModel, &QAbstractItemModel::rowsInserted, this, &SenseMakingPage::onThemeChanged);
    connect(m_themesModel, &QAbstractItemModel::dataChanged, this, &SenseMakingPage::onThemeChanged);
    connect(m_themesModel, &CrossBoardThemesModel::statusMessage, this, &SenseMakingPage::say);
    connect(m_themeNotesModel, &ThemeNotesModel::statusMessage, this, &SenseMakingPage::say);
    if (m_themesModel->rowCount() > 0)
        m_themes->setCurrentIndex(m_themesModel->index(0, 0));
    onThemeChanged();
}

QUuid SenseMakingPage::currentTheme() const
{
    const QModelIndex index = m_themes->currentIndex();
    return index.isValid() ? m_themesModel->idAt(index.row()) : QUuid();
}

void SenseMakingPage::selectTheme(const QUuid &themeId)
{
    const int row = m_themesModel->rowOf(themeId);
    if (row >= 0)
        m_themes->setCurrentIndex(m_themesModel->index(row, 0));
}

QList<QUuid> SenseMakingPage::chosenNotes() const
{
    QList<QUuid> ids;
    QModelIndexList rows = m_allNotes->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &row : rows)
        ids << m_allNotesModel->idAt(m_searchModel->mapToSource(row).row());
    if (ids.isEmpty() && m_allNotes->currentIndex().isValid() && m_allNotes->hasFocus())
        ids << m_allNotesModel->idAt(m_searchModel->mapToSource(m_allNotes->currentIndex()).row());
    return ids;
}

void SenseMakingPage::onThemeChanged()
{
    const QUuid theme = currentTheme();
    m_themeNotesModel->setTheme(theme);
    const Theme *t = m_session->data().themes.find(theme);
    m_themeHeading->setText(t ? tr("In “%1”").arg(t->name) : tr("No theme chosen"));
    m_rename->setEnabled(t != nullptr);
    m_deleteTheme->setEnabled(t != nullptr);
    m_takeOut->setEnabled(t != nullptr);
    m_up->setEnabled(t != nullptr);
    m_down->setEnabled(t != nullptr);
    m_add->setEnabled(t != nullptr);
}

void SenseMakingPage::say(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        Q_EMIT statusMessage(message);
}

QString SenseMakingPage::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

bool SenseMakingPage::perform(const QString &done, bool ok, const QString &problem)
{
    say(ok ? done : problem);
    return ok;
}

void SenseMakingPage::askNewTheme()
{
    const int n = int(chosenNotes().size());
    bool ok = false;
    const QString label = n > 0 ? tr("Name the theme (it will hold the %n chosen notes):", nullptr, n)
                                : tr("Name the theme:");
    const QString name = QInputDialog::getText(this, tr("New theme"), label, QLineEdit::Normal, QString(), &ok);
    if (ok)
        newTheme(name);
}

QUuid SenseMakingPage::newTheme(const QString &name)
{
    auto edit = edits::addCrossBoardTheme(m_session->data(), name, chosenNotes());
    QUuid id;
    if (edit)
        id = idOf(*edit->changes.front().after);
    auto done = m_session->perform(std::move(edit));
    if (!perform(tr("Theme made."), done.ok(), done.message()))
        return {};
    selectTheme(id);
    return id;
}

void SenseMakingPage::askRename()
{
    const Theme *t = m_session->data().themes.find(currentTheme());
    if (!t)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename theme"), tr("New name:"), QLineEdit::Normal, t->name, &ok);
    if (ok)
        renameTheme(t->id, name);
}

bool SenseMakingPage::renameTheme(const QUuid &themeId, const QString &name)
{
    auto done = m_session->perform(edits::renameCrossBoardTheme(m_session->data(), themeId, name));
    return perform(tr("Theme renamed."), done.ok(), done.message());
}

bool SenseMakingPage::deleteTheme(const QUuid &themeId)
{
    if (themeId.isNull())
        return false;
    auto done = m_session->perform(edits::removeCrossBoardTheme(m_session->data(), themeId));
    return perform(tr("Theme deleted; its notes are still on their boards. Undo (Ctrl+Z) brings it back."), done.ok(),
                   done.message());
}

bool SenseMakingPage::addChosenNotes()
{
    const QUuid theme = currentTheme();
    if (theme.isNull())
        return perform({}, false, tr("Choose a theme (or make one with “New theme…”) first."));
    const QList<QUuid> notes = chosenNotes();
    if (notes.isEmpty())
        return perform({}, false, tr("Choose notes in “All notes” first."));
    auto done = m_session->perform(edits::addNotesToTheme(m_session->data(), theme, notes));
    return perform(tr("Added %n notes to the theme.", nullptr, int(notes.size())), done.ok(), done.message());
}

bool SenseMakingPage::takeOutChosen()
{
    QList<QUuid> notes;
    for (const QModelIndex &row : m_themeNotes->selectionModel()->selectedRows())
        notes << m_themeNotesModel->idAt(row.row());
    if (notes.isEmpty())
        return false;
    auto done = m_session->perform(edits::removeNotesFromTheme(m_session->data(), currentTheme(), notes));
    return perform(tr("Taken out of the theme; the notes stay on their boards."), done.ok(), done.message());
}

bool SenseMakingPage::moveChosenInTheme(int delta)
{
    const QModelIndex current = m_themeNotes->currentIndex();
    if (!current.isValid())
        return false;
    const QUuid note = m_themeNotesModel->idAt(current.row());
    const int to = current.row() + delta;
    if (to < 0 || to >= m_themeNotesModel->rowCount())
        return false;
    auto done = m_session->perform(edits::moveNoteInTheme(m_session->data(), currentTheme(), note, to));
    if (!done)
        return perform({}, false, done.message());
    const int row = m_themeNotesModel->rowOf(note);
    m_themeNotes->setCurrentIndex(m_themeNotesModel->index(row, 0));
    m_themeNotes->selectionModel()->select(m_themeNotesModel->index(row, 0),
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    return true;
}

} // namespace cg
