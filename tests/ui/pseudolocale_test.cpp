// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The app in the pseudo language (every translated string accented and lengthened): each view
// is pictured, and every piece of text on screen that is the program's own words but still
// plain ASCII — a string that never went through tr() — fails the test, with where it is.
#include "i18n/translations.h"
#include "io/jsonarchive.h"
#include "mainwindow.h"
#include "navigator.h"
#include "presenterwindow.h"
#include "session/session.h"
#include "testsupport.h"
#include "workspace.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QTabBar>
#include <QTest>
#include <QTextDocument>

using namespace cg;

namespace {

/// The pseudo language for the length of one test, whatever happens in it.
struct PseudoLanguage
{
    PseudoLanguage() { language = i18n::install(*qApp, QStringLiteral("pseudo")); }
    ~PseudoLanguage() { i18n::uninstall(*qApp); }
    QString language;
};

void collectStrings(const QJsonValue &value, QStringList &out)
{
    if (value.isString()) {
        if (!value.toString().isEmpty())
            out << value.toString();
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectStrings(v, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectStrings(it.value(), out);
    }
}

/// What the workshop itself says (names, titles, notes): shown as it is, never translated.
QStringList workshopWords(const WorkshopData &data)
{
    QStringList words;
    collectStrings(QJsonDocument::fromJson(io::archive::toJson(data)).object(), words);
    // Longest first, so that a title is taken out before a word inside it.
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return words;
}

/// Words that are the same in every language the app may be translated into: names of formats,
/// products and keys, and what the locale writes (day and month names, shown by QLocale).
QStringList universalWords()
{
    QStringList words { QStringLiteral("Common Ground"), QStringLiteral("Ctrl"), QStringLiteral("Shift"),
        QStringLiteral("Alt"), QStringLiteral("Meta"), QStringLiteral("Esc"), QStringLiteral("Del"),
        QStringLiteral("Enter"), QStringLiteral("Return"), QStringLiteral("Space"), QStringLiteral("Backspace"),
        QStringLiteral("PgUp"), QStringLiteral("PgDown"), QStringLiteral("Home"), QStringLiteral("End"),
        QStringLiteral("Tab"), QStringLiteral("Ins"), QStringLiteral("PDF"), QStringLiteral("CSV"),
        QStringLiteral("JSON"), QStringLiteral("HTML"), QStringLiteral("ODT"), QStringLiteral("DOCX"),
        QStringLiteral("PNG"), QStringLiteral("SVG"), QStringLiteral("Markdown"), QStringLiteral("REFI-QDA"),
        QStringLiteral("NVivo"), QStringLiteral("ATLAS.ti"), QStringLiteral("MAXQDA"), QStringLiteral("QualCoder"),
        QStringLiteral("BSL"), QStringLiteral("UTC") };
    // Currency codes (ISO 4217) are written the same everywhere.
    for (const char *code : { "GBP", "EUR", "USD", "CAD", "AUD", "NZD" })
        words << QString::fromLatin1(code);
    const QLocale locale;
    for (int m = 1; m <= 12; ++m)
        words << locale.monthName(m) << locale.monthName(m, QLocale::ShortFormat);
    for (int d = 1; d <= 7; ++d)
        words << locale.dayName(d) << locale.dayName(d, QLocale::ShortFormat);
    words << locale.amText() << locale.pmText();
    std::sort(words.begin(), words.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return words;
}

struct Finder
{
    QStringList data;
    QStringList universal = universalWords();
    QStringList found;

    void check(const QString &where, QString text)
    {
        if (text.isEmpty())
            return;
        if (Qt::mightBeRichText(text)) {
            QTextDocument doc;
            doc.setHtml(text);
            text = doc.toPlainText();
        }
        const QString original = text;
        for (const QString &words : data) {
            if (words.size() >= 2)
                text.replace(words, QStringLiteral(" "));
        }
        for (const QString &words : universal)
            text.replace(words, QStringLiteral(" "));
        // File paths and addresses are the machine's, not the program's words.
        static const QRegularExpression paths(QStringLiteral(R"((\S*[/\\]\S*)|(\S+\.(cgw|csv|json|pdf|md|png)))"));
        text.replace(paths, QStringLiteral(" "));
        // Three ASCII letters in a row are a word no translation touched.
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
        if (word.match(text).hasMatch())
            found << QStringLiteral("%1: “%2”").arg(where, original.left(120));
    }

    void walk(QWidget *root, const QString &view)
    {
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : widgets) {
            if (!w->isVisible())
                continue;
            const QString where = view + QLatin1Char('/') + QString::fromLatin1(w->metaObject()->className())
                + (w->objectName().isEmpty() ? QString() : QLatin1Char('#') + w->objectName());
            if (w->isWindow())
                check(where + QStringLiteral(" title"), w->windowTitle());
            check(where + QStringLiteral(" tooltip"), w->toolTip());
            check(where + QStringLiteral(" accessible name"), w->accessibleName());
            if (auto *label = qobject_cast<QLabel *>(w))
                check(where, label->text());
            if (auto *button = qobject_cast<QAbstractButton *>(w))
                check(where, button->text());
            if (auto *box = qobject_cast<QGroupBox *>(w))
                check(where, box->title());
            if (auto *edit = qobject_cast<QLineEdit *>(w))
                check(where + QStringLiteral(" placeholder"), edit->placeholderText());
            if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    check(where + QStringLiteral(" tab"), tabs->tabText(i));
            }
            if (auto *combo = qobject_cast<QComboBox *>(w)) {
                for (int i = 0; i < combo->count(); ++i)
                    check(where + QStringLiteral(" item"), combo->itemText(i));
            }
            if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model()) {
                for (int i = 0; i < header->count(); ++i)
                    check(where + QStringLiteral(" header"),
                        header->model()->headerData(i, header->orientation()).toString());
            }
        }
    }

    void walkMenu(QMenu *menu, const QString &where)
    {
        for (QAction *action : menu->actions()) {
            if (action->isSeparator())
                continue;
            check(where + QStringLiteral(" > ") + action->text(), action->text());
            check(where + QStringLiteral(" > ") + action->text() + QStringLiteral(" tooltip"), action->toolTip());
            if (action->menu())
                walkMenu(action->menu(), where + QStringLiteral(" > ") + action->text());
        }
    }
};

} // namespace

TEST_CASE("pseudo language: every view shows only translated words", "[i18n][ui]")
{
    PseudoLanguage pseudo;
    REQUIRE(pseudo.language == QStringLiteral("pseudo"));
    // The test can fail: a string through tr() comes back accented, and one that is not does not.
    REQUIRE(QCoreApplication::translate("cg::AppActions", "&Open…") != QStringLiteral("&Open…"));

    test::TempDir dir;
    QSettings settings(dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MainWindow window(&settings);
    window.setDemoFolder(dir.path(QStringLiteral("demos")));
    window.resize(1400, 900);
    window.show();

    Finder finder;
    finder.walk(&window, QStringLiteral("start page"));
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu())
            finder.walkMenu(menu->menu(), menu->text());
    }

    REQUIRE(window.openDemo());
    finder.data = workshopWords(window.session()->data());
    Workspace *workspace = window.workspace();
    const QString pictures = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("pseudo-locale"));
    QDir().mkpath(pictures);
    const auto pages = { Navigator::Page::Overview, Navigator::Page::Agenda, Navigator::Page::People,
        Navigator::Page::CheckIn, Navigator::Page::Groups, Navigator::Page::Boards, Navigator::Page::Board,
        Navigator::Page::SenseMaking, Navigator::Page::Photos, Navigator::Page::Actions, Navigator::Page::Feedback,
        Navigator::Page::Payments, Navigator::Page::Share };
    for (Navigator::Page page : pages) {
        if (page == Navigator::Page::Board)
            workspace->showBoard(window.session()->data().boards.rows().front().id);
        else
            workspace->showPage(page);
        QTest::qWait(50);
        const QString name = QString::fromLatin1(QMetaEnum::fromType<Navigator::Page>().valueToKey(int(page)));
        window.grab().save(QDir(pictures).filePath(name + QStringLiteral(".png")));
        finder.walk(&window, name);
    }
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu())
            finder.walkMenu(menu->menu(), menu->text());
    }
    finder.found.removeDuplicates();
    INFO(finder.found.join(QLatin1Char('\n')).toStdString());
    CHECK(finder.found.size() == 0);
}
