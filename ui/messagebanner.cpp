// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace cg {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setTextFormat(Qt::PlainText);
    m_icon->setTextFormat(Qt::PlainText);
    m_close->setText(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss this message"));
    m_close->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 10, 10);
    layout->setSpacing(12);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close);
    hide();
}

void MessageBanner::showMessage(const QString &message, Tone tone)
{
    m_tone = tone;
    m_text->setText(message);
    // Words, not just a colour, carry the tone (colour is never the only signal).
    switch (tone) {
    case Tone::Error:
        m_icon->setText(tr("Problem:"));
        setProperty("tone", QStringLiteral("error"));
        break;
    case Tone::Warning:
        m_icon->setText(tr("Please note:"));
        setProperty("tone", QStringLiteral("warning"));
        break;
    case Tone::Information:
        m_icon->setText(tr("For information:"));
        setProperty("tone", QStringLiteral("information"));
        break;
    }
    QFont bold = m_icon->font();
    bold.setBold(true);
    m_icon->setFont(bold);
    setAccessibleName(m_icon->text() + QLatin1Char(' ') + message);
    // Re-polish so the stylesheet picks up the new tone property.
    style()->unpolish(this);
    style()->polish(this);
    show();
}

void MessageBanner::dismiss()
{
    m_text->clear();
    hide();
}

QString MessageBanner::message() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

void MessageBanner::setDismissable(bool dismissable)
{
    m_close->setVisible(dismissable);
}

} // namespace cg
