// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QImage>

class QLabel;
class QScrollArea;

namespace cg {

class Session;

/// A photo at full size, or fitted to the window (F toggles, Escape closes). The bytes are read
/// from the workshop file when it opens.
class PhotoViewer : public QDialog
{
    Q_OBJECT

public:
    PhotoViewer(Session *session, const QUuid &attachmentId, QWidget *parent = nullptr);

    bool hasPicture() const { return !m_image.isNull(); }
    bool isFitted() const { return m_fitted; }
    void setFitted(bool fitted);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showImage();

    QImage m_image;
    QScrollArea *m_scroll;
    QLabel *m_label;
    bool m_fitted = true;
};

} // namespace cg
