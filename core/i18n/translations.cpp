// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace cg::i18n {

namespace {

const QString kFolder = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("commonground_");
const QString kTag = QStringLiteral("cg-translation");

} // namespace

QStringList available()
{
    QStringList languages;
    const QStringList files = QDir(kFolder).entryList({ kPrefix + QStringLiteral("*.qm") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(kPrefix.size()).chopped(3);
    return languages;
}

void uninstall(QCoreApplication &app)
{
    for (QTranslator *translator : app.findChildren<QTranslator *>(kTag, Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QString requestedLanguage(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    return qEnvironmentVariable("COMMONGROUND_LANGUAGE");
}

QString install(QCoreApplication &app, const QString &language)
{
    const QString wanted = requestedLanguage(language);
    // Owned by the application, so they live exactly as long as it does.
    auto *ours = new QTranslator(&app);
    ours->setObjectName(kTag);
    bool loaded = false;
    if (!wanted.isEmpty())
        loaded = ours->load(kPrefix + wanted, kFolder);
    else
        loaded = ours->load(QLocale(), QStringLiteral("commonground"), QStringLiteral("_"), kFolder);
    if (!loaded) {
        delete ours;
        return {};
    }
    app.installTranslator(ours);
    // Qt's own words (the buttons of its standard dialogs) in the same language, when Qt has them.
    auto *qt = new QTranslator(&app);
    qt->setObjectName(kTag);
    const QLocale locale = wanted.isEmpty() || wanted == QLatin1String("pseudo") ? QLocale() : QLocale(wanted);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return wanted.isEmpty() ? ours->language() : wanted;
}

} // namespace cg::i18n
