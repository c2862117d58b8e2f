// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUuid>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListView;
class QPushButton;

namespace cg {

class PhotoDetails;
class PhotosModel;
class Session;
class ThumbnailCache;

/// The Photos page: photos of paper flipcharts (and other files) kept in the workshop, as
/// thumbnails, with the chosen one's caption, board and people beside them. Photos are scaled
/// down as they are added unless "Keep full size" is ticked.
class PhotosPage : public QWidget
{
    Q_OBJECT

public:
    explicit PhotosPage(Session *session, QWidget *parent = nullptr);

    /// Asks for picture files and adds them (to \a boardId, or the whole workshop).
    void addPhotosWithDialog(const QUuid &boardId = {});
    /// Adds picture files as one undoable step. Files that are not pictures (or too large) are
    /// left out and named in the message; returns how many were added.
    int addPhotoFiles(const QStringList &paths, const QUuid &boardId = {});
    bool deleteCurrent();
    void viewCurrent();

    QListView *view() const { return m_view; }
    PhotosModel *model() const { return m_model; }
    PhotoDetails *details() const { return m_details; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    QCheckBox *keepFullSize() const { return m_fullSize; }
    QUuid currentPhoto() const;
    void select(const QUuid &attachmentId);
    QString message() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onCurrentChanged();
    void updateCount();
    void say(const QString &message);

    Session *m_session;
    ThumbnailCache *m_thumbnails;
    PhotosModel *m_model;
    QLabel *m_count;
    QLabel *m_message;
    QListView *m_view;
    PhotoDetails *m_details;
    QPushButton *m_add;
    QCheckBox *m_fullSize;
    QPushButton *m_open;
    QPushButton *m_delete;
};

} // namespace cg
