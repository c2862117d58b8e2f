// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

class QGridLayout;
class QLabel;
class QVBoxLayout;

namespace cg {

class Session;

/// The first thing a facilitator sees of a workshop: what, when, where and why; how much is in
/// it; and what needs attention (people with no consent to take part recorded, open actions).
class OverviewPage : public QScrollArea
{
    Q_OBJECT

public:
    explicit OverviewPage(Session *session, QWidget *parent = nullptr);

    /// The number shown for a count ("people", "groups", "boards", "notes", ...), for tests.
    QString countText(const QString &key) const;
    /// The lines under "Needs attention", for tests.
    QStringList attentionLines() const;

private:
    void refresh();
    void addCount(int index, const QString &key, const QString &label, int value);

    Session *m_session;
    QLabel *m_title;
    QLabel *m_when;
    QLabel *m_purpose;
    QGridLayout *m_counts;
    QVBoxLayout *m_attention;
    QWidget *m_attentionBox;
};

} // namespace cg
