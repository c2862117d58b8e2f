// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "look.h"

#include <QApplication>
#include <QStyleFactory>

namespace cg::look {

QPalette warmPalette()
{
    const QColor cream(0xFB, 0xF7, 0xF0);
    const QColor paper(0xFF, 0xFD, 0xF9);
    const QColor ink(0x1F, 0x1B, 0x16);
    const QColor teal(0x1B, 0x5E, 0x7A);
    QPalette p;
    p.setColor(QPalette::Window, cream);
    p.setColor(QPalette::WindowText, ink);
    p.setColor(QPalette::Base, paper);
    p.setColor(QPalette::AlternateBase, QColor(0xF5, 0xEF, 0xE4));
    p.setColor(QPalette::Text, ink);
    p.setColor(QPalette::Button, QColor(0xF1, 0xE9, 0xDC));
    p.setColor(QPalette::ButtonText, ink);
    p.setColor(QPalette::Highlight, teal);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, paper);
    p.setColor(QPalette::ToolTipText, ink);
    p.setColor(QPalette::PlaceholderText, QColor(0x6E, 0x64, 0x5A));
    p.setColor(QPalette::Link, teal);
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8A, 0x80, 0x76));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8A, 0x80, 0x76));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8A, 0x80, 0x76));
    return p;
}

QString styleSheet(int basePoints)
{
    const auto pt = [basePoints](double factor) { return QString::number(qRound(basePoints * factor)); };
    return QStringLiteral(
        "QWidget { font-size: %1pt; }\n"
        "QLabel#startTitle { font-size: %2pt; font-weight: 600; color: #1B5E7A; }\n"
        "QLabel#startTagline { font-size: %3pt; color: #3F362D; }\n"
        "QLabel#pageHeading, QLabel#workshopTitle { font-size: %4pt; font-weight: 600; }\n"
        "QLabel#sectionHeading { font-size: %5pt; font-weight: 600; }\n"
        "QLabel#attentionHeading { font-size: %6pt; font-weight: 600; }\n"
        "QLabel#workshopWhen { font-size: %5pt; color: #3F362D; }\n"
        "QLabel#hint { color: #4F463C; }\n"
        "QLabel[role=\"countNumber\"] { font-size: %4pt; font-weight: 700; color: #1B5E7A; }\n"
        "QFrame#countCard { background: #FFFDF9; border: 1px solid #E0D4C2; border-radius: 8px; }\n"
        "QFrame#countCard:focus { border: 2px solid #1B5E7A; }\n"
        "QFrame#messageBanner { border-radius: 4px; }\n"
        "QFrame#messageBanner[tone=\"error\"] { background: #FBE3DC; border: 1px solid #B3401E; }\n"
        "QFrame#messageBanner[tone=\"warning\"] { background: #FFF0C2; border: 1px solid #8A6100; }\n"
        "QFrame#messageBanner[tone=\"information\"] { background: #E1EEF4; border: 1px solid #1B5E7A; }\n"
        "QTreeWidget#navigator { background: #F1E9DC; border: none; font-size: %5pt; }\n"
        "QTreeWidget#navigator::item { padding: 7px 8px; }\n"
        "QTreeWidget#navigator::item:selected { background: #1B5E7A; color: white; }\n"
        "QPushButton { padding: 8px 18px; }\n"
        "QPushButton#demoButton { background: #1B5E7A; color: white; font-weight: 600;"
        " border: 1px solid #144A61; border-radius: 6px; }\n"
        "QPushButton#demoButton:focus { border: 3px solid #E8A33D; }\n"
        "QListWidget#recentList::item { padding: 8px; }\n"
        "QHeaderView::section { padding: 6px; font-weight: 600; }\n"
        "QTableView::item { padding: 4px 6px; }\n")
        .arg(pt(1.0), pt(2.6), pt(1.35), pt(2.0), pt(1.3), pt(1.1));
}

void apply(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app.setStyle(fusion);
    app.setPalette(warmPalette());
}

} // namespace cg::look
