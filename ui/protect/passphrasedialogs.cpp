// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "protect/passphrasedialogs.h"

#include "security/protection.h"
#include "security/seal.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cg {

namespace {

// QLineEdit keeps its own copies of the text; clearing it at the end is the best a widget allows.
void clearSecret(QLineEdit *edit)
{
    if (!edit)
        return;
    edit->setText(QString(edit->text().size(), QLatin1Char(' ')));
    edit->clear();
}

QLineEdit *secretEdit(QWidget *parent, const QString &accessibleName)
{
    auto *edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(256);
    edit->setAccessibleName(accessibleName);
    return edit;
}

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel *warningLabel(QWidget *parent)
{
    QLabel *warning = plainLabel(
        QCoreApplication::translate("cg::ProtectDialog",
            "If the passphrase is lost, nobody can open this workshop again: there is no second key and no "
            "way to "
            "recover it, not even by us. Write it down and keep it somewhere safe, away from the laptop."),
        parent);
    QFont bold = warning->font();
    bold.setBold(true);
    warning->setFont(bold);
    return warning;
}

} // namespace

PassphrasePrompt::PassphrasePrompt(
    const QString &fileName, std::function<QString(const QByteArray &)> tryPassphrase, QWidget *parent)
    : QDialog(parent)
    , m_try(std::move(tryPassphrase))
    , m_edit(secretEdit(this, tr("Passphrase")))
    , m_problem(plainLabel(QString(), this))
{
    setWindowTitle(tr("Open a Protected Workshop"));
    QLabel *intro = plainLabel(
        tr("“%1” is protected with a passphrase. Type its passphrase to open it.").arg(fileName), this);
    m_problem->setAccessibleName(tr("Why it did not open"));
    m_problem->setVisible(false);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xa4, 0x1e, 0x22));
    m_problem->setPalette(palette);
    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setDefault(true);
    m_open->setEnabled(false);
    connect(m_edit, &QLineEdit::textChanged, m_open,
        [this](const QString &text) { m_open->setEnabled(!text.isEmpty()); });
    // Accepting only after the passphrase worked: a wrong one keeps the dialog open.
    connect(m_open, &QPushButton::clicked, this, &PassphrasePrompt::tryOpen);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

PassphrasePrompt::~PassphrasePrompt()
{
    clearSecret(m_edit);
}

void PassphrasePrompt::tryOpen()
{
    if (m_edit->text().isEmpty())
        return;
    QByteArray passphrase = m_edit->text().toUtf8();
    QApplication::setOverrideCursor(Qt::WaitCursor); // working out the key takes about a second
    const QString problem = m_try(passphrase);
    QApplication::restoreOverrideCursor();
    seal::wipe(passphrase);
    if (problem.isEmpty()) {
        accept();
        return;
    }
    m_problem->setText(problem);
    m_problem->setVisible(true);
    m_edit->selectAll();
    m_edit->setFocus();
}

ProtectDialog::ProtectDialog(Purpose purpose, const QString &workshopTitle, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_first(secretEdit(this, purpose == Purpose::Protect ? tr("Passphrase") : tr("New passphrase")))
    , m_second(
          secretEdit(this, purpose == Purpose::Protect ? tr("Passphrase again") : tr("New passphrase again")))
    , m_advice(plainLabel(QString(), this))
{
    const bool protect = purpose == Purpose::Protect;
    setWindowTitle(protect ? tr("Protect with Passphrase") : tr("Change Passphrase"));
    QLabel *intro = plainLabel(
        protect ? tr(
            "Protect “%1” with a passphrase: the workshop file and its backups are encrypted, so that "
            "someone who finds a lost laptop or USB stick cannot read anyone's words or details. You will "
            "type the passphrase each time you open the workshop.")
                      .arg(workshopTitle)
                : tr("Protect “%1” with a new passphrase. The old one will no longer open it, and its "
                     "backups under "
                     "the old passphrase are removed.")
                      .arg(workshopTitle),
        this);
    m_first->setPlaceholderText(
        tr("At least %1 characters; a few words is best").arg(seal::minPassphraseLength));
    for (QLineEdit *edit : { m_first, m_second })
        connect(edit, &QLineEdit::textChanged, this, &ProtectDialog::update);
    m_advice->setAccessibleName(tr("Advice on the passphrase"));

    auto *form = new QFormLayout;
    if (!protect) {
        m_current = secretEdit(this, tr("Current passphrase"));
        connect(m_current, &QLineEdit::textChanged, this, &ProtectDialog::update);
        form->addRow(tr("C&urrent passphrase:"), m_current);
    }
    form->addRow(protect ? tr("&Passphrase:") : tr("&New passphrase:"), m_first);
    form->addRow(tr("&Again:"), m_second);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(protect ? tr("P&rotect") : tr("C&hange"), QDialogButtonBox::AcceptRole);
    m_accept->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_advice);
    layout->addWidget(warningLabel(this));
    layout->addWidget(buttons);
    setMinimumWidth(480);
    update();
}

ProtectDialog::~ProtectDialog()
{
    clearSecret(m_current);
    clearSecret(m_first);
    clearSecret(m_second);
}

QByteArray ProtectDialog::currentPassphrase() const
{
    return m_current ? m_current->text().toUtf8() : QByteArray();
}

QByteArray ProtectDialog::passphrase() const
{
    return m_first->text().toUtf8();
}

void ProtectDialog::update()
{
    QString problem;
    const QString first = m_first->text();
    if (m_current && m_current->text().isEmpty())
        problem = tr("Type the current passphrase.");
    else if (auto usable = seal::checkPassphrase(first.toUtf8()); !usable)
        problem = first.isEmpty() ? tr("Type a passphrase twice.") : usable.message();
    else if (m_second->text() != first)
        problem = m_second->text().isEmpty() ? tr("Type the passphrase again, to be sure of it.")
                                             : tr("The two passphrases are not the same.");
    else if (m_current && m_current->text() == first)
        problem = tr("The new passphrase is the same as the current one.");
    const QString advice = problem.isEmpty() ? protection::strengthAdvice(first) : problem;
    m_advice->setText(advice.isEmpty() ? tr("A strong passphrase.") : advice);
    m_accept->setEnabled(problem.isEmpty());
}

RemoveProtectionDialog::RemoveProtectionDialog(const QString &workshopTitle, QWidget *parent)
    : QDialog(parent)
    , m_edit(secretEdit(this, tr("Current passphrase")))
{
    setWindowTitle(tr("Remove Protection"));
    QLabel *intro
        = plainLabel(tr("Remove the passphrase protection of “%1”? The workshop file will no longer be "
                        "encrypted: anyone who gets hold of it can read everything in it. Its protected "
                        "backups are removed.")
                         .arg(workshopTitle),
            this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *remove = buttons->addButton(tr("&Remove Protection"), QDialogButtonBox::AcceptRole);
    remove->setEnabled(false);
    connect(m_edit, &QLineEdit::textChanged, remove,
        [remove](const QString &text) { remove->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

RemoveProtectionDialog::~RemoveProtectionDialog()
{
    clearSecret(m_edit);
}

QByteArray RemoveProtectionDialog::passphrase() const
{
    return m_edit->text().toUtf8();
}

} // namespace cg
