// The Levers tab under the offscreen platform: the levers and templates of
// the current profile, ranked by aisov_core on a worker thread, and turned
// into scenarios with one click (undoable), checked against the core
// functions and `aisov-cli levers`.
//
// Three-pillar fixture (AppTestSupport.h; pillars Alpha, Beta, Gamma,
// weights 1, 1, 2, geometric; one step = 10 % of the goalpost range):
//   XAA now: Alpha 0.5, Beta 0.8, Gamma 1: 100 * 0.4^(1/4) = 79.53 (High, the top band).
//   b1 10 (lower is better, 0..50) -> 0.8; one step to 0.9 = 5 %: Beta 0.9,
//     100 * 0.45^(1/4) = 81.904, gain +2.377, the largest.
//   a1 50 -> 60 % or a2 10 -> 10^1.2 = 15.85: Alpha 0.55, 100 * 0.44^(1/4) = 81.45, +1.92.
//   c1 25 is above its best goalpost: no gain.
//   YBB: Alpha 1, no Beta, Gamma 0.5: 0.5^(2/3) = 63.0 (Mid); next band High from 75.
//   Its levers: c1 15 -> 16, Gamma 0.6: 100 * 0.6^(2/3) = 71.14, +8.14, the largest;
//   a1 or b1 (missing) start from their worst goalpost and lower the score.

#include "../CliRunner.h"
#include "AppTestSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "models/InvestmentTemplateModel.h"
#include "models/LeverModel.h"
#include "models/ScenarioComparisonModel.h"
#include "widgets/ChartView.h"
#include "widgets/LeversPanel.h"
#include "widgets/ProfileListPanel.h"
#include "widgets/ScenarioPanel.h"

#include "aisov/BundledData.h"
#include "aisov/InvestmentTemplate.h"
#include "aisov/Levers.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace aisov::test;

namespace {

const QString kX = QStringLiteral("XAA");
const QString kY = QStringLiteral("YBB");
const double kXScore = 100.0 * std::pow(0.4, 0.25);
const double kXWithBetaStep = 100.0 * std::pow(0.45, 0.25);

struct OpenWindow
{
    QTemporaryDir directory;
    QString database = directory.filePath(QStringLiteral("team.sqlite"));
    Session session;
    MainWindow window{session};

    // The three-pillar fixture, or (bundled) a new database seeded with the
    // default methodology and the bundled profiles.
    explicit OpenWindow(bool bundled = false)
    {
        if (!bundled)
            createFixtureDatabase(database);
        REQUIRE(window.openDatabase(database, bundled));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
    LeversPanel* panel() const { return window.leversPanel(); }
    // Shows the Levers tab for `code` and waits for its answer.
    void showLevers(const QString& code)
    {
        window.profileList()->selectCode(code);
        window.tabs()->setCurrentWidget(panel());
        waitForLevers();
    }
    void waitForLevers() const
    {
        REQUIRE(QTest::qWaitFor([this] { return !panel()->isComputing(); }, 30000));
    }
    // Selects the row of `table` whose source row is `sourceRow`.
    static void selectSourceRow(QTableView* table, int sourceRow)
    {
        const auto* sorted = static_cast<const QSortFilterProxyModel*>(table->model());
        const QModelIndex index = sorted->mapFromSource(sorted->sourceModel()->index(sourceRow, 0));
        table->selectRow(index.row());
    }
};

QJsonObject cliJson(const std::vector<std::string>& arguments)
{
    const CliRun run = runCli(arguments);
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    return QJsonDocument::fromJson(QByteArray::fromStdString(run.out)).object();
}

} // namespace

TEST_CASE("The Levers tab ranks the levers as core and the CLI do")
{
    OpenWindow app;
    QAbstractItemModelTester levers(app.panel()->leverModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester templates(app.panel()->templateModel(),
                                       QAbstractItemModelTester::FailureReportingMode::Fatal);
    app.showLevers(kX);
    const LeverModel* model = app.panel()->leverModel();
    REQUIRE(model->rowCount() == 4);
    CHECK(model->index(0, LeverModel::IndicatorColumn).data().toString() == QStringLiteral("b1"));
    CHECK(model->index(0, LeverModel::NowColumn).data().toString() == QStringLiteral("10 %"));
    CHECK(model->index(0, LeverModel::GainColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral(" to 5 %: overall score 79.5 % → 81.9 %")));
    CHECK(model->index(0, LeverModel::GainColumn).data().toString() ==
          QStringLiteral("+2.38 points"));
    // XAA is in the top band: there is no next band to reach.
    CHECK(model->index(0, LeverModel::ChangeForNextBandColumn).data().toString() ==
          QStringLiteral("top band"));
    CHECK(model->levers().levers[0].gain == Approx(kXWithBetaStep - kXScore).epsilon(1e-9));

    // The same numbers as core's analyzeLeversAmong over the stored profiles...
    const auto& analysis = *app.session.analysis();
    const aisov::LeverAnalysis core = aisov::analyzeLeversAmong(
        analysis.profiles(), *analysis.indexOf("XAA"), app.session.methodology());
    REQUIRE(core.levers.size() == model->levers().levers.size());
    for (std::size_t i = 0; i < core.levers.size(); ++i) {
        CHECK(core.levers[i].indicator == model->levers().levers[i].indicator);
        CHECK(core.levers[i].gain == model->levers().levers[i].gain);
    }
    // ... and as `aisov-cli levers` prints them.
    const QJsonObject cli =
        cliJson({"levers", "XAA", "--db", app.database.toStdString(), "--format", "json"});
    const QJsonArray cliLevers = cli.value(QStringLiteral("levers")).toArray();
    REQUIRE(cliLevers.size() == 4);
    CHECK(cliLevers[0].toObject().value(QStringLiteral("indicator")).toString() ==
          QStringLiteral("b1"));
    CHECK(cliLevers[0].toObject().value(QStringLiteral("gain")).toDouble() ==
          Approx(core.levers[0].gain).epsilon(1e-12));

    // The chart shows the same levers, largest first.
    const auto& chart = app.panel()->chart()->chartData();
    REQUIRE(chart.levers);
    REQUIRE(chart.levers->levers.size() == 4);
    CHECK(chart.levers->levers[0].gain == core.levers[0].gain);

    // YBB, in Mid, has a next band (High from 75) for some levers.
    app.window.profileList()->selectCode(kY);
    app.waitForLevers();
    REQUIRE(model->levers().nextBand);
    CHECK(model->levers().nextBand->from == 75.0);
    CHECK(app.panel()->templateModel()->rowCount() == 0); // no bundled template fits the fixture
}

TEST_CASE(
    "Make Scenario turns a lever into a scenario whose delta is the lever's gain; undo removes it")
{
    OpenWindow app;
    app.showLevers(kX);
    LeversPanel* panel = app.panel();
    auto* make = panel->findChild<QPushButton*>(QStringLiteral("makeScenarioButton"));
    REQUIRE(make != nullptr);
    CHECK_FALSE(make->isEnabled()); // nothing chosen yet
    OpenWindow::selectSourceRow(panel->leverTable(), 0);
    REQUIRE(make->isEnabled());
    const aisov::Lever lever = panel->leverModel()->levers().levers[0];
    QTest::mouseClick(make, Qt::LeftButton);

    // The new scenario is shown, chosen, on the Scenarios tab.
    const QString name = QStringLiteral("Lever: b1 to 5 %");
    CHECK(app.window.tabs()->currentWidget() == app.window.scenarioPanel());
    CHECK(app.window.scenarioPanel()->currentScenario() == name);
    const auto scenario = app.session.scenario(kX, name);
    REQUIRE(scenario);
    REQUIRE(scenario->overrides.size() == 1);
    CHECK(scenario->overrides[0].indicator == "b1");
    CHECK(scenario->overrides[0].value == lever.improvedValue);
    const aisov::ScenarioDelta* delta =
        app.window.scenarioPanel()->comparisonModel()->scenarioDelta(name);
    REQUIRE(delta != nullptr);
    REQUIRE(delta->change());
    // The gain core computes, the CLI prints and the hand computation gives.
    const QJsonObject cli =
        cliJson({"levers", "XAA", "--db", app.database.toStdString(), "--format", "json"});
    const double cliGain = cli.value(QStringLiteral("levers"))
                               .toArray()[0]
                               .toObject()
                               .value(QStringLiteral("gain"))
                               .toDouble();
    CHECK(*delta->change() == Approx(lever.gain).epsilon(1e-9));
    CHECK(*delta->change() == Approx(cliGain).epsilon(1e-9));
    CHECK(*delta->change() == Approx(kXWithBetaStep - kXScore).epsilon(1e-9));

    // One undo step, which removes it.
    CHECK(app.session.undoStack()->undoText() ==
          QStringLiteral("New scenario %1 of XAA").arg(name));
    app.session.undoStack()->undo();
    CHECK_FALSE(app.session.scenario(kX, name));
    app.session.undoStack()->redo();
    CHECK(app.session.scenario(kX, name));
}

TEST_CASE("A lever to the next band, by double-click or context menu, reaches that band")
{
    OpenWindow app;
    app.showLevers(kY);
    LeversPanel* panel = app.panel();
    const auto& levers = panel->leverModel()->levers().levers;
    const auto reaching = std::find_if(levers.begin(), levers.end(),
                                       [](const aisov::Lever& l) { return l.valueForNextBand; });
    REQUIRE(reaching != levers.end());
    aisov::Lever lever = *reaching; // a copy: the table is computed again later
    OpenWindow::selectSourceRow(panel->leverTable(), static_cast<int>(reaching - levers.begin()));
    panel->makeNextBandScenario();
    const QString scenarioName = app.window.scenarioPanel()->currentScenario();
    REQUIRE(scenarioName.startsWith(QStringLiteral("Lever: ")));
    const auto scenario = app.session.scenario(kY, scenarioName);
    REQUIRE(scenario);
    CHECK(scenario->overrides[0].value == *lever.valueForNextBand);
    // The smallest value reaching "High" (from 75) puts YBB at 75 or just above.
    const aisov::ScoreResult result = app.session.scenarioResult(*scenario);
    CHECK(result.band == "High");

    // Back on the Levers tab, which now starts from the scenario just made
    // (the one chosen on the Scenarios tab): start from the profile again.
    app.window.tabs()->setCurrentWidget(panel);
    CHECK(panel->scenario() == scenarioName);
    panel->setScenario({});
    app.waitForLevers();
    OpenWindow::selectSourceRow(panel->leverTable(), 0);
    // YBB's largest gain: c1 15 -> 16 (Gamma 0.6), 100 * 0.6^(2/3) = 71.14, +8.14.
    const QString oneStep = QStringLiteral("Lever: c1 to 16 score");
    panel->makeScenario();
    CHECK(app.session.scenario(kY, oneStep));

    // Double-click makes it again; the second one gets a number.
    app.window.tabs()->setCurrentWidget(panel);
    panel->setScenario({});
    app.waitForLevers();
    OpenWindow::selectSourceRow(panel->leverTable(), 0);
    const QModelIndex first = panel->leverTable()->selectionModel()->selectedRows().front();
    QSignalSpy doubleClicks(panel->leverTable(), &QAbstractItemView::doubleClicked);
    // A double-click is a press and release, then the double-click event.
    const QPoint centre = panel->leverTable()->visualRect(first).center();
    QTest::mouseClick(panel->leverTable()->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(panel->leverTable()->viewport(), Qt::LeftButton, {}, centre);
    CHECK(doubleClicks.count() == 1);
    CHECK(app.session.scenario(kY, oneStep + QStringLiteral(" (2)")));
}

TEST_CASE("The levers start from the scenario chosen on the Scenarios tab and follow edits")
{
    OpenWindow app;
    app.window.profileList()->selectCode(kX);
    const QString plan = QStringLiteral("plan");
    app.session.createScenario(kX, plan, {});
    aisov::IndicatorValue beta;
    beta.indicator = "b1";
    beta.value = 5.0;
    app.session.setScenarioOverride(kX, plan, beta);
    app.window.tabs()->setCurrentWidget(app.window.scenarioPanel());
    app.window.scenarioPanel()->selectScenario(plan);
    app.window.tabs()->setCurrentWidget(app.panel());
    app.waitForLevers();
    CHECK(app.panel()->scenario() == plan);
    CHECK(app.panel()->startChoice()->currentText() == QStringLiteral("Scenario plan"));
    // From the scenario: score 81.90 (Beta 0.9), as the scenario scores.
    const auto& levers = app.panel()->leverModel()->levers();
    REQUIRE(levers.score);
    CHECK(*levers.score == Approx(kXWithBetaStep).epsilon(1e-9));

    // A lever from the scenario keeps the scenario's overrides.
    OpenWindow::selectSourceRow(app.panel()->leverTable(), 0);
    const aisov::Lever lever = app.panel()->leverModel()->levers().levers[0];
    app.panel()->makeScenario();
    const QString made = app.window.scenarioPanel()->currentScenario();
    CHECK(made.startsWith(QStringLiteral("plan + lever: ")));
    const auto scenario = app.session.scenario(kX, made);
    REQUIRE(scenario);
    CHECK(scenario->overrides.size() == (lever.indicator == "b1" ? 1u : 2u));

    // Back to the profile as it is; an edit of a value recomputes the levers.
    app.window.tabs()->setCurrentWidget(app.panel());
    app.panel()->setScenario({});
    app.waitForLevers();
    CHECK(*app.panel()->leverModel()->levers().score == Approx(kXScore).epsilon(1e-9));
    aisov::IndicatorValue a1 = *app.session.profile(kX)->findValue("a1");
    a1.value = 100.0; // Alpha 0.75: 100 * 0.6^(1/4) = 88.01
    app.session.setValue(kX, a1);
    app.waitForLevers();
    CHECK(*app.panel()->leverModel()->levers().score ==
          Approx(100.0 * std::pow(0.6, 0.25)).epsilon(1e-9));
}

TEST_CASE("A template becomes a scenario holding templateOverrides; undo removes it")
{
    OpenWindow app(true);
    const QString che = QStringLiteral("CHE");
    app.showLevers(che);
    LeversPanel* panel = app.panel();
    InvestmentTemplateModel* model = panel->templateModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == static_cast<int>(aisov::bundledInvestmentTemplates().size()));

    // Ranked as `aisov-cli levers --templates` ranks them.
    const QJsonObject cli = cliJson(
        {"levers", "CHE", "--templates", "--db", app.database.toStdString(), "--format", "json"});
    const QJsonArray cliTemplates = cli.value(QStringLiteral("templates")).toArray();
    REQUIRE(cliTemplates.size() == model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QJsonObject each = cliTemplates[row].toObject();
        CHECK(each.value(QStringLiteral("id")).toString().toStdString() ==
              model->gains()[static_cast<std::size_t>(row)].id);
        CHECK(each.value(QStringLiteral("gain")).toDouble() ==
              Approx(model->gains()[static_cast<std::size_t>(row)].gain).epsilon(1e-12));
    }

    OpenWindow::selectSourceRow(panel->templateTable(), 0);
    CHECK(panel->leverTable()->selectionModel()->selectedRows().isEmpty());
    const aisov::InvestmentTemplate investment = *model->investment(0);
    const double gain = model->gains()[0].gain;
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("makeScenarioButton")),
                      Qt::LeftButton);
    const QString name = QString::fromStdString(investment.name);
    CHECK(app.window.scenarioPanel()->currentScenario() == name);
    const auto scenario = app.session.scenario(che, name);
    REQUIRE(scenario);
    const auto expected = aisov::templateOverrides(*app.session.scoredProfile(che), investment);
    REQUIRE(scenario->overrides.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(scenario->overrides[i].indicator == expected[i].indicator);
        CHECK(scenario->overrides[i].value == expected[i].value);
        CHECK(scenario->overrides[i].source == expected[i].source);
        CHECK(scenario->overrides[i].year == expected[i].year);
    }
    // Goalpost normalisation: the scenario moves the score by the template's gain.
    const aisov::ScenarioDelta* delta =
        app.window.scenarioPanel()->comparisonModel()->scenarioDelta(name);
    REQUIRE(delta != nullptr);
    REQUIRE(delta->change());
    CHECK(*delta->change() == Approx(gain).epsilon(1e-9));

    app.session.undoStack()->undo();
    CHECK_FALSE(app.session.scenario(che, name));
}
