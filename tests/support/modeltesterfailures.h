// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QtGlobal>

namespace cg::test {

/// Collects what QAbstractItemModelTester reports (in Warning mode it logs "FAIL! ..." through
/// qWarning), so that a broken begin/end sequence fails the Catch test instead of aborting it.
class TesterFailures
{
public:
    TesterFailures()
    {
        s_failures.clear();
        m_previous = qInstallMessageHandler(&TesterFailures::handle);
    }
    ~TesterFailures() { qInstallMessageHandler(m_previous); }
    TesterFailures(const TesterFailures &) = delete;
    TesterFailures &operator=(const TesterFailures &) = delete;
    QStringList failures() const { return s_failures; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &, const QString &message)
    {
        if (type != QtDebugMsg && message.contains(QStringLiteral("FAIL")))
            s_failures << message;
    }
    static inline QStringList s_failures;
    QtMessageHandler m_previous = nullptr;
};

} // namespace cg::test
