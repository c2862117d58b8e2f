// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/seal.h"

#include "security/protection.h"
#include "session/session.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtEndian>

#include <sodium.h>

#include <algorithm>
#include <cstring>

namespace cg::seal {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::seal", text);
}

// The layout, byte for byte, is documented in docs/file-format.md ("Sealed hand-over").
constexpr char kMagic[] = "CGSEAL1\n";
constexpr int kMagicSize = 8;
constexpr std::uint8_t kVersion = 1;
constexpr std::uint8_t kAlgArgon2id = 2; // crypto_pwhash_ALG_ARGON2ID13, stored so it can change
constexpr int kSaltSize = 16;
constexpr int kHeaderSize = kMagicSize + 1 + 1 + 4 + 8 + kSaltSize + 4 + 8
    + int(crypto_secretstream_xchacha20poly1305_HEADERBYTES);
constexpr std::uint32_t kChunkSize = 64 * 1024;
constexpr int kABytes = int(crypto_secretstream_xchacha20poly1305_ABYTES);
// The metadata chunk always has this size, so that the file does not give away how long the
// original file name is.
constexpr int kMetadataSize = 1280;
constexpr int kMaxNameBytes = 1024;
constexpr int kMaxMediaBytes = 127;
constexpr int kMaxPassphraseBytes = 1024;
// What unseal() accepts from a file's header: generous, but no file can make the app use more
// than 1 GiB of memory or hours of work before the passphrase is even checked.
constexpr std::uint64_t kMaxOps = 16;
constexpr std::uint64_t kMaxMem = std::uint64_t(1) << 30;
constexpr std::uint32_t kMinChunk = 4096;
constexpr std::uint32_t kMaxChunk = 1024 * 1024;

static_assert(sizeof(kMagic) - 1 == kMagicSize);
static_assert(kSaltSize == crypto_pwhash_SALTBYTES);
static_assert(1 + 2 + kMaxNameBytes + 1 + kMaxMediaBytes <= kMetadataSize);

bool sodiumReady()
{
    return sodium_init() >= 0; // idempotent and thread-safe
}

Error notSealed()
{
    return fail(tr("This is not a sealed Common Ground file (it does not begin the way one does)."));
}

Error incomplete()
{
    return fail(tr("This sealed file is incomplete: it ends too early, perhaps because copying it stopped "
                   "part-way. Copy it again from the original."));
}

Error wrongPassphrase()
{
    return fail(tr("The passphrase is not the one this file was sealed with, or the file was changed."));
}

Error changed()
{
    return fail(tr("This sealed file was changed or damaged after it was sealed, so it was not opened. "
                   "Ask for a fresh copy."));
}

// A 32-byte key that is wiped when it goes out of scope, whatever path leaves the function.
struct Key
{
    unsigned char bytes[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    ~Key() { sodium_memzero(bytes, sizeof bytes); }
};

Result<void> deriveKey(Key &key, const QByteArray &passphrase, const unsigned char *salt, std::uint64_t ops,
    std::uint64_t mem)
{
    return seal::deriveKey(key.bytes, sizeof key.bytes, passphrase, salt, ops, mem);
}

void putU32(QByteArray &out, std::uint32_t v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

void putU64(QByteArray &out, std::uint64_t v)
{
    char b[8];
    qToLittleEndian(v, b);
    out.append(b, 8);
}

int codePoints(const QByteArray &utf8)
{
    return int(std::count_if(utf8.begin(), utf8.end(), [](char c) { return (uchar(c) & 0xC0) != 0x80; }));
}

qint64 sealedSize(qint64 contentSize, std::uint32_t chunk)
{
    const qint64 chunks = std::max<qint64>(1, (contentSize + chunk - 1) / chunk);
    return kHeaderSize + kMetadataSize + kABytes + contentSize + chunks * kABytes;
}

} // namespace

Parameters Parameters::standard()
{
    return { crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE };
}

Parameters Parameters::fastestForTests()
{
    return { crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN };
}

Result<void> deriveKey(unsigned char *key, std::size_t size, const QByteArray &passphrase, const unsigned char *salt,
    std::uint64_t opsLimit, std::uint64_t memLimit)
{
    if (!sodiumReady())
        return fail(tr("The encryption library could not start."));
    if (crypto_pwhash(key, size, passphrase.constData(), std::uint64_t(passphrase.size()), salt, opsLimit,
            size_t(memLimit), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return fail(tr("There was not enough memory to work out the key from the passphrase (it needs %1 MiB). "
                       "Close other programs and try again.")
                        .arg(memLimit / (1024 * 1024)));
    return {};
}

bool parametersAllowed(std::uint64_t opsLimit, std::uint64_t memLimit)
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= kMaxOps && memLimit >= crypto_pwhash_MEMLIMIT_MIN
        && memLimit <= kMaxMem;
}

Result<void> checkPassphrase(const QByteArray &passphrase)
{
    if (codePoints(passphrase) < minPassphraseLength)
        return fail(tr("The passphrase needs at least %1 characters: a short one can be guessed by a computer "
                       "trying every possibility, and nothing else protects the file.")
                        .arg(minPassphraseLength));
    if (passphrase.size() > kMaxPassphraseBytes)
        return fail(tr("The passphrase is too long; use at most %1 characters.").arg(kMaxPassphraseBytes / 4));
    return {};
}

void wipe(QByteArray &bytes)
{
    if (!bytes.isEmpty()) {
        bytes.detach();
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    }
    bytes.clear();
}

bool looksSealed(const QByteArray &start)
{
    return start.startsWith(QByteArray::fromRawData(kMagic, kMagicSize));
}

Result<QByteArray> seal(const QByteArray &content, const QByteArray &passphrase, Kind kind, const QString &name,
    const QString &mediaType, const Parameters &parameters)
{
    if (!sodiumReady())
        return fail(tr("The encryption library could not start, so nothing was sealed."));
    if (auto usable = checkPassphrase(passphrase); !usable)
        return usable.error();
    if (content.size() > maxContentBytes)
        return fail(tr("The file is too large to seal (more than 1 GiB)."));
    const QByteArray nameBytes = QFileInfo(name).fileName().toUtf8();
    const QByteArray mediaBytes = mediaType.toLatin1();
    if (nameBytes.size() > kMaxNameBytes)
        return fail(tr("The file name is too long to seal; choose a shorter one."));
    if (mediaBytes.size() > kMaxMediaBytes)
        return fail(tr("The media type is too long to seal."));
    if (!parametersAllowed(parameters.opsLimit, parameters.memLimit))
        return fail(tr("The key settings are outside what Common Ground allows."));

    unsigned char salt[kSaltSize];
    randombytes_buf(salt, sizeof salt);
    Key key;
    if (auto derived = deriveKey(key, passphrase, salt, parameters.opsLimit, parameters.memLimit); !derived)
        return derived.error();

    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char streamHeader[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, streamHeader, key.bytes);

    QByteArray out;
    out.reserve(sealedSize(content.size(), kChunkSize));
    out.append(kMagic, kMagicSize);
    out.append(char(kVersion));
    out.append(char(kAlgArgon2id));
    putU32(out, std::uint32_t(parameters.opsLimit));
    putU64(out, parameters.memLimit);
    out.append(reinterpret_cast<const char *>(salt), kSaltSize);
    putU32(out, kChunkSize);
    putU64(out, std::uint64_t(content.size()));
    out.append(reinterpret_cast<const char *>(streamHeader), sizeof streamHeader);
    Q_ASSERT(out.size() == kHeaderSize);

    // Chunk 0: what is sealed, under which name and media type, padded to a fixed size.
    QByteArray metadata(kMetadataSize, '\0');
    metadata[0] = char(kind);
    qToLittleEndian(std::uint16_t(nameBytes.size()), metadata.data() + 1);
    std::memcpy(metadata.data() + 3, nameBytes.constData(), size_t(nameBytes.size()));
    metadata[3 + nameBytes.size()] = char(mediaBytes.size());
    std::memcpy(metadata.data() + 4 + nameBytes.size(), mediaBytes.constData(), size_t(mediaBytes.size()));

    auto push = [&](const char *plain, qint64 size, const QByteArray &ad, unsigned char tag) {
        const qint64 at = out.size();
        out.resize(at + size + kABytes);
        crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char *>(out.data() + at),
            nullptr, reinterpret_cast<const unsigned char *>(plain), std::uint64_t(size),
            ad.isEmpty() ? nullptr : reinterpret_cast<const unsigned char *>(ad.constData()),
            std::uint64_t(ad.size()), tag);
    };
    const QByteArray header = out.left(kHeaderSize);
    push(metadata.constData(), metadata.size(), header, crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
    sodium_memzero(metadata.data(), size_t(metadata.size()));

    qint64 offset = 0;
    do {
        const qint64 size = std::min<qint64>(kChunkSize, content.size() - offset);
        const bool last = offset + size >= content.size();
        push(content.constData() + offset, size, QByteArray(),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        offset += size;
    } while (offset < content.size());
    sodium_memzero(&state, sizeof state);
    return out;
}

Result<QByteArray> sealWorkshop(Session &session, const QByteArray &passphrase, const QString &name,
    const Parameters &parameters)
{
    if (auto usable = checkPassphrase(passphrase); !usable)
        return usable.error();
    // The copy is plain, like the workshop file itself; it lives in a folder only the owner can
    // read and is removed as soon as its bytes are sealed (QTemporaryDir removes it on every path).
    QTemporaryDir folder(QDir::temp().filePath(QStringLiteral("commonground-seal-XXXXXX")));
    if (!folder.isValid())
        return fail(tr("A temporary folder for the copy to seal could not be made: %1").arg(folder.errorString()));
    const QString copyPath = folder.filePath(QStringLiteral("workshop.cgw"));
    if (auto copied = session.saveCopy(copyPath); !copied)
        return copied.error();
    QString readPath = copyPath;
    if (protection::isProtected(copyPath)) {
        // The copy of a protected workshop is protected too; the sealed file has a passphrase of
        // its own, so what is sealed is a plain copy (made in the same private folder).
        readPath = folder.filePath(QStringLiteral("plain.cgw"));
        if (auto plain = protection::plainCopy(copyPath, readPath); !plain)
            return plain.error();
        QFile::remove(copyPath);
    }
    auto bytes = readBounded(readPath);
    if (!bytes)
        return bytes.error();
    auto sealed = seal(*bytes, passphrase, Kind::Workshop, name, QString::fromLatin1(workshopMediaType), parameters);
    wipe(*bytes);
    QFile::remove(readPath);
    return sealed;
}

Result<Unsealed> unseal(const QByteArray &sealed, const QByteArray &passphrase)
{
    if (!sodiumReady())
        return fail(tr("The encryption library could not start, so the file was not opened."));
    const QByteArray magic = QByteArray::fromRawData(kMagic, kMagicSize);
    if (sealed.size() < kMagicSize)
        return magic.startsWith(sealed) && !sealed.isEmpty() ? incomplete() : notSealed();
    if (!looksSealed(sealed))
        return notSealed();
    if (sealed.size() <= kMagicSize)
        return incomplete();
    const auto *p = reinterpret_cast<const unsigned char *>(sealed.constData());
    const std::uint8_t version = p[kMagicSize];
    if (version != kVersion)
        return fail(tr("This sealed file was made by a newer version of Common Ground (format %1); update "
                       "Common Ground to open it.")
                        .arg(version));
    if (sealed.size() < kHeaderSize + kMetadataSize + kABytes)
        return incomplete();
    int at = kMagicSize + 1;
    const std::uint8_t alg = p[at++];
    const std::uint64_t ops = qFromLittleEndian<std::uint32_t>(p + at);
    at += 4;
    const std::uint64_t mem = qFromLittleEndian<std::uint64_t>(p + at);
    at += 8;
    const unsigned char *salt = p + at;
    at += kSaltSize;
    const std::uint32_t chunk = qFromLittleEndian<std::uint32_t>(p + at);
    at += 4;
    const std::uint64_t contentSize = qFromLittleEndian<std::uint64_t>(p + at);
    at += 8;
    const unsigned char *streamHeader = p + at;
    if (alg != kAlgArgon2id || !parametersAllowed(ops, mem) || chunk < kMinChunk || chunk > kMaxChunk || contentSize > std::uint64_t(maxContentBytes))
        return fail(tr("This sealed file asks for settings Common Ground does not allow, so it was not made by "
                       "Common Ground or it was changed."));
    if (auto usable = checkPassphrase(passphrase); !usable)
        return wrongPassphrase(); // every sealed file's passphrase is long enough

    Key key;
    if (auto derived = deriveKey(key, passphrase, salt, ops, mem); !derived)
        return derived.error();
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, streamHeader, key.bytes) != 0)
        return wrongPassphrase();

    struct StateWipe
    {
        crypto_secretstream_xchacha20poly1305_state *state;
        ~StateWipe() { sodium_memzero(state, sizeof *state); }
    } stateWipe { &state };

    unsigned char metadata[kMetadataSize];
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(&state, metadata, nullptr, &tag, p + kHeaderSize,
            kMetadataSize + kABytes, p, kHeaderSize)
            != 0
        || tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
        return wrongPassphrase();
    // From here the header is known to be the one written when sealing.
    const qint64 expected = sealedSize(qint64(contentSize), chunk);
    if (sealed.size() < expected)
        return incomplete();
    if (sealed.size() > expected)
        return changed();

    Unsealed result;
    const int kindByte = metadata[0];
    const int nameSize = qFromLittleEndian<std::uint16_t>(metadata + 1);
    if ((kindByte != int(Kind::Workshop) && kindByte != int(Kind::Export)) || nameSize > kMaxNameBytes)
        return changed();
    const int mediaSize = metadata[3 + nameSize];
    if (mediaSize > kMaxMediaBytes)
        return changed();
    result.kind = Kind(kindByte);
    result.name = QFileInfo(QString::fromUtf8(reinterpret_cast<const char *>(metadata + 3), nameSize)).fileName();
    result.mediaType = QString::fromLatin1(reinterpret_cast<const char *>(metadata + 4 + nameSize), mediaSize);
    sodium_memzero(metadata, sizeof metadata);

    result.bytes.resize(qint64(contentSize));
    qint64 in = kHeaderSize + kMetadataSize + kABytes;
    qint64 offset = 0;
    do {
        const qint64 size = std::min<qint64>(chunk, qint64(contentSize) - offset);
        if (crypto_secretstream_xchacha20poly1305_pull(&state,
                reinterpret_cast<unsigned char *>(result.bytes.data() + offset), nullptr, &tag, p + in,
                std::uint64_t(size + kABytes), nullptr, 0)
            != 0) {
            wipe(result.bytes);
            return changed();
        }
        in += size + kABytes;
        offset += size;
        const bool last = offset >= qint64(contentSize);
        const unsigned char want = last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                        : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
        if (tag != want) {
            wipe(result.bytes);
            return changed();
        }
    } while (offset < qint64(contentSize));
    return result;
}

Result<QByteArray> readPassphraseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The passphrase file %1 could not be read: %2").arg(QDir::toNativeSeparators(path),
            file.errorString()));
    QByteArray bytes = file.read(kMaxPassphraseBytes + 3);
    if (bytes.size() > kMaxPassphraseBytes + 2) {
        wipe(bytes);
        return fail(tr("The passphrase file is too long to hold a passphrase."));
    }
    if (bytes.endsWith("\r\n"))
        bytes.chop(2);
    else if (bytes.endsWith('\n'))
        bytes.chop(1);
    QByteArray passphrase(bytes.constData(), bytes.size());
    wipe(bytes);
    return passphrase;
}

Result<QByteArray> readBounded(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const qint64 limit = maxContentBytes + 2 * 1024 * 1024;
    if (file.size() > limit)
        return fail(tr("%1 is too large (more than 1 GiB).").arg(QDir::toNativeSeparators(path)));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return bytes;
}

} // namespace cg::seal
