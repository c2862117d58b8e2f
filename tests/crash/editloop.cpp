// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Test helper: opens a workshop and edits it forever, printing a line after each edit that the
// Session reported as committed. The crash test kills it with SIGKILL at random moments.
#include "commands/edits.h"
#include "security/protection.h"
#include "security/seal.h"
#include "session/session.h"

#include <QCoreApplication>

#include <cstdio>
#include <limits>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3 && args.size() != 4) {
        std::fprintf(stderr, "usage: cg_edit_loop FILE RUN [PASSPHRASE-FILE]\n");
        return 2;
    }
    // A protected workshop (the protected kill test): its key first.
    cg::protection::Unlocked unlocked;
    if (args.size() == 4) {
        auto passphrase = cg::seal::readPassphraseFile(args.at(3));
        auto key = passphrase ? cg::protection::unlock(args.at(1), *passphrase) : cg::Result<cg::protection::Unlocked>(passphrase.error());
        if (!key) {
            std::fprintf(stderr, "%s\n", qPrintable(key.message()));
            return 1;
        }
        unlocked = *key;
    }
    auto opened = cg::Session::open(args.at(1));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    cg::Session &session = **opened;
    const QUuid board = session.data().boards.rows().front().id;
    const QString run = args.at(2);
    for (int i = 0;; ++i) {
        cg::Note note;
        note.boardId = board;
        note.text = QStringLiteral("run %1 edit %2").arg(run).arg(i);
        note.x = std::numeric_limits<double>::quiet_NaN();
        note.y = note.x;
        note.id = QUuid::createUuid();
        if (!session.perform(cg::edits::addNote(session.data(), note))) {
            std::fprintf(stderr, "add failed\n");
            return 1;
        }
        std::printf("added %s\n", qPrintable(note.id.toString(QUuid::WithoutBraces)));
        std::fflush(stdout);
        // Every other step also changes an existing row, so updates are killed mid-way too.
        if (i % 2 == 1) {
            cg::Note moved = *session.data().notes.find(note.id);
            moved.colour = cg::NoteColour::Green;
            moved.text += QStringLiteral(" (checked)");
            if (!session.perform(cg::edits::editNote(session.data(), moved))) {
                std::fprintf(stderr, "edit failed\n");
                return 1;
            }
            std::printf("edited %s\n", qPrintable(note.id.toString(QUuid::WithoutBraces)));
            std::fflush(stdout);
        }
    }
}
