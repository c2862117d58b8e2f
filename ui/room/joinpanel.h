// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

namespace cg {

/// The strip beside the projected slide while room mode is on: how to join (the address to open,
/// the code in large letters, a QR code that opens the page with the code filled in). Painted, so
/// that its type grows with the projector's picture like the slide's.
class JoinPanel : public QWidget
{
    Q_OBJECT

public:
    explicit JoinPanel(QWidget *parent = nullptr);

    void setRoom(const QString &url, const QString &code);
    QString url() const { return m_url; }
    QString code() const { return m_code; }
    /// The code as shown: in groups of three, easier to read aloud and to copy.
    QString shownCode() const;
    const QImage &qrImage() const { return m_qr; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_url;
    QString m_code;
    QImage m_qr;
};

} // namespace cg
