// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/boardview.h"

#include "board/boardcanvas.h"
#include "board/capturebar.h"

#include <QFrame>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cg {

BoardView::BoardView(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_canvas(new BoardCanvas(session, this))
    , m_capture(new CaptureBar(session, this))
{
    setAccessibleName(tr("Board and quick capture"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_canvas, 1);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(m_capture);
    setFocusProxy(m_capture->textEdit());

    connect(m_canvas, &BoardCanvas::statusMessage, this, &BoardView::statusMessage);
    connect(m_capture, &CaptureBar::statusMessage, this, &BoardView::statusMessage);
    // A captured note comes into view, without taking the selection or the focus away.
    connect(m_capture, &CaptureBar::noteAdded, m_canvas, &BoardCanvas::reveal);
    setBoard(QUuid());
}

BoardView::~BoardView() = default;

void BoardView::setBoard(const QUuid &boardId)
{
    m_canvas->setBoard(boardId);
    m_capture->setBoard(m_canvas->board());
}

QUuid BoardView::board() const
{
    return m_canvas->board();
}

QList<QUuid> BoardView::selectedNotes() const
{
    return m_canvas->selectedNotes();
}

void BoardView::selectNotes(const QList<QUuid> &ids)
{
    m_canvas->selectNotes(ids);
}

void BoardView::zoomIn()
{
    m_canvas->zoomIn();
}

void BoardView::zoomOut()
{
    m_canvas->zoomOut();
}

void BoardView::zoomToFit()
{
    m_canvas->zoomToFit();
}

void BoardView::resetZoom()
{
    m_canvas->resetZoom();
}

void BoardView::find(const QString &text)
{
    Q_EMIT findResults(m_canvas->find(text));
}

void BoardView::focusCapture()
{
    m_capture->focusText();
}

} // namespace cg
