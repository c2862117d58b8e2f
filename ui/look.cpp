// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "look.h"

#include <QApplication>
#include <QLineEdit>
#include <QToolButton>
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
    // A list without the keyboard shows its selection pale, so the one with the keyboard (deep
    // teal) is plain to see.
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0xCF, 0xE1, 0xE8));
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, ink);
    return p;
}

QPalette highContrastPalette()
{
    const QColor ink(Qt::black);
    const QColor paper(Qt::white);
    const QColor blue(0x00, 0x00, 0xA0);
    const QColor grey(0x4A, 0x4A, 0x4A); // 8.9:1 on white
    QPalette p;
    for (const QPalette::ColorRole role : { QPalette::Window, QPalette::Base, QPalette::Button, QPalette::ToolTipBase })
        p.setColor(role, paper);
    p.setColor(QPalette::AlternateBase, QColor(0xEE, 0xEE, 0xEE));
    for (const QPalette::ColorRole role :
        { QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText, QPalette::BrightText })
        p.setColor(role, ink);
    p.setColor(QPalette::Highlight, blue);
    p.setColor(QPalette::HighlightedText, paper);
    p.setColor(QPalette::PlaceholderText, grey);
    p.setColor(QPalette::Link, blue);
    p.setColor(QPalette::Light, paper);
    p.setColor(QPalette::Midlight, QColor(0xDD, 0xDD, 0xDD));
    p.setColor(QPalette::Mid, ink);
    p.setColor(QPalette::Dark, ink);
    p.setColor(QPalette::Shadow, ink);
    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::ButtonText, QPalette::Text })
        p.setColor(QPalette::Disabled, role, grey);
    // Without the keyboard a list's selection is outlined pale blue, still with black text.
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0xC8, 0xD2, 0xFF));
    p.setColor(QPalette::Inactive, QPalette::HighlightedText, ink);
    return p;
}

QPalette palette(bool highContrast)
{
    return highContrast ? highContrastPalette() : warmPalette();
}

Projection projection(bool highContrast)
{
    if (highContrast)
        return { QColor(Qt::white), QColor(Qt::black), QColor(Qt::black), QColor(Qt::black) };
    return { QColor(0xFF, 0xFC, 0xF5), QColor(0x1C, 0x19, 0x16), QColor(0x5A, 0x50, 0x46), QColor(0x1B, 0x5E, 0x7A) };
}

bool isHighContrast(const QPalette &palette)
{
    const QPalette high = highContrastPalette();
    return palette.color(QPalette::Active, QPalette::Window) == high.color(QPalette::Window)
        && palette.color(QPalette::Active, QPalette::WindowText) == high.color(QPalette::WindowText)
        && palette.color(QPalette::Active, QPalette::Highlight) == high.color(QPalette::Highlight);
}

namespace {

/// The warm sheet's colours and what each becomes in high contrast: backgrounds white, edges
/// and muted text black, the teal accent a deep blue, soft focus washes yellow.
QString toHighContrast(QString sheet)
{
    static const std::pair<const char *, const char *> swaps[] = {
        { "#FFFDF9", "#FFFFFF" }, { "#F1E9DC", "#FFFFFF" }, { "#F5EFE4", "#EEEEEE" }, { "#F6F1E9", "#FFFFFF" },
        { "#F8F2E8", "#E6E6FF" }, { "#E2D5C1", "#C8D2FF" }, { "#1B5E7A", "#0000A0" }, { "#144A61", "#000000" },
        { "#8A7F73", "#000000" }, { "#9E9080", "#000000" }, { "#C9BBA8", "#000000" }, { "#E0D4C2", "#000000" },
        { "#D3C8B9", "#4A4A4A" }, { "#8A8076", "#4A4A4A" }, { "#3F362D", "#000000" }, { "#4F463C", "#000000" },
        { "#5C4100", "#000000" }, { "#8A6100", "#000000" }, { "#B3401E", "#000000" }, { "#DCEBF1", "#FFFF00" },
        { "#E8A33D", "#FFFF00" }, { "#FBE3DC", "#FFFFFF" }, { "#FFF0C2", "#FFFFFF" }, { "#E1EEF4", "#FFFFFF" },
        { "#CFE1E8", "#C8D2FF" },
    };
    for (const auto &[from, to] : swaps)
        sheet.replace(QLatin1String(from), QLatin1String(to), Qt::CaseInsensitive);
    // Edges a step thicker, so every box and button stands out from the white around it.
    sheet.replace(QStringLiteral("border: 1px solid #000000"), QStringLiteral("border: 2px solid #000000"));
    return sheet + QStringLiteral("QCheckBox::indicator, QRadioButton::indicator { border: 2px solid black; "
                                  "background: white; width: 0.9em; height: 0.9em; }\n"
                                  "QCheckBox::indicator:checked { background: #0000A0; }\n"
                                  "QRadioButton::indicator { border-radius: 9px; }\n"
                                  "QRadioButton::indicator:checked { background: #0000A0; }\n");
}

/// Where the keyboard is, plain to see on every control: a 2-pixel deep-teal ring (the padding
/// gives way by the same amount, so nothing moves when the ring appears).
QString focusRules()
{
    return QStringLiteral(
        "QLineEdit, QPlainTextEdit, QTextEdit { border: 1px solid #8A7F73; border-radius: 3px;"
        " background: #FFFDF9; padding: 3px 4px; }\n"
        "QPlainTextEdit, QTextEdit { padding: 1px; }\n"
        "QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus { border: 2px solid #1B5E7A; padding: 2px 3px; }\n"
        "QPlainTextEdit:focus, QTextEdit:focus { padding: 0px; }\n"
        "QLineEdit:disabled { background: #F1E9DC; color: #8A8076; }\n"
        "QPushButton { border: 1px solid #9E9080; border-radius: 4px; background: #F1E9DC; }\n"
        "QPushButton:hover { background: #F8F2E8; }\n"
        "QPushButton:pressed, QPushButton:checked { background: #E2D5C1; }\n"
        "QPushButton:focus { border: 2px solid #1B5E7A; padding: 7px 17px; }\n"
        "QPushButton:disabled { color: #8A8076; background: #F6F1E9; border-color: #D3C8B9; }\n"
        "QCheckBox:focus, QRadioButton:focus { background: #DCEBF1; border-radius: 3px; }\n"
        "QTableView, QListView, QTreeView { border: 1px solid #C9BBA8; padding: 1px; }\n"
        "QTableView:focus, QListView:focus, QTreeView:focus { border: 2px solid #1B5E7A; padding: 0px; }\n"
        "QTreeWidget#navigator { border: 2px solid #F1E9DC; padding: 0px; }\n"
        "QTreeWidget#navigator:focus { border: 2px solid #1B5E7A; }\n"
        "QTabBar::tab:focus { color: #1B5E7A; text-decoration: underline; }\n");
}

/// The quick-capture bar: the boxes a size up, and who the next note goes to in large type,
/// each kind of author with its own look (never colour alone: anonymous is also italic and
/// dashed, a name that fits several is also worded as a question).
QString captureRules(int basePoints)
{
    const auto pt = [basePoints](double factor) { return QString::number(qRound(basePoints * factor)); };
    return QStringLiteral(
        "QLineEdit#captureWho, QLineEdit#captureText { font-size: %1pt; }\n"
        "QLabel#captureSpeaker { font-size: %2pt; font-weight: 700; padding: 2px 10px; border-radius: 5px;"
        " border: 2px solid transparent; }\n"
        "QLabel#captureSpeaker[kind=\"person\"] { background: #1B5E7A; color: white; }\n"
        "QLabel#captureSpeaker[kind=\"facilitator\"] { background: #3F362D; color: white; }\n"
        "QLabel#captureSpeaker[kind=\"anonymous\"] { background: transparent; color: #4F463C;"
        " font-style: italic; font-weight: 600; border: 2px dashed #8A7F73; }\n"
        "QLabel#captureSpeaker[kind=\"unsure\"] { background: #FFF0C2; color: #5C4100; border: 2px solid #8A6100; }\n"
        "QLabel#captureNotice { background: #FFF0C2; border: 1px solid #8A6100; border-radius: 4px; padding: 4px 8px; }\n"
        "QListWidget#personPicker { background: #FFFDF9; border: 2px solid #1B5E7A; font-size: %1pt; }\n"
        "QListWidget#personPicker::item { padding: 3px 6px; }\n")
        .arg(pt(1.15), pt(1.3));
}

} // namespace

QString styleSheet(int basePoints, bool highContrast)
{
    if (highContrast)
        return toHighContrast(styleSheet(basePoints, false));
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
               .arg(pt(1.0), pt(2.6), pt(1.35), pt(2.0), pt(1.3), pt(1.1))
        + focusRules() + captureRules(basePoints)
        // Sizes in em grow with the text size: the navigator's names, and the consent history
        // (at least a few decisions visible, never squeezed to one row).
        + QStringLiteral("QTreeWidget#navigator { min-width: 10em; }\n"
                         "QTreeWidget#consentHistory { min-height: 7em; }\n"
                         "QLineEdit#peopleSearch { min-width: 16em; }\n"
                         // At 200 % the details below must not squeeze the list to one row.
                         "QTableView#peopleTable { min-height: 9em; }\n");
}

void addClearButton(QLineEdit *edit)
{
    edit->setClearButtonEnabled(true);
    // Qt's clear button has no name of its own.
    for (QToolButton *button : edit->findChildren<QToolButton *>(QString(), Qt::FindDirectChildrenOnly))
        if (button->accessibleName().isEmpty())
            button->setAccessibleName(QCoreApplication::translate("cg::look", "Clear the text"));
}

void apply(QApplication &app)
{
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app.setStyle(fusion);
    app.setPalette(warmPalette());
}

} // namespace cg::look
