// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharepage.h"

#include "models/consentlookup.h"
#include "models/listtext.h"
#include "session/session.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cg {

SharePage::SharePage(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_withheld(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    auto *heading = new QLabel(tr("Share back"), this);
    heading->setObjectName(QStringLiteral("pageHeading"));
    auto *intro
        = new QLabel(tr("A share-back report is public. It only includes what people agreed to: anyone "
                        "who has not agreed to take part contributes nothing, names appear only with "
                        "agreement to be named, and sensitive notes stay out unless you release them."),
            this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("hint"));
    for (QLabel *label : { m_summary, m_withheld }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_summary->setObjectName(QStringLiteral("shareSummary"));
    auto *tableHeading = new QLabel(tr("&Consent across the room"), this);
    tableHeading->setObjectName(QStringLiteral("sectionHeading"));
    tableHeading->setBuddy(m_table);

    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        { tr("Agreed to"), tr("Granted"), tr("Refused"), tr("Withdrawn"), tr("Not recorded") });
    m_table->setAccessibleName(tr("Consent across the room"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_summary);
    layout->addWidget(m_withheld);
    layout->addSpacing(8);
    layout->addWidget(tableHeading);
    layout->addWidget(m_table);
    layout->addStretch(1);
    setFocusProxy(m_table);

    connect(session, &Session::editApplied, this, &SharePage::refresh);
    refresh();
}

QString SharePage::summary() const
{
    return m_summary->text();
}

void SharePage::refresh()
{
    const WorkshopData &data = m_session->data();
    const ConsentPolicy policy(data);
    int takingPart = 0;
    for (const Participant &person : data.participants)
        if (policy.takesPart(person.id))
            ++takingPart;
    m_summary->setText(tr("The share-back report would include contributions from %1 of %n people.", nullptr,
        int(data.participants.size()))
                           .arg(takingPart));

    // Why each note is held back from the public report; ConsentPolicy decides, this only sorts.
    int withheldNotes = 0;
    int sensitiveHeld = 0;
    int quotesWithoutAgreement = 0;
    for (const Note &note : data.notes) {
        if (policy.mayAppear(note, Audience::Public))
            continue;
        const bool byPerson = note.authorKind == AuthorKind::Participant && !note.authorId.isNull();
        if (byPerson && !policy.takesPart(note.authorId))
            ++withheldNotes;
        else if (note.sensitive && !note.released)
            ++sensitiveHeld;
        else
            ++quotesWithoutAgreement;
    }
    const int withheldFeedback = policy.withheld(Audience::Public).feedback;
    QStringList lines;
    // "Label: number" reads right for any number without plural forms from a translation file.
    lines << tr("Notes withheld because their author has not agreed to take part: %1").arg(withheldNotes);
    lines << tr("Sensitive notes held back until you release them: %1").arg(sensitiveHeld);
    lines << tr("Direct quotes left out because their author has not agreed to be quoted: %1")
                 .arg(quotesWithoutAgreement);
    lines << tr("Feedback answers withheld: %1").arg(withheldFeedback);
    m_withheld->setText(lines.join(QLatin1Char('\n')));

    const auto scopes = enumValues<ConsentScope>();
    m_table->setRowCount(int(scopes.size()));
    for (int row = 0; row < int(scopes.size()); ++row) {
        int counts[4] = { 0, 0, 0, 0 };
        for (const Participant &person : data.participants) {
            const auto decision = currentConsent(policy, person.id, scopes[std::size_t(row)]);
            ++counts[decision ? int(*decision) : 3];
        }
        m_table->setItem(row, 0, new QTableWidgetItem(sentenceCase(enumWords(scopes[std::size_t(row)]))));
        for (int c = 0; c < 4; ++c)
            m_table->setItem(row, c + 1, new QTableWidgetItem(QString::number(counts[c])));
    }
    // Show every row without an empty box below them.
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
}

} // namespace cg
