// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "room/notetakerlinks.h"

#include "joinqr.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace cg {

NoteTakerLinksDialog::NoteTakerLinksDialog(std::vector<NoteTakerJoin> joins, QWidget *parent)
    : QDialog(parent)
    , m_joins(std::move(joins))
{
    setWindowTitle(tr("Note-Taker Links"));
    auto *layout = new QVBoxLayout(this);
    auto *help = new QLabel(tr("A table's note-taker scans its table's code with the tablet (or opens the link). "
                               "The tablet then asks to be that table's note-taker: approve it in Notes from "
                               "Phones → Devices, and its notes go straight onto the table's board."),
        this);
    help->setWordWrap(true);
    help->setTextFormat(Qt::PlainText);
    layout->addWidget(help);

    auto *row = new QHBoxLayout;
    m_boards = new QListWidget(this);
    m_boards->setAccessibleName(tr("Tables"));
    for (const NoteTakerJoin &join : m_joins)
        m_boards->addItem(join.title);
    m_boards->setMaximumWidth(260);
    row->addWidget(m_boards);
    auto *shown = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    shown->addWidget(m_title);
    m_qr = new QLabel(this);
    m_qr->setAlignment(Qt::AlignCenter);
    m_qr->setMinimumSize(300, 300);
    shown->addWidget(m_qr, 1);
    m_link = new QLineEdit(this);
    m_link->setReadOnly(true);
    m_link->setAccessibleName(tr("Note-taker link"));
    shown->addWidget(m_link);
    row->addLayout(shown, 1);
    layout->addLayout(row, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("Copy Link"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy this table's note-taker link (%1)").arg(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
    auto *save = buttons->addButton(tr("Save Sheet to Print…"), QDialogButtonBox::ActionRole);
    save->setToolTip(tr("Save a page with every table's code and link, to print and put on the tables"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(currentLink()); });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save Note-Taker Sheet"), tr("note-taker links.png"), tr("PNG image (*.png)"));
        if (path.isEmpty())
            return;
        if (auto saved = saveSheet(path); !saved)
            QMessageBox::warning(this, tr("Save Note-Taker Sheet"), saved.message());
    });
    connect(m_boards, &QListWidget::currentRowChanged, this, &NoteTakerLinksDialog::showCurrent);
    if (!m_joins.empty())
        m_boards->setCurrentRow(0);
    resize(760, 520);
}

QString NoteTakerLinksDialog::currentLink() const
{
    const int row = m_boards->currentRow();
    return row >= 0 && row < int(m_joins.size()) ? m_joins[std::size_t(row)].link : QString();
}

void NoteTakerLinksDialog::showCurrent()
{
    const int row = m_boards->currentRow();
    if (row < 0 || row >= int(m_joins.size()))
        return;
    const NoteTakerJoin &join = m_joins[std::size_t(row)];
    m_title->setText(tr("Note-taker for %1").arg(join.title));
    // Whole pixels per module, no smoothing: sharp on a screen a tablet's camera looks at.
    const QImage qr = room::joinQrImage(join.link, 6);
    m_qr->setPixmap(QPixmap::fromImage(qr));
    m_qr->setAccessibleName(tr("QR code of the note-taker link for %1").arg(join.title));
    m_link->setText(join.link);
    m_link->setCursorPosition(0); // the address first, where a reader starts
}

QImage NoteTakerLinksDialog::sheet() const
{
    // A4 at 150 dpi, two cards across; a page grows downwards for more tables.
    const int width = 1240;
    const int cardWidth = 560, cardHeight = 700, margin = 40;
    const int rows = int((m_joins.size() + 1) / 2);
    QImage page(width, std::max(1754, margin + rows * (cardHeight + margin)), QImage::Format_RGB32);
    page.fill(Qt::white);
    QPainter painter(&page);
    painter.setPen(Qt::black);
    QFont title = QApplication::font();
    title.setPixelSize(36);
    title.setBold(true);
    QFont small = QApplication::font();
    small.setPixelSize(18);
    for (std::size_t i = 0; i < m_joins.size(); ++i) {
        const NoteTakerJoin &join = m_joins[i];
        const QRect card(margin + int(i % 2) * (cardWidth + margin), margin + int(i / 2) * (cardHeight + margin),
            cardWidth, cardHeight);
        painter.drawRect(card.adjusted(0, 0, -1, -1));
        painter.setFont(title);
        painter.drawText(card.adjusted(20, 20, -20, 0), Qt::AlignTop | Qt::AlignHCenter | Qt::TextWordWrap,
            tr("Note-taker: %1").arg(join.title));
        const QImage qr = room::joinQrImage(join.link, 10);
        if (!qr.isNull())
            painter.drawImage(QPoint(card.center().x() - qr.width() / 2, card.top() + 110), qr);
        painter.setFont(small);
        painter.drawText(QRect(card.left() + 20, card.bottom() - 130, cardWidth - 40, 120),
            Qt::AlignBottom | Qt::AlignHCenter | Qt::TextWrapAnywhere, join.link);
    }
    return page;
}

Result<void> NoteTakerLinksDialog::saveSheet(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("The sheet could not be saved as “%1”: %2").arg(path, file.errorString()));
    if (!sheet().save(&file, "PNG") || !file.flush()) {
        file.cancelWriting();
        return fail(tr("The sheet could not be written (is the disk full?). Nothing was saved."));
    }
    if (!file.commit())
        return fail(tr("The sheet could not be saved as “%1”: %2").arg(path, file.errorString()));
    return {};
}

} // namespace cg
