// SPDX-FileCopyrightText: 2026 Common Ground contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every people widget renders on the demo workshop. With CG_PEOPLE_PNG_DIR set, the pictures are
// also saved there (people-*.png), for looking at them as a facilitator would.
#include "io/demoworkshop.h"
#include "look.h"
#include "people/accessneedssummary.h"
#include "people/checkinconsentform.h"
#include "people/checkinview.h"
#include "people/consentdefaults.h"
#include "people/consentpanel.h"
#include "people/csvimportdialog.h"
#include "people/paymentsview.h"
#include "people/peopleexportdialog.h"
#include "people/peopletablemodel.h"
#include "people/peopleview.h"
#include "people/withdrawaldialog.h"
#include "session/session.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QTableView>
#include <QTest>

using namespace cg;

namespace {

QUuid personNamed(const Session &session, const QString &name)
{
    for (const Participant &p : session.data().participants) {
        if (p.displayName == name)
            return p.id;
    }
    return {};
}

/// The app's look for the length of a test, as app/ sets it for the whole application.
class AppLook
{
public:
    AppLook()
        : m_palette(QApplication::palette())
        , m_styleSheet(qApp->styleSheet())
    {
        QApplication::setPalette(look::warmPalette());
        qApp->setStyleSheet(look::styleSheet(11));
    }
    ~AppLook()
    {
        qApp->setStyleSheet(m_styleSheet);
        QApplication::setPalette(m_palette);
    }

private:
    QPalette m_palette;
    QString m_styleSheet;
};

/// Renders \a widget at \a size (or, when only a width is given, at the height its content
/// needs at that width); saves it when asked to.
QPixmap render(QWidget &widget, QSize size, const QString &name)
{
    widget.setAutoFillBackground(true);
    if (size.height() <= 0) {
        widget.setFixedWidth(size.width());
        widget.adjustSize();
    } else {
        widget.resize(size);
    }
    widget.show();
    QCoreApplication::processEvents();
    const QPixmap picture = widget.grab();
    const QString dir = qEnvironmentVariable("CG_PEOPLE_PNG_DIR");
    if (!dir.isEmpty())
        picture.save(QDir(dir).filePath(QStringLiteral("people-%1.png").arg(name)));
    return picture;
}

} // namespace

TEST_CASE("People widgets render the demo workshop", "[ui][people][render]")
{
    AppLook look;
    test::TempDir dir;
    auto created = Session::createFrom(dir.path(QStringLiteral("demo.cgw")), io::demoWorkshop());
    REQUIRE(created.ok());
    Session &session = **created;
    const QUuid siobhan = personNamed(session, QStringLiteral("Siobhán O'Neill"));
    REQUIRE_FALSE(siobhan.isNull());
    ConsentDefaults defaults;

    SECTION("People view with the details and consent of one person")
    {
        PeopleView view(&session, nullptr, &defaults);
        view.selectParticipant(siobhan);
        CHECK(view.table()->model()->rowCount() == int(session.data().participants.size()));
        CHECK_FALSE(render(view, { 1400, 860 }, QStringLiteral("view")).isNull());
        view.showConsent();
        CHECK_FALSE(render(view, { 1400, 860 }, QStringLiteral("consent")).isNull());
    }
    SECTION("Check-in, list and consent questions")
    {
        CheckInView view(&session, nullptr, &defaults);
        QTest::keyClicks(view.searchField(), QStringLiteral("o"));
        CHECK(view.list()->model()->rowCount() > 1);
        CHECK_FALSE(render(view, { 1100, 800 }, QStringLiteral("checkin")).isNull());
        // "o" fits several people: nobody is chosen until Down picks the first.
        CHECK(view.currentParticipant().isNull());
        QTest::keyClick(view.searchField(), Qt::Key_Down);
        REQUIRE_FALSE(view.currentParticipant().isNull());
        REQUIRE(view.arrive().ok());
        view.consentForm()->row(ConsentScope::TakePart)->setAnswer(ConsentChoiceRow::Answer::Yes);
        view.consentForm()->row(ConsentScope::BeNamed)->setAnswer(ConsentChoiceRow::Answer::No);
        CHECK_FALSE(render(view, { 1100, 900 }, QStringLiteral("checkin-consent")).isNull());
    }
    SECTION("Withdrawal dialog")
    {
        WithdrawalDialog dialog(&session, siobhan, &defaults);
        CHECK_FALSE(render(dialog, { 640, 0 }, QStringLiteral("withdraw")).isNull());
    }
    SECTION("Import preview with a problem row")
    {
        CsvImportDialog dialog(&session);
        dialog.loadBytes("name,role,organisation,email,take_part,be_named,favourite colour\n"
                         "Lena Fischer,lived experience,,lena@example.com,yes,no,green\n"
                         "Omar Haddad,carer,Carers Hub,omar@example,yes,,blue\n"
                         ",practitioner,Ward 4,,yes,yes,\n"
                         "Ruth Ellis,peer worker,Mind,,maybe,,\n",
            QStringLiteral("signup-sheet.csv"));
        CHECK_FALSE(dialog.canImport());
        CHECK_FALSE(render(dialog, { 1100, 640 }, QStringLiteral("import")).isNull());
    }
    SECTION("Export dialog")
    {
        PeopleExportDialog dialog(&session);
        CHECK_FALSE(render(dialog, { 560, 0 }, QStringLiteral("export")).isNull());
    }
    SECTION("Access needs summary, team and public")
    {
        AccessNeedsSummaryView team(&session);
        CHECK(team.summaryText().contains(QStringLiteral("Rebecca Hughes")));
        CHECK_FALSE(render(team, { 700, 620 }, QStringLiteral("access-team")).isNull());
        AccessNeedsSummaryView shared(&session, nullptr, Audience::Public);
        CHECK_FALSE(shared.summaryText().contains(QStringLiteral("Rebecca Hughes")));
        CHECK_FALSE(render(shared, { 700, 460 }, QStringLiteral("access-public")).isNull());
    }
    SECTION("Payments")
    {
        PaymentsView view(&session);
        view.selectParticipant(personNamed(session, QStringLiteral("Chloé Martin")));
        CHECK(view.totalsText().contains(QStringLiteral("£")));
        CHECK_FALSE(render(view, { 1400, 860 }, QStringLiteral("payments")).isNull());
    }
}
