// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "room/roomstartdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QNetworkInterface>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cg {

QList<RoomAddress> roomAddresses()
{
    QList<RoomAddress> networks;
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        const auto flags = interface.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp) || !flags.testFlag(QNetworkInterface::IsRunning)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            const QString name
                = interface.humanReadableName().isEmpty() ? interface.name() : interface.humanReadableName();
            networks.append({ entry.ip().toString(),
                RoomStartDialog::tr("%1 (network %2)").arg(entry.ip().toString(), name),
                RoomAddress::Kind::Network });
        }
    }
    networks.append({ QHostAddress(QHostAddress::LocalHost).toString(),
        RoomStartDialog::tr("127.0.0.1 (this computer only, for trying it out)"),
        RoomAddress::Kind::ThisComputer });
    networks.append({ QHostAddress(QHostAddress::AnyIPv4).toString(),
        RoomStartDialog::tr("0.0.0.0 (every network this computer is on)"),
        RoomAddress::Kind::EveryNetwork });
    return networks;
}

RoomStartDialog::RoomStartDialog(
    const QList<RoomAddress> &addresses, const RoomStart &suggested, Starter start, QWidget *parent)
    : QDialog(parent)
    , m_addresses(addresses)
    , m_starter(std::move(start))
    , m_address(new QComboBox(this))
    , m_addressNote(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_moderated(new QCheckBox(tr("&Notes wait for my approval before they go on a board"), this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Start room mode"));
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(
        tr("Room mode lets people send notes from their phones to this laptop. The laptop shows a small "
           "web page on the network you choose below: the venue's Wi-Fi, or this laptop's own hotspot. "
           "People open the address on the projector and type the join code. Nothing goes to the "
           "internet, and nothing leaves the room: notes arrive here and are kept in this workshop only. "
           "Notes from phones are anonymous."),
        this);
    about->setWordWrap(true);
    about->setTextFormat(Qt::PlainText);
    layout->addWidget(about);

    auto *form = new QFormLayout;
    for (const RoomAddress &address : m_addresses)
        m_address->addItem(address.label);
    m_address->setAccessibleName(tr("Network to listen on"));
    auto *addressLabel = new QLabel(tr("N&etwork:"), this);
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, m_address);
    m_addressNote->setWordWrap(true);
    m_addressNote->setTextFormat(Qt::PlainText);
    m_addressNote->setObjectName(QStringLiteral("hint"));
    form->addRow(QString(), m_addressNote);
    m_port->setRange(1024, 65535);
    m_port->setValue(std::max<int>(1024, suggested.port));
    m_port->setAccessibleName(tr("Port"));
    m_port->setToolTip(tr("Part of the address people open. 8080 suits most networks."));
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    form->addRow(portLabel, m_port);
    layout->addLayout(form);
    m_moderated->setChecked(suggested.moderated);
    m_moderated->setAccessibleName(tr("Notes wait for my approval"));
    m_moderated->setToolTip(
        tr("You read each note before it goes on a board. You can change this for each board "
           "while room mode is on."));
    layout->addWidget(m_moderated);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setObjectName(QStringLiteral("roomStartProblem"));
    m_problem->setStyleSheet(QStringLiteral("QLabel#roomStartProblem { color: #8A2A0E; font-weight: 600; }"));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_start = buttons->addButton(tr("&Start Room Mode"), QDialogButtonBox::AcceptRole);
    m_start->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RoomStartDialog::tryStart);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    // The suggestion if it is still there, else the first real network; never "every network".
    int pick = 0;
    for (int i = 0; i < m_addresses.size(); ++i) {
        if (m_addresses.at(i).kind != RoomAddress::Kind::EveryNetwork
            && m_addresses.at(i).address == suggested.address) {
            pick = i;
            break;
        }
    }
    if (m_addresses.value(pick).kind == RoomAddress::Kind::EveryNetwork)
        pick = 0;
    m_address->setCurrentIndex(pick);
    connect(m_address, &QComboBox::currentIndexChanged, this, &RoomStartDialog::updateAddressNote);
    connect(m_port, &QSpinBox::valueChanged, m_problem, &QWidget::hide);
    updateAddressNote();
    m_address->setFocus();
}

RoomStart RoomStartDialog::choice() const
{
    RoomStart start;
    start.address = m_addresses.value(m_address->currentIndex()).address;
    start.port = quint16(m_port->value());
    start.moderated = m_moderated->isChecked();
    return start;
}

QString RoomStartDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void RoomStartDialog::updateAddressNote()
{
    m_problem->hide();
    switch (m_addresses.value(m_address->currentIndex()).kind) {
    case RoomAddress::Kind::Network:
        m_addressNote->setText(
            tr("Phones on this network can open the page. Choose the network the phones are on."));
        break;
    case RoomAddress::Kind::ThisComputer:
        m_addressNote->setText(
            tr("Only this laptop can open the page: phones cannot. Use it to try room mode out."));
        break;
    case RoomAddress::Kind::EveryNetwork:
        m_addressNote->setText(
            tr("Careful: anyone on any network this laptop is connected to could open the page, "
               "not only people in the room. Choose one network above unless you know you "
               "need this."));
        break;
    }
}

void RoomStartDialog::tryStart()
{
    if (!m_starter) {
        accept();
        return;
    }
    if (auto started = m_starter(choice()); !started) {
        m_problem->setText(started.message());
        m_problem->show();
        m_port->setFocus();
        m_port->selectAll();
        return;
    }
    accept();
}

} // namespace cg
