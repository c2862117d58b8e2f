// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QGraphicsTextItem>
#include <QUuid>

namespace cg {

/// Edits a note's text in place, on top of the note (or of the spot where a new one will go).
/// Enter finishes and keeps the text, Shift+Enter starts a new line, Escape leaves without
/// changing anything; clicking elsewhere keeps the text too. It only reports: the canvas turns
/// the result into an edit.
class InlineEditor : public QGraphicsTextItem
{
    Q_OBJECT

public:
    /// \a noteId is null for a new note.
    InlineEditor(const QUuid &noteId, const QRectF &noteRect, NoteColour colour, const QString &text,
        const QFont &font);

    QUuid noteId() const { return m_noteId; }
    QRectF noteRect() const { return m_noteRect; }
    NoteColour colour() const { return m_colour; }
    bool isFinished() const { return m_finished; }
    /// Ends editing: \a keep true commits the text, false throws it away. Only the first call counts.
    void finish(bool keep);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

Q_SIGNALS:
    void finished(bool keep);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QUuid m_noteId;
    QRectF m_noteRect;
    NoteColour m_colour;
    bool m_finished = false;
};

} // namespace cg
