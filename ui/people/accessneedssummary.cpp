// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/accessneedssummary.h"

#include "planning/accessneeds.h"
#include "session/session.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace cg {

AccessNeedsSummaryView::AccessNeedsSummaryView(Session *session, QWidget *parent, Audience audience)
    : QWidget(parent)
    , m_session(session)
    , m_audience(audience)
{
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Access needs"), this);
    heading->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(heading);
    m_headline = new QLabel(this);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    layout->addWidget(m_headline);
    m_needs = new QWidget(this);
    m_grid = new QGridLayout(m_needs);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(16);
    m_grid->setColumnStretch(2, 1);
    layout->addWidget(m_needs);
    m_notesHeading = new QLabel(tr("In their own words"), this);
    m_notesHeading->setObjectName(QStringLiteral("sectionHeading"));
    layout->addWidget(m_notesHeading);
    m_notes = new QLabel(this);
    m_notes->setTextFormat(Qt::PlainText);
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_notes);
    layout->addStretch();

    // Rebuilt once per edit, and only when it touched people or consent.
    connect(m_session, &Session::changed, this, [this](const Change &change) {
        if (change.entity == Entity::Participant || change.entity == Entity::ConsentEvent)
            m_dirty = true;
    });
    connect(m_session, &Session::editApplied, this, [this] {
        if (m_dirty)
            rebuild();
    });
    rebuild();
}

void AccessNeedsSummaryView::setAudience(Audience audience)
{
    m_audience = audience;
    rebuild();
}

QString AccessNeedsSummaryView::summaryText() const
{
    return m_text;
}

void AccessNeedsSummaryView::rebuild()
{
    m_dirty = false;
    const AccessNeedsSummary summary = summariseAccessNeeds(m_session->data(), m_audience);

    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }

    QStringList lines;
    // Spelled out rather than "%n person(s)": plurals must read right without a translation loaded.
    const QString expected = summary.peopleCounted == 1 ? tr("1 person expected")
                                                        : tr("%1 people expected").arg(summary.peopleCounted);
    const QString headline = summary.peopleWithNeeds == 0
        ? tr("%1. Nobody has told us about an access need yet.").arg(expected)
        : tr("%1. %2 of them told us about access needs.").arg(expected).arg(summary.peopleWithNeeds);
    m_headline->setText(headline);
    lines << headline;

    int row = 0;
    for (const AccessNeedsSummary::Need &need : summary.needs) {
        auto *count = new QLabel(QString::number(need.count), m_needs);
        count->setAlignment(Qt::AlignRight | Qt::AlignTop);
        QFont bold = count->font();
        bold.setBold(true);
        count->setFont(bold);
        auto *words = new QLabel(accessNeedWords(need.need), m_needs);
        words->setTextFormat(Qt::PlainText);
        words->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        if (need.count == 0) {
            // Kept in the list so "nobody needs BSL" is visible too, but quieter.
            count->setObjectName(QStringLiteral("hint"));
            words->setObjectName(QStringLiteral("hint"));
        }
        m_grid->addWidget(count, row, 0);
        m_grid->addWidget(words, row, 1);
        QString line = tr("%1: %2").arg(accessNeedWords(need.need)).arg(need.count);
        if (m_audience == Audience::Team && !need.names.isEmpty()) {
            auto *names = new QLabel(need.names.join(tr(", ")), m_needs);
            names->setTextFormat(Qt::PlainText);
            names->setWordWrap(true);
            names->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            m_grid->addWidget(names, row, 2);
            line += tr(" (%1)").arg(need.names.join(tr(", ")));
        }
        lines << line;
        ++row;
    }

    QStringList notes;
    for (const AccessNeedsSummary::Note &note : summary.notes)
        notes << (note.name.isEmpty() ? note.text : tr("%1: %2").arg(note.name, note.text));
    const bool showNotes = m_audience == Audience::Team && !notes.isEmpty();
    m_notesHeading->setVisible(showNotes);
    m_notes->setVisible(showNotes);
    m_notes->setText(notes.join(QLatin1Char('\n')));
    if (showNotes)
        lines << notes;
    m_text = lines.join(QLatin1Char('\n'));
    setAccessibleDescription(m_text);
}

} // namespace cg
