// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace cg {

/// A strip across the top of the window that says something the facilitator must not miss
/// (an error from core, "read-only", "upgraded, backup kept at ..."), without a modal dialog
/// that would stop the room. It stays until dismissed or replaced.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Tone { Error, Warning, Information };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(const QString &message, Tone tone);
    /// Hides the banner and forgets its message.
    void dismiss();
    QString message() const;
    Tone tone() const { return m_tone; }
    /// Whether the facilitator may close it (a read-only notice stays while it is true).
    void setDismissable(bool dismissable);

private:
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    Tone m_tone = Tone::Information;
};

} // namespace cg
