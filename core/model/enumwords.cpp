// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The words of every enumeration key, for translation: lupdate reads them here, and enumWords()
// looks them up at run time (the file keeps the keys themselves, which never change).
#include "model/enums.h"

#include <QCoreApplication>

namespace cg {

namespace {

// One line per key of every EnumKeys table (enums.h, seatingrule.h), underscores as spaces.
// tests/core/enumwords_test.cpp fails on a key missing here.
const char *const kWords[] = {
    QT_TRANSLATE_NOOP("cg::enums", "anonymous"),
    QT_TRANSLATE_NOOP("cg::enums", "arrived"),
    QT_TRANSLATE_NOOP("cg::enums", "bank transfer"),
    QT_TRANSLATE_NOOP("cg::enums", "be named"),
    QT_TRANSLATE_NOOP("cg::enums", "be photographed"),
    QT_TRANSLATE_NOOP("cg::enums", "be quoted"),
    QT_TRANSLATE_NOOP("cg::enums", "be recorded"),
    QT_TRANSLATE_NOOP("cg::enums", "blue"),
    QT_TRANSLATE_NOOP("cg::enums", "break"),
    QT_TRANSLATE_NOOP("cg::enums", "breakout"),
    QT_TRANSLATE_NOOP("cg::enums", "breaks"),
    QT_TRANSLATE_NOOP("cg::enums", "bsl"),
    QT_TRANSLATE_NOOP("cg::enums", "cash"),
    QT_TRANSLATE_NOOP("cg::enums", "commissioner"),
    QT_TRANSLATE_NOOP("cg::enums", "confirmed"),
    QT_TRANSLATE_NOOP("cg::enums", "contact later"),
    QT_TRANSLATE_NOOP("cg::enums", "declined"),
    QT_TRANSLATE_NOOP("cg::enums", "dietary"),
    QT_TRANSLATE_NOOP("cg::enums", "digital"),
    QT_TRANSLATE_NOOP("cg::enums", "done"),
    QT_TRANSLATE_NOOP("cg::enums", "easy read"),
    QT_TRANSLATE_NOOP("cg::enums", "facilitator"),
    QT_TRANSLATE_NOOP("cg::enums", "feedback"),
    QT_TRANSLATE_NOOP("cg::enums", "granted"),
    QT_TRANSLATE_NOOP("cg::enums", "green"),
    QT_TRANSLATE_NOOP("cg::enums", "hearing loop"),
    QT_TRANSLATE_NOOP("cg::enums", "in progress"),
    QT_TRANSLATE_NOOP("cg::enums", "invited"),
    QT_TRANSLATE_NOOP("cg::enums", "keep apart"),
    QT_TRANSLATE_NOOP("cg::enums", "keep together"),
    QT_TRANSLATE_NOOP("cg::enums", "large print"),
    QT_TRANSLATE_NOOP("cg::enums", "left"),
    QT_TRANSLATE_NOOP("cg::enums", "lived experience"),
    QT_TRANSLATE_NOOP("cg::enums", "no show"),
    QT_TRANSLATE_NOOP("cg::enums", "open"),
    QT_TRANSLATE_NOOP("cg::enums", "orange"),
    QT_TRANSLATE_NOOP("cg::enums", "other"),
    QT_TRANSLATE_NOOP("cg::enums", "owed"),
    QT_TRANSLATE_NOOP("cg::enums", "paid"),
    QT_TRANSLATE_NOOP("cg::enums", "parking lot"),
    QT_TRANSLATE_NOOP("cg::enums", "participant"),
    QT_TRANSLATE_NOOP("cg::enums", "peer worker"),
    QT_TRANSLATE_NOOP("cg::enums", "pink"),
    QT_TRANSLATE_NOOP("cg::enums", "plenary"),
    QT_TRANSLATE_NOOP("cg::enums", "practitioner"),
    QT_TRANSLATE_NOOP("cg::enums", "purple"),
    QT_TRANSLATE_NOOP("cg::enums", "quiet room"),
    QT_TRANSLATE_NOOP("cg::enums", "refused"),
    QT_TRANSLATE_NOOP("cg::enums", "researcher"),
    QT_TRANSLATE_NOOP("cg::enums", "step free"),
    QT_TRANSLATE_NOOP("cg::enums", "stepped out"),
    QT_TRANSLATE_NOOP("cg::enums", "take part"),
    QT_TRANSLATE_NOOP("cg::enums", "verbal"),
    QT_TRANSLATE_NOOP("cg::enums", "voucher"),
    QT_TRANSLATE_NOOP("cg::enums", "withdrawn"),
    QT_TRANSLATE_NOOP("cg::enums", "written form"),
    QT_TRANSLATE_NOOP("cg::enums", "yellow"),
};

} // namespace

QString translatedEnumWords(const QString &words)
{
    return QCoreApplication::translate("cg::enums", words.toUtf8().constData());
}

QStringList translatableEnumWords()
{
    QStringList words;
    for (const char *w : kWords)
        words << QString::fromUtf8(w);
    return words;
}

} // namespace cg
