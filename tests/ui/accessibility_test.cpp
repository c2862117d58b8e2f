// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen reader is told: every interactive control of every view, the presenter and the
// main dialogs has an accessible name in plain words (no HTML), as Qt's accessibility layer
// reports it (QAccessible::queryAccessibleInterface, the same path AT-SPI reads).
#include "appactions.h"
#include "board_fixture.h"
#include "backupsdialog.h"
#include "board/boardaccessible.h"
#include "board/boarditems.h"
#include "board/boardview.h"
#include "look.h"
#include "board/boardrenderer.h"
#include "mainwindow.h"
#include "navigator.h"
#include "newworkshopdialog.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "presenterwindow.h"
#include "session/session.h"
#include "testsupport.h"
#include "workshopdetailsdialog.h"
#include "workspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QImage>
#include <QPainter>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QGraphicsView>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QTest>
#include <QTextEdit>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

using namespace cg;

namespace {

/// Controls a person acts on, so a screen reader must be able to say what each one is.
bool isInteractive(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w))
        return false; // Qt names them ("Vertical") and they belong to their view
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QAbstractSlider *>(w)
        || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QGraphicsView *>(w);
}

/// Parts Qt builds inside a control (a spin box's or combo box's line edit, a table's corner
/// button) speak through that control.
bool isInnerPart(const QWidget *w)
{
    if (w->objectName().startsWith(QStringLiteral("qt_")))
        return true;
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p))
            return true;
        // Qt's own composite widgets (a calendar's parts, a dialog button box's internals), but
        // not the viewport of a scroll area, which holds whole pages.
        if (p->objectName().startsWith(QStringLiteral("qt_")) && !p->objectName().startsWith(QStringLiteral("qt_scrollarea")))
            return true;
    }
    // A table's top-left corner button has no object name in Qt 6.4; a table's or tree's headers
    // reach assistive technology as the header cells of the table itself.
    if ((qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QHeaderView *>(w))
        && qobject_cast<const QAbstractItemView *>(w->parentWidget()))
        return true;
    return false;
}

QString describe(const QWidget *w)
{
    QStringList path;
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        QString part = QString::fromLatin1(p->metaObject()->className());
        if (!p->objectName().isEmpty())
            part += QLatin1Char('#') + p->objectName();
        path.prepend(part);
        if (p->isWindow())
            break;
    }
    QString text;
    if (auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    if (!w->toolTip().isEmpty())
        text += QStringLiteral(" tip=") + w->toolTip().left(60);
    return path.join(QStringLiteral(" > ")) + (text.isEmpty() ? QString() : QStringLiteral(" [") + text + QLatin1Char(']'));
}

const QRegularExpression &htmlTag()
{
    static const QRegularExpression tag(QStringLiteral("<\\s*/?\\s*[a-zA-Z][^>]*>"));
    return tag;
}

/// Problems with what \a top and everything in it tells assistive technology, one line each.
struct Walker
{
    std::set<QString> problems;
    int checked = 0;

    void walk(QWidget *top, const QString &where)
    {
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        for (QWidget *w : widgets) {
            if (!isInteractive(w) || isInnerPart(w))
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            if (!iface) {
                problems.insert(where + QStringLiteral(": no accessible interface: ") + describe(w));
                continue;
            }
            ++checked;
            const QString name = iface->text(QAccessible::Name);
            const QString description = iface->text(QAccessible::Description);
            if (name.trimmed().isEmpty())
                problems.insert(where + QStringLiteral(": no accessible name: ") + describe(w));
            if (name.contains(htmlTag()) || description.contains(htmlTag()))
                problems.insert(where + QStringLiteral(": HTML in accessible name or description: ") + describe(w)
                    + QStringLiteral(" name=") + name + QStringLiteral(" description=") + description);
        }
    }
};

struct DemoWindow
{
    explicit DemoWindow(const test::TempDir &dir)
        : settings(dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat)
        , window(std::make_unique<MainWindow>(&settings))
    {
        window->setDemoFolder(dir.path(QStringLiteral("demos")));
        window->resize(1400, 900);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        REQUIRE(window->openDemo());
        QApplication::processEvents();
    }
    QSettings settings;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_CASE("every interactive control on every view has a plain accessible name", "[accessibility]")
{
    test::TempDir dir;
    DemoWindow demo(dir);
    MainWindow *window = demo.window.get();
    Workspace *workspace = window->workspace();
    REQUIRE(workspace);
    Walker walker;

    walker.walk(window, QStringLiteral("start"));
    const QMetaEnum pages = QMetaEnum::fromType<Navigator::Page>();
    for (int i = 0; i < pages.keyCount(); ++i) {
        const auto page = Navigator::Page(pages.value(i));
        if (page == Navigator::Page::Board)
            continue;
        workspace->showPage(page);
        QApplication::processEvents();
        walker.walk(window, QString::fromLatin1(pages.key(i)));
    }
    const QList<QUuid> boards = workspace->navigator()->boardIds();
    REQUIRE_FALSE(boards.isEmpty());
    for (int i = 0; i < boards.size(); ++i) {
        workspace->showBoard(boards.at(i));
        QApplication::processEvents();
        walker.walk(window, QStringLiteral("board %1").arg(i + 1));
    }

    window->actions()->presenter->setChecked(true);
    QApplication::processEvents();
    REQUIRE(window->presenter());
    walker.walk(window->presenter(), QStringLiteral("presenter"));
    window->actions()->presenter->setChecked(false);

    {
        PreferencesDialog dialog(window->preferences(), window);
        dialog.show();
        QApplication::processEvents();
        walker.walk(&dialog, QStringLiteral("preferences"));
    }
    {
        NewWorkshopDialog dialog(window);
        dialog.show();
        QApplication::processEvents();
        walker.walk(&dialog, QStringLiteral("new workshop"));
    }
    {
        WorkshopDetailsDialog dialog(window->session(), window);
        dialog.show();
        QApplication::processEvents();
        walker.walk(&dialog, QStringLiteral("workshop details"));
    }
    {
        std::vector<backups::Backup> list;
        list.push_back({ dir.path(QStringLiteral("a.cgw")), QDateTime(QDate(2026, 11, 20), QTime(10, 0)), 4096 });
        list.push_back({ dir.path(QStringLiteral("b.cgw")), QDateTime(QDate(2026, 11, 21), QTime(11, 0)), 8192 });
        BackupsDialog dialog(QStringLiteral("<b>Bold</b> & title"), list, window);
        dialog.show();
        QApplication::processEvents();
        walker.walk(&dialog, QStringLiteral("backups"));
    }

    INFO("controls checked: " << walker.checked);
    CHECK(walker.checked > 100);
    QStringList lines(walker.problems.begin(), walker.problems.end());
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.isEmpty());
}

namespace {

/// What the canvas's tracker handed to the accessibility layer while a test listens.
struct ListenToAccessibility
{
    explicit ListenToAccessibility(BoardCanvas *canvas)
    {
        BoardAccessibility *tracker = BoardAccessibility::of(canvas);
        REQUIRE(tracker);
        QObject::connect(tracker, &BoardAccessibility::announced, &context,
            [this](QAccessible::Event type, const QString &name) { events.emplace_back(type, name); });
    }
    bool saw(QAccessible::Event type, const QString &name) const
    {
        return std::any_of(events.begin(), events.end(), [&](const auto &e) { return e.first == type && e.second == name; });
    }
    QObject context;
    std::vector<std::pair<QAccessible::Event, QString>> events;
};

QStringList childNames(QAccessibleInterface *list)
{
    QStringList names;
    for (int i = 0; i < list->childCount(); ++i)
        names << list->child(i)->text(QAccessible::Name);
    return names;
}

} // namespace

TEST_CASE("the board canvas lists its notes to assistive technology and follows the Session", "[accessibility][board]")
{
    test::BoardFixture f;
    const QUuid person = f.addPerson(QStringLiteral("Ann Example"));
    const QUuid bus = f.addNote(QStringLiteral("The bus only comes twice an hour"), 300, 100, NoteColour::Blue);
    const QUuid stairs = f.addNote(QStringLiteral("Stairs at the station"), 40, 100);
    const QUuid parking = f.addNote(QStringLiteral("No parking near the clinic"), 40, 400, NoteColour::Green);
    Note quoted = f.note(stairs);
    quoted.authorKind = AuthorKind::Participant;
    quoted.authorId = person;
    quoted.verbatim = true;
    quoted.sensitive = true;
    REQUIRE(f.session->perform(edits::editNote(f.session->data(), quoted)).ok());
    Vote vote;
    vote.noteId = bus;
    REQUIRE(f.session->perform(edits::addVote(f.session->data(), vote)).ok());

    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(f.canvas());
    REQUIRE(list);
    CHECK(list->role() == QAccessible::List);
    CHECK(list->text(QAccessible::Name) == QStringLiteral("Board"));
    REQUIRE(list->childCount() == f.notesOnBoard());
    // Reading order: top row left to right, then the next row.
    CHECK(childNames(list)
        == QStringList({ QStringLiteral("Stairs at the station"), QStringLiteral("The bus only comes twice an hour"),
            QStringLiteral("No parking near the clinic") }));
    for (int i = 0; i < list->childCount(); ++i) {
        QAccessibleInterface *note = list->child(i);
        CHECK(note->role() == QAccessible::ListItem);
        CHECK(note->parent() == list);
        CHECK(list->indexOfChild(note) == i);
        CHECK(list->child(i) == note); // the same object each time
    }

    // Who wrote it as the board shows it (from the scene's consent policy), colour, marks, votes.
    const QString stairsAbout = list->child(0)->text(QAccessible::Description);
    INFO(stairsAbout.toStdString());
    const QString shownAuthor = f.scene()->noteItem(stairs)->author();
    REQUIRE_FALSE(shownAuthor.isEmpty());
    CHECK(stairsAbout.contains(QStringLiteral("by ") + shownAuthor));
    CHECK(stairsAbout.contains(QStringLiteral("Yellow")));
    CHECK(stairsAbout.contains(QStringLiteral("quote")));
    CHECK(stairsAbout.contains(QStringLiteral("sensitive")));
    CHECK(stairsAbout.contains(f.scene()->noteItem(stairs)->consentMark()));
    const QString busAbout = list->child(1)->text(QAccessible::Description);
    CHECK(busAbout.contains(QStringLiteral("Blue")));
    CHECK(busAbout.contains(QStringLiteral("1 vote")));
    CHECK_FALSE(busAbout.contains(QStringLiteral("quote")));

    ListenToAccessibility listen(f.canvas());
    // A change in the Session: the note's new words, and the event that says so.
    QAccessibleInterface *parkingNote = list->child(2);
    Note changed = f.note(parking);
    changed.text = QStringLiteral("No parking at all near the clinic");
    REQUIRE(f.session->perform(edits::editNote(f.session->data(), changed)).ok());
    CHECK(parkingNote->text(QAccessible::Name) == changed.text);
    CHECK(listen.saw(QAccessible::NameChanged, changed.text));

    // A note removed (and undone) changes the list.
    REQUIRE(f.session->perform(edits::removeNotes(f.session->data(), { bus })).ok());
    CHECK(list->childCount() == 2);
    CHECK_FALSE(childNames(list).contains(QStringLiteral("The bus only comes twice an hour")));
    CHECK(listen.saw(QAccessible::ObjectReorder, QStringLiteral("Board")));
    f.session->undoStack()->undo();
    CHECK(list->childCount() == 3);
    CHECK(childNames(list).contains(QStringLiteral("The bus only comes twice an hour")));

    // Selection and the keyboard: states follow the canvas, and focus moves are announced.
    f.canvas()->setFocus();
    f.canvas()->selectNotes({ parking });
    f.canvas()->setCurrentNote(parking);
    QApplication::processEvents();
    QAccessibleInterface *selected = list->child(childNames(list).indexOf(changed.text));
    CHECK(selected->state().selected);
    CHECK(selected->state().focused);
    CHECK_FALSE(list->child(0)->state().selected);
    CHECK(list->focusChild() == selected);
    CHECK(listen.saw(QAccessible::Focus, changed.text));

    // Its action selects the note, as a screen reader's "focus this" would.
    QAccessibleActionInterface *action = list->child(0)->actionInterface();
    REQUIRE(action);
    action->doAction(QAccessibleActionInterface::setFocusAction());
    CHECK(f.canvas()->selectedNotes() == QList<QUuid>({ stairs }));

    // Another board: the old notes' interfaces are no longer valid, the list is the new board's.
    Board other;
    other.id = newId();
    other.title = QStringLiteral("Table 2");
    REQUIRE(f.session->perform(edits::addBoard(f.session->data(), other)).ok());
    const QAccessible::Id selectedId = QAccessible::uniqueId(selected);
    f.view->setBoard(other.id);
    CHECK(QAccessible::accessibleInterface(selectedId) == nullptr); // deleted with its note's board
    CHECK(list->childCount() == 0);
}

TEST_CASE("high contrast is a preference that keeps, and turns the window and the board black on white", "[accessibility][contrast]")
{
    const QPalette before = QApplication::palette();
    test::TempDir dir;
    {
        QSettings settings(dir.path(QStringLiteral("prefs.ini")), QSettings::IniFormat);
        CHECK_FALSE(Preferences::load(settings).highContrast);
        Preferences p;
        p.highContrast = true;
        p.save(settings);
        CHECK(Preferences::load(settings).highContrast);
    }

    // The dialog offers it as a plain, named check box.
    PreferencesDialog dialog(Preferences {});
    QCheckBox *box = nullptr;
    for (QCheckBox *b : dialog.findChildren<QCheckBox *>())
        if (b->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("High contrast")))
            box = b;
    REQUIRE(box);
    CHECK_FALSE(box->isChecked());
    box->setChecked(true);
    CHECK(dialog.preferences().highContrast);

    DemoWindow demo(dir);
    MainWindow *window = demo.window.get();
    Workspace *workspace = window->workspace();
    workspace->showBoard(workspace->navigator()->boardIds().value(0));
    QApplication::processEvents();
    BoardCanvas *canvas = workspace->boardView()->canvas();
    REQUIRE_FALSE(canvas->boardScene()->noteItems().isEmpty());
    NoteItem *note = *canvas->boardScene()->noteItems().begin();
    // The middle of the note's left edge, as painted.
    auto edge = [&] {
        const QRectF r = note->sceneBoundingRect();
        QImage image(int(r.width()) + 20, int(r.height()) + 20, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        canvas->boardScene()->render(&painter, QRectF(0, 0, image.width(), image.height()), r.adjusted(-10, -10, 10, 10));
        painter.end();
        const QPointF left = note->mapToScene(QPointF(0, note->size().height() / 2)) - r.topLeft() + QPointF(10, 10);
        return QColor(image.pixel(int(left.x()), int(left.y())));
    };
    CHECK_FALSE(canvas->boardScene()->style().highContrast);
    CHECK(edge().lightness() > 100);
    // The projector follows the preference too: its paper, its board, and what is painted.
    window->setPresenterVisible(true);
    QApplication::processEvents();
    PresenterWindow *presenter = window->presenter();
    REQUIRE(presenter);
    presenter->resize(1280, 720);
    presenter->showBoard(workspace->navigator()->boardIds().value(0));
    auto corner = [&] { return QColor(presenter->grab().toImage().pixel(4, 4)); };
    CHECK(presenter->colours().paper != QColor(Qt::white));
    CHECK(corner() != QColor(Qt::white));
    CHECK_FALSE(presenter->renderer()->scene()->style().highContrast);

    Preferences p = window->preferences();
    p.highContrast = true;
    window->setPreferences(p);
    QApplication::processEvents();
    CHECK(look::isHighContrast(QApplication::palette()));
    CHECK(QApplication::palette().color(QPalette::Window) == QColor(Qt::white));
    CHECK(QApplication::palette().color(QPalette::WindowText) == QColor(Qt::black));
    CHECK(canvas->boardScene()->style().highContrast);
    CHECK(edge().lightness() < 40); // a thick black edge, whatever the note's colour
    CHECK(presenter->colours().paper == QColor(Qt::white));
    CHECK(presenter->colours().quiet == QColor(Qt::black));
    CHECK(corner() == QColor(Qt::white));
    CHECK(presenter->renderer()->scene()->style().highContrast);
    // No warm colour is left in the window's style sheet.
    const QString sheet = window->styleSheet();
    for (const char *warm : { "#1B5E7A", "#F1E9DC", "#8A7F73", "#FFFDF9" })
        CHECK_FALSE(sheet.contains(QLatin1String(warm), Qt::CaseInsensitive));
    CHECK(QSettings(dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat)
              .value(QStringLiteral("preferences/highContrast"))
              .toBool());

    // And back.
    p.highContrast = false;
    window->setPreferences(p);
    QApplication::processEvents();
    CHECK_FALSE(look::isHighContrast(QApplication::palette()));
    CHECK_FALSE(canvas->boardScene()->style().highContrast);
    CHECK(edge().lightness() > 100);
    CHECK_FALSE(presenter->renderer()->scene()->style().highContrast);
    CHECK(corner() != QColor(Qt::white));
    window->setPresenterVisible(false);
    QApplication::setPalette(before);
}

namespace {

QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) != QLatin1Char('&'))
            return text.at(i + 1).toLower();
        ++i;
    }
    return {};
}

/// Problems reaching \a menu's actions by keyboard: an action with neither a shortcut nor a
/// mnemonic, or two with the same mnemonic (the second is then two presses away, unannounced).
void checkMenu(QMenu *menu, const QString &path, QStringList &problems)
{
    Q_EMIT menu->aboutToShow(); // menus filled on demand (Open Recent)
    std::map<QChar, QString> taken;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible() || action->text().isEmpty())
            continue;
        const QString where = path + QStringLiteral(" → ") + action->text();
        const QChar key = mnemonic(action->text());
        if (key.isNull() && action->shortcut().isEmpty())
            problems << where + QStringLiteral(": no shortcut and no underlined letter");
        if (!key.isNull()) {
            if (taken.count(key))
                problems << where + QStringLiteral(": same underlined letter as ") + taken[key];
            taken[key] = action->text();
        }
        if (action->menu())
            checkMenu(action->menu(), where, problems);
    }
}

} // namespace

TEST_CASE("every menu action is reachable by keyboard", "[accessibility][keyboard]")
{
    test::TempDir dir;
    DemoWindow demo(dir);
    MainWindow *window = demo.window.get();
    window->workspace()->showBoard(window->workspace()->navigator()->boardIds().value(0));
    QApplication::processEvents();
    QStringList problems;
    std::map<QChar, QString> bar;
    int actions = 0;
    for (QAction *top : window->menuBar()->actions()) {
        if (!top->menu() || !top->isVisible())
            continue;
        const QChar key = mnemonic(top->text());
        if (key.isNull())
            problems << top->text() + QStringLiteral(": the menu has no underlined letter");
        else if (bar.count(key))
            problems << top->text() + QStringLiteral(": same underlined letter as ") + bar[key];
        else
            bar[key] = top->text();
        checkMenu(top->menu(), top->text(), problems);
        actions += int(top->menu()->actions().size());
    }
    CHECK(actions > 20);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}
