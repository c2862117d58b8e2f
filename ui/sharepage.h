// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consent/consentpolicy.h"
#include "export/report.h"
#include "export/reportaudit.h"
#include "result.h"

#include <QPointer>
#include <QThread>
#include <QWidget>

#include <atomic>
#include <memory>

class QButtonGroup;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSettings;
class QStackedWidget;
class QTextBrowser;
class QTimer;

namespace cg {

class ConsentDefaults;
class Session;

/// The Share view: what leaves the file, for whom and in which format. The facilitator picks
/// the audience (everyone, or the team), the format and the sections, and sees a live preview of
/// exactly what will be written; sensitive notes held back from public outputs are listed with
/// one action each to release them. Everything shown and written comes from report::build()
/// through ConsentPolicy; this view decides nothing about consent. The last choice is remembered
/// in the QSettings it is given.
///
/// Long exports run off the interface thread on a copy of the workshop, with progress and Cancel;
/// the file is written atomically (doc::writeFile) and the export recorded in the audit trail.
class SharePage : public QWidget
{
    Q_OBJECT

public:
    SharePage(Session *session, QWidget *parent = nullptr, QSettings *settings = nullptr,
        ConsentDefaults *defaults = nullptr);
    ~SharePage() override;

    Audience audience() const;
    void setAudience(Audience audience);
    /// The chosen format's key ("md", "html", "csv", "json", "png", "svg").
    QString formatKey() const;
    void setFormatKey(const QString &key);
    /// The chosen board for pictures and single-board reports; null for every board.
    QUuid boardId() const;
    void setBoardId(const QUuid &id);
    QList<report::Section> sections() const;
    void setSections(const QList<report::Section> &sections);

    /// The bytes the current choice would write, as the preview shows them.
    Result<QByteArray> currentBytes() const;
    /// Writes the current choice to \a path and records the export. With \a wait, returns when
    /// the file is written (tests and the command line); otherwise the work runs in the background
    /// and exportFinished() reports.
    Result<void> exportTo(const QString &path, bool wait = false);
    /// Stops a running export; nothing is written.
    void cancelExport();
    bool isExporting() const { return m_worker != nullptr; }

    /// Releases (or holds back again) a sensitive note for public outputs: one undoable edit,
    /// recorded in the audit trail.
    Result<void> setReleased(const QUuid &noteId, bool released);

    QString summary() const;
    QString previewText() const;
    QListWidget *heldBackList() const { return m_heldBack; }

Q_SIGNALS:
    void exportFinished(bool ok, const QString &message);

private:
    void refresh();
    void schedulePreview();
    void updatePreview();
    void updateSectionsForAudience();
    void updateSummary();
    void fillBoards();
    void fillHeldBack();
    void remember() const;
    void restore();
    void chooseAndExport();
    Result<void> finishExport(const QString &path, const Result<QByteArray> &bytes, const ExportRecord &record);
    bool isPicture() const;
    QString actor() const;
    report::Options options() const;

    Session *m_session;
    QSettings *m_settings;
    ConsentDefaults *m_defaults;

    QButtonGroup *m_audienceGroup = nullptr;
    QRadioButton *m_public = nullptr;
    QRadioButton *m_team = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_board = nullptr;
    QListWidget *m_sections = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_withheld = nullptr;
    QListWidget *m_heldBack = nullptr;
    QPushButton *m_release = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_previewNote = nullptr;
    QStackedWidget *m_preview = nullptr;
    QTextBrowser *m_rendered = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_picture = nullptr;
    QTimer *m_previewTimer = nullptr;

    QPointer<QThread> m_worker;
    Result<void> m_lastExport; // of the last export to finish
    std::shared_ptr<std::atomic_bool> m_cancelled;
    bool m_restoring = false;
};

} // namespace cg
