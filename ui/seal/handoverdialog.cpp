// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "seal/handoverdialog.h"

#include "security/seal.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cg {

namespace {

// QLineEdit keeps its own copies of the text; clearing it at the end is the best a widget allows.
void clearSecret(QLineEdit *edit)
{
    edit->setText(QString(edit->text().size(), QLatin1Char(' ')));
    edit->clear();
}

} // namespace

HandOverDialog::HandOverDialog(const QString &workshopTitle, const QString &suggestedPath, QWidget *parent)
    : QDialog(parent)
    , m_first(new QLineEdit(this))
    , m_second(new QLineEdit(this))
    , m_path(new QLineEdit(suggestedPath, this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Hand Over Securely"));
    auto *intro = new QLabel(tr("Seal a copy of “%1” into one encrypted file, for a partner to open with a "
                                "passphrase. Tell them the passphrase another way than the file: in person or "
                                "by phone, never in the same email.")
                                 .arg(workshopTitle),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    for (QLineEdit *edit : { m_first, m_second }) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(256);
        connect(edit, &QLineEdit::textChanged, this, &HandOverDialog::update);
    }
    m_first->setAccessibleName(tr("Passphrase"));
    m_first->setPlaceholderText(tr("At least %1 characters; a few words is best").arg(seal::minPassphraseLength));
    m_second->setAccessibleName(tr("Passphrase again"));
    m_path->setAccessibleName(tr("Sealed file"));
    connect(m_path, &QLineEdit::textChanged, this, &HandOverDialog::update);
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setAccessibleName(tr("Choose where to save the sealed file"));
    connect(choose, &QPushButton::clicked, this, &HandOverDialog::choosePath);

    auto *warning = new QLabel(tr("If the passphrase is lost, nobody can open this file, not even us."), this);
    warning->setWordWrap(true);
    warning->setTextFormat(Qt::PlainText);
    QFont bold = warning->font();
    bold.setBold(true);
    warning->setFont(bold);

    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setAccessibleName(tr("What is missing"));

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(choose);
    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_first);
    form->addRow(tr("&Again:"), m_second);
    form->addRow(tr("&Save to:"), pathRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(pathRow)))
        label->setBuddy(m_path);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_seal = buttons->addButton(tr("S&eal"), QDialogButtonBox::AcceptRole);
    m_seal->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem); // beside the fields it is about
    layout->addWidget(warning);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    update();
}

HandOverDialog::~HandOverDialog()
{
    clearSecret(m_first);
    clearSecret(m_second);
}

QByteArray HandOverDialog::passphrase() const
{
    return m_first->text().toUtf8();
}

QString HandOverDialog::path() const
{
    QString path = m_path->text().trimmed();
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1String(seal::fileSuffix);
    return path;
}

void HandOverDialog::update()
{
    QString problem;
    QByteArray first = m_first->text().toUtf8();
    if (first.isEmpty())
        problem = tr("Type a passphrase twice.");
    else if (auto usable = seal::checkPassphrase(first); !usable)
        problem = usable.message();
    else if (m_second->text().isEmpty())
        problem = tr("Type the passphrase again, to be sure it is the one you meant.");
    else if (m_second->text() != m_first->text())
        problem = tr("The two passphrases are not the same.");
    else if (m_path->text().trimmed().isEmpty())
        problem = tr("Choose where to save the sealed file.");
    seal::wipe(first);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_seal->setEnabled(problem.isEmpty());
}

void HandOverDialog::choosePath()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Save the sealed file as"), m_path->text(),
        tr("Sealed Common Ground files (*.%1)").arg(QLatin1String(seal::fileSuffix)));
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

UnsealDialog::UnsealDialog(const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_edit(new QLineEdit(this))
{
    setWindowTitle(tr("Open a Sealed File"));
    auto *intro = new QLabel(tr("“%1” is sealed. Type the passphrase you were given with it.").arg(fileName), this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setMaxLength(256);
    m_edit->setAccessibleName(tr("Passphrase"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Passphrase:"), m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    open->setDefault(true);
    open->setEnabled(false);
    connect(m_edit, &QLineEdit::textChanged, open, [open](const QString &text) { open->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

UnsealDialog::~UnsealDialog()
{
    clearSecret(m_edit);
}

QByteArray UnsealDialog::passphrase() const
{
    return m_edit->text().toUtf8();
}

} // namespace cg
