// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/notepalette.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace cg::palette {

QColor fill(NoteColour colour)
{
    // Tints of the Okabe–Ito colours, light enough for black text at AAA contrast.
    switch (colour) {
    case NoteColour::Yellow:
        return QColor(0xFB, 0xF4, 0xA8); // #F0E442
    case NoteColour::Blue:
        return QColor(0xC9, 0xE6, 0xF8); // #56B4E9
    case NoteColour::Orange:
        return QColor(0xF7, 0xD9, 0x9A); // #E69F00
    case NoteColour::Green:
        return QColor(0xB5, 0xE3, 0xD3); // #009E73
    case NoteColour::Pink:
        return QColor(0xF3, 0xCF, 0xE2); // #CC79A7
    case NoteColour::Purple:
        return QColor(0xD8, 0xD2, 0xF2); // #0072B2 mixed with #CC79A7
    }
    return QColor(0xFB, 0xF4, 0xA8);
}

QColor accent(NoteColour colour)
{
    switch (colour) {
    case NoteColour::Yellow:
        return QColor(0x9A, 0x8A, 0x00); // darkened #F0E442: visible on its tint
    case NoteColour::Blue:
        return QColor(0x00, 0x72, 0xB2);
    case NoteColour::Orange:
        return QColor(0xB0, 0x6E, 0x00);
    case NoteColour::Green:
        return QColor(0x00, 0x7A, 0x5A);
    case NoteColour::Pink:
        return QColor(0xA8, 0x4C, 0x80);
    case NoteColour::Purple:
        return QColor(0x5B, 0x4B, 0xA8);
    }
    return QColor(0x9A, 0x8A, 0x00);
}

QString name(NoteColour colour)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("cg::palette", text); };
    switch (colour) {
    case NoteColour::Yellow:
        return tr("Yellow");
    case NoteColour::Blue:
        return tr("Blue");
    case NoteColour::Orange:
        return tr("Orange");
    case NoteColour::Green:
        return tr("Green");
    case NoteColour::Pink:
        return tr("Pink");
    case NoteColour::Purple:
        return tr("Purple");
    }
    return {};
}

void paintShape(QPainter *painter, const QRectF &box, NoteColour colour)
{
    const QColor c = accent(colour);
    painter->setPen(Qt::NoPen);
    painter->setBrush(c);
    const QRectF r = box.adjusted(1, 1, -1, -1);
    const QPointF mid = r.center();
    QPainterPath path;
    switch (colour) {
    case NoteColour::Yellow:
        path.addEllipse(r);
        break;
    case NoteColour::Blue:
        path.addRect(r.adjusted(1, 1, -1, -1));
        break;
    case NoteColour::Orange:
        path.moveTo(mid.x(), r.top());
        path.lineTo(r.bottomRight());
        path.lineTo(r.bottomLeft());
        path.closeSubpath();
        break;
    case NoteColour::Green:
        path.moveTo(mid.x(), r.top());
        path.lineTo(r.right(), mid.y());
        path.lineTo(mid.x(), r.bottom());
        path.lineTo(r.left(), mid.y());
        path.closeSubpath();
        break;
    case NoteColour::Pink: {
        const double t = r.width() / 3.2;
        path.addRect(QRectF(mid.x() - t / 2, r.top(), t, r.height()));
        path.addRect(QRectF(r.left(), mid.y() - t / 2, r.width(), t));
        path.setFillRule(Qt::WindingFill);
        break;
    }
    case NoteColour::Purple:
        for (int i = 0; i < 6; ++i) {
            const double a = M_PI / 3 * i + M_PI / 6;
            const QPointF p(mid.x() + r.width() / 2 * std::cos(a), mid.y() + r.height() / 2 * std::sin(a));
            i == 0 ? path.moveTo(p) : path.lineTo(p);
        }
        path.closeSubpath();
        break;
    }
    painter->drawPath(path);
}

QColor ink()
{
    return QColor(0x1F, 0x1F, 0x1F);
}
QColor mutedInk()
{
    return QColor(0x4A, 0x4A, 0x4A);
}
QColor boardBackground()
{
    return QColor(0xF6, 0xF3, 0xEC);
}
QColor selection()
{
    return QColor(0x00, 0x5A, 0x9C);
}
QColor findHighlight()
{
    return QColor(0xD5, 0x5E, 0x00);
}
QColor sensitiveMark()
{
    return QColor(0x9E, 0x2A, 0x2B);
}
QColor consentMark()
{
    return QColor(0x7A, 0x46, 0x00);
}

} // namespace cg::palette
