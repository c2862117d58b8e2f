// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consent/consentpolicy.h"
#include "export/document.h"
#include "planning/accessneeds.h"
#include "planning/payments.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace cg::report {

/// The parts of a report, in the order they appear. The last four are for the team only: a
/// public report never has them, whatever is asked for (consent rule 5).
enum class Section {
    About,          ///< title, date, venue, purpose
    Agenda,         ///< the agenda as run: planned and actual
    Boards,         ///< per board: prompt, themes with their notes, notes ranked by votes
    CrossThemes,    ///< themes across boards
    Actions,        ///< what, who, by when
    Feedback,       ///< answers per question
    Photos,         ///< photos everyone shown agreed to
    Withheld,       ///< "N contributions withheld"
    Thanks,         ///< people who chose to be named, and how many others took part
    Attendance,     ///< team only
    Payments,       ///< team only
    AccessNeeds,    ///< team only
    ConsentRegister ///< team only
};

/// Every section, in report order.
QList<Section> allSections();
/// The sections an audience's report can have (all for the team; no team-only ones in public).
QList<Section> sectionsFor(Audience audience);
bool isTeamOnly(Section section);
/// Stable keys for the command line and settings: "about", "agenda", "boards", "cross-themes",
/// "actions", "feedback", "photos", "withheld", "thanks", "attendance", "payments",
/// "access-needs", "consent-register".
QString sectionKey(Section section);
std::optional<Section> sectionFromKey(QStringView key);
/// Plain words for a section, for the Share view ("Themes across boards").
QString sectionTitle(Section section);

/// What to put in a report. Sections not available to the audience are ignored.
struct Options
{
    QList<Section> sections = allSections();
    /// Only this board (and the themes across boards that hold its notes); null for every board.
    QUuid boardId;
    /// How agenda times are shown: the facilitator's local time unless told otherwise (tests).
    QTimeZone timeZone = QTimeZone::systemTimeZone();

    bool has(Section section) const { return sections.contains(section); }
};

/// One note as an output may show it: already filtered and named by ConsentPolicy.
struct Note
{
    QUuid id;
    QString board;
    QString group;
    QString theme;
    QString text;
    QString author; ///< "Anonymous", "Facilitator", a pseudonym or a name, as rule 2 allows
    int votes = 0;  ///< dots that may be shown
    bool verbatim = false;
    QDateTime created;
};

struct Theme
{
    QUuid id;
    QString name;
    int votes = 0; ///< dots on the theme itself and on its notes that appear
    std::vector<Note> notes; ///< ranked by votes, then in the order they were written
};

struct Board
{
    QUuid id;
    QString title;
    QString prompt;
    QString group;
    std::vector<Theme> themes;    ///< the board's own themes that have notes, ranked by votes
    std::vector<Note> otherNotes; ///< notes in no theme of this board, ranked by votes
    std::vector<Note> mostVoted;  ///< up to five notes with votes, most first
};

struct AgendaItem
{
    QString title;
    QString kind;
    QString plannedStart; ///< "10:00"
    int plannedMinutes = 0;
    QString actualStart;  ///< empty when not run
    QString actualEnd;
};

struct Action
{
    QString text;
    QString owner; ///< as rule 2 allows; empty when the owner may not appear
    QDate due;
    QString status;
};

struct FeedbackQuestion
{
    QString question;
    QStringList answers;
};

struct Photo
{
    QByteArray data;
    QString mime;
    QSize size;
    QString caption;
    QString board;
};

struct PersonRow
{
    QString name;
    QString role;
    QString attendance;
};

struct ConsentRow
{
    QString name;
    QString pseudonym;
    QStringList states; ///< one per ConsentScope, in declaration order
};

/// One intermediate report for one audience: everything every report format shows, built once
/// through ConsentPolicy. Writers (Markdown, HTML, PDF, ODT, DOCX through toDocument(); CSV and
/// JSON directly) never look at the workshop data themselves, so no format can show more than
/// another.
struct Report
{
    Audience audience = Audience::Public;
    QList<Section> sections;
    QString title;
    QDate date;
    QString venue;
    QString purpose;
    QStringList facilitators;

    std::vector<AgendaItem> agenda;
    std::vector<Board> boards;
    std::vector<Theme> crossThemes;
    std::vector<Action> actions;
    std::vector<FeedbackQuestion> feedback;
    std::vector<Photo> photos;
    WithheldCount withheld;
    QStringList namedPeople;
    int othersTakingPart = 0;

    // Team only.
    std::vector<PersonRow> attendance;
    std::vector<std::pair<QString, int>> attendanceCounts;
    std::optional<PaymentTotals> payments;
    QString currency;
    std::optional<AccessNeedsSummary> accessNeeds;
    std::vector<ConsentRow> consent;

    bool has(Section section) const { return sections.contains(section); }
    /// Every note of the report (on boards and in themes across boards), each once.
    std::vector<const Note *> allNotes() const;
    int noteCount() const;
    int themeCount() const;
};

/// Builds the report of \a data for \a audience. Only what ConsentPolicy allows gets in.
Report build(const WorkshopData &data, Audience audience, const Options &options = {});

/// The report as a format-neutral document (for Markdown, HTML, PDF, ODT and DOCX).
doc::Document toDocument(const Report &report);
/// The easy-read share-back: the top themes and most-voted notes, one idea per line, plain
/// structure. Render it with doc::Style::easy().
doc::Document toEasyRead(const Report &report);

/// The notes as CSV: board, group, theme, text, author, votes, verbatim, created. UTF-8 with a
/// byte-order mark; cells that a spreadsheet would run as a formula are neutralised.
QByteArray notesCsv(const Report &report);
/// The report as JSON ("common-ground-report"). For the team audience use teamJson() instead:
/// the team's JSON export is the lossless archive.
QByteArray toJson(const Report &report);
/// The team's JSON: the lossless archive of the whole workshop (io::archive).
QByteArray teamJson(const WorkshopData &data);

} // namespace cg::report
