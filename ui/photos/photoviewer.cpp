// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "photos/photoviewer.h"

#include "photos/thumbnailcache.h"
#include "session/session.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScreen>
#include <QShortcut>
#include <QVBoxLayout>

namespace cg {

PhotoViewer::PhotoViewer(Session *session, const QUuid &attachmentId, QWidget *parent)
    : QDialog(parent)
    , m_scroll(new QScrollArea(this))
    , m_label(new QLabel(this))
{
    const Attachment *a = session->data().attachments.find(attachmentId);
    setWindowTitle(a ? (a->caption.trimmed().isEmpty() ? a->fileName : a->caption.simplified()) : tr("Photo"));
    if (auto bytes = session->attachmentData(attachmentId))
        m_image = ThumbnailCache::decode(*bytes, QSize());
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setAccessibleName(windowTitle());
    if (m_image.isNull())
        m_label->setText(tr("This file is not a picture Common Ground can show."));
    m_scroll->setWidget(m_label);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setWidgetResizable(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *fit = buttons->addButton(tr("&Fit to window (F)"), QDialogButtonBox::ActionRole);
    fit->setCheckable(true);
    fit->setChecked(true);
    connect(fit, &QPushButton::toggled, this, &PhotoViewer::setFitted);
    auto *key = new QShortcut(QKeySequence(Qt::Key_F), this);
    connect(key, &QShortcut::activated, fit, &QPushButton::toggle);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(buttons);
    const QSize screen = parent && parent->screen() ? parent->screen()->availableSize() : QSize(1280, 800);
    resize(screen * 0.8);
    showImage();
}

void PhotoViewer::setFitted(bool fitted)
{
    m_fitted = fitted;
    m_scroll->setWidgetResizable(fitted);
    showImage();
}

void PhotoViewer::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    if (m_fitted)
        showImage();
}

void PhotoViewer::showImage()
{
    if (m_image.isNull())
        return;
    if (m_fitted) {
        const QSize room = m_scroll->viewport()->size() - QSize(4, 4);
        const QImage fitted = m_image.size().boundedTo(room) == m_image.size()
            ? m_image
            : m_image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        m_label->setPixmap(QPixmap::fromImage(fitted));
    } else {
        m_label->setPixmap(QPixmap::fromImage(m_image));
        m_label->adjustSize();
    }
}

} // namespace cg
