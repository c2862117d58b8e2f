// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowlayout.h"

#include <QBoxLayout>
#include <QEvent>
#include <QPointer>
#include <QSplitter>
#include <QStyle>
#include <QWidget>

#include <algorithm>

namespace cg {

namespace {

bool expands(const QLayoutItem *item)
{
    return item->expandingDirections() & Qt::Horizontal;
}

/// The width an item asks for on a line: what it would like, or (if it can grow) its minimum.
int wantedWidth(const QLayoutItem *item)
{
    const int minimum = item->minimumSize().width();
    return expands(item) ? minimum : std::max(minimum, item->sizeHint().width());
}

int itemHeight(const QLayoutItem *item, int width)
{
    const int height = item->hasHeightForWidth() ? item->heightForWidth(width) : item->sizeHint().height();
    return std::clamp(height, item->minimumSize().height(), std::max(item->minimumSize().height(), item->maximumSize().height()));
}

} // namespace

FlowLayout::FlowLayout(QWidget *parent)
    : QLayout(parent)
{
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
    invalidate();
}

int FlowLayout::count() const
{
    return int(m_items.size());
}

QLayoutItem *FlowLayout::itemAt(int index) const
{
    return index >= 0 && index < m_items.size() ? m_items.at(index) : nullptr;
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    QLayoutItem *item = m_items.takeAt(index);
    invalidate();
    return item;
}

Qt::Orientations FlowLayout::expandingDirections() const
{
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty() && expands(item))
            return Qt::Horizontal;
    return {};
}

int FlowLayout::styleSpacing(QStyle::PixelMetric metric) const
{
    const QWidget *widget = parentWidget();
    if (!widget)
        return 6;
    return widget->style()->pixelMetric(metric, nullptr, widget);
}

int FlowLayout::horizontalSpacing() const
{
    return m_hSpacing >= 0 ? m_hSpacing : std::max(0, styleSpacing(QStyle::PM_LayoutHorizontalSpacing));
}

int FlowLayout::verticalSpacing() const
{
    return m_vSpacing >= 0 ? m_vSpacing : std::max(0, styleSpacing(QStyle::PM_LayoutVerticalSpacing));
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    // One item a line at the narrowest: the widest minimum decides.
    QSize size;
    for (const QLayoutItem *item : m_items)
        if (!item->isEmpty())
            size = size.expandedTo(item->minimumSize());
    const QMargins m = contentsMargins();
    return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // Everything on one line.
    int width = 0;
    int height = 0;
    int visible = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += std::max(item->sizeHint().width(), item->minimumSize().width());
        height = std::max(height, itemHeight(item, item->sizeHint().width()));
        ++visible;
    }
    width += std::max(0, visible - 1) * horizontalSpacing();
    const QMargins m = contentsMargins();
    return QSize(width + m.left() + m.right(), height + m.top() + m.bottom());
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int available = std::max(1, area.width());
    const int hSpace = horizontalSpacing();
    const int vSpace = verticalSpacing();

    // Break the items into lines.
    QList<QList<QLayoutItem *>> lines;
    int used = 0;
    for (QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        const int wanted = std::min(wantedWidth(item), available);
        if (lines.isEmpty() || (used > 0 && used + hSpace + wanted > available)) {
            lines.append(QList<QLayoutItem *>());
            used = 0;
        }
        used += (lines.last().isEmpty() ? 0 : hSpace) + wanted;
        lines.last().append(item);
    }
    m_lines = int(lines.size());

    int y = area.top();
    for (const QList<QLayoutItem *> &line : lines) {
        // Widths: what each wants, then the rest shared among those that may grow.
        QList<int> widths;
        int total = hSpace * int(line.size() - 1);
        int growers = 0;
        for (const QLayoutItem *item : line) {
            widths << std::max(item->minimumSize().width(), std::min(wantedWidth(item), available));
            total += widths.last();
            growers += expands(item) ? 1 : 0;
        }
        int spare = std::max(0, available - total);
        for (int i = 0; i < line.size() && growers > 0; ++i) {
            if (!expands(line.at(i)))
                continue;
            const int share = spare / growers;
            const int grown = std::min(widths.at(i) + share, std::max(widths.at(i), line.at(i)->maximumSize().width()));
            spare -= grown - widths.at(i);
            widths[i] = grown;
            --growers;
        }
        int height = 0;
        for (int i = 0; i < line.size(); ++i)
            height = std::max(height, itemHeight(line.at(i), widths.at(i)));
        if (apply) {
            int x = area.left();
            for (int i = 0; i < line.size(); ++i) {
                QLayoutItem *item = line.at(i);
                // Centred on the line, so labels sit level with the boxes beside them; an item
                // that may grow upwards (a card) takes the line's height, so a row looks even.
                const int h = (item->expandingDirections() & Qt::Vertical)
                    ? height
                    : std::min(height, itemHeight(item, widths.at(i)));
                item->setGeometry(QRect(x, y + (height - h) / 2, widths.at(i), h));
                x += widths.at(i) + hSpace;
            }
        }
        y += height + vSpace;
    }
    if (!lines.isEmpty())
        y -= vSpace;
    const QMargins m = contentsMargins();
    return y - area.top() + m.top() + m.bottom();
}

namespace {

/// Watches the host's width for stackWhenNarrow(): \a apply puts the panes one above the other
/// (true) or side by side (false).
class NarrowWatcher : public QObject
{
public:
    NarrowWatcher(QWidget *host, std::function<int(const QWidget *)> wideEnough, std::function<void(bool)> apply,
        std::function<void(bool)> changed)
        : QObject(host)
        , m_host(host)
        , m_wideEnough(std::move(wideEnough))
        , m_apply(std::move(apply))
        , m_changed(std::move(changed))
    {
        host->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_host && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange)) {
            const bool stacked = m_host->width() < m_wideEnough(m_host);
            if (!m_known || stacked != m_stacked) {
                m_known = true;
                m_stacked = stacked;
                m_apply(stacked);
                if (m_changed)
                    m_changed(stacked);
            }
        }
        return false;
    }

private:
    QWidget *m_host;
    std::function<int(const QWidget *)> m_wideEnough;
    std::function<void(bool)> m_apply;
    std::function<void(bool)> m_changed;
    bool m_known = false;
    bool m_stacked = false;
};

} // namespace

void stackWhenNarrow(QWidget *host, QBoxLayout *layout, std::function<int(const QWidget *)> wideEnough,
    std::function<void(bool stacked)> changed)
{
    QPointer<QBoxLayout> guarded(layout);
    new NarrowWatcher(host, std::move(wideEnough), [guarded](bool stacked) {
        if (guarded)
            guarded->setDirection(stacked ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    }, std::move(changed));
}

void stackWhenNarrow(QWidget *host, QSplitter *splitter, std::function<int(const QWidget *)> wideEnough,
    std::function<void(bool stacked)> changed)
{
    QPointer<QSplitter> guarded(splitter);
    new NarrowWatcher(host, std::move(wideEnough), [guarded](bool stacked) {
        if (guarded)
            guarded->setOrientation(stacked ? Qt::Vertical : Qt::Horizontal);
    }, std::move(changed));
}

int ems(const QWidget *widget, int ems)
{
    return widget->fontMetrics().horizontalAdvance(QLatin1Char('M')) * ems;
}

} // namespace cg
