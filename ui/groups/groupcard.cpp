// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "groups/groupcard.h"

#include "groups/groupmembersmodel.h"
#include "planning/allocation.h"
#include "session/session.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cg {

GroupCard::GroupCard(Session *session, const QUuid &groupId, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
    , m_group(groupId)
{
    setObjectName(QStringLiteral("groupCard"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sectionHeading"));
    m_title->setTextFormat(Qt::PlainText);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("hint"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);

    m_model = new GroupMembersModel(session, groupId, this);
    m_list = new QListView(this);
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragEnabled(!session->isReadOnly());
    m_list->setAcceptDrops(!session->isReadOnly());
    m_list->setDropIndicatorShown(true);
    m_list->setDragDropMode(QAbstractItemView::DragDrop);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    connect(m_list, &QListView::customContextMenuRequested, this,
        [this](const QPoint &pos) { Q_EMIT contextMenuRequested(m_group, m_list->viewport()->mapToGlobal(pos)); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 12, 14, 12);
    layout->setSpacing(6);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    if (!groupId.isNull()) {
        // Small buttons, so that two or three tables fit side by side on a laptop.
        m_edit = new QToolButton(this);
        m_edit->setText(tr("Edit…"));
        m_remove = new QToolButton(this);
        m_remove->setText(tr("Remove"));
        connect(m_edit, &QToolButton::clicked, this, [this] { Q_EMIT editRequested(m_group); });
        connect(m_remove, &QToolButton::clicked, this, [this] { Q_EMIT removeRequested(m_group); });
        top->addWidget(m_edit);
        top->addWidget(m_remove);
    }
    layout->addLayout(top);
    layout->addWidget(m_details);
    layout->addWidget(m_list);
    layout->addStretch(1); // beside a taller card, the contents stay at the top
    setFocusProxy(m_list);
    refresh();
}

QUuid GroupCard::currentPerson() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QUuid();
}

void GroupCard::selectPerson(const QUuid &id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_list->setCurrentIndex(m_model->index(row));
}

void GroupCard::refresh()
{
    const QUuid current = currentPerson();
    m_model->refresh();
    if (!current.isNull())
        selectPerson(current);
    // As tall as its members and one free row to drop onto; a long list scrolls.
    const int rowHeight = std::max(m_list->sizeHintForRow(0), m_list->fontMetrics().height() + 6);
    const int rows = std::clamp(m_model->rowCount() + 1, m_group.isNull() ? 2 : 4, 14);
    m_list->setFixedHeight(rows * rowHeight + 2 * m_list->frameWidth() + 6);
    const WorkshopData &data = m_session->data();
    if (m_group.isNull()) {
        const int n = m_model->rowCount();
        m_title->setText(tr("Not at a table"));
        m_details->setText(n == 0 ? tr("Everyone who arrived has a table.")
                : n == 1          ? tr("1 person arrived and has no table. Drag them to one.")
                                  : tr("%1 people arrived and have no table. Drag them to one.").arg(n));
        m_list->setAccessibleName(tr("People who arrived with no table"));
        return;
    }
    const Group *group = data.groups.find(m_group);
    if (!group)
        return;
    const int n = int(group->memberIds.size());
    m_title->setText(n == 1 ? tr("%1 · 1 person").arg(group->name) : tr("%1 · %2 people").arg(group->name).arg(n));
    QStringList lines;
    if (!group->location.isEmpty())
        lines << group->location;
    const Participant *leader = data.participants.find(group->facilitatorId);
    lines << (leader ? tr("Facilitator: %1").arg(leader->displayName) : tr("No table facilitator yet"));
    QStringList offers;
    for (allocation::Feature f : allocation::allFeatures)
        if (allocation::featuresOf(*group) & f)
            offers << allocation::featureWords(f);
    lines << (offers.isEmpty() ? tr("Access: nothing marked") : tr("Has %1").arg(offers.join(QStringLiteral(", "))));
    m_details->setText(lines.join(QLatin1Char('\n')));
    m_list->setAccessibleName(tr("Members of %1").arg(group->name));
    if (m_edit) {
        m_edit->setAccessibleName(tr("Edit %1").arg(group->name));
        m_remove->setAccessibleName(tr("Remove %1").arg(group->name));
        m_edit->setEnabled(!m_session->isReadOnly());
        m_remove->setEnabled(!m_session->isReadOnly());
    }
}

} // namespace cg
