// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessible>
#include <QAccessibleWidget>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUuid>

namespace cg {

class BoardCanvas;
class NoteItem;

/// What a screen reader hears about a note: its text as the name; who wrote it (as the board shows
/// it, already decided by the scene's ConsentPolicy), its colour, theme, votes and its quote,
/// sensitive and consent marks as the description. Shared by the accessible note and by tests.
namespace boardaccess {
QString noteName(const NoteItem &item);
QString noteDescription(const BoardCanvas &canvas, const NoteItem &item);
} // namespace boardaccess

/// Keeps assistive technology in step with one board canvas: the canvas is exposed as a list
/// (BoardCanvasAccessible) with one item per note in reading order, and this object, a child of
/// the canvas, tells the accessibility layer when notes come, go or change and where the
/// keyboard is. It also owns the per-note interfaces handed out so far (by note id), so that a
/// screen reader sees the same object for the same note until the note goes.
class BoardAccessibility : public QObject
{
    Q_OBJECT

public:
    /// Installs the canvas's accessibility factory (once per process) and the tracker for \a canvas.
    static void install(BoardCanvas *canvas);
    static BoardAccessibility *of(const BoardCanvas *canvas);
    ~BoardAccessibility() override;

    BoardCanvas *canvas() const;
    /// The notes in reading order (top to bottom, then left to right), as listed to assistive tech.
    const QList<QUuid> &notes() const;
    QAccessibleInterface *noteInterface(const QUuid &noteId);

Q_SIGNALS:
    /// Each event as it is handed to the accessibility layer, with the name of what it is about
    /// (which only reaches a platform bridge while assistive technology listens).
    void announced(QAccessible::Event event, const QString &name);

private:
    void announce(QAccessibleInterface *iface, QAccessible::Event event);
    explicit BoardAccessibility(BoardCanvas *canvas);
    void contentChanged();
    void selectionChanged();

    BoardCanvas *m_canvas;
    mutable QList<QUuid> m_order;
    mutable bool m_orderValid = false;
    QHash<QUuid, QAccessible::Id> m_ids;
    QHash<QUuid, QString> m_spoken; // name + description last handed out, to report changes
    QUuid m_focused;
};

/// The board canvas as a list of notes for assistive technology.
class BoardCanvasAccessible : public QAccessibleWidget
{
public:
    explicit BoardCanvasAccessible(BoardCanvas *canvas);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;
    QString text(QAccessible::Text t) const override;

private:
    BoardCanvas *canvas() const;
};

} // namespace cg
