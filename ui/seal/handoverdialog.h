// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cg {

/// "Hand Over Securely…": asks for a passphrase twice and where to write the sealed file. It only
/// collects; the caller seals (seal::handOverWorkshop). Seal stays disabled until both
/// passphrases agree, are long enough and a file is named, and the reason is said beside it.
class HandOverDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a suggestedPath is where the file dialog starts and what the path field holds.
    explicit HandOverDialog(const QString &workshopTitle, const QString &suggestedPath, QWidget *parent = nullptr);
    ~HandOverDialog() override;

    /// The passphrase as UTF-8; the caller wipes it (seal::wipe) when done.
    QByteArray passphrase() const;
    QString path() const;

    QLineEdit *passphraseEdit() const { return m_first; }
    QLineEdit *repeatEdit() const { return m_second; }
    QLineEdit *pathEdit() const { return m_path; }
    QPushButton *sealButton() const { return m_seal; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void update();
    void choosePath();

    QLineEdit *m_first;
    QLineEdit *m_second;
    QLineEdit *m_path;
    QLabel *m_problem;
    QPushButton *m_seal;
};

/// Asks for the passphrase of a sealed file being opened.
class UnsealDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UnsealDialog(const QString &fileName, QWidget *parent = nullptr);
    ~UnsealDialog() override;
    QByteArray passphrase() const;
    QLineEdit *passphraseEdit() const { return m_edit; }

private:
    QLineEdit *m_edit;
};

} // namespace cg
