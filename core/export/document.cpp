// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/document.h"

#include <algorithm>

namespace cg::doc {

namespace {

QList<Spans> toItems(const QStringList &items)
{
    QList<Spans> out;
    out.reserve(items.size());
    for (const QString &item : items)
        out << plain(item);
    return out;
}

} // namespace

Document &Document::heading(int level, const QString &text)
{
    Block b;
    b.kind = Block::Kind::Heading;
    b.level = std::clamp(level, 1, 4);
    b.spans = plain(text);
    blocks.push_back(std::move(b));
    return *this;
}

Document &Document::paragraph(const QString &text)
{
    return paragraph(plain(text));
}

Document &Document::paragraph(Spans spans)
{
    Block b;
    b.kind = Block::Kind::Paragraph;
    b.spans = std::move(spans);
    blocks.push_back(std::move(b));
    return *this;
}

Document &Document::quote(const QString &text)
{
    Block b;
    b.kind = Block::Kind::Quote;
    b.spans = plain(text);
    blocks.push_back(std::move(b));
    return *this;
}

Document &Document::bullets(const QStringList &items)
{
    return bullets(toItems(items));
}

Document &Document::bullets(QList<Spans> items)
{
    Block b;
    b.kind = Block::Kind::BulletList;
    b.items = std::move(items);
    blocks.push_back(std::move(b));
    return *this;
}

Document &Document::numbered(const QStringList &items)
{
    Block b;
    b.kind = Block::Kind::NumberedList;
    b.items = toItems(items);
    blocks.push_back(std::move(b));
    return *this;
}

Document &Document::table(QList<QList<Spans>> rows, bool headerRow)
{
    Block b;
    b.kind = Block::Kind::Table;
    b.rows = std::move(rows);
    b.headerRow = headerRow;
    blocks.push_back(std::move(b));
    return *this;
}

Document &Document::table(const QList<QStringList> &rows, bool headerRow)
{
    QList<QList<Spans>> out;
    out.reserve(rows.size());
    for (const QStringList &row : rows)
        out << toItems(row);
    return table(std::move(out), headerRow);
}

Document &Document::image(QByteArray data, const QString &mime, QSize size, const QString &alt)
{
    Block b;
    b.kind = Block::Kind::Image;
    b.imageData = std::move(data);
    b.imageMime = mime;
    b.imageSize = size;
    b.alt = alt;
    blocks.push_back(std::move(b));
    return *this;
}

Document &Document::pageBreak()
{
    Block b;
    b.kind = Block::Kind::PageBreak;
    blocks.push_back(std::move(b));
    return *this;
}

QString plainText(const Spans &spans)
{
    QString out;
    for (const Span &s : spans)
        out += s.text;
    return out;
}

} // namespace cg::doc
