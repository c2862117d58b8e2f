// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "preferences.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace cg {

/// Edits the Preferences; the caller stores them.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(const Preferences &preferences, QWidget *parent = nullptr);
    Preferences preferences() const;

private:
    QLineEdit *m_name;
    QSpinBox *m_interfaceSize;
    QSpinBox *m_presenterSize;
    QCheckBox *m_reopen;
    QSpinBox *m_backups;
    QCheckBox *m_highContrast;
};

} // namespace cg
