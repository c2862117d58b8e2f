// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"

#include <QString>
#include <QStringList>

namespace cg::test {

class TempDir;

/// The report fixture (tests/data/report/workshop.json): a workshop with everyone the consent
/// rules treat differently — a person who agreed to everything, one who declined to be named
/// and quoted, one who refused to take part, one who withdrew with deletion, one who withdrew and
/// kept their words anonymously, one whose consent was never recorded, one who declined quoting
/// only, notes entered as anonymous, sensitive notes released and not, photos with and without
/// agreement — and text that is hostile to every format (HTML, Markdown, formulas, line breaks,
/// right-to-left text, emoji). Words are unique tokens, so a test can tell which ones got out.
///
/// makeReportFixture() builds it through a real session (withdrawals included);
/// loadReportFixture() reads the committed archive.
WorkshopData makeReportFixture(const TempDir &dir);
WorkshopData loadReportFixture();

/// Everything that must never appear in a public output of the fixture, found in \a output:
/// names of people who may not be named, pseudonyms of people who may not appear, direct quotes
/// without agreement, unreleased sensitive notes, contact details, access needs, words of people
/// who refused, never agreed, or withdrew. Empty when nothing leaked. Works on any text a writer
/// produces (Markdown, HTML, CSV, JSON; PDF, ODT and DOCX after text extraction).
QStringList publicLeaks(const QString &output);
/// Everything the fixture allows in a full public report that is missing from \a output.
QStringList publicMissing(const QString &output);

} // namespace cg::test
