// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consent/consentpolicy.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace cg {

class Session;

/// What the venue needs to be ready for, for the Overview and Agenda pages: how many people need
/// each access arrangement and, for the team, who they are and what they said in their own words.
/// (Named ...View because the numbers themselves are cg::AccessNeedsSummary, from core.)
///
/// With Audience::Public it shows counts only, fit for showing the venue on a shared screen.
class AccessNeedsSummaryView : public QWidget
{
    Q_OBJECT

public:
    AccessNeedsSummaryView(Session *session, QWidget *parent = nullptr, Audience audience = Audience::Team);

    void setAudience(Audience audience);
    /// The summary as plain text, one line per need with people (also what a screen reader gets).
    QString summaryText() const;

private:
    void rebuild();

    Session *m_session = nullptr;
    Audience m_audience = Audience::Team;
    bool m_dirty = false;
    QLabel *m_headline = nullptr;
    QWidget *m_needs = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_notesHeading = nullptr;
    QLabel *m_notes = nullptr;
    QString m_text;
};

} // namespace cg
