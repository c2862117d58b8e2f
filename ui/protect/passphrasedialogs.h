// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cg {

/// Asks for the passphrase of a protected workshop being opened. The check is the caller's
/// (\a tryPassphrase): a wrong passphrase leaves the dialog open with the reason shown and the
/// field selected, so that the facilitator can simply type again; Cancel opens nothing.
class PassphrasePrompt : public QDialog
{
    Q_OBJECT

public:
    /// \a tryPassphrase returns an empty string when the passphrase opened the file, otherwise
    /// what to tell the facilitator.
    PassphrasePrompt(const QString &fileName, std::function<QString(const QByteArray &)> tryPassphrase,
        QWidget *parent = nullptr);
    ~PassphrasePrompt() override;

    QLineEdit *passphraseEdit() const { return m_edit; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *openButton() const { return m_open; }

private:
    void tryOpen();

    std::function<QString(const QByteArray &)> m_try;
    QLineEdit *m_edit;
    QLabel *m_problem;
    QPushButton *m_open;
};

/// "Protect with Passphrase…" and "Change Passphrase…": asks for a new passphrase twice (and, when
/// changing, the current one), gives advice on its strength, and says plainly that a lost
/// passphrase cannot be recovered. It only collects; the caller protects.
class ProtectDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Purpose { Protect, Change };
    ProtectDialog(Purpose purpose, const QString &workshopTitle, QWidget *parent = nullptr);
    ~ProtectDialog() override;

    /// As UTF-8; the caller wipes them (seal::wipe) when done.
    QByteArray currentPassphrase() const;
    QByteArray passphrase() const;

    QLineEdit *currentEdit() const { return m_current; }
    QLineEdit *passphraseEdit() const { return m_first; }
    QLineEdit *repeatEdit() const { return m_second; }
    QLabel *adviceLabel() const { return m_advice; }
    QPushButton *acceptButton() const { return m_accept; }

private:
    void update();

    Purpose m_purpose;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_first;
    QLineEdit *m_second;
    QLabel *m_advice;
    QPushButton *m_accept;
};

/// "Remove Protection…": asks for the current passphrase, saying what removing it means.
class RemoveProtectionDialog : public QDialog
{
    Q_OBJECT

public:
    RemoveProtectionDialog(const QString &workshopTitle, QWidget *parent = nullptr);
    ~RemoveProtectionDialog() override;
    QByteArray passphrase() const;
    QLineEdit *passphraseEdit() const { return m_edit; }

private:
    QLineEdit *m_edit;
};

} // namespace cg
