// The application's pooling, brief and presenting workflows, driven through
// the real main window under the offscreen platform, and checked against
// the command line where both answer the same question. Fixture scores
// (three-pillar fixture, tests/app/AppTestSupport.h):
//   XAA 79.53, YBB 63.00; XAA + YBB pooled (as XYBLOC):
//   a1 50 (only X), a2 10 + 100 = 110 -> 1, Alpha 0.75; b1 10 -> 0.8;
//   c1 max 25 -> 1: 100 * (0.75 * 0.8)^(1/4) = 88.01, +8.48 over XAA.

#include "AppTestSupport.h"
#include "FixtureWindow.h"

#include "MainWindow.h"
#include "Session.h"
#include "dialogs/BlocBuilderDialog.h"
#include "models/BlocPreviewModel.h"
#include "models/MemberChoiceModel.h"
#include "models/PartnerModel.h"
#include "widgets/PartnersPanel.h"
#include "widgets/PresentationWindow.h"
#include "widgets/ProfileListPanel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace aisov::test;

namespace {

const double kXScore = 100.0 * std::pow(0.4, 0.25);
const double kPairScore = 100.0 * std::pow(0.6, 0.25);

using OpenWindow = FixtureWindow;

// Runs aisov-cli with `arguments` and parses its JSON output.
QJsonObject cliJson(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(AISOV_CLI), arguments);
    REQUIRE(process.waitForFinished(60000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitCode() == 0);
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

TEST_CASE("The partner finder ranks as the CLI does")
{
    OpenWindow app;
    app.window.tabs()->setCurrentWidget(app.window.partnersPanel());
    app.window.profileList()->selectCode(QStringLiteral("XAA"));
    PartnerModel* model = app.window.partnersPanel()->partnerModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    // XYBLOC holds XAA already: YBB is the only partner.
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, PartnerModel::PartnerColumn).data().toString() ==
          QStringLiteral("Country Y (YBB)"));
    CHECK(model->index(0, PartnerModel::PooledColumn).data().toString() ==
          QStringLiteral("88.0 %"));
    CHECK(model->index(0, PartnerModel::GainColumn).data().toString() ==
          QStringLiteral("+8.5 points"));

    const QJsonObject cli =
        cliJson({QStringLiteral("partners"), QStringLiteral("XAA"), QStringLiteral("--db"),
                 app.database, QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray partners = cli.value(QStringLiteral("partners")).toArray();
    REQUIRE(partners.size() == 1);
    const auto& ranking = model->ranking();
    CHECK(partners[0].toObject().value(QStringLiteral("code")).toString().toStdString() ==
          ranking.partners[0].code);
    CHECK(partners[0].toObject().value(QStringLiteral("pair_score")).toDouble() ==
          Approx(*ranking.partners[0].pairScore).epsilon(1e-12));
    CHECK(*ranking.partners[0].pairScore == Approx(kPairScore).epsilon(1e-9));

    // YBB gains Beta from XAA: the requirement newly met is named.
    app.window.profileList()->selectCode(QStringLiteral("YBB"));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, PartnerModel::NewlyMetColumn).data().toString() ==
          QStringLiteral("Beta"));
}

TEST_CASE("The Partners tab ranks only while it is shown, and catches up when shown")
{
    OpenWindow app;
    PartnerModel* model = app.window.partnersPanel()->partnerModel();
    // On the Profile tab: choosing a profile does not rank its partners yet.
    app.window.profileList()->selectCode(QStringLiteral("XAA"));
    CHECK(model->code().isEmpty());
    CHECK(model->rowCount() == 0);
    app.window.tabs()->setCurrentWidget(app.window.partnersPanel());
    CHECK(model->code() == QStringLiteral("XAA"));
    CHECK(model->rowCount() == 1);
    // Shown: an edit elsewhere reaches the ranking at once.
    const double before = *model->ranking().partners[0].pairScore;
    app.session.setPillarWeight(QStringLiteral("a"), 3.0);
    CHECK(*model->ranking().partners[0].pairScore != Approx(before));
}

TEST_CASE("A bloc of two built in the app scores what the CLI gives it, and saving is undoable")
{
    OpenWindow app;
    app.window.profileList()->selectCode(QStringLiteral("XAA"));
    app.window.buildBloc({QStringLiteral("XAA"), QStringLiteral("YBB")});
    auto* dialog = app.window.findChild<BlocBuilderDialog*>();
    REQUIRE(dialog != nullptr);
    QAbstractItemModelTester members(dialog->memberModel(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester preview(dialog->previewModel(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal);
    BlocPreviewModel* model = dialog->previewModel();
    REQUIRE(model->rowCount() == 4); // two members, the bloc, the gain
    CHECK(model->index(model->blocRow(), BlocPreviewModel::OverallColumn).data().toString() ==
          QStringLiteral("88.0 %"));
    CHECK(model->index(model->gainRow(), BlocPreviewModel::OverallColumn).data().toString() ==
          QStringLiteral("+8.5"));
    // Alpha: the bloc's 75 against YBB's 100.
    CHECK(model->index(model->gainRow(), BlocPreviewModel::FirstPillarColumn).data().toString() ==
          QStringLiteral("-25.0"));

    // The same pair as a CLI coalition.
    const QJsonObject cli = cliJson({QStringLiteral("score"), QStringLiteral("--db"), app.database,
                                     QStringLiteral("--coalition"), QStringLiteral("PAIR=XAA,YBB"),
                                     QStringLiteral("--codes"), QStringLiteral("PAIR"),
                                     QStringLiteral("--format"), QStringLiteral("json")});
    const double cliScore = cli.value(QStringLiteral("results"))
                                .toArray()[0]
                                .toObject()
                                .value(QStringLiteral("score"))
                                .toDouble();
    CHECK(*model->preview()->result.score == Approx(cliScore).epsilon(1e-12));

    auto* code = dialog->findChild<QLineEdit*>(QStringLiteral("blocCode"));
    QTest::keyClicks(code, QStringLiteral("XY2"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("blocName")),
                     QStringLiteral("X and Y again"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveBlocButton")),
                      Qt::LeftButton);
    const aisov::Profile* saved = app.session.profile(QStringLiteral("XY2"));
    REQUIRE(saved != nullptr);
    CHECK(saved->kind == aisov::ProfileKind::Bloc);
    CHECK(saved->members == std::vector<std::string>{"XAA", "YBB"});
    CHECK(*app.session.result(QStringLiteral("XY2"))->score == Approx(kPairScore).epsilon(1e-9));
    CHECK(app.window.profileList()->currentCode() == QStringLiteral("XY2"));

    app.session.undoStack()->undo();
    CHECK(app.session.profile(QStringLiteral("XY2")) == nullptr);
}

TEST_CASE("A bloc the store would refuse is refused in place, and nothing is saved")
{
    OpenWindow app;
    app.window.buildBloc({QStringLiteral("XAA")});
    auto* dialog = app.window.findChild<BlocBuilderDialog*>();
    REQUIRE(dialog != nullptr);
    auto* problem = dialog->findChild<QLabel*>(QStringLiteral("blocProblem"));
    // No code yet.
    CHECK_FALSE(dialog->saveBloc());
    CHECK(problem->text() == QStringLiteral("Give the bloc a code."));
    // A code that is already a profile's.
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("blocCode")),
                     QStringLiteral("YBB"));
    CHECK_FALSE(dialog->saveBloc());
    CHECK(problem->text().contains(QStringLiteral("YBB")));
    CHECK(app.session.profiles().size() == 3);
    CHECK_FALSE(app.session.undoStack()->canUndo());
    // No member left: nothing to preview or save.
    dialog->setMembers({});
    CHECK(problem->text() == QStringLiteral("Check at least one member."));
    CHECK_FALSE(dialog->findChild<QPushButton*>(QStringLiteral("saveBlocButton"))->isEnabled());
}

TEST_CASE("The bloc builder starts from the EU-27's members")
{
    QTemporaryDir directory;
    Session session;
    MainWindow window(session);
    REQUIRE(window.openDatabase(directory.filePath(QStringLiteral("bundled.sqlite")), true));
    window.buildBloc({});
    auto* dialog = window.findChild<BlocBuilderDialog*>();
    REQUIRE(dialog != nullptr);
    auto* fromEu = dialog->findChild<QPushButton*>(QStringLiteral("startFromEuButton"));
    REQUIRE(fromEu->isEnabled());
    QTest::mouseClick(fromEu, Qt::LeftButton);
    // Every EU-27 member that is a stored country is checked, in the bloc's order.
    QStringList expected;
    for (const auto& member : session.profile(QStringLiteral("EU27"))->members)
        if (session.profile(QString::fromStdString(member)) != nullptr)
            expected.append(QString::fromStdString(member));
    CHECK(expected.size() >= 20);
    CHECK(dialog->members() == expected);
    CHECK(dialog->previewModel()->rowCount() == expected.size() + 2);
}

TEST_CASE("The country brief is a one-page PDF whose text holds the score")
{
    OpenWindow app;
    app.window.profileList()->selectCode(QStringLiteral("XAA"));
    const QString path = app.directory.filePath(QStringLiteral("XAA brief.pdf"));
    REQUIRE(app.window.exportCountryBrief(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.contains("/Count 1"));
    const QString text = pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Country X (XAA)")));
    CHECK(text.contains(QStringLiteral("%1%").arg(kXScore, 0, 'f', 1)));
    CHECK(text.contains(QStringLiteral("3 of 3 requirements met")));
}

TEST_CASE("Presentation mode reveals one profile per key press and Esc leaves")
{
    OpenWindow app;
    app.window.profileList()->selectCodes({QStringLiteral("XAA"), QStringLiteral("YBB")});
    QPointer<PresentationWindow> presentation = app.window.startPresentation();
    REQUIRE(presentation != nullptr);
    REQUIRE(QTest::qWaitForWindowExposed(presentation.data()));
    CHECK(presentation->isFullScreen());
    CHECK(presentation->stepCount() == 2);
    CHECK(presentation->visibleChart().profiles.size() == 1);
    QTest::keyClick(presentation.data(), Qt::Key_Right);
    CHECK(presentation->visibleChart().profiles.size() == 2);
    QTest::keyClick(presentation.data(), Qt::Key_Right); // the last step stays
    CHECK(presentation->currentStep() == 1);
    QTest::keyClick(presentation.data(), Qt::Key_Left);
    CHECK(presentation->visibleChart().profiles.size() == 1);
    CHECK(presentation->accessibleDescription().contains(QStringLiteral("Step 1 of 2")));
    QTest::keyClick(presentation.data(), Qt::Key_Escape);
    QTRY_VERIFY(presentation.isNull());
}
