// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One running Common Ground per user: a later launch hands its files over (SingleInstance), and
// the running one opens each where it does not disturb an open workshop (MainWindows). The last
// case runs the real program twice, as a double-click in the file manager would.
#include "appactions.h"
#include "commands/edits.h"
#include "mainwindow.h"
#include "mainwindows.h"
#include "messagebanner.h"
#include "presenterwindow.h"
#include "recentfiles.h"
#include "session/session.h"
#include "singleinstance.h"
#include "startpage.h"
#include "testsupport.h"

#include <QAction>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QThread>

#include <atomic>
#include <memory>

using namespace cg;

namespace {

/// Runs \a work on a thread of its own (a launch's blocking socket calls would otherwise wait on
/// the event loop that has to answer them) while this thread's event loop keeps going.
template<typename Work> void runBeside(Work work)
{
    std::unique_ptr<QThread> thread(QThread::create(work));
    thread->start();
    QDeadlineTimer deadline(15000);
    while (!thread->isFinished() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    REQUIRE(thread->wait(1000));
}

/// Sends \a bytes as a launch would, and returns what came back before the line closed.
QByteArray sendRaw(const QString &name, const QByteArray &bytes)
{
    QByteArray reply;
    runBeside([&] { reply = SingleInstance::exchange(name, bytes, 3000); });
    QCoreApplication::processEvents(); // the queued filesRequested, had there been one
    return reply;
}

QString writeWorkshop(const test::TempDir &dir, const QString &name, const QString &title)
{
    auto session = test::newSession(dir, name);
    Workshop workshop = session->workshop();
    workshop.title = title;
    REQUIRE(session->perform(edits::editWorkshop(session->data(), workshop)).ok());
    return session->filePath();
}

void deleteClosedWindows()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

TEST_CASE("a later launch hands its files to the running instance", "[singleinstance]")
{
    test::TempDir dir;
    SingleInstance running(dir.path(QStringLiteral("instance.socket")));
    REQUIRE(running.listen());
    REQUIRE(running.isListening());
    QSignalSpy requested(&running, &SingleInstance::filesRequested);

    std::atomic<bool> taken = false;
    runBeside([&] {
        SingleInstance later(dir.path(QStringLiteral("instance.socket")));
        taken = later.forward(
            { QStringLiteral("relative name.cgw"), dir.path(QStringLiteral("../x/./other.cgw")) });
    });
    CHECK(taken);
    REQUIRE((requested.count() == 1 || requested.wait(3000)));
    const QStringList files = requested.at(0).at(0).toStringList();
    // Absolute, as the launch saw them: the running instance's own folder means nothing.
    REQUIRE(files.size() == 2);
    CHECK(files.at(0) == QDir::current().absoluteFilePath(QStringLiteral("relative name.cgw")));
    CHECK(files.at(1) == QDir::cleanPath(dir.path(QStringLiteral("../x/other.cgw"))));

    // A launch with no file asks the running instance to come to the front.
    runBeside([&] { taken = SingleInstance(running.name()).forward({}); });
    CHECK(taken);
    REQUIRE((requested.count() == 2 || requested.wait(3000)));
    CHECK(requested.at(1).at(0).toStringList().isEmpty());
}

TEST_CASE("with no instance running a launch runs on its own", "[singleinstance]")
{
    test::TempDir dir;
    SingleInstance alone(dir.path(QStringLiteral("nobody.socket")));
    CHECK_FALSE(alone.forward({ dir.path(QStringLiteral("a.cgw")) }, 1000));
    CHECK_FALSE(alone.isListening());

    // A socket file left behind by an instance that crashed does not stop the next from listening.
    QFile leftover(dir.path(QStringLiteral("crashed.socket")));
    REQUIRE(leftover.open(QIODevice::WriteOnly));
    leftover.close();
    SingleInstance next(leftover.fileName());
    CHECK_FALSE(next.forward({}, 1000));
    REQUIRE(next.listen());
    QSignalSpy requested(&next, &SingleInstance::filesRequested);
    std::atomic<bool> taken = false;
    runBeside(
        [&] { taken = SingleInstance(leftover.fileName()).forward({ dir.path(QStringLiteral("b.cgw")) }); });
    CHECK(taken);
    CHECK((requested.count() == 1 || requested.wait(3000)));

    // Two launches at once: the second to listen leaves it to the first.
    SingleInstance second(leftover.fileName());
    CHECK_FALSE(second.listen());
    CHECK(next.isListening());
}

TEST_CASE("the running instance ignores messages that are not a launch's", "[singleinstance]")
{
    test::TempDir dir;
    SingleInstance running(dir.path(QStringLiteral("instance.socket")));
    REQUIRE(running.listen());
    QSignalSpy requested(&running, &SingleInstance::filesRequested);

    CHECK(sendRaw(running.name(), "not json at all\n").isEmpty());
    CHECK(sendRaw(running.name(),
        R"({"files": "one.cgw"})"
        "\n")
              .isEmpty());
    CHECK(sendRaw(running.name(),
        R"({"files": ["relative/one.cgw"]})"
        "\n")
              .isEmpty());
    QStringList many;
    for (int i = 0; i <= SingleInstance::maxFiles; ++i)
        many << QStringLiteral("\"/tmp/%1.cgw\"").arg(i);
    CHECK(sendRaw(
        running.name(), QStringLiteral("{\"files\": [%1]}\n").arg(many.join(QLatin1Char(','))).toUtf8())
              .isEmpty());
    // A line that never ends is cut off, not kept growing.
    CHECK(sendRaw(running.name(), QByteArray(2 * 1024 * 1024, 'x')).isEmpty());
    CHECK(requested.isEmpty());

    // And it still takes a real one afterwards.
    CHECK(sendRaw(running.name(),
              R"({"files": ["/tmp/real.cgw"]})"
              "\n")
        == "ok\n");
    REQUIRE(requested.size() == 1);
    CHECK(requested.at(0).at(0).toStringList() == QStringList { QStringLiteral("/tmp/real.cgw") });
}

TEST_CASE("a handed-over file never replaces the workshop open in a window", "[singleinstance]")
{
    test::TempDir dir;
    const QString first = writeWorkshop(dir, QStringLiteral("first.cgw"), QStringLiteral("Listening day"));
    const QString second = writeWorkshop(dir, QStringLiteral("second.cgw"), QStringLiteral("Getting there"));
    QSettings settings(dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    auto windows = std::make_unique<MainWindows>(&settings);
    MainWindow *main = windows->create();
    main->show();

    // Into the window showing the start page.
    windows->openFiles({ first });
    REQUIRE(windows->windows().size() == 1);
    REQUIRE(main->session() != nullptr);
    CHECK(main->session()->filePath() == first);

    // The same file again: its window comes forward, nothing is opened twice.
    windows->openFiles({ first });
    CHECK(windows->windows().size() == 1);
    CHECK(main->errorBanner()->message().isEmpty());

    // Another file: a new window, and the first workshop stays open where it was.
    QSignalSpy created(windows.get(), &MainWindows::windowCreated);
    windows->openFiles({ second });
    REQUIRE(windows->windows().size() == 2);
    CHECK(created.size() == 1);
    MainWindow *other = windows->windows().at(1);
    CHECK(other->isVisible());
    REQUIRE(other->session() != nullptr);
    CHECK(other->session()->filePath() == second);
    CHECK(main->session()->filePath() == first);

    // Closing that window closes its workshop then and there: another program may open it.
    other->close();
    deleteClosedWindows();
    CHECK(windows->windows().size() == 1);
    {
        auto reopened = Session::open(second);
        CHECK(reopened.ok());
    }

    // A file that cannot be opened says why, in a window of its own.
    windows->openFiles({ dir.path(QStringLiteral("gone.cgw")) });
    REQUIRE(windows->windows().size() == 2);
    MainWindow *failed = windows->windows().at(1);
    CHECK(failed->session() == nullptr);
    CHECK_FALSE(failed->errorBanner()->message().isEmpty());
    CHECK(main->session()->filePath() == first);

    // With no file, no new window: the last one comes forward.
    windows->openFiles({});
    CHECK(windows->windows().size() == 2);
}

TEST_CASE("Open Recent and the start page show each workshop's title, and which are missing",
    "[singleinstance][recent]")
{
    test::TempDir dir;
    const QString first
        = writeWorkshop(dir, QStringLiteral("first.cgw"), QStringLiteral("Health & care day"));
    const QString second = writeWorkshop(dir, QStringLiteral("second.cgw"), QStringLiteral("Getting there"));
    QSettings settings(dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MainWindow window(&settings);
    window.show();
    REQUIRE(window.openFile(first));
    REQUIRE(window.openFile(second));

    // A new title, given while the workshop is open, is the one listed.
    Workshop renamed = window.session()->workshop();
    renamed.title = QStringLiteral("Getting to appointments");
    REQUIRE(window.session()->perform(edits::editWorkshop(window.session()->data(), renamed)).ok());
    // The first goes away (on a USB stick that was taken out) while the app runs.
    REQUIRE(QFile::remove(first));
    window.closeWorkshop();

    QMenu *menu = window.actions()->openRecent;
    Q_EMIT menu->aboutToShow(); // as when the menu opens
    REQUIRE(menu->actions().size() >= 2);
    // Title, then the file's name; a lone "&" stays an "&" and not a shortcut.
    CHECK(menu->actions().at(0)->text() == QStringLiteral("&1  Getting to appointments — second.cgw"));
    CHECK(menu->actions().at(1)->text() == QStringLiteral("&2  Health && care day — first.cgw (missing)"));

    QListWidget *list = window.startPage()->recentList();
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("Getting to appointments\nsecond.cgw")));
    CHECK(list->item(1)->text().startsWith(QStringLiteral("Health & care day (missing)\nfirst.cgw")));

    // Choosing the missing one says so and lists it still (it may be on a USB stick not plugged in).
    menu->actions().at(1)->trigger();
    CHECK(window.session() == nullptr);
    CHECK_FALSE(window.errorBanner()->message().isEmpty());
    CHECK(list->count() == 2);

    // A file listed before titles were kept shows its name.
    RecentFiles recent(&settings);
    recent.add(dir.path(QStringLiteral("untitled.cgw")));
    CHECK(recent.displayName(dir.path(QStringLiteral("untitled.cgw"))) == QStringLiteral("untitled"));
}

TEST_CASE(
    "double-clicking a workshop while the app runs opens it in the running app", "[singleinstance][process]")
{
    test::TempDir dir;
    const QString workshop
        = writeWorkshop(dir, QStringLiteral("double clicked.cgw"), QStringLiteral("Listening day"));
    QDir().mkpath(dir.path(QStringLiteral("home")));
    QDir().mkpath(dir.path(QStringLiteral("run")));
    QFile::setPermissions(dir.path(QStringLiteral("run")),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir.path(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path(QStringLiteral("home/.config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.path(QStringLiteral("home/.local/share")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.path(QStringLiteral("run")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    QProcess first;
    first.setProcessEnvironment(env);
    first.start(QStringLiteral(CG_GUI_PATH), {});
    REQUIRE(first.waitForStarted(10000));
    // Listening once its socket is there.
    QDeadlineTimer listening(20000);
    while (QDir(dir.path(QStringLiteral("run")))
               .entryList({ QStringLiteral("*.socket") }, QDir::System)
               .isEmpty()
        && !listening.hasExpired() && first.state() == QProcess::Running)
        QThread::msleep(50);
    REQUIRE(first.state() == QProcess::Running);
    REQUIRE_FALSE(listening.hasExpired());

    QProcess second;
    second.setProcessEnvironment(env);
    second.setWorkingDirectory(dir.root());
    second.start(QStringLiteral(CG_GUI_PATH), { QStringLiteral("double clicked.cgw") });
    REQUIRE(second.waitForFinished(20000));
    CHECK(second.exitStatus() == QProcess::NormalExit);
    CHECK(second.exitCode() == 0);
    CHECK(first.state() == QProcess::Running);

    // The first instance has the workshop open: it holds the file's lock.
    bool opened = false;
    for (QDeadlineTimer deadline(20000); !opened && !deadline.hasExpired(); QThread::msleep(100)) {
        auto attempt = Session::open(workshop);
        opened = !attempt.ok() && attempt.message().contains(QStringLiteral("already open"));
    }
    CHECK(opened);

    first.terminate();
    if (!first.waitForFinished(10000))
        first.kill();
    first.waitForFinished(5000);
}
