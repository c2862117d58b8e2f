// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// consent, withdraw, consent-register and payments, driven through the real binary.
#include "commands/edits.h"
#include "commands/withdrawal.h"
#include "consent/consentpolicy.h"
#include "session/session.h"
#include "testsupport.h"

#include <QFile>

using namespace cg;

namespace {

const QString kMarker = QStringLiteral("Axolotl-parsnip remark 3e9f");

struct Fixture
{
    test::TempDir dir;
    QString path = dir.path(QStringLiteral("workshop.cgw"));
    QUuid ana, samA, samB, ben;
    QUuid anaNote;

    Fixture()
    {
        auto session = test::newSession(dir, QStringLiteral("workshop.cgw"));
        Session &s = *session;
        auto add = [&](const QString &name) {
            Participant p;
            p.displayName = name;
            REQUIRE(s.perform(edits::addParticipant(s.data(), p)).ok());
            return s.data().participants.rows().back().id;
        };
        ana = add(QStringLiteral("Ana Lopez"));
        samA = add(QStringLiteral("Sam"));
        samB = add(QStringLiteral("sam"));
        ben = add(QStringLiteral("Ben Okafor"));
        REQUIRE(s.record(edits::recordConsentDecision(s.data(), ana, ConsentScope::TakePart,
                             ConsentDecision::Granted, ConsentMethod::WrittenForm, QStringLiteral("Priya"),
                             s.now()))
                    .ok());

        Board board;
        board.title = QStringLiteral("Table 1");
        REQUIRE(s.perform(edits::addBoard(s.data(), board)).ok());
        Note note;
        note.boardId = s.data().boards.rows().back().id;
        note.text = kMarker;
        note.authorKind = AuthorKind::Participant;
        note.authorId = ana;
        REQUIRE(s.perform(edits::addNote(s.data(), note)).ok());
        anaNote = s.data().notes.rows().back().id;

        Payment pay;
        pay.participantId = ana;
        pay.hoursSession = 3;
        pay.rateMinor = 2500;
        pay.expensesTravelMinor = 450;
        REQUIRE(s.perform(edits::setPayment(s.data(), pay)).ok());
        Payment paid;
        paid.participantId = ben;
        paid.hoursSession = 2;
        paid.rateMinor = 2500;
        paid.method = PaymentMethod::Voucher;
        paid.status = PaymentStatus::Paid;
        paid.paidDate = QDate(2026, 11, 23);
        REQUIRE(s.perform(edits::setPayment(s.data(), paid)).ok());
        // The session closes here, so the command line can take the file.
    }

    std::unique_ptr<Session> reopen() const
    {
        auto opened = Session::open(path);
        REQUIRE(opened.ok());
        return std::move(*opened);
    }
};

QStringList csvLines(const QString &path)
{
    const QByteArray bytes = test::readAll(path);
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    return QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("cli consent records a decision by name, in any case, or by id", "[cli][consent]")
{
    Fixture f;
    auto run = test::runCli({ QStringLiteral("consent"), f.path, QStringLiteral("--participant"),
        QStringLiteral("ana LOPEZ"), QStringLiteral("--scope"), QStringLiteral("be_quoted"),
        QStringLiteral("--grant"), QStringLiteral("--method"), QStringLiteral("written form"),
        QStringLiteral("--by"), QStringLiteral("Priya") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Ana Lopez")));

    run = test::runCli(
        { QStringLiteral("consent"), f.path, QStringLiteral("--participant=") + f.ben.toString(),
            QStringLiteral("--scope=be-named"), QStringLiteral("--refuse") });
    REQUIRE(run.exitCode == 0);

    auto session = f.reopen();
    const ConsentPolicy policy(session->data());
    CHECK(policy.state(f.ana, ConsentScope::BeQuoted) == ConsentState::Granted);
    const ConsentEvent *event = policy.currentEvent(f.ana, ConsentScope::BeQuoted);
    REQUIRE(event != nullptr);
    CHECK(event->method == ConsentMethod::WrittenForm);
    CHECK(event->recordedBy == QStringLiteral("Priya"));
    CHECK(policy.state(f.ben, ConsentScope::BeNamed) == ConsentState::Refused);
    CHECK(policy.currentEvent(f.ben, ConsentScope::BeNamed)->method == ConsentMethod::Verbal);
    // Each decision left an audit event.
    CHECK(std::count_if(session->data().auditEvents.begin(), session->data().auditEvents.end(),
              [](const AuditEvent &a) { return a.kind == QStringLiteral("consent"); })
        == 3);
}

TEST_CASE("cli consent: a name matching several people or no one lists the candidates", "[cli][consent]")
{
    Fixture f;
    const auto before = test::dumpRows(f.path);
    auto ambiguous = test::runCli(
        { QStringLiteral("consent"), f.path, QStringLiteral("--participant"), QStringLiteral("SAM"),
            QStringLiteral("--scope"), QStringLiteral("take_part"), QStringLiteral("--grant") });
    CHECK(ambiguous.exitCode == 1);
    CHECK(ambiguous.err.contains(QStringLiteral("matches 2 people")));
    CHECK(ambiguous.err.contains(f.samA.toString(QUuid::WithoutBraces)));
    CHECK(ambiguous.err.contains(f.samB.toString(QUuid::WithoutBraces)));

    // "ope" starts no name, but is part of one: offered, not taken.
    auto nearly = test::runCli(
        { QStringLiteral("consent"), f.path, QStringLiteral("--participant"), QStringLiteral("ope"),
            QStringLiteral("--scope"), QStringLiteral("take_part"), QStringLiteral("--grant") });
    CHECK(nearly.exitCode == 1);
    CHECK(nearly.err.contains(QStringLiteral("Did you mean")));
    CHECK(nearly.err.contains(QStringLiteral("Ana Lopez")));
    CHECK_FALSE(nearly.err.contains(QStringLiteral("Ben Okafor")));

    auto nobody = test::runCli(
        { QStringLiteral("consent"), f.path, QStringLiteral("--participant"), QStringLiteral("Zed"),
            QStringLiteral("--scope"), QStringLiteral("take_part"), QStringLiteral("--grant") });
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err.contains(QStringLiteral("Ben Okafor")));
    CHECK(nobody.err.contains(QStringLiteral("Ana Lopez")));

    CHECK(test::dumpRows(f.path) == before); // nothing was recorded
}

TEST_CASE("cli consent and withdraw: wrong arguments exit 2 and change nothing", "[cli][consent]")
{
    Fixture f;
    const auto before = test::dumpRows(f.path);
    const QString who = QStringLiteral("--participant=Ana Lopez");
    const std::vector<QStringList> wrong = {
        { QStringLiteral("consent"), f.path, who, QStringLiteral("--grant") },
        { QStringLiteral("consent"), f.path, who, QStringLiteral("--scope=take_part") },
        { QStringLiteral("consent"), f.path, who, QStringLiteral("--scope=take_part"),
            QStringLiteral("--grant"), QStringLiteral("--refuse") },
        { QStringLiteral("consent"), f.path, who, QStringLiteral("--scope=be_famous"),
            QStringLiteral("--grant") },
        { QStringLiteral("consent"), f.path, who, QStringLiteral("--scope=take_part"),
            QStringLiteral("--grant"), QStringLiteral("--method=carrier pigeon") },
        { QStringLiteral("consent"), f.path, who, QStringLiteral("--scope=take_part"),
            QStringLiteral("--grant"), QStringLiteral("--loudly") },
        { QStringLiteral("consent"), QStringLiteral("--scope=take_part"), QStringLiteral("--grant"), who },
        { QStringLiteral("consent"), f.path, QStringLiteral("--scope=take_part"), QStringLiteral("--grant") },
        { QStringLiteral("withdraw"), f.path, who },
        { QStringLiteral("withdraw"), f.path, who, QStringLiteral("--delete"),
            QStringLiteral("--anonymise") },
        { QStringLiteral("withdraw"), f.path, QStringLiteral("--delete") },
        { QStringLiteral("consent-register"), f.path },
    };
    for (const QStringList &args : wrong) {
        INFO(args.join(QLatin1Char(' ')).toStdString());
        const auto run = test::runCli(args);
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.isEmpty());
    }
    // Naming the workshop itself as the output is a refusal (exit 1), as in every command.
    const auto overWorkshop = test::runCli({ QStringLiteral("payments"), f.path, f.path });
    CHECK(overWorkshop.exitCode == 1);
    CHECK(overWorkshop.err.contains(QStringLiteral("overwrite the workshop itself")));
    CHECK(test::dumpRows(f.path) == before);

    const auto missing = test::runCli({ QStringLiteral("consent"), f.dir.path(QStringLiteral("nope.cgw")),
        who, QStringLiteral("--scope=take_part"), QStringLiteral("--grant") });
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(QFile::exists(f.dir.path(QStringLiteral("nope.cgw"))));
}

TEST_CASE("cli withdraw --delete removes the words from the file", "[cli][consent][withdrawal]")
{
    Fixture f;
    REQUIRE(test::readAll(f.path).contains(kMarker.toUtf8()));
    const auto run = test::runCli(
        { QStringLiteral("withdraw"), f.path, QStringLiteral("--participant"), QStringLiteral("Ana Lopez"),
            QStringLiteral("--delete"), QStringLiteral("--by"), QStringLiteral("Priya") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("deleted 1 note")));
    CHECK_FALSE(run.out.contains(kMarker));
    CHECK_FALSE(test::readAll(f.path).contains(kMarker.toUtf8()));
    CHECK_FALSE(test::readAll(f.path).contains(QByteArray("Axolotl-parsnip")));
    CHECK_FALSE(QFile::exists(f.path + QStringLiteral("-journal")));

    auto session = f.reopen();
    CHECK(session->data().notes.empty());
    CHECK(ConsentPolicy(session->data()).state(f.ana, ConsentScope::TakePart) == ConsentState::Withdrawn);
    const AuditEvent &audit = session->data().auditEvents.rows().back();
    CHECK(audit.kind == QStringLiteral("withdrawal"));
    CHECK(audit.actor == QStringLiteral("Priya"));
}

TEST_CASE("cli withdraw --anonymise keeps the words without a name", "[cli][consent][withdrawal]")
{
    Fixture f;
    const auto run = test::runCli({ QStringLiteral("withdraw"), f.path, QStringLiteral("--participant"),
        f.ana.toString(QUuid::WithoutBraces), QStringLiteral("--anonymise") });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    auto session = f.reopen();
    const Note *note = session->data().notes.find(f.anaNote);
    REQUIRE(note != nullptr);
    CHECK(note->text == kMarker);
    CHECK(note->authorKind == AuthorKind::Anonymous);
    CHECK(note->authorId.isNull());
}

TEST_CASE("cli consent-register writes every decision", "[cli][consent][csv]")
{
    Fixture f;
    REQUIRE(test::runCli({ QStringLiteral("consent"), f.path, QStringLiteral("--participant=Ben Okafor"),
                             QStringLiteral("--scope=take_part"), QStringLiteral("--grant"),
                             QStringLiteral("--by=Jo") })
                .exitCode
        == 0);
    const QString out = f.dir.path(QStringLiteral("register.csv"));
    const auto run = test::runCli({ QStringLiteral("consent-register"), f.path, out });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("2 consent decisions")));
    const QStringList lines = csvLines(out);
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].startsWith(
        QStringLiteral("Participant,Pseudonym,Scope,Decision,Method,Recorded by,Recorded at")));
    CHECK(
        lines[1].startsWith(QStringLiteral("Ana Lopez,Participant 1,take part,granted,written form,Priya,")));
    CHECK(lines[2].startsWith(QStringLiteral("Ben Okafor,Participant 4,take part,granted,verbal,Jo,")));
    CHECK(lines[2].endsWith(f.ben.toString(QUuid::WithoutBraces)));

    const auto missing = test::runCli({ QStringLiteral("consent-register"),
        f.dir.path(QStringLiteral("nope.cgw")), f.dir.path(QStringLiteral("other.csv")) });
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(QFile::exists(f.dir.path(QStringLiteral("other.csv"))));
}

TEST_CASE("cli payments writes one row per person paid and prints the totals", "[cli][consent][csv]")
{
    Fixture f;
    const QString out = f.dir.path(QStringLiteral("payments.csv"));
    const auto run = test::runCli({ QStringLiteral("payments"), f.path, out });
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("Wrote 2 payments")));
    CHECK(run.out.contains(QStringLiteral("£129.50 in total, £79.50 owed, £50.00 paid")));
    const QStringList lines = csvLines(out);
    REQUIRE(lines.size() == 3);
    CHECK(lines[1].startsWith(
        QStringLiteral("Ana Lopez,Participant 1,3,0,0,3,25.00,75.00,4.50,0.00,0.00,4.50,79.50,GBP,"
                       "bank transfer,no,,owed,")));
    CHECK(lines[2].endsWith(QStringLiteral(",50.00,GBP,voucher,no,,paid,2026-11-23")));
}

TEST_CASE("cli consent commands have help", "[cli][consent]")
{
    for (const char *name : { "consent", "withdraw", "consent-register", "payments" }) {
        const QString command = QString::fromLatin1(name);
        INFO(name);
        const auto help = test::runCli({ QStringLiteral("help"), command });
        CHECK(help.exitCode == 0);
        CHECK(help.out.contains(QStringLiteral("Usage: commonground-cli ") + command));
        const auto flag = test::runCli({ command, QStringLiteral("--help") });
        CHECK(flag.exitCode == 0);
        CHECK(flag.out == help.out);
    }
}

TEST_CASE("cli: a unique prefix or an accent-free spelling finds the one person", "[cli][consent][names]")
{
    Fixture f;
    // "lopez" starts only Ana Lopez's surname; "ana lopez" is her name without the case.
    for (const QString &typed : { QStringLiteral("lopez"), QStringLiteral("ANA LOPEZ") }) {
        auto run = test::runCli({ QStringLiteral("consent"), f.path, QStringLiteral("--participant"), typed,
            QStringLiteral("--scope"), QStringLiteral("be_named"), QStringLiteral("--grant") });
        INFO(run.err.toStdString());
        CHECK(run.exitCode == 0);
    }
}
