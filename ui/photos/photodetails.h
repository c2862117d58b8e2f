// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "actions/editorpanel.h"
#include "model/attachment.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cg {

/// One photo: a preview, its size, the caption, the board it belongs to and who is in it, and
/// what that means for the share-back report (consent rule 4: only when everyone shown agreed to
/// be photographed), worked out by the ConsentPolicy as the people are ticked.
class PhotoDetails : public EditorPanel
{
    Q_OBJECT

public:
    explicit PhotoDetails(Session *session, QWidget *parent = nullptr);

    QLineEdit *captionEdit() const { return m_caption; }
    QComboBox *boardBox() const { return m_board; }
    QLineEdit *peopleSearch() const { return m_search; }
    QListWidget *peopleList() const { return m_people; }
    QLabel *consentLine() const { return m_consent; }
    QPushButton *viewButton() const { return m_view; }
    /// Ticks (or unticks) whether \a participantId is shown.
    void setShown(const QUuid &participantId, bool shown);

Q_SIGNALS:
    void viewRequested(const QUuid &attachmentId);

protected:
    bool concerns(const Change &change) const override;
    void load(const QUuid &id) override;
    Result<QUuid> write() override;
    QString headingFor(bool isNew) const override;

private:
    QList<QUuid> shownPeople() const;
    void filterPeople(const QString &text);
    void updateConsentLine();

    QLabel *m_preview;
    QLabel *m_info;
    QLineEdit *m_caption;
    QComboBox *m_board;
    QLineEdit *m_search;
    QListWidget *m_people;
    QLabel *m_consent;
    QPushButton *m_view;
    QUuid m_previewOf;
};

} // namespace cg
