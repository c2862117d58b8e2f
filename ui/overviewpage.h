// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

class QBoxLayout;
class QFrame;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace cg {

class AccessNeedsSummaryView;
class FlowLayout;
class Session;

/// The first thing a facilitator sees of a workshop: what, when, where and why; how much is in
/// it; what needs attention (people with no consent to take part recorded, open actions); what is
/// owed and paid to contributors; and the access needs to plan the venue for (team view: names).
class OverviewPage : public QScrollArea
{
    Q_OBJECT

public:
    explicit OverviewPage(Session *session, QWidget *parent = nullptr);

    /// The number shown for a count ("people", "groups", "boards", "notes", ...), for tests.
    QString countText(const QString &key) const;
    /// The lines under "Needs attention", for tests.
    QStringList attentionLines() const;
    /// The payments summary as shown ("£150.00 owed to 3 people", ...), for tests.
    QString paymentsText() const;
    AccessNeedsSummaryView *accessNeeds() const { return m_accessNeeds; }
    /// The button that opens the workshop details.
    QPushButton *detailsButton() const { return m_details; }

public Q_SLOTS:
    /// Opens the workshop details (title, date, times, venue, ...) to change them.
    void editDetails();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void sizeCard(QFrame *card) const;
    void addCount(const QString &key, const QString &label, int value);
    void refreshPayments();

    Session *m_session;
    QLabel *m_title;
    QLabel *m_when;
    QLabel *m_purpose;
    FlowLayout *m_counts;
    QVBoxLayout *m_attention;
    QWidget *m_attentionBox;
    FlowLayout *m_money;
    QLabel *m_paymentsNote;
    QBoxLayout *m_columns = nullptr;
    AccessNeedsSummaryView *m_accessNeeds;
    QPushButton *m_details;
};

} // namespace cg
