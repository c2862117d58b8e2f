// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace cg::i18n {

/// The translations built into the program (resources/translations, compiled by lrelease into
/// `:/i18n`): one per language, plus "pseudo", a made-up language in which every string is
/// accented and lengthened, so that a string left out of translation, or a layout that has no
/// room for longer words, shows at a glance (and in the tests).
QStringList available();

/// Installs the translation for \a language ("pseudo", "en", "cy_GB", ...), or, when it is empty,
/// for the languages the system asks for (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), plus Qt's own for
/// its dialogs' buttons. The environment variable COMMONGROUND_LANGUAGE overrides the system's
/// choice. Returns the language installed, or empty when the program's own words are used.
/// Call once, after the application object exists and before any text is made.
QString install(QCoreApplication &app, const QString &language = {});

/// Removes what install() installed (tests switch languages within one process).
void uninstall(QCoreApplication &app);

/// The language to use: \a requested, else COMMONGROUND_LANGUAGE, else empty (the system's).
QString requestedLanguage(const QString &requested = {});

} // namespace cg::i18n
