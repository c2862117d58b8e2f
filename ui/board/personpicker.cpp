// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/personpicker.h"

#include <QKeyEvent>
#include <QScrollBar>

#include <algorithm>

namespace cg {

PersonPicker::PersonPicker(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("personPicker"));
    setAccessibleName(tr("People this name could mean"));
    setFocusPolicy(Qt::NoFocus);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(true);
    setFrameShape(QFrame::Box);
    hide();
    connect(this, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const int r = row(item);
        if (r >= 0 && r < m_choices.size())
            Q_EMIT picked(m_choices.at(r));
    });
}

void PersonPicker::setChoices(const QList<Choice> &choices)
{
    m_choices = choices;
    clear();
    for (const Choice &choice : choices) {
        auto *item = new QListWidgetItem(
            choice.detail.isEmpty() ? choice.name : tr("%1 — %2").arg(choice.name, choice.detail), this);
        item->setData(Qt::AccessibleTextRole, item->text());
    }
    setCurrentRow(-1); // nothing chosen until the note-taker moves onto a name
}

std::optional<PersonPicker::Choice> PersonPicker::currentChoice() const
{
    const int r = currentRow();
    if (!isVisible() || r < 0 || r >= m_choices.size() || !currentItem() || !currentItem()->isSelected())
        return std::nullopt;
    return m_choices.at(r);
}

void PersonPicker::popUp(QWidget *anchor)
{
    if (m_choices.isEmpty() || !anchor) {
        dismiss();
        return;
    }
    QWidget *host = anchor->window();
    if (parentWidget() != host) {
        setParent(host);
        setFocusPolicy(Qt::NoFocus);
    }
    const int rows = std::min<int>(int(m_choices.size()), 8);
    const int frame = 2 * frameWidth();
    const int rowHeight = std::max(sizeHintForRow(0), fontMetrics().height() + 4);
    int width = anchor->width();
    for (int i = 0; i < count(); ++i)
        width = std::max(width, fontMetrics().horizontalAdvance(item(i)->text()) + 24);
    width += m_choices.size() > rows ? verticalScrollBar()->sizeHint().width() : 0;
    width = std::min(width + frame, host->width());
    const int height = rows * rowHeight + frame;
    const QPoint topLeft = anchor->mapTo(host, QPoint(0, 0));
    int x = std::clamp(topLeft.x(), 0, std::max(0, host->width() - width));
    int y = topLeft.y() - height; // over the box: the bar sits at the bottom of the board
    if (y < 0)
        y = topLeft.y() + anchor->height();
    setGeometry(x, y, width, height);
    raise();
    show();
}

void PersonPicker::dismiss()
{
    hide();
    setCurrentRow(-1);
}

bool PersonPicker::handleKey(const QKeyEvent *key)
{
    if (!isVisible() || key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
        return false;
    const int rows = count();
    int r = currentItem() && currentItem()->isSelected() ? currentRow() : -1;
    switch (key->key()) {
    case Qt::Key_Down:
        r = r < 0 ? 0 : std::min(r + 1, rows - 1);
        break;
    case Qt::Key_Up:
        r = r < 0 ? rows - 1 : std::max(r - 1, 0);
        break;
    case Qt::Key_Escape:
        dismiss();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (const auto choice = currentChoice()) {
            Q_EMIT picked(*choice);
            return true;
        }
        return false;
    default:
        return false;
    }
    setCurrentRow(r);
    item(r)->setSelected(true);
    scrollToItem(item(r));
    return true;
}

} // namespace cg
