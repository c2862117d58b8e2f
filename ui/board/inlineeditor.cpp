// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/inlineeditor.h"

#include "board/notepalette.h"

#include <QKeyEvent>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

namespace cg {

namespace {
constexpr double inset = 8;
}

InlineEditor::InlineEditor(
    const QUuid &noteId, const QRectF &noteRect, NoteColour colour, const QString &text, const QFont &font)
    : m_noteId(noteId)
    , m_noteRect(noteRect)
    , m_colour(colour)
{
    setFont(font);
    setDefaultTextColor(palette::ink());
    setPlainText(text);
    setTextWidth(noteRect.width() - 2 * inset);
    setPos(noteRect.topLeft() + QPointF(inset, inset));
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setZValue(1000);
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    setTextCursor(cursor);
}

void InlineEditor::finish(bool keep)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(keep);
}

QRectF InlineEditor::boundingRect() const
{
    // At least the note's own area, so the editor covers the note it edits.
    const QRectF own = QGraphicsTextItem::boundingRect();
    const QRectF note(-inset, -inset, m_noteRect.width(), m_noteRect.height());
    return own.united(note).adjusted(-4, -4, 4, 4);
}

void InlineEditor::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    const QRectF note = QGraphicsTextItem::boundingRect().united(
        QRectF(-inset, -inset, m_noteRect.width(), m_noteRect.height()));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(palette::fill(m_colour).lighter(106));
    painter->setPen(QPen(palette::selection(), 3));
    painter->drawRoundedRect(note.adjusted(-2, -2, 2, 2), 5, 5);
    QGraphicsTextItem::paint(painter, option, widget);
}

void InlineEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ShiftModifier)) {
        event->accept();
        finish(true);
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        event->accept();
        finish(false);
        return;
    }
    QGraphicsTextItem::keyPressEvent(event);
}

void InlineEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    // A popup (e.g. the input method) taking focus for a moment is not the person leaving.
    if (event->reason() != Qt::PopupFocusReason)
        finish(true);
}

} // namespace cg
