// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace cg {

/// How room mode is to run: where it listens and whether notes wait for approval.
struct RoomStart
{
    /// In digits ("192.168.1.20"); a string so that no header of cg_ui needs Qt Network. Empty
    /// before the first start: the dialog then offers the first network it finds.
    QString address;
    quint16 port = 8080;
    bool moderated = true;
};

/// One address room mode can listen on, as the facilitator reads it.
struct RoomAddress
{
    QString address;
    QString label; // "192.168.1.20 (wlan0)"
    enum class Kind { Network, ThisComputer, EveryNetwork } kind = Kind::Network;
};

/// The IPv4 addresses of this computer's networks that are up (the venue's Wi-Fi, the laptop's
/// hotspot, a cable), then this computer only (loopback), then every network at once, which is
/// listed last and never preselected.
QList<RoomAddress> roomAddresses();

/// Room mode → Start: says in plain words what happens, and asks where to listen, on which port
/// and whether notes wait. Start tries at once (through the function it is given) and keeps the
/// dialog open with the reason when it fails (a port in use), so nothing is typed twice.
class RoomStartDialog : public QDialog
{
    Q_OBJECT

public:
    using Starter = std::function<Result<void>(const RoomStart &)>;

    RoomStartDialog(const QList<RoomAddress> &addresses, const RoomStart &suggested, Starter start,
        QWidget *parent = nullptr);

    RoomStart choice() const;
    QComboBox *addressBox() const { return m_address; }
    QSpinBox *portBox() const { return m_port; }
    QCheckBox *moderatedBox() const { return m_moderated; }
    QPushButton *startButton() const { return m_start; }
    /// The reason the last try failed, or why the chosen address needs care; empty otherwise.
    QString problemText() const;

private:
    void updateAddressNote();
    void tryStart();

    QList<RoomAddress> m_addresses;
    Starter m_starter;
    QComboBox *m_address;
    QLabel *m_addressNote;
    QSpinBox *m_port;
    QCheckBox *m_moderated;
    QLabel *m_problem;
    QPushButton *m_start;
};

} // namespace cg
