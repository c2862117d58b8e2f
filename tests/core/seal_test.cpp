// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/demoworkshop.h"
#include "security/handover.h"
#include "security/seal.h"
#include "session/session.h"
#include "testsupport.h"

#include <QDir>

using namespace cg;

namespace {

const QByteArray kPass = QByteArrayLiteral("correct horse battery");
const seal::Parameters kFast = seal::Parameters::fastestForTests();

QByteArray sample(int size)
{
    QByteArray bytes(size, '\0');
    for (int i = 0; i < size; ++i)
        bytes[i] = char((i * 7919 + 13) & 0xFF);
    return bytes;
}

} // namespace

TEST_CASE("a sealed export opens again with the same name, type and bytes", "[seal]")
{
    for (int size : { 0, 1, 65535, 65536, 65537, 200000 }) {
        const QByteArray content = sample(size);
        auto sealed = seal::seal(content, kPass, seal::Kind::Export, QStringLiteral("Share-back für Zoë.pdf"),
            QStringLiteral("application/pdf"), kFast);
        REQUIRE(sealed.ok());
        CHECK(seal::looksSealed(*sealed));
        auto opened = seal::unseal(*sealed, kPass);
        REQUIRE(opened.ok());
        CHECK(opened->kind == seal::Kind::Export);
        CHECK(opened->name == QStringLiteral("Share-back für Zoë.pdf"));
        CHECK(opened->mediaType == QStringLiteral("application/pdf"));
        CHECK(opened->bytes == content);
    }
}

TEST_CASE("the file name is inside the encrypted part", "[seal]")
{
    auto sealed = seal::seal(sample(100), kPass, seal::Kind::Export, QStringLiteral("Priya Raman notes.pdf"),
        QStringLiteral("application/pdf"), kFast);
    REQUIRE(sealed.ok());
    CHECK_FALSE(sealed->contains("Priya"));
    CHECK_FALSE(sealed->contains("application/pdf"));
}

TEST_CASE("a sealed workshop holds none of its people's names, notes or emails", "[seal]")
{
    test::TempDir dir;
    auto session = Session::createFrom(dir.path(QStringLiteral("demo.cgw")), io::demoWorkshop());
    REQUIRE(session.ok());
    const WorkshopData &data = (*session)->data();
    REQUIRE(data.participants.size() >= 5);

    QStringList secrets;
    for (const Participant &p : data.participants) {
        secrets << p.displayName;
        if (!p.email.isEmpty())
            secrets << p.email;
    }
    int notes = 0;
    for (const Note &n : data.notes) {
        if (n.text.size() >= 12 && notes++ < 10)
            secrets << n.text;
    }
    REQUIRE(notes >= 3);

    // The plain file holds them (so the search below can find what it looks for) ...
    const QByteArray plain = test::readAll(dir.path(QStringLiteral("demo.cgw")));
    CHECK(plain.contains(data.participants.rows().front().displayName.toUtf8()));

    // A private temporary folder, so that the check below for a left-over copy sees only ours.
    const QByteArray oldTmp = qgetenv("TMPDIR");
    REQUIRE(QDir().mkpath(dir.path(QStringLiteral("tmp"))));
    qputenv("TMPDIR", dir.path(QStringLiteral("tmp")).toLocal8Bit());
    auto sealed = seal::sealWorkshop(**session, kPass, QStringLiteral("demo.cgw"), kFast);
    const QStringList leftOver = QDir(QDir::tempPath()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    qputenv("TMPDIR", oldTmp);
    REQUIRE(sealed.ok());
    for (const QString &secret : secrets) {
        INFO(secret.toStdString());
        // Six bytes or more, so that random ciphertext cannot hold one by chance (the salt differs
        // every run); the demo's names are full names.
        REQUIRE(secret.toUtf8().size() >= 6);
        CHECK_FALSE(sealed->contains(secret.toUtf8()));
        const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2);
        CHECK_FALSE(sealed->contains(utf16));
    }
    // ... and the temporary copy made for sealing is gone.
    CHECK(leftOver.isEmpty());

    auto opened = seal::unseal(*sealed, kPass);
    REQUIRE(opened.ok());
    CHECK(opened->kind == seal::Kind::Workshop);
    CHECK(opened->name == QStringLiteral("demo.cgw"));
    CHECK(opened->mediaType == QString::fromLatin1(seal::workshopMediaType));
    const QString copy = dir.path(QStringLiteral("opened.cgw"));
    QFile out(copy);
    REQUIRE(out.open(QIODevice::WriteOnly));
    REQUIRE(out.write(opened->bytes) == opened->bytes.size());
    out.close();
    auto reopened = Session::open(copy);
    REQUIRE(reopened.ok());
    CHECK(test::sameContent((*reopened)->data(), data));
}

TEST_CASE("changing any one byte of a sealed file is detected", "[seal]")
{
    const QByteArray content = sample(150000); // three content chunks
    auto sealed = seal::seal(content, kPass, seal::Kind::Export, QStringLiteral("a.pdf"),
        QStringLiteral("application/pdf"), kFast);
    REQUIRE(sealed.ok());
    const qint64 n = sealed->size();
    // Salt, content size, stream header, metadata chunk, middle chunk, the last byte.
    for (qint64 at : { qint64(25), qint64(45), qint64(60), qint64(500), n / 2, n - 1 }) {
        INFO("byte " << at);
        QByteArray changed = *sealed;
        changed[at] = char(changed.at(at) ^ 0x01);
        auto opened = seal::unseal(changed, kPass);
        REQUIRE_FALSE(opened.ok());
        CHECK((opened.message().contains(QStringLiteral("changed"))
            || opened.message().contains(QStringLiteral("incomplete"))));
    }
    QByteArray version = *sealed;
    version[8] = char(2);
    CHECK(seal::unseal(version, kPass).message().contains(QStringLiteral("newer version")));
    QByteArray magic = *sealed;
    magic[0] = 'X';
    CHECK(seal::unseal(magic, kPass).message().contains(QStringLiteral("not a sealed")));
    QByteArray longer = *sealed + QByteArrayLiteral("x");
    CHECK(seal::unseal(longer, kPass).message().contains(QStringLiteral("changed")));
}

TEST_CASE("a sealed file cut short is detected as incomplete", "[seal]")
{
    auto sealed = seal::seal(sample(150000), kPass, seal::Kind::Export, QStringLiteral("a.pdf"),
        QStringLiteral("application/pdf"), kFast);
    REQUIRE(sealed.ok());
    for (qint64 keep : { qint64(4), qint64(30), qint64(1000), sealed->size() / 2, sealed->size() - 17,
             sealed->size() - 1 }) {
        INFO("kept " << keep);
        auto opened = seal::unseal(sealed->left(keep), kPass);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.message().contains(QStringLiteral("incomplete")));
    }
}

TEST_CASE("a wrong passphrase is told plainly", "[seal]")
{
    auto sealed = seal::seal(sample(10), kPass, seal::Kind::Export, QStringLiteral("a.txt"),
        QStringLiteral("text/plain"), kFast);
    REQUIRE(sealed.ok());
    auto opened = seal::unseal(*sealed, QByteArrayLiteral("correct horse battery!"));
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.message()
        == QStringLiteral("The passphrase is not the one this file was sealed with, or the file was changed."));
    CHECK(seal::unseal(*sealed, QByteArrayLiteral("short")).message() == opened.message());
    CHECK(seal::unseal(QByteArrayLiteral("SQLite format 3"), kPass).message().contains(QStringLiteral("not a sealed")));
}

TEST_CASE("passphrases shorter than eight characters are refused with the reason", "[seal]")
{
    CHECK_FALSE(seal::checkPassphrase(QByteArrayLiteral("1234567")).ok());
    CHECK(seal::checkPassphrase(QByteArrayLiteral("1234567")).message().contains(QStringLiteral("guessed")));
    CHECK(seal::checkPassphrase(QByteArrayLiteral("12345678")).ok());
    // Characters, not bytes: seven accented letters are still too short.
    CHECK_FALSE(seal::checkPassphrase(QStringLiteral("ééééééé").toUtf8()).ok());
    auto sealed = seal::seal(sample(10), QByteArrayLiteral("short"), seal::Kind::Export, QStringLiteral("a"),
        QStringLiteral("text/plain"), kFast);
    CHECK_FALSE(sealed.ok());
}

TEST_CASE("a passphrase file loses one trailing newline and nothing else", "[seal]")
{
    test::TempDir dir;
    auto write = [&](const QByteArray &bytes) {
        QFile f(dir.path(QStringLiteral("p")));
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    };
    write("secret words\n");
    CHECK(*seal::readPassphraseFile(dir.path(QStringLiteral("p"))) == QByteArray("secret words"));
    write("secret words\r\n");
    CHECK(*seal::readPassphraseFile(dir.path(QStringLiteral("p"))) == QByteArray("secret words"));
    write(" secret words \n\n");
    CHECK(*seal::readPassphraseFile(dir.path(QStringLiteral("p"))) == QByteArray(" secret words \n"));
    CHECK_FALSE(seal::readPassphraseFile(dir.path(QStringLiteral("missing"))).ok());
}

TEST_CASE("handing a workshop over records it in the audit trail, counts only", "[seal]")
{
    test::TempDir dir;
    auto session = Session::createFrom(dir.path(QStringLiteral("demo.cgw")), io::demoWorkshop());
    REQUIRE(session.ok());
    const auto before = (*session)->data().auditEvents.size();
    const QString out = dir.path(QStringLiteral("demo.cgseal"));
    QString problem;
    REQUIRE(seal::handOverWorkshop(**session, kPass, out, QStringLiteral("Sam"), &problem, kFast).ok());
    CHECK(problem.isEmpty());
    CHECK((QFile::permissions(out) & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    const WorkshopData &data = (*session)->data();
    REQUIRE(data.auditEvents.size() == before + 1);
    AuditEvent last;
    for (const AuditEvent &e : data.auditEvents)
        if (!last.at.isValid() || e.at >= last.at)
            last = e;
    CHECK(last.kind == QStringLiteral("export"));
    CHECK(last.summary.contains(QStringLiteral("sealed hand-over")));
    CHECK(last.summary.contains(QStringLiteral("participants: %1").arg(data.participants.size())));
    for (const Participant &p : data.participants)
        CHECK_FALSE(last.summary.contains(p.displayName));
    auto opened = seal::unseal(test::readAll(out), kPass);
    REQUIRE(opened.ok());
    CHECK(opened->kind == seal::Kind::Workshop);
    // The sealed file cannot replace the workshop itself.
    CHECK_FALSE(seal::handOverWorkshop(**session, kPass, (*session)->filePath(), QStringLiteral("Sam"), nullptr, kFast).ok());
}
