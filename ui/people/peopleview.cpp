// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/peopleview.h"
#include "look.h"

#include "commands/edits.h"
#include "flowlayout.h"
#include "people/consentdefaults.h"
#include "people/consentpanel.h"
#include "people/csvimportdialog.h"
#include "people/participanteditor.h"
#include "people/peopleexportdialog.h"
#include "people/peopletablemodel.h"
#include "people/peoplewords.h"
#include "people/tablecolumns.h"
#include "people/withdrawaldialog.h"
#include "session/session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cg {

PeopleView::PeopleView(Session *session, QWidget *parent, ConsentDefaults *defaults)
    : QWidget(parent)
    , m_session(session)
    , m_defaults(defaults ? defaults : new ConsentDefaults(nullptr, this))
{
    m_model = new PeopleTableModel(session, this);
    m_filter = new PeopleFilterModel(this);
    m_filter->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("People"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    layout->addWidget(heading);

    // Filters.
    auto *filters = new FlowLayout;
    m_search = new QLineEdit(this);
    m_search->setAccessibleName(tr("Search people"));
    m_search->setPlaceholderText(tr("Search by name, pseudonym or organisation (Ctrl+F)"));
    look::addClearButton(m_search);
    m_search->setObjectName(QStringLiteral("peopleSearch")); // its width, in em: look.cpp
    m_search->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    filters->addWidget(m_search);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setText(text);
        updateCount();
    });

    m_roleFilter = new QComboBox(this);
    m_roleFilter->setAccessibleName(tr("Show role"));
    m_roleFilter->addItem(tr("Every role"), -1);
    for (Role role : enumValues<Role>())
        m_roleFilter->addItem(PeopleWords::role(role), int(role));
    filters->addWidget(m_roleFilter);
    m_attendanceFilter = new QComboBox(this);
    m_attendanceFilter->setAccessibleName(tr("Show attendance"));
    m_attendanceFilter->addItem(tr("Any attendance"), -1);
    for (Attendance attendance : enumValues<Attendance>())
        m_attendanceFilter->addItem(PeopleWords::attendance(attendance), int(attendance));
    filters->addWidget(m_attendanceFilter);
    m_consentFilter = new QComboBox(this);
    m_consentFilter->setAccessibleName(tr("Show consent to take part"));
    m_consentFilter->addItem(tr("Any consent to take part"), -1);
    for (ConsentState state :
        { ConsentState::Granted, ConsentState::Refused, ConsentState::Withdrawn, ConsentState::NotRecorded })
        m_consentFilter->addItem(
            PeopleWords::stateIcon(state), tr("Take part: %1").arg(PeopleWords::state(state)), int(state));
    filters->addWidget(m_consentFilter);
    layout->addLayout(filters);
    auto filterChanged = [this] {
        const int role = m_roleFilter->currentData().toInt();
        const int attendance = m_attendanceFilter->currentData().toInt();
        const int consent = m_consentFilter->currentData().toInt();
        m_filter->setRole(role < 0 ? std::nullopt : std::optional<Role>(Role(role)));
        m_filter->setAttendance(
            attendance < 0 ? std::nullopt : std::optional<Attendance>(Attendance(attendance)));
        m_filter->setConsentState(
            consent < 0 ? std::nullopt : std::optional<ConsentState>(ConsentState(consent)));
        updateCount();
    };
    for (QComboBox *box : { m_roleFilter, m_attendanceFilter, m_consentFilter })
        connect(box, &QComboBox::currentIndexChanged, this, filterChanged);

    // Actions.
    auto *actions = new FlowLayout;
    auto button = [this, actions](const QString &text, const QKeySequence &keys, const QString &accessible) {
        auto *b = new QPushButton(text, this);
        b->setAccessibleName(accessible);
        b->setAutoDefault(false);
        if (!keys.isEmpty()) {
            b->setToolTip(tr("%1 (%2)").arg(accessible, keys.toString(QKeySequence::NativeText)));
            auto *shortcut = new QShortcut(keys, this);
            shortcut->setContext(Qt::WidgetWithChildrenShortcut);
            connect(shortcut, &QShortcut::activated, b, &QPushButton::click);
        }
        actions->addWidget(b);
        return b;
    };
    auto *add = button(tr("Add person"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), tr("Add person"));
    auto *remove = button(tr("Remove person"), {}, tr("Remove person added by mistake"));
    remove->setToolTip(tr("Only for someone added by mistake. To take someone out of the workshop, use "
                          "Withdraw from the workshop on the Consent tab."));
    auto *import = button(
        tr("Import from CSV…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), tr("Import people from CSV"));
    auto *exportButton = button(tr("Export people list…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
        tr("Export people list, team use only"));
    layout->addLayout(actions);
    connect(add, &QPushButton::clicked, this, &PeopleView::newPerson);
    connect(remove, &QPushButton::clicked, this, [this] { (void)removeCurrent(); });
    connect(import, &QPushButton::clicked, this, [this] { openImportDialog(); });
    connect(exportButton, &QPushButton::clicked, this, [this] { openExportDialog(); });

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    // The table and the selected person.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    splitter->setChildrenCollapsible(false);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("peopleTable"));
    m_table->setAccessibleName(tr("People"));
    setFocusProxy(m_table); // F6 from the navigator lands in the list
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PeopleTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the details; arrows walk it
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setIconSize(QSize(20, 20));
    // Consent to take part next to the name, so it is never the column cut off on a small screen.
    m_table->horizontalHeader()->moveSection(
        m_table->horizontalHeader()->visualIndex(PeopleTableModel::TakePartColumn), 1);
    auto *del = new QShortcut(QKeySequence::Delete, m_table);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, [this] { (void)removeCurrent(); });

    m_tabs = new QTabWidget(splitter);
    m_editor = new ParticipantEditor(session, m_tabs); // scrolls its own form, keeps Save in view
    m_tabs->addTab(m_editor, tr("&Details"));
    m_consent = new ConsentPanel(session, m_defaults, m_tabs);
    // The consent panel scrolls as a whole rather than squeezing its history to one row.
    auto *consentScroll = new QScrollArea(m_tabs);
    consentScroll->setWidget(m_consent);
    consentScroll->setWidgetResizable(true);
    consentScroll->setFrameShape(QFrame::NoFrame);
    consentScroll->setFocusProxy(m_consent);
    m_tabs->addTab(consentScroll, tr("&Consent"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_tabs);
    // The list gets the room: its columns (name, pseudonym, role, attendance, consent) are what a
    // facilitator scans; the editor is a form that reads fine narrower.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 800, 420 });
    layout->addWidget(splitter, 1);

    auto *footer = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setTextFormat(Qt::PlainText);
    footer->addWidget(m_count);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    footer->addWidget(m_message, 1);
    layout->addLayout(footer);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &PeopleView::onCurrentChanged);
    connect(m_editor, &ParticipantEditor::saved, this, &PeopleView::selectParticipant);
    connect(m_consent, &ConsentPanel::withdrawRequested, this,
        [this](const QUuid &id) { openWithdrawalDialog(id); });
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_filter, signal, this, &PeopleView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &PeopleView::updateCount);

    if (m_filter->rowCount() > 0)
        m_table->setCurrentIndex(m_filter->index(0, 0));
    updateCount();
}

void PeopleView::selectParticipant(const QUuid &id)
{
    const int sourceRow = m_model->rowOf(id);
    if (sourceRow < 0)
        return;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        // Hidden by a filter: clear the filters rather than edit someone the facilitator can't see.
        m_search->clear();
        m_roleFilter->setCurrentIndex(0);
        m_attendanceFilter->setCurrentIndex(0);
        m_consentFilter->setCurrentIndex(0);
        index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

QUuid PeopleView::currentParticipant() const
{
    return m_table->currentIndex().data(PeopleTableModel::IdRole).toUuid();
}

void PeopleView::setRoleFilter(std::optional<Role> role)
{
    m_roleFilter->setCurrentIndex(m_roleFilter->findData(role ? int(*role) : -1));
}

void PeopleView::setAttendanceFilter(std::optional<Attendance> attendance)
{
    m_attendanceFilter->setCurrentIndex(m_attendanceFilter->findData(attendance ? int(*attendance) : -1));
}

void PeopleView::setConsentFilter(std::optional<ConsentState> state)
{
    m_consentFilter->setCurrentIndex(m_consentFilter->findData(state ? int(*state) : -1));
}

void PeopleView::newPerson()
{
    m_table->clearSelection();
    m_table->setCurrentIndex({});
    m_editor->setParticipant({});
    m_consent->setParticipant({});
    m_tabs->setCurrentIndex(0);
    m_editor->nameEdit()->setFocus();
}

Result<void> PeopleView::removeCurrent()
{
    const QUuid id = currentParticipant();
    if (id.isNull())
        return fail(tr("Choose a person first."));
    auto done = m_session->perform(edits::removeParticipant(m_session->data(), id));
    showMessage(done ? tr("Removed. Undo brings them back.") : done.message());
    return done;
}

void PeopleView::showConsent()
{
    m_tabs->setCurrentIndex(1);
}

CsvImportDialog *PeopleView::openImportDialog()
{
    auto *dialog = new CsvImportDialog(m_session, this, m_defaults->settings());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { showMessage(tr("People imported.")); });
    dialog->open();
    return dialog;
}

PeopleExportDialog *PeopleView::openExportDialog()
{
    auto *dialog = new PeopleExportDialog(m_session, this);
    dialog->setActor(m_defaults->recorderFor(m_session->workshop()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this] { showMessage(tr("People list saved. It is for the team only.")); });
    dialog->open();
    return dialog;
}

WithdrawalDialog *PeopleView::openWithdrawalDialog(const QUuid &participantId)
{
    auto *dialog = new WithdrawalDialog(m_session, participantId, m_defaults, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { showMessage(tr("Withdrawal recorded.")); });
    dialog->open();
    return dialog;
}

void PeopleView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Side by side when there is room for the list's columns and the form; one above the other on
    // a small screen or in large type, rather than both too narrow to read.
    const Qt::Orientation wanted
        = width() >= fontMetrics().averageCharWidth() * 130 ? Qt::Horizontal : Qt::Vertical;
    if (m_splitter->orientation() != wanted) {
        m_splitter->setOrientation(wanted);
        const int length = wanted == Qt::Horizontal ? m_splitter->width() : m_splitter->height();
        m_splitter->setSizes(wanted == Qt::Horizontal ? QList<int> { length * 2 / 3, length / 3 }
                                                      : QList<int> { length / 2, length / 2 });
    }
}

void PeopleView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_columnsFitted) {
        m_columnsFitted = true;
        fitColumnsToContents(m_table, 240);
        m_table->scrollTo(m_table->currentIndex());
    }
}

void PeopleView::onCurrentChanged()
{
    const QUuid id = currentParticipant();
    if (id.isNull())
        return;
    m_editor->setParticipant(id);
    m_consent->setParticipant(id);
}

void PeopleView::updateCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    const QString people = all == 1 ? tr("1 person") : tr("%1 people").arg(all);
    m_count->setText(shown == all ? people : tr("Showing %1 of %2").arg(shown).arg(people));
}

void PeopleView::showMessage(const QString &text)
{
    m_message->setText(text);
}

int PeopleView::heightForWidth(int width) const
{
    return layout() ? layout()->minimumHeightForWidth(width) : QWidget::heightForWidth(width);
}

} // namespace cg
