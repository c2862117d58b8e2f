// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/checkinview.h"
#include "look.h"

#include "commands/edits.h"
#include "flowlayout.h"
#include "people/checkinconsentform.h"
#include "people/consentdefaults.h"
#include "people/peopletablemodel.h"
#include "people/names.h"
#include "people/personalcode.h"
#include "people/peoplewords.h"
#include "session/session.h"

#include <QApplication>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cg {

namespace {
/// Legible from a step back, at a busy door: 18 pt with the usual 11 pt text, and as much larger
/// as the facilitator's text size is.
constexpr double kBigFactor = 18.0 / 11.0;
}

/// The people list with one more column: each person's personal code for the room page (the
/// code they type on their phone to say who they are), so the facilitator can read it out or
/// write it on a badge at the door. Computed, not stored (core/people/personalcode.h).
class PersonalCodeColumn : public QIdentityProxyModel
{
public:
    static constexpr int Column = PeopleTableModel::ColumnCount;

    PersonalCodeColumn(Session *session, QObject *parent) : QIdentityProxyModel(parent), m_session(session) { }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : Column + 1;
    }
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override
    {
        if (column != Column)
            return QIdentityProxyModel::index(row, column, parent);
        return !parent.isValid() && row >= 0 && row < rowCount() ? createIndex(row, column) : QModelIndex();
    }
    QModelIndex parent(const QModelIndex &child) const override
    {
        return child.column() == Column ? QModelIndex() : QIdentityProxyModel::parent(child);
    }
    QModelIndex sibling(int row, int column, const QModelIndex &at) const override
    {
        return index(row, column, at.parent());
    }
    QModelIndex mapToSource(const QModelIndex &proxy) const override
    {
        return proxy.isValid() && proxy.column() == Column ? QModelIndex() : QIdentityProxyModel::mapToSource(proxy);
    }
    Qt::ItemFlags flags(const QModelIndex &at) const override
    {
        return at.column() == Column ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : QIdentityProxyModel::flags(at);
    }
    QVariant data(const QModelIndex &at, int role) const override
    {
        if (at.column() != Column)
            return QIdentityProxyModel::data(at, role);
        const QModelIndex name = index(at.row(), PeopleTableModel::NameColumn);
        if (role >= Qt::UserRole) // the id, the search text: as for the rest of the row
            return name.data(role);
        const QUuid id = name.data(PeopleTableModel::IdRole).toUuid();
        const QString code = personalcode::spaced(personalcode::of(m_session->data(), id));
        switch (role) {
        case Qt::DisplayRole:
            return code;
        case Qt::AccessibleTextRole: {
            // Letter by letter, as it is read out.
            QStringList symbols;
            for (const QChar c : code)
                if (c != QLatin1Char('-'))
                    symbols << QString(c);
            return symbols.join(QLatin1Char(' '));
        }
        case Qt::ToolTipRole:
            return CheckInView::tr("%1's personal code: typed on their phone in room mode, their notes carry "
                                   "their name as their consent allows. Without it they stay anonymous.")
                .arg(name.data(Qt::DisplayRole).toString());
        case Qt::FontRole: {
            // Only the family: the size stays the door's large type (the view resolves the rest).
            QFont mono;
            mono.setFamilies({ QFontDatabase::systemFont(QFontDatabase::FixedFont).family() });
            mono.setStyleHint(QFont::Monospace);
            return mono;
        }
        default:
            return {};
        }
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && section == Column) {
            if (role == Qt::DisplayRole)
                return CheckInView::tr("Personal code");
            if (role == Qt::ToolTipRole)
                return CheckInView::tr("The code each person types on their phone to say who they are in room mode");
            return {};
        }
        return QIdentityProxyModel::headerData(section, orientation, role);
    }

private:
    Session *m_session = nullptr;
};

CheckInView::CheckInView(Session *session, QWidget *parent, ConsentDefaults *defaults)
    : QWidget(parent)
    , m_session(session)
    , m_defaults(defaults ? defaults : new ConsentDefaults(nullptr, this))
{
    m_model = new PeopleTableModel(session, this);
    m_codes = new PersonalCodeColumn(session, this);
    m_codes->setSourceModel(m_model);
    m_filter = new PeopleFilterModel(this);
    m_filter->setSourceModel(m_codes);
    m_filter->sort(PeopleTableModel::NameColumn);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(this);
    outer->addWidget(m_pages);

    // Page 1: the list.
    auto *listPage = new QWidget(m_pages);
    listPage->setObjectName(QStringLiteral("checkInList"));
    m_listPage = listPage;
    auto *layout = new QVBoxLayout(listPage);
    auto *heading = new QLabel(tr("Check-in"), listPage);
    heading->setObjectName(QStringLiteral("pageHeading"));
    layout->addWidget(heading);
    auto *help
        = new QLabel(tr("Type part of a name. When it fits one person, Enter marks them arrived and asks their "
                        "consent questions; when it fits several, choose with Up and Down first. Ctrl+Z undoes "
                        "a check-in."),
            listPage);
    help->setWordWrap(true);
    help->setTextFormat(Qt::PlainText);
    help->setObjectName(QStringLiteral("checkInHelp")); // ordinary size: the names are what must be big
    layout->addWidget(help);

    m_search = new QLineEdit(listPage);
    m_search->setAccessibleName(tr("Find a person to check in"));
    m_search->setPlaceholderText(tr("Type a name…"));
    look::addClearButton(m_search);
    m_search->installEventFilter(this);
    layout->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        chooseFromSearch();
    });
    // Enter checks in only someone actually chosen: the one person the name means, or the one
    // moved onto with Up and Down. An empty box, or a name that fits several, chooses nobody.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!currentParticipant().isNull())
            (void)arrive();
        else
            showMessage(whyNobodyChosen());
    });

    m_list = new QTableView(listPage);
    m_list->setObjectName(QStringLiteral("checkInTable"));
    m_list->setAccessibleName(tr("People to check in"));
    m_list->setModel(m_filter);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false); // Tab leaves the list for the buttons; Up and Down walk it
    m_list->setWordWrap(false);
    m_list->setShowGrid(false);
    m_list->setAlternatingRowColors(true);
    m_list->verticalHeader()->hide();
    m_list->setIconSize(QSize(24, 24));
    for (int c = 0; c < PersonalCodeColumn::Column + 1; ++c) {
        const bool shown = c == PeopleTableModel::NameColumn || c == PeopleTableModel::RoleColumn
            || c == PeopleTableModel::AttendanceColumn || c == PeopleTableModel::TakePartColumn
            || c == PersonalCodeColumn::Column;
        m_list->setColumnHidden(c, !shown);
    }
    // Names and consent are never cut short: each column as wide as what it holds, the last one
    // shown taking what is left. At the door consent to take part matters most after the name, so
    // it comes next; the role comes last and is the first to go on a narrow screen (fitColumns()).
    QHeaderView *columns = m_list->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setStretchLastSection(true);
    columns->moveSection(columns->visualIndex(PeopleTableModel::TakePartColumn), 1);
    columns->moveSection(columns->visualIndex(PeopleTableModel::AttendanceColumn), 2);
    columns->moveSection(columns->visualIndex(PersonalCodeColumn::Column), 3);
    columns->moveSection(columns->visualIndex(PeopleTableModel::RoleColumn), 4);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->installEventFilter(this);
    layout->addWidget(m_list, 1);
    connect(m_list, &QTableView::activated, this, [this] { (void)arrive(); });
    connect(
        m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CheckInView::updateButtons);

    auto *buttons = new FlowLayout; // one below the other on a narrow screen
    m_arrived
        = new QPushButton(PeopleWords::stateIcon(ConsentState::Granted), tr("Arrived (Enter)"), listPage);
    m_arrived->setAccessibleName(tr("Arrived: mark as arrived and record consent"));
    m_arrived->setObjectName(QStringLiteral("bigAction"));
    m_arrived->setMinimumHeight(56);
    m_steppedOut = new QPushButton(tr("Stepped out (Alt+S)"), listPage);
    m_steppedOut->setAccessibleName(tr("Stepped out"));
    m_left = new QPushButton(tr("Left (Alt+L)"), listPage);
    m_left->setAccessibleName(tr("Left for the day"));
    for (QPushButton *b : { m_arrived, m_steppedOut, m_left }) {
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::TabFocus);
    }
    m_arrived->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    buttons->addWidget(m_arrived);
    buttons->addWidget(m_steppedOut);
    buttons->addWidget(m_left);
    layout->addLayout(buttons);
    connect(m_arrived, &QPushButton::clicked, this, [this] { (void)arrive(); });
    connect(
        m_steppedOut, &QPushButton::clicked, this, [this] { (void)setAttendance(Attendance::SteppedOut); });
    connect(m_left, &QPushButton::clicked, this, [this] { (void)setAttendance(Attendance::Left); });
    // Shortcuts act at once (a button's own shortcut animates a click and acts a moment later).
    const std::pair<Qt::Key, Attendance> keys[]
        = { { Qt::Key_S, Attendance::SteppedOut }, { Qt::Key_L, Attendance::Left } };
    for (const auto &[key, attendance] : keys) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | key), listPage);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        const Attendance a = attendance;
        connect(shortcut, &QShortcut::activated, this, [this, a] { (void)setAttendance(a); });
    }

    auto *footer = new QHBoxLayout;
    m_message = new QLabel(listPage);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_count = new QLabel(listPage);
    m_count->setTextFormat(Qt::PlainText);
    footer->addWidget(m_message, 1);
    footer->addWidget(m_count);
    layout->addLayout(footer);
    m_pages->addWidget(listPage);

    // Page 2: their consent questions.
    m_form = new CheckInConsentForm(session, m_defaults, m_pages);
    m_form->setObjectName(QStringLiteral("checkInConsent"));
    // Six questions in large type are taller than a laptop's screen: the form scrolls rather than
    // making the whole window taller than the screen.
    auto *formScroll = new QScrollArea(m_pages);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setFocusProxy(m_form);
    m_formPage = formScroll;
    m_pages->addWidget(m_formPage);
    connect(m_form, &CheckInConsentForm::finished, this, &CheckInView::backToList);

    auto refreshCount = [this] {
        int arrived = 0;
        for (const Participant &p : m_session->data().participants)
            arrived += p.attendance == Attendance::Arrived ? 1 : 0;
        m_count->setText(tr("%1 of %2 arrived").arg(arrived).arg(m_session->data().participants.size()));
    };
    connect(m_session, &Session::editApplied, this, refreshCount);
    connect(m_session, &Session::editApplied, this, &CheckInView::updateButtons);
    refreshCount();
    chooseFromSearch();
    applyTextSize();
    setFocusProxy(m_search);
}

void CheckInView::applyTextSize()
{
    const double base = font().pointSizeF() > 0 ? font().pointSizeF() : 11.0;
    const int big = qRound(base * kBigFactor);
    if (big == m_bigPoints)
        return;
    m_bigPoints = big;
    m_listPage->setStyleSheet(
        QStringLiteral("#checkInList QLineEdit, #checkInList QTableView, #checkInList QPushButton, "
                       "#checkInList QLabel, #checkInList QHeaderView::section { font-size: %1pt; }\n"
                       "#checkInList QLabel#pageHeading { font-size: %2pt; font-weight: 600; }\n"
                       "#checkInList QLabel#checkInHelp { font-size: %3pt; }")
            .arg(big)
            .arg(big + 8)
            .arg(qRound(base * 1.15)));
    m_form->setStyleSheet(
        QStringLiteral("#checkInConsent QLabel, #checkInConsent QRadioButton, "
                       "#checkInConsent QPushButton, #checkInConsent QComboBox, "
                       "#checkInConsent QLineEdit { font-size: %1pt; }\n"
                       "#checkInConsent QLabel#pageHeading { font-size: %2pt; font-weight: 600; }\n"
                       "#checkInConsent QRadioButton::indicator { width: 1em; height: 1em; }")
            .arg(big - 2)
            .arg(big + 6));
    QFont rows = font();
    rows.setPointSize(big);
    m_list->verticalHeader()->setDefaultSectionSize(QFontMetrics(rows).height() + 16);
}

void CheckInView::fitColumns()
{
    // On a narrow screen (or in large type) the role goes, so that name, consent to take part and
    // attendance, what the door needs, fit without scrolling sideways.
    const QAbstractItemView *view = m_list; // sizeHintForColumn() is public there
    int needed = 0;
    for (int c : { int(PeopleTableModel::NameColumn), int(PeopleTableModel::AttendanceColumn),
             int(PeopleTableModel::TakePartColumn), int(PersonalCodeColumn::Column) })
        needed += std::max(view->sizeHintForColumn(c), m_list->horizontalHeader()->sectionSizeHint(c));
    needed += m_list->fontMetrics().averageCharWidth() * 14 + m_list->verticalScrollBar()->sizeHint().width();
    m_list->setColumnHidden(PeopleTableModel::RoleColumn, m_list->width() < needed);
}

void CheckInView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The window's text size (Preferences) changed: the door's large type follows it.
    if (event->type() == QEvent::FontChange)
        applyTextSize();
}

bool CheckInView::isAskingConsent() const
{
    return m_pages->currentWidget() == m_formPage;
}

QUuid CheckInView::currentParticipant() const
{
    return m_list->currentIndex().data(PeopleTableModel::IdRole).toUuid();
}

void CheckInView::chooseFromSearch()
{
    const QString typed = m_search->text().trimmed();
    QModelIndex chosen;
    if (!typed.isEmpty()) {
        const names::Resolution who = names::resolvePerson(m_session->data(), typed);
        if (who.isOne()) {
            const int sourceRow = m_model->rowOf(who.person);
            chosen = m_filter->mapFromSource(
                m_codes->mapFromSource(m_model->index(sourceRow, PeopleTableModel::NameColumn)));
        }
        if (!chosen.isValid() && m_filter->rowCount() == 1)
            chosen = m_filter->index(0, PeopleTableModel::NameColumn);
    }
    m_list->selectionModel()->clearSelection();
    if (chosen.isValid()) {
        m_list->setCurrentIndex(chosen);
        m_list->scrollTo(chosen);
    } else {
        m_list->selectionModel()->setCurrentIndex({}, QItemSelectionModel::Clear);
    }
    updateButtons();
}

QString CheckInView::whyNobodyChosen() const
{
    const QString typed = m_search->text().trimmed();
    if (typed.isEmpty())
        return tr("Type part of a name first.");
    const int matches = m_filter->rowCount();
    if (matches == 0)
        return tr("Nobody matches “%1”.").arg(typed);
    return tr("%n people match “%1”: choose one with Up or Down, then press Enter.", nullptr, matches).arg(typed);
}

bool CheckInView::handleUndoKey(QEvent *event)
{
    // Ctrl+Z here undoes the last check-in (or other change), not the typing in the search box:
    // taking back a wrong "arrived" must not need a trip to the menu.
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    const bool redo = key->matches(QKeySequence::Redo)
        || key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)
        || key->keyCombination() == QKeyCombination(Qt::CTRL, Qt::Key_Y);
    if (!undo && !redo)
        return false;
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept(); // ours, so the window's Undo does not also run
        return true;
    }
    QUndoStack *stack = m_session->undoStack();
    if (undo && stack->canUndo()) {
        const QString what = stack->undoText();
        stack->undo();
        showMessage(tr("Undone: %1.").arg(what));
    } else if (redo && stack->canRedo()) {
        const QString what = stack->redoText();
        stack->redo();
        showMessage(tr("Redone: %1.").arg(what));
    } else {
        showMessage(undo ? tr("There is nothing to undo.") : tr("There is nothing to redo."));
    }
    return true;
}

bool CheckInView::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_search || watched == m_list)
        && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)
        && handleUndoKey(event))
        return true;
    // Up and Down in the search box move through the matches, so hands never leave the keys.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int rows = m_filter->rowCount();
            if (rows > 0) {
                const bool down = key->key() == Qt::Key_Down;
                int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : (down ? -1 : rows);
                row = qBound(0, row + (down ? 1 : -1), rows - 1);
                m_list->setCurrentIndex(m_filter->index(row, PeopleTableModel::NameColumn));
            }
            return true;
        }
    }
    if (watched == m_list && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange))
        fitColumns();
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            (void)arrive();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

Result<Edit> CheckInView::attendanceEdit(const Participant &updated) const
{
    auto edit = edits::editParticipant(m_session->data(), updated);
    if (edit) {
        // Its own step in the undo history, named for what happened at the door (an edit of the
        // same person's details just before would otherwise merge with it and be undone too).
        edit->mergeKey.clear();
        edit->text = updated.attendance == Attendance::Arrived
            ? tr("Check in %1").arg(updated.displayName)
            : tr("Mark %1 as “%2”").arg(updated.displayName, PeopleWords::attendance(updated.attendance));
    }
    return edit;
}

Result<void> CheckInView::arrive()
{
    const QUuid id = currentParticipant();
    const Participant *person = m_session->data().participants.find(id);
    if (!person) {
        const QString message = m_search->text().isEmpty() ? tr("Type a name first.")
                                                           : tr("Nobody matches “%1”.").arg(m_search->text());
        showMessage(message);
        return fail(message);
    }
    if (person->attendance != Attendance::Arrived) {
        Participant updated = *person;
        updated.attendance = Attendance::Arrived;
        auto done = m_session->perform(attendanceEdit(updated));
        if (!done) {
            showMessage(done.message());
            return done;
        }
    }
    m_pages->setCurrentWidget(m_formPage);
    m_form->start(id);
    return {};
}

Result<void> CheckInView::setAttendance(Attendance attendance)
{
    const Participant *person = m_session->data().participants.find(currentParticipant());
    if (!person) {
        const QString message = tr("Choose a person first.");
        showMessage(message);
        return fail(message);
    }
    Participant updated = *person;
    updated.attendance = attendance;
    auto done = m_session->perform(attendanceEdit(updated));
    showMessage(
        done ? tr("%1: %2.").arg(updated.displayName, PeopleWords::attendance(attendance)) : done.message());
    m_search->setFocus();
    return done;
}

void CheckInView::backToList(int recorded)
{
    const Participant *person = m_session->data().participants.find(m_form->participantId());
    QString name = person ? person->displayName : QString();
    const QString undo = tr("Ctrl+Z undoes the check-in (consent choices stay on record).");
    // What to give them for their phone, in the message the facilitator is looking at anyway.
    if (person)
        name = tr("%1 (personal code %2)")
                   .arg(name, personalcode::spaced(personalcode::of(m_session->data(), person->id)));
    if (recorded < 0)
        showMessage(tr("%1 is marked as arrived; no consent choices were recorded. %2").arg(name, undo));
    else
        showMessage(recorded == 1
                ? tr("%1 is checked in, with 1 consent choice recorded. %2").arg(name, undo)
                : tr("%1 is checked in, with %2 consent choices recorded. %3").arg(name).arg(recorded).arg(undo));
    m_pages->setCurrentIndex(0);
    m_search->clear();
    m_search->setFocus(Qt::OtherFocusReason);
}

void CheckInView::updateButtons()
{
    const Participant *person = m_session->data().participants.find(currentParticipant());
    for (QPushButton *b : { m_arrived, m_steppedOut, m_left })
        b->setEnabled(person != nullptr);
    // The name on the button: who Enter is about to check in.
    m_arrived->setText(person ? tr("Arrived: %1 (Enter)").arg(person->displayName)
                              : tr("Arrived (choose someone first)"));
}

void CheckInView::showMessage(const QString &text)
{
    m_message->setText(text);
}

int CheckInView::heightForWidth(int width) const
{
    return layout() ? layout()->minimumHeightForWidth(width) : QWidget::heightForWidth(width);
}

} // namespace cg
