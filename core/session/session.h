// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands/edit.h"
#include "model/workshopdata.h"
#include "result.h"
#include "session/change.h"
#include "storage/workshopfile.h"

#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace cg {

class Database;

/// The open workshop: the file, its complete in-memory copy and the undo stack.
///
/// Every change goes through perform(), which pushes a command onto the undo stack; the command
/// writes to SQLite in one transaction, commits (so the change is durable when perform() returns),
/// updates the in-memory copy and only then emits changed() once per row. Undo and redo take the
/// same path backwards and forwards. Consent decisions and audit events are permanent records and
/// go through record() instead, outside the undo stack (see docs/decisions.md).
class Session : public QObject
{
    Q_OBJECT

public:
    ~Session() override;

    /// Opens an existing workshop file (see workshopfile::open for what is refused).
    static Result<std::unique_ptr<Session>> open(const QString &path, const workshopfile::OpenOptions &options = {});
    /// Creates a new workshop file holding \a workshop (and nothing else).
    static Result<std::unique_ptr<Session>> create(const QString &path, Workshop workshop);
    /// Creates a new workshop file holding everything in \a data, written in one transaction
    /// (imports, the generator, the demo). The file appears complete or not at all.
    static Result<std::unique_ptr<Session>> createFrom(const QString &path, const WorkshopData &data);

    const WorkshopData &data() const { return m_data; }
    const Workshop &workshop() const { return m_data.workshop; }
    QUndoStack *undoStack() const { return m_undoStack; }
    QString filePath() const;
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    /// Runs the structure check an open with OpenOptions::deferQuickCheck left out, once (every
    /// write runs it first, so a damaged file is never written to). A damaged file is from then
    /// on read-only, and the result says what is wrong.
    Result<void> finishChecks();
    /// Where an older file was backed up before it was upgraded, if it was.
    QString backupPath() const { return m_backupPath; }
    /// Something the facilitator should be told about opening the file (a crash recovered from, a
    /// stray journal set aside), or empty.
    QString openNotice() const { return m_openNotice; }

    /// Applies \a edit as one undoable step. Fails (and changes nothing) when the edit could not
    /// be built, the file is read-only or the write failed.
    Result<void> perform(Result<Edit> edit);
    /// Applies \a edit permanently, outside the undo stack (consent decisions, audit events).
    Result<void> record(Result<Edit> edit);
    /// Applies \a edit permanently and clears the undo history, so that nothing removed by it can
    /// come back through undo (withdrawal with deletion, purge).
    Result<void> recordIrreversibly(Result<Edit> edit);

    /// A change written straight to the file in one transaction by \a write (merging table copies,
    /// core/merge), outside the undo stack. The workshop is then read back from the file, so that
    /// data() equals it, changed() is emitted for every row that differs, and the undo history is
    /// cleared (its steps were built on rows that may have moved). When \a write returns true it
    /// removed something for good, and the backups go as with recordIrreversibly(). With
    /// \a dryRun the transaction is rolled back: nothing is written (a preview).
    Result<void> applyBulk(const std::function<Result<bool>(Database &)> &write, bool dryRun = false);

    /// The stored bytes of one attachment (a photo), read from the file now: data() never holds
    /// them (see Attachment), so that opening a workshop does not read every photo.
    Result<QByteArray> attachmentData(const QUuid &attachmentId) const;
    /// data() with every attachment's bytes read in, for what must carry everything (the
    /// lossless archive).
    Result<WorkshopData> completeData() const;

    /// A complete, consistent copy of the workshop at \a destination (written atomically).
    Result<void> saveCopy(const QString &destination);
    /// A rolling backup of the file as it is now (backups::take), unless the newest backup is as
    /// new or the workshop is read-only; keeps the newest \a keep. The new backup's path, or empty.
    Result<QString> takeBackup(int keep);

    /// The clock used for created / modified times; tests inject a fixed one.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const { return m_clock(); }

    /// The message of the last failed write, for the status bar.
    QString lastError() const { return m_lastError; }

    /// Internal: used by the undo command. Applies changes forwards (redo) or backwards (undo).
    Result<void> applyChanges(const std::vector<RowChange> &changes, bool forward);

Q_SIGNALS:
    /// One row changed. Emitted after both the file and data() hold the change.
    void changed(const cg::Change &change);
    /// A whole edit (or its undo) has been applied; views that rebuild wholesale listen here.
    void editApplied();
    /// A write failed; nothing was changed. \a message is for the facilitator.
    void writeFailed(const QString &message);

private:
    Session(std::unique_ptr<Database> db, WorkshopData data);
    void stamp(Edit &edit) const;
    Result<void> refuseIfReadOnly();
    Result<void> keepAttachmentBytesForUndo(Edit &edit) const;
    Result<void> recordWrite(Result<void> result);
    bool changesReachedFile(const std::vector<RowChange> &changes, bool forward) const;

    std::unique_ptr<Database> m_db;
    WorkshopData m_data;
    QUndoStack *m_undoStack = nullptr;
    bool m_readOnly = false;
    bool m_tableCopy = false; // a table copy (merge/tablecopies.h): its base is scrubbed too
    bool m_quickCheckPending = false;
    QString m_readOnlyReason;
    QString m_backupPath;
    QString m_openNotice;
    QString m_lastError;
    std::function<QDateTime()> m_clock;
};

} // namespace cg
