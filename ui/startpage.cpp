// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "startpage.h"

#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cg {

StartPage::StartPage(RecentFiles *recent, QWidget *parent)
    : QWidget(parent)
    , m_files(recent)
    , m_recent(new QListWidget(this))
    , m_new(new QPushButton(tr("&New workshop…"), this))
    , m_fromTemplate(new QPushButton(tr("New from te&mplate…"), this))
{
    setObjectName(QStringLiteral("startPage"));
    auto *title = new QLabel(tr("Common Ground"), this);
    title->setObjectName(QStringLiteral("startTitle"));
    auto *tagline = new QLabel(
        tr("Plan the day, run the room, capture every voice, and share back what you heard."), this);
    tagline->setObjectName(QStringLiteral("startTagline"));
    tagline->setWordWrap(true);

    auto *open = new QPushButton(tr("&Open a workshop…"), this);
    auto *demo = new QPushButton(tr("&Try the demo workshop"), this);
    demo->setObjectName(QStringLiteral("demoButton"));
    auto *demoHint
        = new QLabel(tr("A half-day co-production workshop with 25 people, four breakout tables, "
                        "themes, votes and actions. It opens as your own copy, so change anything."),
            this);
    demoHint->setWordWrap(true);
    demoHint->setObjectName(QStringLiteral("hint"));
    m_fromTemplate->setObjectName(QStringLiteral("fromTemplateButton"));
    m_fromTemplate->setToolTip(tr("A half-day workshop, a co-pro cuppa, sense-making, listening, peer learning, "
                                  "or one of your own: the agenda, groups and boards ready to use"));
    for (QPushButton *button : { m_new, m_fromTemplate, open, demo }) {
        button->setMinimumHeight(48);
        button->setAccessibleName(button->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    }
    connect(m_new, &QPushButton::clicked, this, &StartPage::newRequested);
    connect(m_fromTemplate, &QPushButton::clicked, this, &StartPage::templateRequested);
    connect(open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(demo, &QPushButton::clicked, this, &StartPage::demoRequested);

    auto *recentLabel = new QLabel(tr("&Recent workshops"), this);
    recentLabel->setObjectName(QStringLiteral("sectionHeading"));
    recentLabel->setBuddy(m_recent);
    recentLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_recent->setAccessibleName(tr("Recent workshops"));
    m_recent->setObjectName(QStringLiteral("recentList"));
    m_recent->setSpacing(2);
    m_recent->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recent->setTextElideMode(Qt::ElideMiddle);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString path = item->data(Qt::UserRole).toString();
        if (!path.isEmpty())
            Q_EMIT openFileRequested(path);
    });
    connect(recent, &RecentFiles::changed, this, &StartPage::refresh);

    auto *actions = new QVBoxLayout;
    actions->setSpacing(12);
    actions->addWidget(m_new);
    actions->addWidget(m_fromTemplate);
    actions->addWidget(open);
    actions->addSpacing(12);
    actions->addWidget(demo);
    actions->addWidget(demoHint);
    actions->addStretch();

    auto *recentColumn = new QVBoxLayout;
    recentColumn->setSpacing(8);
    recentColumn->addWidget(recentLabel, 0, Qt::AlignTop);
    recentColumn->addWidget(m_recent, 1);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(48);
    columns->addLayout(actions, 2);
    columns->addLayout(recentColumn, 3);

    auto *inner = new QVBoxLayout;
    inner->setSpacing(16);
    inner->addWidget(title);
    inner->addWidget(tagline);
    inner->addSpacing(24);
    inner->addLayout(columns, 1);

    // Keep the content a readable width in the middle of a large window; on a small screen or in
    // large type it scrolls instead of making the window taller than the screen.
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("startContent"));
    auto *centre = new QWidget(content);
    centre->setLayout(inner);
    centre->setMaximumWidth(1100);
    auto *row = new QHBoxLayout(content);
    row->setContentsMargins(48, 48, 48, 48);
    row->addStretch();
    row->addWidget(centre, 10);
    row->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    setFocusProxy(m_new);
    refresh();
}

void StartPage::showEvent(QShowEvent *event)
{
    // Files come and go (a USB stick): the list says which are there whenever it is shown.
    refresh();
    QWidget::showEvent(event);
}

void StartPage::refresh()
{
    m_recent->clear();
    const QStringList files = m_files->files();
    for (const QString &path : files) {
        const QFileInfo info(path);
        const QString note = RecentFiles::unavailableNote(path);
        const QString name
            = note.isEmpty() ? m_files->displayName(path) : tr("%1 %2").arg(m_files->displayName(path), note);
        // File name first: two copies of one workshop differ only there.
        const QString where
            = tr("%1  in  %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()));
        auto *item = new QListWidgetItem(name + QLatin1Char('\n') + where, m_recent);
        if (!note.isEmpty())
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setData(Qt::AccessibleTextRole, name);
    }
    if (files.isEmpty()) {
        auto *item = new QListWidgetItem(tr("Workshops you open will be listed here."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace cg
