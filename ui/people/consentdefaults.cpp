// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/consentdefaults.h"

#include "preferences.h"

#include <QSettings>

namespace cg {

namespace {
const QString kMethodKey = QStringLiteral("consent/method");
const QString kRecordedByKey = QStringLiteral("consent/recordedBy");
} // namespace

ConsentDefaults::ConsentDefaults(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    if (!m_settings)
        return;
    if (auto method = enumFromString<ConsentMethod>(m_settings->value(kMethodKey).toString()))
        m_method = *method;
    m_recordedBy = m_settings->value(kRecordedByKey).toString();
    // Until someone types another name, consent is recorded by the facilitator named in
    // Preferences.
    if (m_recordedBy.isEmpty())
        m_recordedBy = Preferences::load(*m_settings).facilitatorName;
}

void ConsentDefaults::setMethod(ConsentMethod method)
{
    if (method == m_method)
        return;
    m_method = method;
    if (m_settings)
        m_settings->setValue(kMethodKey, enumKey(method));
    Q_EMIT changed();
}

void ConsentDefaults::setRecordedBy(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed == m_recordedBy)
        return;
    m_recordedBy = trimmed;
    if (m_settings)
        m_settings->setValue(kRecordedByKey, trimmed);
    Q_EMIT changed();
}

} // namespace cg
