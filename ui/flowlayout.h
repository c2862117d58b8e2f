// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QList>
#include <QStyle>

#include <functional>

class QBoxLayout;
class QSplitter;

namespace cg {

/// Lays its items out left to right and wraps onto another line when the width runs out, so a
/// row of controls stays whole on a small laptop or in large type instead of forcing the window
/// wider than the screen (or squeezing a text box to "Typ…"). Items whose horizontal size policy
/// can expand share what is left of their line; an item is never made narrower than its minimum
/// size. Hidden items take no room.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr);
    ~FlowLayout() override;

    /// Space between items on a line and between lines (-1: the style's layout spacing).
    void setHorizontalSpacing(int spacing) { m_hSpacing = spacing; invalidate(); }
    void setVerticalSpacing(int spacing) { m_vSpacing = spacing; invalidate(); }
    int horizontalSpacing() const;
    int verticalSpacing() const;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

    /// How many lines the items take at the current geometry (for tests).
    int lineCount() const { return m_lines; }

private:
    /// Lays out (or, with \a apply false, only measures) the items in \a rect; returns the height.
    int arrange(const QRect &rect, bool apply) const;
    int styleSpacing(QStyle::PixelMetric metric) const;

    QList<QLayoutItem *> m_items;
    int m_hSpacing = -1;
    int m_vSpacing = -1;
    mutable int m_lines = 0;
};

/// Lays \a layout's items side by side while \a host is at least \a wideEnough(host) wide, and one
/// above the other when it is narrower (a small screen, large type); \a changed (may be empty)
/// hears which, to adjust sizes. For a page with a side panel.
void stackWhenNarrow(QWidget *host, QBoxLayout *layout, std::function<int(const QWidget *)> wideEnough,
    std::function<void(bool stacked)> changed = {});

/// The same for a splitter: its panes side by side while \a host is wide enough, one above the
/// other when it is not.
void stackWhenNarrow(QWidget *host, QSplitter *splitter, std::function<int(const QWidget *)> wideEnough,
    std::function<void(bool stacked)> changed = {});

/// The width of \a ems letters "M" in \a widget's font: a width threshold that grows with the text.
int ems(const QWidget *widget, int ems);

} // namespace cg
