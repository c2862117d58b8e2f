// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The People page: its table model under the model tester, filters, the editor and the export.
#include "commands/edits.h"
#include "commands/withdrawal.h"
#include "people/consentdefaults.h"
#include "people/consentpanel.h"
#include "people/participanteditor.h"
#include "people/peopleexportdialog.h"
#include "people/peopletablemodel.h"
#include "people/peopleview.h"
#include "session/session.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include "modeltesterfailures.h"

using namespace cg;

namespace {

using test::TesterFailures;

Participant person(const QString &name, Role role = Role::LivedExperience)
{
    Participant p;
    p.id = newId();
    p.displayName = name;
    p.role = role;
    return p;
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, PeopleTableModel::NameColumn).data().toString();
    return out;
}

QStringList dataNames(const Session &session)
{
    QStringList out;
    for (const Participant &p : session.data().participants)
        out << p.displayName;
    return out;
}

void decide(Session &session, const QUuid &id, ConsentScope scope, ConsentDecision decision)
{
    REQUIRE(session
                .record(edits::recordConsentDecision(session.data(), id, scope, decision,
                    ConsentMethod::Verbal, QStringLiteral("Sam"), session.now()))
                .ok());
}

} // namespace

TEST_CASE("People table model follows adds, edits, removals and undo", "[ui][people][model]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    session->setClock(test::FakeClock {});
    TesterFailures failures;
    PeopleTableModel model(session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    PeopleFilterModel filter;
    filter.setSourceModel(&model);
    filter.sort(PeopleTableModel::NameColumn);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Warning);

    const Participant zoe = person(QStringLiteral("Zoe Adams"));
    REQUIRE(session->perform(edits::addParticipant(session->data(), zoe)).ok());
    CHECK(names(model) == dataNames(*session));

    std::vector<Participant> three { person(QStringLiteral("Yusuf Ali")), person(QStringLiteral("Ben Cole")),
        person(QStringLiteral("Ann Lee"), Role::Researcher) };
    REQUIRE(session->perform(edits::addParticipants(session->data(), three)).ok());
    CHECK(model.rowCount() == 4);
    CHECK(names(model) == dataNames(*session));
    CHECK(names(filter)
        == QStringList { QStringLiteral("Ann Lee"), QStringLiteral("Ben Cole"), QStringLiteral("Yusuf Ali"),
            QStringLiteral("Zoe Adams") });
    // Pseudonyms are filled in by the edit and shown.
    CHECK(model.index(model.rowOf(zoe.id), PeopleTableModel::PseudonymColumn).data().toString()
        == QStringLiteral("Participant 1"));

    Participant renamed = *session->data().participants.find(zoe.id);
    renamed.displayName = QStringLiteral("Abby Adams");
    REQUIRE(session->perform(edits::editParticipant(session->data(), renamed)).ok());
    CHECK(model.index(model.rowOf(zoe.id), PeopleTableModel::NameColumn).data().toString()
        == QStringLiteral("Abby Adams"));
    CHECK(names(filter).front() == QStringLiteral("Abby Adams")); // re-sorted

    // Derived columns: consent and payment.
    decide(*session, zoe.id, ConsentScope::TakePart, ConsentDecision::Granted);
    CHECK(model.index(model.rowOf(zoe.id), PeopleTableModel::TakePartColumn).data().toString()
        == QStringLiteral("Granted"));
    Payment pay;
    pay.id = newId();
    pay.participantId = zoe.id;
    pay.hoursSession = 2;
    pay.rateMinor = 2500;
    REQUIRE(session->perform(edits::setPayment(session->data(), pay)).ok());
    CHECK(model.index(model.rowOf(zoe.id), PeopleTableModel::PaymentColumn).data().toString()
        == QStringLiteral("Owed £50.00"));

    const QUuid ben = three[1].id;
    REQUIRE(session->perform(edits::removeParticipant(session->data(), ben)).ok());
    CHECK(model.rowCount() == 3);
    CHECK(model.rowOf(ben) < 0);
    CHECK(names(model) == dataNames(*session));

    // Undo puts Ben back where he was; undoing further takes away the payment, the rename and
    // the three; redo brings them back.
    session->undoStack()->undo();
    CHECK(model.rowCount() == 4);
    CHECK(names(model) == dataNames(*session));
    session->undoStack()->undo(); // payment
    CHECK(model.index(model.rowOf(zoe.id), PeopleTableModel::PaymentColumn).data().toString()
        == QStringLiteral("\u2014"));
    session->undoStack()->undo(); // rename
    CHECK(model.index(model.rowOf(zoe.id), PeopleTableModel::NameColumn).data().toString()
        == QStringLiteral("Zoe Adams"));
    session->undoStack()->undo(); // the three
    CHECK(model.rowCount() == 1);
    session->undoStack()->redo();
    session->undoStack()->redo();
    CHECK(model.rowCount() == 4);
    CHECK(names(model) == dataNames(*session));
    CHECK(filter.rowCount() == 4);

    CHECK(failures.failures().isEmpty());
}

TEST_CASE("People view filters by consent state, role, attendance and text", "[ui][people][filter]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    Participant a = person(QStringLiteral("Asha Khan"));
    Participant b = person(QStringLiteral("Bill Evans"), Role::Practitioner);
    Participant c = person(QStringLiteral("Cleo Marsh"));
    c.organisation = QStringLiteral("Riverside Carers");
    c.attendance = Attendance::Arrived;
    REQUIRE(session->perform(edits::addParticipants(session->data(), { a, b, c })).ok());
    decide(*session, a.id, ConsentScope::TakePart, ConsentDecision::Granted);
    decide(*session, b.id, ConsentScope::TakePart, ConsentDecision::Refused);

    PeopleView view(session.get());
    QAbstractItemModel *shown = view.table()->model();
    CHECK(shown->rowCount() == 3);

    view.setConsentFilter(ConsentState::Granted);
    CHECK(names(*shown) == QStringList { QStringLiteral("Asha Khan") });
    view.setConsentFilter(ConsentState::Refused);
    CHECK(names(*shown) == QStringList { QStringLiteral("Bill Evans") });
    view.setConsentFilter(ConsentState::NotRecorded);
    CHECK(names(*shown) == QStringList { QStringLiteral("Cleo Marsh") });

    // A withdrawal moves Asha into the "withdrawn" filter as it happens.
    view.setConsentFilter(ConsentState::Withdrawn);
    CHECK(shown->rowCount() == 0);
    decide(*session, a.id, ConsentScope::TakePart, ConsentDecision::Withdrawn);
    CHECK(names(*shown) == QStringList { QStringLiteral("Asha Khan") });
    view.setConsentFilter(std::nullopt);

    view.setRoleFilter(Role::Practitioner);
    CHECK(names(*shown) == QStringList { QStringLiteral("Bill Evans") });
    view.setRoleFilter(std::nullopt);
    view.setAttendanceFilter(Attendance::Arrived);
    CHECK(names(*shown) == QStringList { QStringLiteral("Cleo Marsh") });
    view.setAttendanceFilter(std::nullopt);
    view.searchField()->setText(QStringLiteral("riverside"));
    CHECK(names(*shown) == QStringList { QStringLiteral("Cleo Marsh") });
    view.searchField()->clear();
    CHECK(shown->rowCount() == 3);
}

TEST_CASE("People view editor adds and edits through undoable steps", "[ui][people][editor]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    PeopleView view(session.get());
    view.resize(1200, 800);
    view.show();

    view.newPerson();
    ParticipantEditor *editor = view.editor();
    QTest::keyClicks(editor->nameEdit(), QStringLiteral("Dana Wright"));
    int ticked = 0;
    for (QCheckBox *box : editor->findChildren<QCheckBox *>()) {
        if (box->accessibleName() == QStringLiteral("Step-free access")) {
            QTest::keyClick(box, Qt::Key_Space);
            ++ticked;
        }
    }
    REQUIRE(ticked == 1);
    auto added = editor->save();
    REQUIRE(added.ok());
    const Participant *dana = session->data().participants.find(*added);
    REQUIRE(dana != nullptr);
    CHECK(dana->displayName == QStringLiteral("Dana Wright"));
    CHECK(dana->accessNeeds == QList<AccessNeed> { AccessNeed::StepFree });
    CHECK(view.currentParticipant() == *added);
    CHECK(view.consentPanel()->participantId() == *added);

    // An empty name is refused with a plain message, and nothing changes.
    editor->nameEdit()->clear();
    CHECK_FALSE(editor->save().ok());
    CHECK(session->data().participants.find(*added)->displayName == QStringLiteral("Dana Wright"));

    editor->nameEdit()->setText(QStringLiteral("Dana W."));
    REQUIRE(editor->save().ok());
    CHECK(session->data().participants.find(*added)->displayName == QStringLiteral("Dana W."));
    session->undoStack()->undo();
    CHECK(session->data().participants.find(*added)->displayName == QStringLiteral("Dana Wright"));
    CHECK(editor->nameEdit()->text() == QStringLiteral("Dana Wright")); // the form follows undo

    // Removing: allowed for someone added by mistake, and undoable.
    REQUIRE(view.removeCurrent().ok());
    CHECK(session->data().participants.empty());
    session->undoStack()->undo();
    CHECK(session->data().participants.size() == 1);
}

TEST_CASE("Consent panel records and withdraws with one key each, permanently", "[ui][people][consent]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    const Participant a = person(QStringLiteral("Asha Khan"));
    REQUIRE(session->perform(edits::addParticipant(session->data(), a)).ok());
    const int undoSteps = session->undoStack()->count();

    ConsentDefaults defaults;
    defaults.setRecordedBy(QStringLiteral("Tom"));
    defaults.setMethod(ConsentMethod::Digital);
    ConsentPanel panel(session.get(), &defaults);
    panel.setParticipant(a.id);
    panel.resize(800, 700);
    panel.show();
    QApplication::setActiveWindow(&panel);
    REQUIRE(QTest::qWaitForWindowActive(&panel));

    panel.scopeList()->setFocus();
    panel.setCurrentScope(ConsentScope::BeNamed);
    QTest::keyClick(panel.scopeList(), Qt::Key_G);
    ConsentPolicy policy(session->data());
    CHECK(policy.state(a.id, ConsentScope::BeNamed) == ConsentState::Granted);
    const ConsentEvent *event = policy.currentEvent(a.id, ConsentScope::BeNamed);
    REQUIRE(event != nullptr);
    CHECK(event->method == ConsentMethod::Digital);
    CHECK(event->recordedBy == QStringLiteral("Tom"));

    QTest::keyClick(panel.scopeList(), Qt::Key_W);
    CHECK(ConsentPolicy(session->data()).state(a.id, ConsentScope::BeNamed) == ConsentState::Withdrawn);
    // W again: nothing granted to withdraw, so nothing is recorded.
    QTest::keyClick(panel.scopeList(), Qt::Key_W);
    CHECK(consentHistory(session->data(), a.id).size() == 2);
    CHECK(panel.historyList()->topLevelItemCount() == 2);
    CHECK(panel.historyList()->topLevelItem(0)->text(2) == QStringLiteral("Withdrawn")); // newest first
    CHECK(
        panel.scopeList()->topLevelItem(int(ConsentScope::BeNamed))->text(1) == QStringLiteral("Withdrawn"));

    // Not on the undo stack: consent history is permanent.
    CHECK(session->undoStack()->count() == undoSteps);
}

TEST_CASE("Export people list writes a team-only CSV atomically", "[ui][people][export]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    Participant a = person(QStringLiteral("Asha Khan"));
    a.email = QStringLiteral("asha@example.org");
    a.accessNeeds = { AccessNeed::Bsl, AccessNeed::QuietRoom };
    REQUIRE(session->perform(edits::addParticipant(session->data(), a)).ok());
    decide(*session, a.id, ConsentScope::TakePart, ConsentDecision::Granted);

    PeopleExportDialog dialog(session.get());
    CHECK(dialog.windowTitle().contains(QStringLiteral("team use only")));
    const QString path = dir.path(QStringLiteral("people.csv"));
    REQUIRE(dialog.exportTo(path).ok());
    const QByteArray bytes = test::readAll(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("Asha Khan"));
    CHECK(bytes.contains("bsl;quiet_room"));
    CHECK(bytes.contains("granted"));
    CHECK_FALSE(bytes.contains("asha@example.org")); // contact details only when asked for

    dialog.setIncludeContact(true);
    REQUIRE(dialog.exportTo(path).ok());
    CHECK(test::readAll(path).contains("asha@example.org"));

    // A folder that does not exist: a plain error, no file.
    CHECK_FALSE(dialog.exportTo(dir.path(QStringLiteral("missing/people.csv"))).ok());
}

TEST_CASE("People: the search ignores case and accents and finds any part of a name", "[ui][people][names]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    for (const QString &name : { QStringLiteral("Siân Williams"), QStringLiteral("Chloë Martin"),
             QStringLiteral("Will Evans"), QStringLiteral("Émile Durand") })
        REQUIRE(session->perform(edits::addParticipant(session->data(), person(name))).ok());
    PeopleView view(session.get());
    view.resize(1200, 800);
    view.show();
    QLineEdit *search = view.searchField();

    auto shown = [&](const QString &typed) {
        search->clear();
        QTest::keyClicks(search, typed);
        QStringList out = names(*view.table()->model());
        out.sort();
        return out;
    };
    CHECK(shown(QStringLiteral("sian")) == QStringList { QStringLiteral("Siân Williams") });
    CHECK(shown(QStringLiteral("chloe")) == QStringList { QStringLiteral("Chloë Martin") });
    CHECK(shown(QStringLiteral("will")) == QStringList { QStringLiteral("Siân Williams"), QStringLiteral("Will Evans") });
    CHECK(shown(QStringLiteral("SIAN will")) == QStringList { QStringLiteral("Siân Williams") });
    CHECK(shown(QStringLiteral("emile")).size() == 1);
    CHECK(shown(QStringLiteral("zz")).isEmpty());

    // Sorted by name as a person would: Émile among the Es, not after Will.
    search->clear();
    view.table()->sortByColumn(PeopleTableModel::NameColumn, Qt::AscendingOrder);
    CHECK(names(*view.table()->model())
        == QStringList { QStringLiteral("Chloë Martin"), QStringLiteral("Émile Durand"), QStringLiteral("Siân Williams"),
            QStringLiteral("Will Evans") });
}

TEST_CASE("People: Tab leaves the table for the person's details, arrows walk the rows", "[ui][people][keyboard]")
{
    test::TempDir dir;
    auto session = test::newSession(dir);
    for (const QString &name : { QStringLiteral("Ann Lee"), QStringLiteral("Bob Singh"), QStringLiteral("Cai Jones") })
        REQUIRE(session->perform(edits::addParticipant(session->data(), person(name))).ok());
    PeopleView view(session.get());
    view.resize(1200, 800);
    view.show();
    QApplication::setActiveWindow(&view);
    REQUIRE(QTest::qWaitForWindowActive(&view));
    QTableView *table = view.table();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down);
    CHECK(table->currentIndex().row() == 1);
    CHECK(table->currentIndex().column() == 0);
    QTest::keyClick(table, Qt::Key_Tab);
    // On to the selected person's details (their tabs, then the form), not to the next cell.
    QWidget *next = QApplication::focusWidget();
    CHECK(next != table);
    CHECK(table->currentIndex() == table->model()->index(1, 0));
    CHECK((qobject_cast<QTabBar *>(next) || next == view.editor()->nameEdit()));
    QTest::keyClick(next, Qt::Key_Tab, Qt::ShiftModifier);
    CHECK(QApplication::focusWidget() == table);
}
