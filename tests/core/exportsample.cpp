// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportsample.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>

using namespace cg::doc;

namespace cg::test {

namespace {

const QString longEnd = QStringLiteral("Here the long paragraph ends.");

QString longParagraph()
{
    QString text;
    const QString sentence = QStringLiteral("Everyone deserves to be heard, and the room listened. ");
    while (text.size() < 100 * 1024)
        text += sentence;
    return text + longEnd;
}

} // namespace

QByteArray pngImage(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb(40 + 200 * x / width, 120, 60 + 180 * y / height));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

Document awkwardDocument()
{
    Document d;
    d.title = QStringLiteral("Listening event <script>alert(\"x\")</script> & \"friends\"");
    d.subtitle = QStringLiteral("Saturday 21 November 2026, St Mark's Hall");
    d.runningTitle = QStringLiteral("Share-back report: listening event");
    d.language = QStringLiteral("en-GB");
    d.heading(1, QStringLiteral("What we heard"));
    d.paragraph(Spans{Span{QStringLiteral("Plain start, ")}, Span{QStringLiteral("bold words"), true, false},
                      Span{QStringLiteral(", ")}, Span{QStringLiteral("italic words"), false, true},
                      Span{QStringLiteral(" and **not bold** _nor italic_ # not a heading.")}});
    d.paragraph(QStringLiteral("Line one of two\nline two after a newline"));
    d.quote(QStringLiteral("“It felt like we were finally heard” said a participant & friend"));
    d.heading(2, QStringLiteral("Voices in many languages"));
    d.paragraph(QStringLiteral("مرحبا بكم في ورشة العمل"));
    d.paragraph(QStringLiteral("שלום וברוכים הבאים"));
    d.paragraph(QStringLiteral("We loved the tea 😀🎉 and the cake 🍰 too"));
    d.paragraph(QStringLiteral("Cafe\u0301 chats with Zoe\u0308 and Ame\u0301lie"));
    d.paragraph(QStringLiteral("A bell\u0007 rang and a form\u000C feed and \u0001 went unseen"));
    d.heading(3, QStringLiteral("Ideas & <wishes>"));
    d.bullets(QStringList{QStringLiteral("Longer opening hours"), QStringLiteral("A <b>quiet</b> room & \"breaks\""),
                          QStringLiteral("[not a link](http://example.org)")});
    d.numbered(QStringList{QStringLiteral("First step"), QStringLiteral("Second step"), QStringLiteral("Third step")});
    d.heading(4, QStringLiteral("Who came"));
    QList<QStringList> rows{{QStringLiteral("Group"), QStringLiteral("What they said"), QStringLiteral("Votes")}};
    for (int i = 1; i <= 70; ++i)
        rows << QStringList{QStringLiteral("Table %1").arg(i), QStringLiteral("Idea number %1 from the table").arg(i),
                            QString::number(i % 9)};
    d.table(rows);
    d.image(pngImage(400, 300), QStringLiteral("image/png"), QSize(400, 300),
            QStringLiteral("A flipchart with three themes circled"));
    d.pageBreak();
    d.heading(1, QStringLiteral("A very long paragraph"));
    d.paragraph(longParagraph());
    d.paragraph(QStringLiteral("The last words of the report."));
    return d;
}

QStringList awkwardPieces()
{
    QStringList pieces{
        QStringLiteral("Listening event <script>alert(\"x\")</script> & \"friends\""),
        QStringLiteral("Saturday 21 November 2026, St Mark's Hall"),
        QStringLiteral("What we heard"),
        QStringLiteral("Plain start, bold words, italic words and **not bold** _nor italic_ # not a heading."),
        QStringLiteral("Line one of two"),
        QStringLiteral("line two after a newline"),
        QStringLiteral("“It felt like we were finally heard” said a participant & friend"),
        QStringLiteral("Voices in many languages"),
        QStringLiteral("مرحبا بكم في ورشة العمل"),
        QStringLiteral("שלום וברוכים הבאים"),
        QStringLiteral("We loved the tea"),
        QStringLiteral("and the cake"),
        QStringLiteral("Cafe\u0301 chats with Zoe\u0308 and Ame\u0301lie"),
        QStringLiteral("A bell rang and a form feed and  went unseen"),
        QStringLiteral("Ideas & <wishes>"),
        QStringLiteral("Longer opening hours"),
        QStringLiteral("A <b>quiet</b> room & \"breaks\""),
        QStringLiteral("[not a link](http://example.org)"),
        QStringLiteral("First step"),
        QStringLiteral("Third step"),
        QStringLiteral("Who came"),
        QStringLiteral("What they said"),
        QStringLiteral("Idea number 1 from the table"),
        QStringLiteral("Idea number 70 from the table"),
        QStringLiteral("A very long paragraph"),
        QStringLiteral("Everyone deserves to be heard, and the room listened."),
        longEnd,
        QStringLiteral("The last words of the report."),
    };
    return pieces;
}

QStringList emojiPieces()
{
    return {QStringLiteral("😀🎉"), QStringLiteral("🍰")};
}

Run run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    Run result;
    QProcess process;
    process.start(program, arguments);
    result.started = process.waitForStarted(20000);
    if (!result.started)
        return result;
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

bool haveTool(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

QString comparable(const QString &text)
{
    const QString normal = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(normal.size());
    for (const QChar c : normal) {
        if (c.isSpace() || c.category() == QChar::Other_Format || c.category() == QChar::Other_Control)
            continue;
        out += c;
    }
    return out;
}

} // namespace cg::test

namespace cg::test {

Document partnerDocument()
{
    Document d;
    d.title = QStringLiteral("What we heard: the Thursday drop-in");
    d.subtitle = QStringLiteral("Co-production workshop, Saturday 21 November 2026, St Mark's Community Hall");
    d.runningTitle = QStringLiteral("What we heard: the Thursday drop-in");
    d.heading(1, QStringLiteral("Thank you"));
    d.paragraph(Spans{Span{QStringLiteral("Twenty-three people came together to talk about the Thursday drop-in: people who use it, "
                                          "peer workers, staff from the council and two local charities. ")},
                      Span{QStringLiteral("This report is yours."), true, false},
                      Span{QStringLiteral(" It shares what was said, what we agreed to do next, and who will do it.")}});
    d.heading(2, QStringLiteral("What matters most"));
    d.paragraph(QStringLiteral("We grouped everyone's notes into themes and then voted with dots. These are the themes with "
                               "the most votes."));
    d.numbered(QStringList{QStringLiteral("A warm welcome at the door, every week (31 votes)"),
                           QStringLiteral("Somewhere quiet to sit when the main room is busy (24 votes)"),
                           QStringLiteral("Knowing who to ask about benefits and housing (19 votes)")});
    d.quote(QStringLiteral("The first time I came nobody spoke to me for an hour. The second time someone made me a cup of "
                           "tea, and that is why I came back."));
    d.heading(2, QStringLiteral("What we will do"));
    d.table(QList<QStringList>{{QStringLiteral("Action"), QStringLiteral("Who"), QStringLiteral("By when")},
                               {QStringLiteral("A welcome rota, so someone is always at the door"), QStringLiteral("Peer workers"), QStringLiteral("January")},
                               {QStringLiteral("Open the side room as a quiet room"), QStringLiteral("Hall committee"), QStringLiteral("December")},
                               {QStringLiteral("A benefits adviser on the first Thursday of the month"), QStringLiteral("Citizens Advice"), QStringLiteral("February")}});
    d.heading(2, QStringLiteral("Other ideas"));
    d.bullets(QStringList{QStringLiteral("Longer opening hours in winter"), QStringLiteral("A noticeboard with what is on nearby"),
                          QStringLiteral("Food that suits everyone, including halal and vegetarian")});
    d.image(pngImage(640, 360), QStringLiteral("image/png"), QSize(640, 360),
            QStringLiteral("The flipchart from table two, with the three themes circled"));
    return d;
}

} // namespace cg::test
