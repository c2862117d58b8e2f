// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// commonground [FILE] | --demo: parses the command line and wires the objects together.
#include "i18n/translations.h"
#include "agenda/planhandler.h"
#include "appactions.h"
#include "look.h"
#include "mainwindow.h"
#include "mainwindows.h"
#include "navigator.h"
#include "people/checkinview.h"
#include "people/csvimportdialog.h"
#include "people/peopleview.h"
#include "presenterwindow.h"
#include "resourcepaths.h"
#include "room/roomcontroller.h"
#include "security/protection.h"
#include "security/seal.h"
#include "singleinstance.h"
#include "workspace.h"

#include <QAction>
#include <QDateTime>
#include <QGraphicsView>
#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLineEdit>
#include <QMetaEnum>
#include <QScreen>
#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <cstdio>

using namespace cg;

namespace {

/// For tests/bench/run-bench.sh: quits once the first board (or, with no board on screen, the
/// window) has painted, and prints the milliseconds since CG_BENCH_T0_NS (set by the script just
/// before it started the process) so that process start-up is counted too.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(bool waitForBoard, QObject *parent)
        : QObject(parent)
        , m_waitForBoard(waitForBoard)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_done)
            return false;
        auto *widget = qobject_cast<QWidget *>(watched);
        const bool isBoard = widget && qobject_cast<QGraphicsView *>(widget->parentWidget());
        if (m_waitForBoard && !isBoard)
            return false;
        m_done = true;
        // Report after this paint has been handled.
        QTimer::singleShot(0, this, [] {
            const qint64 t0 = qEnvironmentVariable("CG_BENCH_T0_NS").toLongLong();
            const qint64 now = QDateTime::currentMSecsSinceEpoch() * 1000000;
            std::printf("first-paint-ms=%.1f\n", t0 > 0 ? double(now - t0) / 1e6 : -1.0);
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
        return false;
    }

private:
    bool m_waitForBoard;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("commonground"));
    QApplication::setApplicationDisplayName(QStringLiteral("Common Ground"));
    QApplication::setOrganizationName(QStringLiteral("Common Ground"));
    QApplication::setApplicationVersion(QStringLiteral(CG_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.common_ground.CommonGround"));
    QApplication::setWindowIcon(QIcon(resources::appIconPath()));
    look::apply(app);
    // The system's language (or COMMONGROUND_LANGUAGE), before any text is made.
    i18n::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plan, run and share back co-production workshops."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
        QApplication::translate("main", "A workshop file (.cgw) to open."), QStringLiteral("[FILE]"));
    const QCommandLineOption demo(
        QStringLiteral("demo"), QApplication::translate("main", "Open a fresh copy of the demo workshop."));
    const QCommandLineOption view(QStringLiteral("view"),
        QApplication::translate("main",
            "Show this page first: overview, agenda, people, checkin, payments, "
            "groups, boards, actions, feedback, share, or "
            "board:N for the Nth board."),
        QStringLiteral("page"));
    const QCommandLineOption presenter(
        QStringLiteral("presenter"), QApplication::translate("main", "Open the presenter view as well."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main",
            "Save a picture of the screen to PATH once "
            "everything is shown, then quit."),
        QStringLiteral("path"));
    const QCommandLineOption firstPaint(QStringLiteral("quit-after-first-paint"),
        QApplication::translate("main", "For benchmarks: quit once the first board (or the start page) is painted."));
    const QCommandLineOption checkIn(QStringLiteral("check-in"),
        QApplication::translate("main", "Open check-in, mark NAME as arrived and show their consent questions."),
        QStringLiteral("name"));
    const QCommandLineOption details(QStringLiteral("details"),
        QApplication::translate("main", "Open the workshop's details (title, date, times, venue, ...) to change them."));
    const QCommandLineOption importPreview(QStringLiteral("import-preview"),
        QApplication::translate("main", "Open the people page and preview importing the sign-up spreadsheet CSV."),
        QStringLiteral("csv"));
    const QCommandLineOption purgePreview(QStringLiteral("purge"),
        QApplication::translate("main", "Open File → Purge Personal Data… to preview the retention purge."));
    const QCommandLineOption mergePreview(QStringLiteral("merge"),
        QApplication::translate("main", "Open File → Merge Table Copies… with this table copy (repeat for more)."),
        QStringLiteral("copy"));
    const QCommandLineOption prepareCopies(QStringLiteral("prepare-copies"),
        QApplication::translate("main", "Open File → Prepare Table Copies…."));
    const QCommandLineOption newInstance(QStringLiteral("new-instance"),
        QApplication::translate("main", "Start a separate copy of the app even if one is running already."));
    const QCommandLineOption room(QStringLiteral("room"),
        QApplication::translate("main",
            "For pictures: start room mode on this computer only (127.0.0.1, a free port), with a few "
            "notes from sample phones waiting for approval."));
    const QCommandLineOption passphraseFile(QStringLiteral("passphrase-file"),
        QApplication::translate("main",
            "Open a protected workshop with the passphrase in this file (its first line) instead of "
            "asking for it."),
        QStringLiteral("file"));
    parser.addOptions({ mergePreview, prepareCopies, passphraseFile });
    parser.addOptions({ demo, view, presenter, screenshot, firstPaint, checkIn, details, importPreview, purgePreview,
        newInstance, room });
    parser.process(app);

    // A workshop double-clicked while the app is open: the running copy opens it, and this one
    // is done. Only a plain launch (files and nothing else) is handed over; --demo, --screenshot
    // and the other options ask for a process of their own.
    const QStringList files = parser.positionalArguments();
    SingleInstance instance(SingleInstance::defaultName());
    const QList<QCommandLineOption> ownProcess { demo, view, presenter, screenshot, firstPaint, checkIn, details,
        importPreview, purgePreview, mergePreview, prepareCopies, newInstance, room, passphraseFile };
    const bool plain = std::none_of(
        ownProcess.begin(), ownProcess.end(), [&](const QCommandLineOption &option) { return parser.isSet(option); });
    if (plain && instance.forward(files))
        return 0;
    if (parser.isSet(firstPaint)) {
        const bool board = parser.value(view).startsWith(QStringLiteral("board:"));
        app.installEventFilter(new FirstPaintProbe(board, &app));
    }

    // Kept while the app runs: a protected workshop opened from here on tries it first.
    std::unique_ptr<protection::PassphraseOffer> offer;
    if (parser.isSet(passphraseFile)) {
        auto read = seal::readPassphraseFile(parser.value(passphraseFile));
        if (!read) {
            std::fprintf(stderr, "%s\n", qPrintable(read.message()));
            return 2;
        }
        offer = std::make_unique<protection::PassphraseOffer>(std::move(*read), QString());
    }

    QSettings settings;
    MainWindows windows(&settings);
    MainWindow &window = *windows.create();
    // Pictures and benchmarks come and go; they never take files from later launches.
    if (!parser.isSet(screenshot) && !parser.isSet(firstPaint) && !parser.isSet(newInstance) && instance.listen())
        QObject::connect(&instance, &SingleInstance::filesRequested, &windows, &MainWindows::openFiles);
    if (parser.isSet(screenshot)) // pictures for the docs: the whole screen, whatever was saved
        window.setGeometry(window.screen()->availableGeometry());

    if (parser.isSet(demo)) {
        window.openDemo();
    } else if (!files.isEmpty()) {
        window.openFile(QFileInfo(files.first()).absoluteFilePath());
        if (files.size() > 1) // the desktop may pass several (Exec=commonground %F)
            windows.openFiles(files.mid(1));
    } else if (window.preferences().reopenLastWorkshop) {
        const QString last = settings.value(QStringLiteral("session/lastWorkshop")).toString();
        if (QFileInfo::exists(last))
            window.openFile(last);
    }

    if (Workspace *workspace = window.workspace(); workspace && parser.isSet(view)) {
        const QString page = parser.value(view).toLower();
        if (page.startsWith(QStringLiteral("board:"))) {
            const QList<QUuid> boards = workspace->navigator()->boardIds();
            const int n = page.mid(6).toInt();
            if (n >= 1 && n <= boards.size())
                workspace->showBoard(boards.at(n - 1));
        } else {
            const QMetaEnum pages = QMetaEnum::fromType<Navigator::Page>();
            for (int i = 0; i < pages.keyCount(); ++i) {
                if (QString::fromLatin1(pages.key(i)).toLower() == page)
                    workspace->showPage(Navigator::Page(pages.value(i)));
            }
        }
        // As if chosen in the navigator: the keyboard goes into the page (check-in's search box,
        // the board's note box).
        workspace->enterPage();
    }
    // Shown once the workshop and its first page are in place: only what is on screen is laid out
    // and styled, not the overview on the way to a board.
    window.show();
    if (Workspace *workspace = window.workspace(); workspace && parser.isSet(checkIn)) {
        workspace->showPage(Navigator::Page::CheckIn);
        CheckInView *checkInView = workspace->checkInView();
        checkInView->searchField()->setText(parser.value(checkIn));
        if (auto arrived = checkInView->arrive(); !arrived)
            window.showError(arrived.message());
    }
    if (window.workspace() && parser.isSet(details)) // once the window is up: the dialog waits for answers
        QTimer::singleShot(0, window.plan(), &PlanHandler::editDetails);
    if (window.workspace() && parser.isSet(purgePreview))
        QTimer::singleShot(0, &window, &MainWindow::purgeWithDialog);
    if (window.workspace() && parser.isSet(prepareCopies))
        QTimer::singleShot(0, &window, &MainWindow::prepareTableCopiesWithDialog);
    if (window.workspace() && parser.isSet(mergePreview)) {
        QStringList copies;
        for (const QString &copy : parser.values(mergePreview))
            copies << QFileInfo(copy).absoluteFilePath();
        QTimer::singleShot(0, &window, [&window, copies] { window.mergeTableCopiesWithDialog(copies); });
    }
    if (Workspace *workspace = window.workspace(); workspace && parser.isSet(importPreview)) {
        workspace->showPage(Navigator::Page::People);
        workspace->peopleView()->openImportDialog()->loadFile(QFileInfo(parser.value(importPreview)).absoluteFilePath());
    }
    if (window.session() && parser.isSet(room)) {
        if (auto started = window.room()->startForPictures(); !started)
            window.showError(started.message());
    }
    if (parser.isSet(presenter)) {
        window.actions()->presenter->setChecked(true);
        // With one screen the presenter is an ordinary window; for a picture, let it fill it.
        if (parser.isSet(screenshot) && window.presenter())
            window.presenter()->setGeometry(window.screen()->availableGeometry());
    }

    if (parser.isSet(screenshot)) {
        // With no window manager (Xvfb) nothing would make the window active, and the picture would
        // show no keyboard focus anywhere.
        window.activateWindow();
        const QString path = parser.value(screenshot);
        QTimer::singleShot(1500, &app, [&app, &window, path] {
            // The whole screen, so that a presenter window beside the main one is in the picture.
            // A dialog open on top (--details) is pictured alone: with no window manager it has no
            // frame to tell it from the window behind.
            QScreen *screen = window.screen();
            QWidget *dialog = QApplication::activeModalWidget();
            const bool saved = dialog ? dialog->grab().save(path) : screen && screen->grabWindow(0).save(path);
            if (!saved)
                std::fprintf(stderr, "commonground: could not save the screenshot to %s\n", qPrintable(path));
            app.exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
