// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "board/papervotesdialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cg {

PaperVotesDialog::PaperVotesDialog(const WorkshopData &data, const QList<QUuid> &noteIds, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Votes on paper"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Enter the number of dots each note got on paper. "
                                "Votes entered in the app are counted separately."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *area = new QScrollArea(this);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *inner = new QWidget(area);
    // A grid rather than a form layout: the form would give a wrapped label only one line's
    // height and cut the rest off; here each row is as tall as its words.
    auto *form = new QGridLayout(inner);
    form->setColumnStretch(0, 1);
    form->setHorizontalSpacing(12);
    int row = 0;
    for (const QUuid &id : noteIds) {
        const Note *note = data.notes.find(id);
        if (!note)
            continue;
        int paper = 0;
        for (const Vote &v : data.votes)
            if (v.noteId == id && v.onPaper && v.participantId.isNull())
                paper += v.count;
        auto *box = new QSpinBox(inner);
        box->setRange(0, 999);
        box->setValue(paper);
        const QString text = note->text.simplified();
        const QString shortText = text.size() > 60 ? text.left(57) + QStringLiteral("…") : text;
        box->setAccessibleName(tr("Paper votes for “%1”").arg(shortText));
        auto *label = new QLabel(shortText, inner);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setBuddy(box);
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::MinimumExpanding);
        form->addWidget(label, row, 0);
        form->addWidget(box, row, 1, Qt::AlignTop);
        ++row;
        m_boxes.insert(id, box);
    }
    form->setRowStretch(row, 1);
    area->setWidget(inner);
    layout->addWidget(area, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // As tall as its rows need, within the screen; as wide as some 45 characters of note.
    const int em = fontMetrics().averageCharWidth();
    inner->adjustSize();
    QSize wanted(std::max(60 * em, 420), sizeHint().height() + inner->sizeHint().height());
    if (const QScreen *screen = parent ? parent->screen() : this->screen())
        wanted = wanted.boundedTo(screen->availableGeometry().size() * 0.9);
    resize(wanted);
}

QHash<QUuid, int> PaperVotesDialog::counts() const
{
    QHash<QUuid, int> out;
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it)
        out.insert(it.key(), it.value()->value());
    return out;
}

void PaperVotesDialog::setCount(const QUuid &noteId, int count)
{
    if (QSpinBox *box = m_boxes.value(noteId))
        box->setValue(count);
}

} // namespace cg
