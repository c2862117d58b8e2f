// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "actions/recordsview.h"

#include "actions/editorpanel.h"
#include "flowlayout.h"
#include "listpage.h"
#include "models/sessiontablemodel.h"
#include "session/session.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cg {

RecordsView::RecordsView(Session *session, const QString &title, const QString &description,
                         SessionTableModel *model, EditorPanel *editor, Removal removal, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new ListPage(title, description, model, this))
    , m_editor(editor)
    , m_removal(std::move(removal))
    , m_toolbar(new FlowLayout)
    , m_new(new QPushButton(this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    m_delete->setToolTip(tr("Delete the chosen row (Delete); Undo brings it back"));
    m_toolbar->addWidget(m_new);
    m_toolbar->addWidget(m_delete);
    m_toolbar->setHorizontalSpacing(8);
    // Under the list's heading and count line.
    if (auto *layout = qobject_cast<QVBoxLayout *>(m_list->layout()))
        layout->insertLayout(2, m_toolbar);

    auto *side = new QScrollArea(this);
    m_editor->setParent(side);
    side->setWidget(m_editor);
    side->setWidgetResizable(true);
    side->setFrameShape(QFrame::NoFrame);
    side->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    side->setMinimumWidth(340);
    side->setMaximumWidth(460);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_list, 1);
    layout->addWidget(side);
    // On a narrow page the editor goes below the list, as wide as the page.
    stackWhenNarrow(this, layout, [](const QWidget *host) { return ems(host, 62); }, [this, side](bool stacked) {
        side->setMaximumWidth(stacked ? QWIDGETSIZE_MAX : 460);
        side->setMinimumHeight(stacked ? m_editor->sizeHint().height() : 0);
        m_list->table()->setMinimumHeight(stacked ? ems(this, 12) : 0);
    });
    setFocusProxy(m_list);

    // As on the People page: Ctrl+Shift+A adds a row to the list on screen.
    auto *add = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), this);
    add->setContext(Qt::WidgetWithChildrenShortcut);
    connect(add, &QShortcut::activated, this, &RecordsView::startNew);
    auto *del = new QShortcut(QKeySequence::Delete, m_list->table());
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, [this] { (void)deleteCurrent(); });
    connect(m_new, &QPushButton::clicked, this, &RecordsView::startNew);
    connect(m_delete, &QPushButton::clicked, this, [this] { (void)deleteCurrent(); });
    connect(m_list, &ListPage::currentChanged, this, &RecordsView::onCurrentChanged);
    // Enter on a row goes to its editor.
    connect(m_list, &ListPage::activated, this, [this](const QUuid &id) {
        select(id);
        m_editor->focusFirstField();
    });
    connect(m_editor, &EditorPanel::saved, this, [this](const QUuid &id) {
        if (!m_switching)
            select(id);
        Q_EMIT statusMessage(tr("Saved"));
    });
    connect(m_editor, &EditorPanel::statusMessage, this, &RecordsView::statusMessage);
    connect(model, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_delete->setEnabled(!m_list->currentId().isNull());
    });
    m_delete->setEnabled(false);
}

void RecordsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Something to look at straight away: the first row, when nothing is chosen or being written.
    if (m_list->currentId().isNull() && !m_editor->isNew() && !m_editor->isModified() && m_list->model()->rowCount() > 0)
        select(m_list->model()->idAt(0));
}

void RecordsView::startNew()
{
    m_switching = true;
    const bool kept = !m_editor->isModified() || m_editor->save();
    m_switching = false;
    if (!kept)
        return;
    m_list->table()->clearSelection();
    m_editor->startNew();
    m_editor->focusFirstField();
}

void RecordsView::select(const QUuid &id)
{
    const int row = m_list->model()->rowOf(id);
    if (row < 0)
        return;
    m_reselecting = true;
    m_list->table()->setCurrentIndex(m_list->model()->index(row, 0));
    m_list->table()->scrollTo(m_list->model()->index(row, 0));
    m_reselecting = false;
    m_editor->showRecord(id);
    m_delete->setEnabled(true);
}

void RecordsView::onCurrentChanged(const QUuid &id)
{
    m_delete->setEnabled(!id.isNull());
    if (m_reselecting || id == m_editor->currentId())
        return;
    m_switching = true;
    const bool kept = !m_editor->isModified() || m_editor->save();
    m_switching = false;
    if (!kept) {
        // Stay with what is being edited: the problem is shown in the panel.
        const QUuid editing = m_editor->currentId();
        QTimer::singleShot(0, this, [this, editing] {
            const int row = m_list->model()->rowOf(editing);
            m_reselecting = true;
            if (row >= 0)
                m_list->table()->setCurrentIndex(m_list->model()->index(row, 0));
            else
                m_list->table()->clearSelection();
            m_reselecting = false;
        });
        return;
    }
    m_editor->showRecord(id);
}

bool RecordsView::deleteCurrent()
{
    const QUuid id = m_list->currentId();
    if (id.isNull())
        return false;
    const int row = m_list->model()->rowOf(id);
    auto done = m_session->perform(m_removal(m_session->data(), id));
    if (!done) {
        Q_EMIT statusMessage(done.message());
        return false;
    }
    Q_EMIT statusMessage(tr("Deleted. Undo (Ctrl+Z) brings it back."));
    // Keep the keyboard in the list, on the row that took the deleted one's place.
    const int rows = m_list->model()->rowCount();
    if (rows > 0)
        select(m_list->model()->idAt(std::min(row, rows - 1)));
    else
        m_editor->showRecord({});
    m_list->table()->setFocus();
    return true;
}

} // namespace cg
