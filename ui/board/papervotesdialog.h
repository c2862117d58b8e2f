// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/workshopdata.h"

#include <QDialog>
#include <QHash>

class QSpinBox;

namespace cg {

/// Enter the dot votes cast on paper (or on a flip chart) for each note, on people's behalf.
/// One number per note; the dialog only collects them, the canvas applies them as one edit.
class PaperVotesDialog : public QDialog
{
    Q_OBJECT

public:
    PaperVotesDialog(const WorkshopData &data, const QList<QUuid> &noteIds, QWidget *parent = nullptr);

    /// The paper votes per note, as entered.
    QHash<QUuid, int> counts() const;
    void setCount(const QUuid &noteId, int count);

private:
    QHash<QUuid, QSpinBox *> m_boxes;
};

} // namespace cg
