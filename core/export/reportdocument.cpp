// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The report as a doc::Document: the full share-back (or team) report. It only arranges what the
// Report holds; nothing here decides what may appear.
#include "export/report.h"

#include <QCoreApplication>
#include <QLocale>

namespace cg::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cg::report", text);
}

const QLocale &english()
{
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

QString longDate(const QDate &date)
{
    return date.isValid() ? english().toString(date, QStringLiteral("d MMMM yyyy")) : QString();
}

/// "3 votes", "1 vote"; spelled out rather than %n so the report reads right untranslated.
QString votes(int n)
{
    return n == 1 ? tr("1 vote") : tr("%1 votes").arg(n);
}

/// One note as a list item: its words (in quotation marks when they are someone's own words),
/// who wrote it as the policy names them, and its votes.
doc::Spans noteItem(const Note &n)
{
    doc::Spans out;
    if (n.verbatim)
        out << doc::Span { QStringLiteral("“") + n.text + QStringLiteral("”"), false, true };
    else
        out << doc::Span { n.text };
    QStringList about;
    if (!n.author.isEmpty())
        about << n.author;
    if (n.votes > 0)
        about << votes(n.votes);
    if (!about.isEmpty())
        out << doc::Span { QStringLiteral(" — ") + about.join(QStringLiteral(", ")) };
    return out;
}

QList<doc::Spans> noteItems(const std::vector<Note> &notes)
{
    QList<doc::Spans> out;
    out.reserve(qsizetype(notes.size()));
    for (const Note &n : notes)
        out << noteItem(n);
    return out;
}

QString themeHeading(const Theme &t)
{
    return t.votes > 0 ? tr("%1 (%2)").arg(t.name, votes(t.votes)) : t.name;
}

QString money(qint64 minor, const QString &currency)
{
    return formatMoney(minor, currency, english());
}

void about(const Report &r, doc::Document &d)
{
    d.heading(1, sectionTitle(Section::About));
    QList<QStringList> rows;
    if (r.date.isValid())
        rows << QStringList { tr("Date"), longDate(r.date) };
    if (!r.venue.isEmpty())
        rows << QStringList { tr("Venue"), r.venue };
    if (!r.facilitators.isEmpty())
        rows << QStringList { tr("Facilitated by"), r.facilitators.join(QStringLiteral(", ")) };
    if (!rows.isEmpty())
        d.table(rows, false);
    if (!r.purpose.isEmpty()) {
        d.paragraph(doc::Spans { doc::Span { tr("Why we met: "), true }, doc::Span { r.purpose } });
    }
}

void agenda(const Report &r, doc::Document &d)
{
    if (r.agenda.empty())
        return;
    d.heading(1, sectionTitle(Section::Agenda));
    QList<QStringList> rows { { tr("Planned"), tr("Item"), tr("Kind"), tr("Minutes"), tr("Actual") } };
    for (const AgendaItem &a : r.agenda) {
        QString actual;
        if (!a.actualStart.isEmpty())
            actual = a.actualEnd.isEmpty() ? tr("from %1").arg(a.actualStart)
                                           : tr("%1–%2").arg(a.actualStart, a.actualEnd);
        else
            actual = tr("not run");
        rows << QStringList { a.plannedStart, a.title, a.kind, QString::number(a.plannedMinutes), actual };
    }
    d.table(rows);
}

void boards(const Report &r, doc::Document &d)
{
    d.heading(1, sectionTitle(Section::Boards));
    if (r.boards.empty())
        d.paragraph(tr("There are no boards in this report."));
    for (const Board &b : r.boards) {
        d.heading(2, b.group.isEmpty() || b.group == b.title ? b.title : tr("%1 (%2)").arg(b.title, b.group));
        if (!b.prompt.isEmpty())
            d.paragraph(doc::Spans { doc::Span { tr("The question: "), true }, doc::Span { b.prompt } });
        if (b.themes.empty() && b.otherNotes.empty()) {
            d.paragraph(tr("No notes from this board can be shown."));
            continue;
        }
        for (const Theme &t : b.themes) {
            d.heading(3, themeHeading(t));
            d.bullets(noteItems(t.notes));
        }
        if (!b.otherNotes.empty()) {
            if (!b.themes.empty())
                d.heading(3, tr("Other notes"));
            d.bullets(noteItems(b.otherNotes));
        }
        if (!b.mostVoted.empty()) {
            d.heading(3, tr("Most votes"));
            QList<doc::Spans> items;
            for (const Note &n : b.mostVoted)
                items << noteItem(n);
            d.bullets(items);
        }
    }
}

void crossThemes(const Report &r, doc::Document &d)
{
    if (r.crossThemes.empty())
        return;
    d.heading(1, sectionTitle(Section::CrossThemes));
    for (const Theme &t : r.crossThemes) {
        d.heading(2, themeHeading(t));
        QList<doc::Spans> items;
        for (const Note &n : t.notes) {
            doc::Spans item = noteItem(n);
            item << doc::Span { tr(" (from %1)").arg(n.board) };
            items << item;
        }
        d.bullets(items);
    }
}

void actions(const Report &r, doc::Document &d)
{
    if (r.actions.empty())
        return;
    d.heading(1, sectionTitle(Section::Actions));
    QList<QStringList> rows { { tr("What"), tr("Who"), tr("By when"), tr("Status") } };
    for (const Action &a : r.actions)
        rows << QStringList { a.text, a.owner.isEmpty() ? tr("Not named") : a.owner, longDate(a.due), a.status };
    d.table(rows);
}

void feedback(const Report &r, doc::Document &d)
{
    if (r.feedback.empty())
        return;
    d.heading(1, sectionTitle(Section::Feedback));
    for (const FeedbackQuestion &q : r.feedback) {
        d.heading(2, q.question);
        d.bullets(q.answers);
    }
}

void photos(const Report &r, doc::Document &d)
{
    if (r.photos.empty())
        return;
    d.heading(1, sectionTitle(Section::Photos));
    for (const Photo &p : r.photos) {
        const QString alt = p.caption.isEmpty() ? tr("A photo from %1").arg(p.board.isEmpty() ? r.title : p.board)
                                                : p.caption;
        d.image(p.data, p.mime, p.size, alt);
        if (!p.caption.isEmpty())
            d.paragraph(doc::Spans { doc::Span { p.caption, false, true } });
    }
}

void withheld(const Report &r, doc::Document &d)
{
    const int total = r.withheld.total();
    d.heading(1, sectionTitle(Section::Withheld));
    if (total == 0) {
        d.paragraph(tr("Nothing was left out."));
        return;
    }
    d.paragraph(total == 1 ? tr("1 contribution is withheld from this report.")
                           : tr("%1 contributions are withheld from this report.").arg(total));
    d.paragraph(r.audience == Audience::Public
            ? tr("Everyone chose what may be shared. Some people did not agree to take part, or to be quoted, "
                 "and some notes are private. Their contributions are not shown.")
            : tr("People who have not agreed to take part, or who withdrew, are left out of every report."));
}

void thanks(const Report &r, doc::Document &d)
{
    d.heading(1, sectionTitle(Section::Thanks));
    if (!r.namedPeople.isEmpty()) {
        d.paragraph(tr("Thank you to everyone who took part, including:"));
        d.bullets(r.namedPeople);
    }
    if (r.othersTakingPart > 0)
        d.paragraph(r.othersTakingPart == 1 ? tr("and 1 other person who took part.")
                                            : tr("and %1 other people who took part.").arg(r.othersTakingPart));
    else if (r.namedPeople.isEmpty())
        d.paragraph(tr("Thank you to everyone who took part."));
}

void attendance(const Report &r, doc::Document &d)
{
    d.heading(1, sectionTitle(Section::Attendance));
    QList<QStringList> counts { { tr("Attendance"), tr("People") } };
    for (const auto &[state, n] : r.attendanceCounts)
        counts << QStringList { state, QString::number(n) };
    d.table(counts);
    if (!r.attendance.empty()) {
        QList<QStringList> rows { { tr("Name"), tr("Role"), tr("Attendance") } };
        for (const PersonRow &p : r.attendance)
            rows << QStringList { p.name, p.role, p.attendance };
        d.table(rows);
    }
}

void payments(const Report &r, doc::Document &d)
{
    if (!r.payments)
        return;
    const PaymentTotals &t = *r.payments;
    d.heading(1, sectionTitle(Section::Payments));
    d.table(QList<QStringList> { { tr("Payments"), tr("Amount") },
        { tr("People with a payment record"), QString::number(t.people) },
        { tr("People without one"), QString::number(t.peopleWithoutPayment) },
        { tr("Declined payment"), QString::number(t.declined) },
        { tr("Flagged: may affect benefits"), QString::number(t.mayAffectBenefits) },
        { tr("Fees"), money(t.feesMinor, r.currency) }, { tr("Expenses"), money(t.expensesMinor, r.currency) },
        { tr("Total"), money(t.totalMinor, r.currency) },
        { tr("Owed (%1 people)").arg(t.owedCount), money(t.owedMinor, r.currency) },
        { tr("Paid (%1 people)").arg(t.paidCount), money(t.paidMinor, r.currency) } });
}

void accessNeeds(const Report &r, doc::Document &d)
{
    if (!r.accessNeeds)
        return;
    const AccessNeedsSummary &s = *r.accessNeeds;
    d.heading(1, sectionTitle(Section::AccessNeeds));
    d.paragraph(tr("%1 of %2 people expected have access needs.").arg(s.peopleWithNeeds).arg(s.peopleCounted));
    QList<QStringList> rows { { tr("Need"), tr("People"), tr("Who") } };
    for (const AccessNeedsSummary::Need &n : s.needs) {
        if (n.count > 0)
            rows << QStringList { accessNeedWords(n.need), QString::number(n.count), n.names.join(QStringLiteral(", ")) };
    }
    if (rows.size() > 1)
        d.table(rows);
    if (!s.notes.empty()) {
        QList<QStringList> notes { { tr("Name"), tr("In their words") } };
        for (const AccessNeedsSummary::Note &n : s.notes)
            notes << QStringList { n.name, n.text };
        d.table(notes);
    }
}

void consentRegister(const Report &r, doc::Document &d)
{
    d.heading(1, sectionTitle(Section::ConsentRegister));
    QStringList header { tr("Name"), tr("Pseudonym") };
    for (ConsentScope scope : enumValues<ConsentScope>()) {
        QString words = enumWords(scope);
        words[0] = words[0].toUpper();
        header << words;
    }
    QList<QStringList> rows { header };
    for (const ConsentRow &c : r.consent)
        rows << (QStringList { c.name, c.pseudonym } + c.states);
    d.table(rows);
}

} // namespace

// Through the alias: lupdate 6.4 files the tr() calls after `doc::Document d;` under "doc".
using Document = doc::Document;

Document toDocument(const Report &r)
{
    Document d;
    d.title = r.title.isEmpty() ? tr("Workshop report") : r.title;
    QStringList subtitle;
    if (r.date.isValid())
        subtitle << longDate(r.date);
    if (!r.venue.isEmpty())
        subtitle << r.venue;
    d.subtitle = subtitle.join(QStringLiteral(" · "));
    d.runningTitle = r.audience == Audience::Public ? d.title : tr("%1 — for the team only").arg(d.title);
    if (r.audience == Audience::Team)
        d.paragraph(doc::Spans { doc::Span { tr("For the workshop team only. This report holds personal data: do "
                                                "not share it with participants or publish it."),
            true } });
    for (Section s : r.sections) {
        switch (s) {
        case Section::About:
            about(r, d);
            break;
        case Section::Agenda:
            agenda(r, d);
            break;
        case Section::Boards:
            boards(r, d);
            break;
        case Section::CrossThemes:
            crossThemes(r, d);
            break;
        case Section::Actions:
            actions(r, d);
            break;
        case Section::Feedback:
            feedback(r, d);
            break;
        case Section::Photos:
            photos(r, d);
            break;
        case Section::Withheld:
            withheld(r, d);
            break;
        case Section::Thanks:
            thanks(r, d);
            break;
        case Section::Attendance:
            attendance(r, d);
            break;
        case Section::Payments:
            payments(r, d);
            break;
        case Section::AccessNeeds:
            accessNeeds(r, d);
            break;
        case Section::ConsentRegister:
            consentRegister(r, d);
            break;
        }
    }
    return d;
}

Document toEasyRead(const Report &r)
{
    // Short sentences, one idea per line, nothing in tables: easy-read guidance.
    Document d;
    d.title = r.title.isEmpty() ? tr("Our workshop") : r.title;
    d.subtitle = tr("Easy read");
    d.runningTitle = d.title;

    d.heading(1, tr("About the day"));
    QStringList day;
    if (r.date.isValid())
        day << tr("We met on %1.").arg(longDate(r.date));
    if (!r.venue.isEmpty())
        day << tr("We met at %1.").arg(r.venue);
    if (!r.purpose.isEmpty())
        day << tr("We talked about: %1").arg(r.purpose);
    for (const QString &line : day)
        d.paragraph(line);

    std::vector<const Theme *> themes;
    for (const Board &b : r.boards)
        for (const Theme &t : b.themes)
            themes.push_back(&t);
    for (const Theme &t : r.crossThemes)
        themes.push_back(&t);
    std::stable_sort(themes.begin(), themes.end(), [](const Theme *a, const Theme *b) { return a->votes > b->votes; });
    if (!themes.empty()) {
        d.heading(1, tr("The main ideas"));
        QStringList items;
        for (std::size_t i = 0; i < themes.size() && i < 5; ++i)
            items << themes[i]->name;
        d.bullets(items);
    }

    std::vector<const Note *> notes = r.allNotes();
    std::stable_sort(notes.begin(), notes.end(), [](const Note *a, const Note *b) { return a->votes > b->votes; });
    std::erase_if(notes, [](const Note *n) { return n->votes <= 0; });
    if (!notes.empty()) {
        d.heading(1, tr("What people agreed with most"));
        QStringList items;
        for (std::size_t i = 0; i < notes.size() && i < 5; ++i)
            items << notes[i]->text.simplified();
        d.bullets(items);
    }

    if (!r.actions.empty()) {
        d.heading(1, tr("What happens next"));
        QStringList items;
        for (const Action &a : r.actions) {
            QString line = a.owner.isEmpty() ? a.text.simplified() : tr("%1 will: %2").arg(a.owner, a.text.simplified());
            if (a.due.isValid())
                line += QLatin1Char(' ') + tr("By %1.").arg(longDate(a.due));
            items << line;
        }
        d.bullets(items);
    }

    d.heading(1, tr("Thank you"));
    const int people = int(r.namedPeople.size()) + r.othersTakingPart;
    if (people > 0)
        d.paragraph(people == 1 ? tr("1 person took part.") : tr("%1 people took part.").arg(people));
    d.paragraph(tr("Thank you for sharing your ideas."));
    return d;
}

} // namespace cg::report
