// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Check-in at the door, by keyboard alone: find a person, mark them arrived, record their consent.
#include "commands/edits.h"
#include "consent/consentpolicy.h"
#include "people/checkinconsentform.h"
#include "people/checkinview.h"
#include "people/consentdefaults.h"
#include "people/peopletablemodel.h"
#include "session/session.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QUndoStack>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace cg;

namespace {

QUuid addPerson(Session &session, const QString &name)
{
    Participant p;
    p.id = newId();
    p.displayName = name;
    p.role = Role::LivedExperience;
    p.attendance = Attendance::Confirmed;
    REQUIRE(session.perform(edits::addParticipant(session.data(), p)).ok());
    return p.id;
}

/// Presses a key on whatever has keyboard focus, as a person at the keyboard would.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *focus = QApplication::focusWidget();
    REQUIRE(focus != nullptr);
    QTest::keyClick(focus, key, modifiers);
}

void showActive(QWidget &widget)
{
    widget.resize(1000, 800);
    widget.show();
    QApplication::setActiveWindow(&widget);
    REQUIRE(QTest::qWaitForWindowActive(&widget));
}

} // namespace

TEST_CASE("Check-in and consent by keyboard alone", "[ui][people][checkin]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    session->setClock(test::FakeClock {});
    Workshop w = session->workshop();
    w.facilitators = { QStringLiteral("Sam Okafor") };
    w.infoSheetVersion = QStringLiteral("v3");
    REQUIRE(session->perform(edits::editWorkshop(session->data(), w)).ok());
    addPerson(*session, QStringLiteral("Alice Brown"));
    const QUuid bob = addPerson(*session, QStringLiteral("Bob Singh"));
    addPerson(*session, QStringLiteral("Carol Jones"));

    ConsentDefaults defaults;
    CheckInView view(session.get(), nullptr, &defaults);
    showActive(view);
    view.searchField()->setFocus();
    REQUIRE(QApplication::focusWidget() == view.searchField());

    // Type part of the name: only Bob is left, and he is chosen.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("sing"));
    CHECK(view.list()->model()->rowCount() == 1);
    CHECK(view.currentParticipant() == bob);

    // Enter: Bob has arrived, and his consent questions are up with the first one focused.
    press(Qt::Key_Return);
    CHECK(session->data().participants.find(bob)->attendance == Attendance::Arrived);
    REQUIRE(view.isAskingConsent());
    CheckInConsentForm *form = view.consentForm();
    CHECK(QApplication::focusWidget() == form->row(ConsentScope::TakePart));

    // Choose "written form" for how the choices are given: Alt+O goes to the method (Alt+H is the
    // Help menu in the main window), Down picks the next one, two Tabs (past "recorded by") come
    // back to the first question.
    press(Qt::Key_O, Qt::AltModifier);
    REQUIRE(qobject_cast<QComboBox *>(QApplication::focusWidget()) != nullptr);
    press(Qt::Key_Down);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    REQUIRE(QApplication::focusWidget() == form->row(ConsentScope::TakePart));

    // Six answers, one key each; the focus moves on by itself.
    const Qt::Key answers[] = { Qt::Key_Y, Qt::Key_Y, Qt::Key_N, Qt::Key_Y, Qt::Key_N, Qt::Key_Y };
    for (Qt::Key key : answers)
        press(key);
    CHECK(session->data().consentEvents.size() == 0); // nothing recorded before Enter
    press(Qt::Key_Return);

    // Six permanent events with the chosen method, recorder and information sheet.
    const auto history = consentHistory(session->data(), bob);
    REQUIRE(history.size() == 6);
    for (const ConsentEvent &e : history) {
        CHECK(e.method == ConsentMethod::WrittenForm);
        CHECK(e.recordedBy == QStringLiteral("Sam Okafor"));
        CHECK(e.infoSheetVersion == QStringLiteral("v3"));
    }
    const ConsentPolicy policy(session->data());
    CHECK(policy.state(bob, ConsentScope::TakePart) == ConsentState::Granted);
    CHECK(policy.state(bob, ConsentScope::BeNamed) == ConsentState::Granted);
    CHECK(policy.state(bob, ConsentScope::BeQuoted) == ConsentState::Refused);
    CHECK(policy.state(bob, ConsentScope::BePhotographed) == ConsentState::Granted);
    CHECK(policy.state(bob, ConsentScope::BeRecorded) == ConsentState::Refused);
    CHECK(policy.state(bob, ConsentScope::ContactLater) == ConsentState::Granted);
    // The method is remembered for the next person.
    CHECK(defaults.method() == ConsentMethod::WrittenForm);

    // Back to an empty search box, ready for the next person.
    CHECK_FALSE(view.isAskingConsent());
    CHECK(QApplication::focusWidget() == view.searchField());
    CHECK(view.searchField()->text().isEmpty());
    CHECK(view.list()->model()->rowCount() == 3);
}

TEST_CASE("Check-in: a later no to an earlier yes is a withdrawal, and Escape saves nothing",
    "[ui][people][checkin]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    const QUuid alice = addPerson(*session, QStringLiteral("Alice Brown"));
    REQUIRE(session
                ->record(edits::recordConsent(session->data(),
                    [&] {
                        ConsentEvent e;
                        e.id = newId();
                        e.participantId = alice;
                        e.scope = ConsentScope::BeNamed;
                        e.decision = ConsentDecision::Granted;
                        e.recordedAt = session->now();
                        return e;
                    }()))
                .ok());

    CheckInView view(session.get());
    showActive(view);
    view.searchField()->setFocus();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("alice"));
    press(Qt::Key_Enter);
    REQUIRE(view.isAskingConsent());

    // Escape: back to the list, nothing recorded, but she has still arrived.
    press(Qt::Key_Escape);
    CHECK_FALSE(view.isAskingConsent());
    CHECK(session->data().consentEvents.size() == 1);
    CHECK(session->data().participants.find(alice)->attendance == Attendance::Arrived);
    CHECK(QApplication::focusWidget() == view.searchField());

    // Again: S skips take part, N on "be named" takes back the earlier yes.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("alice"));
    press(Qt::Key_Return);
    REQUIRE(view.isAskingConsent());
    press(Qt::Key_S);
    press(Qt::Key_N);
    press(Qt::Key_Return);
    CHECK(session->data().consentEvents.size() == 2);
    CHECK(ConsentPolicy(session->data()).state(alice, ConsentScope::BeNamed) == ConsentState::Withdrawn);
    CHECK(ConsentPolicy(session->data()).state(alice, ConsentScope::TakePart) == ConsentState::NotRecorded);
}

TEST_CASE("Check-in: stepped out and left", "[ui][people][checkin]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    const QUuid carol = addPerson(*session, QStringLiteral("Carol Jones"));
    addPerson(*session, QStringLiteral("Dev Patel"));

    CheckInView view(session.get());
    showActive(view);
    view.searchField()->setFocus();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("carol"));
    REQUIRE(view.currentParticipant() == carol);
    press(Qt::Key_S, Qt::AltModifier);
    CHECK(session->data().participants.find(carol)->attendance == Attendance::SteppedOut);
    CHECK(QApplication::focusWidget() == view.searchField());
    press(Qt::Key_L, Qt::AltModifier);
    CHECK(session->data().participants.find(carol)->attendance == Attendance::Left);

    // Nobody matches: Enter says so and changes nothing.
    view.searchField()->clear();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("zzz"));
    CHECK(view.list()->model()->rowCount() == 0);
    CHECK_FALSE(view.arrive().ok());
    CHECK_FALSE(view.isAskingConsent());
}

TEST_CASE("Consent is recorded by the facilitator named in Preferences until another name is typed",
          "[ui][people]")
{
    test::TempDir dir;
    QSettings settings(dir.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("preferences/facilitatorName"), QStringLiteral("Priya"));
    {
        ConsentDefaults defaults(&settings);
        CHECK(defaults.recordedBy() == QStringLiteral("Priya"));
        defaults.setRecordedBy(QStringLiteral("Sam"));
    }
    ConsentDefaults later(&settings);
    CHECK(later.recordedBy() == QStringLiteral("Sam"));
}

TEST_CASE("Check-in: the search ignores case and accents, and Enter waits for one person to be chosen",
    "[ui][people][checkin][names]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    const QUuid sian = addPerson(*session, QStringLiteral("Siân Williams"));
    const QUuid chloe = addPerson(*session, QStringLiteral("Chloë Martin"));
    const QUuid will = addPerson(*session, QStringLiteral("Will Evans"));
    addPerson(*session, QStringLiteral("Aaron Abbott")); // first in the alphabet

    CheckInView view(session.get());
    showActive(view);
    view.searchField()->setFocus();

    // An empty box: Enter does nothing at all, and nobody is chosen.
    CHECK(view.currentParticipant().isNull());
    press(Qt::Key_Return);
    CHECK_FALSE(view.isAskingConsent());
    for (const Participant &p : session->data().participants)
        CHECK(p.attendance == Attendance::Confirmed);
    CHECK(session->undoStack()->count() == 4); // the four additions, nothing more

    // "sian" finds Siân; the one person it means is chosen.
    QTest::keyClicks(view.searchField(), QStringLiteral("sian"));
    CHECK(view.list()->model()->rowCount() == 1);
    CHECK(view.currentParticipant() == sian);
    view.searchField()->clear();
    QTest::keyClicks(view.searchField(), QStringLiteral("CHLOE"));
    CHECK(view.currentParticipant() == chloe);

    // "will" fits Will and Siân Williams: both listed, neither chosen, Enter does nothing.
    view.searchField()->clear();
    QTest::keyClicks(view.searchField(), QStringLiteral("will"));
    CHECK(view.list()->model()->rowCount() == 2);
    CHECK(view.currentParticipant().isNull());
    press(Qt::Key_Return);
    CHECK_FALSE(view.isAskingConsent());
    CHECK(session->data().participants.find(will)->attendance == Attendance::Confirmed);
    CHECK(session->data().participants.find(sian)->attendance == Attendance::Confirmed);

    // Down chooses the first of them (Siân, alphabetically), Down again Will; Enter checks him in.
    press(Qt::Key_Down);
    CHECK(view.currentParticipant() == sian);
    press(Qt::Key_Down);
    CHECK(view.currentParticipant() == will);
    press(Qt::Key_Return);
    CHECK(view.isAskingConsent());
    CHECK(session->data().participants.find(will)->attendance == Attendance::Arrived);
}

TEST_CASE("Check-in: Ctrl+Z on the page undoes the check-in, not the typing", "[ui][people][checkin]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    const QUuid bob = addPerson(*session, QStringLiteral("Bob Singh"));
    addPerson(*session, QStringLiteral("Carol Jones"));

    CheckInView view(session.get());
    showActive(view);
    view.searchField()->setFocus();
    QTest::keyClicks(view.searchField(), QStringLiteral("bob"));
    press(Qt::Key_Return);
    REQUIRE(view.isAskingConsent());
    press(Qt::Key_Escape); // no consent questions now: back to the list
    REQUIRE(QApplication::focusWidget() == view.searchField());
    REQUIRE(session->data().participants.find(bob)->attendance == Attendance::Arrived);
    CHECK(session->undoStack()->undoText() == QStringLiteral("Check in Bob Singh"));

    // Something typed in the box since: Ctrl+Z still undoes the check-in and leaves the text.
    QTest::keyClicks(view.searchField(), QStringLiteral("car"));
    press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(session->data().participants.find(bob)->attendance == Attendance::Confirmed);
    CHECK(view.searchField()->text() == QStringLiteral("car"));

    // Redo puts it back; from the list as well as the box.
    view.list()->setFocus();
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(session->data().participants.find(bob)->attendance == Attendance::Arrived);
}

TEST_CASE("Check-in and People: Tab leaves the table for the next control, arrows walk the rows",
    "[ui][people][checkin][keyboard]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    for (const char *name : { "Ann Lee", "Bob Singh", "Carol Jones" })
        addPerson(*session, QString::fromLatin1(name));

    CheckInView view(session.get());
    showActive(view);
    view.list()->setFocus();
    view.list()->setCurrentIndex(view.list()->model()->index(0, PeopleTableModel::NameColumn));
    press(Qt::Key_Down);
    CHECK(view.list()->currentIndex().row() == 1);
    press(Qt::Key_Tab);
    CHECK(QApplication::focusWidget() != view.list()); // not the next cell: the next control
    CHECK(qobject_cast<QPushButton *>(QApplication::focusWidget()) != nullptr);
}
