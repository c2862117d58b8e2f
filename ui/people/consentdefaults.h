// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/workshop.h"

#include <QObject>
#include <QString>

class QSettings;

namespace cg {

/// How consent is being recorded right now: the method (verbal, written form, digital) and who is
/// recording. Shared by the consent panel and check-in, so the facilitator chooses the method once
/// for a morning of check-ins rather than once per person. When given settings, the choice is kept
/// for next time.
class ConsentDefaults : public QObject
{
    Q_OBJECT

public:
    /// \a settings may be null (tests, or nowhere to keep it); it must outlive this object.
    explicit ConsentDefaults(QSettings *settings = nullptr, QObject *parent = nullptr);

    /// The settings given (may be null), for other choices the people pages keep between days.
    QSettings *settings() const { return m_settings; }
    ConsentMethod method() const { return m_method; }
    void setMethod(ConsentMethod method);
    QString recordedBy() const { return m_recordedBy; }
    void setRecordedBy(const QString &name);
    /// Who to show as "recorded by": the name last used or set in the preferences, else the
    /// workshop's first facilitator.
    QString recorderFor(const Workshop &workshop) const
    {
        return m_recordedBy.isEmpty() ? workshop.facilitators.value(0) : m_recordedBy;
    }

Q_SIGNALS:
    void changed();

private:
    QSettings *m_settings = nullptr;
    ConsentMethod m_method = ConsentMethod::Verbal;
    QString m_recordedBy;
};

} // namespace cg
