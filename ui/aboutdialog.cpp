// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace cg {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Common Ground"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);
    auto *name = new QLabel(tr("Common Ground %1").arg(QCoreApplication::applicationVersion()), this);
    name->setObjectName(QStringLiteral("sectionHeading"));
    name->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(
        tr("A workbench for people who facilitate co-production workshops: plan the day, run the room, "
           "capture every voice, honour each person's consent, and share back what you heard.\n\n"
           "Everything stays on this computer: one workshop is one file that you can hand to your "
           "community partner.\n\nFree software under the GNU General Public License, version 3 or later."),
        this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(icon);
    layout->addWidget(name);
    layout->addWidget(text);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

} // namespace cg
