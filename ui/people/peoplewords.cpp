// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/peoplewords.h"

#include "planning/accessneeds.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace cg {

QString PeopleWords::role(Role role)
{
    switch (role) {
    case Role::LivedExperience:
        return tr("Lived experience");
    case Role::PeerWorker:
        return tr("Peer worker");
    case Role::Practitioner:
        return tr("Practitioner");
    case Role::Researcher:
        return tr("Researcher");
    case Role::Commissioner:
        return tr("Commissioner");
    case Role::Facilitator:
        return tr("Facilitator");
    case Role::Other:
        return tr("Other");
    }
    return enumWords(role);
}

QString PeopleWords::attendance(Attendance attendance)
{
    switch (attendance) {
    case Attendance::Invited:
        return tr("Invited");
    case Attendance::Confirmed:
        return tr("Confirmed");
    case Attendance::Arrived:
        return tr("Arrived");
    case Attendance::SteppedOut:
        return tr("Stepped out");
    case Attendance::Left:
        return tr("Left");
    case Attendance::NoShow:
        return tr("Did not come");
    }
    return enumWords(attendance);
}

QString PeopleWords::scope(ConsentScope scope)
{
    switch (scope) {
    case ConsentScope::TakePart:
        return tr("Take part");
    case ConsentScope::BeNamed:
        return tr("Be named");
    case ConsentScope::BeQuoted:
        return tr("Be quoted");
    case ConsentScope::BePhotographed:
        return tr("Be photographed");
    case ConsentScope::BeRecorded:
        return tr("Be recorded");
    case ConsentScope::ContactLater:
        return tr("Contact later");
    }
    return enumWords(scope);
}

QString PeopleWords::scopeQuestion(ConsentScope scope)
{
    switch (scope) {
    case ConsentScope::TakePart:
        return tr("Happy to take part, and for what you say to be used?");
    case ConsentScope::BeNamed:
        return tr("May we use your name in reports (instead of a pseudonym)?");
    case ConsentScope::BeQuoted:
        return tr("May we quote your words exactly in reports?");
    case ConsentScope::BePhotographed:
        return tr("May photos that show you be used?");
    case ConsentScope::BeRecorded:
        return tr("May we make audio or video recordings with you in them?");
    case ConsentScope::ContactLater:
        return tr("May we contact you later about this work?");
    }
    return enumWords(scope);
}

QString PeopleWords::state(ConsentState state)
{
    switch (state) {
    case ConsentState::Granted:
        return tr("Granted");
    case ConsentState::Refused:
        return tr("Refused");
    case ConsentState::Withdrawn:
        return tr("Withdrawn");
    case ConsentState::NotRecorded:
        return tr("Not recorded");
    }
    return {};
}

QString PeopleWords::stateSymbol(ConsentState state)
{
    switch (state) {
    case ConsentState::Granted:
        return QStringLiteral("\u2714");
    case ConsentState::Refused:
        return QStringLiteral("\u2718");
    case ConsentState::Withdrawn:
        return QStringLiteral("\u2298");
    case ConsentState::NotRecorded:
        return QStringLiteral("?");
    }
    return {};
}

QIcon PeopleWords::stateIcon(ConsentState state, int size)
{
    // Drawn rather than loaded: four shapes that differ in outline as well as colour. The colours
    // are from the Okabe–Ito palette, which stays distinct for the common colour-vision types.
    QPixmap pixmap(size * 2, size * 2); // drawn at 2x so it stays crisp on high-density screens
    pixmap.setDevicePixelRatio(2.0);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const QRectF box(s * 0.1, s * 0.1, s * 0.8, s * 0.8);
    const qreal pen = qMax(1.5, s / 10.0);
    switch (state) {
    case ConsentState::Granted: {
        const QColor green(0x00, 0x7A, 0x52);
        p.setPen(Qt::NoPen);
        p.setBrush(green);
        p.drawEllipse(box);
        QPainterPath tick;
        tick.moveTo(s * 0.3, s * 0.52);
        tick.lineTo(s * 0.45, s * 0.67);
        tick.lineTo(s * 0.72, s * 0.36);
        p.setPen(QPen(Qt::white, pen, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
        break;
    }
    case ConsentState::Refused: {
        const QColor vermilion(0xB3, 0x40, 0x1E);
        p.setPen(Qt::NoPen);
        p.setBrush(vermilion);
        p.drawRoundedRect(box, s * 0.08, s * 0.08);
        p.setPen(QPen(Qt::white, pen, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        p.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    }
    case ConsentState::Withdrawn: {
        const QColor purple(0x6A, 0x3D, 0x9A);
        p.setPen(QPen(purple, pen));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2));
        p.drawLine(QPointF(s * 0.25, s * 0.75), QPointF(s * 0.75, s * 0.25));
        break;
    }
    case ConsentState::NotRecorded: {
        const QColor grey(0x5F, 0x57, 0x4F);
        QPen dashed(grey, pen, Qt::DashLine);
        p.setPen(dashed);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(box.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2));
        break;
    }
    }
    p.end();
    return QIcon(pixmap);
}

QString PeopleWords::method(ConsentMethod method)
{
    switch (method) {
    case ConsentMethod::Verbal:
        return tr("Verbal");
    case ConsentMethod::WrittenForm:
        return tr("Written form");
    case ConsentMethod::Digital:
        return tr("Digital");
    }
    return enumWords(method);
}

QString PeopleWords::paymentMethod(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::BankTransfer:
        return tr("Bank transfer");
    case PaymentMethod::Voucher:
        return tr("Voucher");
    case PaymentMethod::Cash:
        return tr("Cash");
    case PaymentMethod::Declined:
        return tr("Declined payment");
    }
    return enumWords(method);
}

QString PeopleWords::paymentStatus(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Owed:
        return tr("Owed");
    case PaymentStatus::Paid:
        return tr("Paid");
    }
    return enumWords(status);
}

QString PeopleWords::accessNeeds(const QList<AccessNeed> &needs)
{
    QStringList words;
    for (AccessNeed need : needs)
        words << accessNeedWords(need);
    return words.join(tr(", "));
}

} // namespace cg
