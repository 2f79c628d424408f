// The Scenarios tab under the offscreen platform: what-ifs saved, found
// again after reopening, following their base, renamed, duplicated and
// deleted with undo, and frozen as snapshots. Scores are those of the
// three-pillar fixture (pillars Alpha, Beta, Gamma, weights 1, 1, 2,
// geometric; threshold 50), worked out by hand:
//   XAA: a1 50 -> 0.5, a2 10 (log 1..100) -> 0.5: Alpha 50; b1 10 (lower,
//        0..50) -> 0.8: Beta 80; c1 25 (10..20) -> 1: Gamma 100;
//        (0.5 * 0.8 * 1^2)^(1/4) = 0.4^0.25 = 79.53 -> "79.5 %".
//   XAA with a1 = 100: Alpha (1 + 0.5) / 2 = 0.75; (0.75 * 0.8)^(1/4) = 88.01
//        -> "88.0 %", a change of 88.01 - 79.53 = +8.48 -> "+8.5"; Alpha +25.0.
//   YBB: Alpha 100 (a2 only), no Beta, Gamma c1 15 -> 50; reweighted over
//        Alpha (1) and Gamma (2): 0.5^(2/3) = 63.0 %.
//   YBB with b1 = 10: Beta 80, newly met; (1 * 0.8 * 0.5^2)^(1/4) = 0.2^0.25
//        = 66.87 -> "66.9 %", +3.88 -> "+3.9".

#include "../store/StoreTestSupport.h"
#include "AppTestSupport.h"

#include "MainWindow.h"
#include "MessageBox.h"
#include "Session.h"
#include "dialogs/ScenarioDialog.h"
#include "models/ScenarioComparisonModel.h"
#include "models/ScenarioOverridesModel.h"
#include "widgets/ChartView.h"
#include "widgets/ProfileListPanel.h"
#include "widgets/ScenarioPanel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace aisov::test;
using Catch::Matchers::WithinAbs;

namespace {

const QString kX = QStringLiteral("XAA");
const QString kY = QStringLiteral("YBB");
const QString kOpenModel = QStringLiteral("national open model");

struct OpenWindow
{
    QTemporaryDir directory;
    QString database = directory.filePath(QStringLiteral("team.sqlite"));
    std::unique_ptr<Session> session = std::make_unique<Session>();
    std::unique_ptr<MainWindow> window = std::make_unique<MainWindow>(*session);

    OpenWindow()
    {
        createFixtureDatabase(database);
        open();
    }
    void open()
    {
        REQUIRE(window->openDatabase(database));
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        window->tabs()->setCurrentWidget(panel());
    }
    // A new session and window on the same file, as after a restart.
    void reopen()
    {
        window.reset();
        session = std::make_unique<Session>();
        window = std::make_unique<MainWindow>(*session);
        open();
    }
    ScenarioPanel* panel() const { return window->scenarioPanel(); }
    void selectProfile(const QString& code) const { window->profileList()->selectCode(code); }
    // Text of the comparison table at the scenario's row.
    QString cell(const QString& scenario, int column) const
    {
        const auto* model = panel()->comparisonModel();
        const int row = model->rowOf(scenario);
        return row < 0 ? QString() : model->index(row, column).data().toString();
    }
    std::string dump() const { return dumpStore(database.toStdString()); }

    // Opens `start`'s dialog, fills it in and accepts it.
    void answerDialog(void (ScenarioPanel::*start)(), const QString& name,
                      const QString& description = {}) const
    {
        (panel()->*start)();
        auto* dialog = window->findChild<ScenarioDialog*>();
        REQUIRE(dialog != nullptr);
        dialog->findChild<QLineEdit*>(QStringLiteral("scenarioNameEdit"))->setText(name);
        if (auto* text = dialog->findChild<QPlainTextEdit*>())
            text->setPlainText(description);
        dialog->accept();
        QCoreApplication::processEvents();
    }
    void setOverride(const QString& indicator, const QString& value) const
    {
        auto* model = panel()->overridesModel();
        REQUIRE(model->setData(model->indicatorIndex(indicator), value));
    }
};

} // namespace

TEST_CASE("A scenario started in the tab is saved and found with its deltas after reopening")
{
    OpenWindow app;
    app.selectProfile(kX);
    app.answerDialog(&ScenarioPanel::newScenario, kOpenModel,
                     QStringLiteral("an open model trained nationally"));
    REQUIRE(app.panel()->currentScenario() == kOpenModel);
    app.setOverride(QStringLiteral("a1"), QStringLiteral("100"));

    CHECK(app.cell(kOpenModel, ScenarioComparisonModel::ScoreColumn) == QStringLiteral("88.0 %"));
    CHECK(app.cell(kOpenModel, ScenarioComparisonModel::DeltaColumn) == QStringLiteral("+8.5"));
    // Alpha 50 -> 75, met both times.
    CHECK(app.cell(kOpenModel, ScenarioComparisonModel::FirstPillarColumn) ==
          QStringLiteral("75.0 ✓  +25.0"));
    const auto* overrides = app.panel()->overridesModel();
    CHECK(overrides->indicatorIndex(QStringLiteral("a1"))
              .data(ScenarioOverridesModel::OverriddenRole)
              .toBool());
    CHECK(overrides->indicatorIndex(QStringLiteral("a1"), ScenarioOverridesModel::BaseColumn)
              .data()
              .toString() == QStringLiteral("50"));
    // The spectrum's arrow runs from the base (79.53) to the scenario (88.01).
    const auto& spectrum = app.panel()->chart(aisov::render::ChartKind::Spectrum)->chartData();
    REQUIRE(spectrum.profiles.size() == 1);
    CHECK_THAT(*spectrum.profiles[0].score, WithinAbs(79.527, 1e-3));
    REQUIRE(spectrum.profiles[0].scenario.has_value());
    CHECK_THAT(*spectrum.profiles[0].scenario->score, WithinAbs(88.011, 1e-3));

    app.reopen();
    app.selectProfile(kX);
    CHECK(app.panel()->currentScenario() == kOpenModel);
    CHECK(app.cell(kOpenModel, ScenarioComparisonModel::ScoreColumn) == QStringLiteral("88.0 %"));
    CHECK(app.cell(kOpenModel, ScenarioComparisonModel::DeltaColumn) == QStringLiteral("+8.5"));
    const auto stored = app.session->scenario(kX, kOpenModel);
    REQUIRE(stored);
    CHECK(stored->description == "an open model trained nationally");
    REQUIRE(stored->overrides.size() == 1);
    CHECK(stored->overrides[0].value == 100.0);
    CHECK(stored->overrides[0].source == "what-if assumption");
}

TEST_CASE("A scenario follows its base and reports the overrides the base has overtaken")
{
    OpenWindow app;
    app.session->createScenario(kX, kOpenModel, {});
    app.session->setScenarioOverride(kX, kOpenModel, valueOf("a1", 100));
    app.selectProfile(kX);
    auto* overtakenLabel = app.panel()->findChild<QLabel*>(QStringLiteral("overtakenLabel"));
    CHECK_FALSE(overtakenLabel->isVisible());

    // The base gets a2 = 100 (-> 1): base Alpha (0.5 + 1) / 2 = 0.75, so 88.01;
    // the scenario Alpha (1 + 1) / 2 = 1: 0.8^(1/4) = 94.57, a change of +6.56.
    app.session->setValue(kX, valueOf("a2", 100));
    CHECK(app.cell(QString(), ScenarioComparisonModel::ScoreColumn).isEmpty()); // no such row
    CHECK(app.panel()->comparisonModel()->index(0, ScenarioComparisonModel::ScoreColumn).data() ==
          QStringLiteral("88.0 %"));
    CHECK(app.cell(kOpenModel, ScenarioComparisonModel::ScoreColumn) == QStringLiteral("94.6 %"));
    CHECK(app.cell(kOpenModel, ScenarioComparisonModel::DeltaColumn) == QStringLiteral("+6.6"));
    CHECK(app.cell(kOpenModel, app.panel()->comparisonModel()->overtakenColumn()) ==
          QStringLiteral("0"));

    // The base reaches a1 = 100 itself: the override (100) is overtaken
    // (100 >= 100, higher is better); base and scenario both 94.57.
    app.session->setValue(kX, valueOf("a1", 100));
    CHECK(app.cell(kOpenModel, ScenarioComparisonModel::DeltaColumn) == QStringLiteral("±0.0"));
    CHECK(app.cell(kOpenModel, app.panel()->comparisonModel()->overtakenColumn()) ==
          QStringLiteral("1"));
    const QModelIndex a1 = app.panel()->overridesModel()->indicatorIndex(
        QStringLiteral("a1"), ScenarioOverridesModel::StatusColumn);
    CHECK(a1.data(ScenarioOverridesModel::OvertakenRole).toBool());
    CHECK(a1.data().toString() == QStringLiteral("overtaken by the base"));
    CHECK(overtakenLabel->isVisible());
    CHECK(overtakenLabel->text().contains(QStringLiteral("The base has since overtaken: a1")));
}

TEST_CASE("The delta names the requirements a scenario newly meets")
{
    OpenWindow app;
    app.session->createScenario(kY, QStringLiteral("regulator"), {});
    app.session->setScenarioOverride(kY, QStringLiteral("regulator"), valueOf("b1", 10));
    app.selectProfile(kY);
    CHECK(app.cell(QStringLiteral("regulator"), ScenarioComparisonModel::ScoreColumn) ==
          QStringLiteral("66.9 %"));
    CHECK(app.cell(QStringLiteral("regulator"), ScenarioComparisonModel::DeltaColumn) ==
          QStringLiteral("+3.9"));
    // Beta had no data: its cell shows the score and no change.
    CHECK(app.cell(QStringLiteral("regulator"), ScenarioComparisonModel::FirstPillarColumn + 1) ==
          QStringLiteral("80.0 ✓"));
    const QString summary =
        app.panel()->findChild<QLabel*>(QStringLiteral("scenarioSummary"))->text();
    CHECK(summary.contains(QStringLiteral("Requirements newly met: Beta.")));
    CHECK(summary.contains(QStringLiteral("63.0 % → 66.9 % (+3.9 points)")));
}

TEST_CASE("Rename, duplicate, delete and overrides are undo steps that restore the file")
{
    OpenWindow app;
    app.session->createScenario(kX, kOpenModel, QStringLiteral("open"));
    app.session->setScenarioOverride(kX, kOpenModel, valueOf("a1", 100));
    app.selectProfile(kX);
    QUndoStack* stack = app.session->undoStack();
    const std::string before = app.dump();
    const int steps = stack->count();

    SECTION("rename")
    {
        app.answerDialog(&ScenarioPanel::renameCurrentScenario, QStringLiteral("supercomputer"));
        CHECK(app.panel()->currentScenario() == QStringLiteral("supercomputer"));
        CHECK(app.cell(QStringLiteral("supercomputer"), ScenarioComparisonModel::ScoreColumn) ==
              QStringLiteral("88.0 %"));
        CHECK(app.panel()->comparisonModel()->rowOf(kOpenModel) == -1);
    }
    SECTION("duplicate")
    {
        app.answerDialog(&ScenarioPanel::duplicateCurrentScenario, QStringLiteral("copy"));
        CHECK(app.cell(QStringLiteral("copy"), ScenarioComparisonModel::ScoreColumn) ==
              QStringLiteral("88.0 %"));
        CHECK(app.cell(kOpenModel, ScenarioComparisonModel::ScoreColumn) ==
              QStringLiteral("88.0 %"));
    }
    SECTION("delete")
    {
        MessageBox::setNextAnswer(QMessageBox::Yes);
        app.panel()->deleteCurrentScenario();
        CHECK(MessageBox::lastText().contains(QStringLiteral("You can undo this")));
        CHECK(app.panel()->comparisonModel()->rowCount() == 1); // the base alone
        CHECK_FALSE(app.session->scenario(kX, kOpenModel));
    }
    SECTION("two edits of one override, then its removal")
    {
        // c1 = 12, then 11: one step. c1 11 -> (11 - 10) / 10 = 0.1, Gamma 10;
        // with a1 = 100: (0.75 * 0.8 * 0.1^2)^(1/4) = 0.006^0.25 = 27.83 -> "27.8 %".
        app.setOverride(QStringLiteral("c1"), QStringLiteral("12"));
        app.setOverride(QStringLiteral("c1"), QStringLiteral("11"));
        CHECK(stack->count() == steps + 1);
        CHECK(app.cell(kOpenModel, ScenarioComparisonModel::ScoreColumn) ==
              QStringLiteral("27.8 %"));
        app.setOverride(QStringLiteral("c1"), QString());
        CHECK(stack->count() == steps + 2);
        CHECK(app.cell(kOpenModel, ScenarioComparisonModel::ScoreColumn) ==
              QStringLiteral("88.0 %"));
        stack->undo();
        CHECK(app.cell(kOpenModel, ScenarioComparisonModel::ScoreColumn) ==
              QStringLiteral("27.8 %"));
    }
    REQUIRE(app.dump() != before);
    while (stack->index() > steps)
        stack->undo();
    CHECK(app.dump() == before);
    CHECK(app.cell(kOpenModel, ScenarioComparisonModel::ScoreColumn) == QStringLiteral("88.0 %"));
}

TEST_CASE("A name another scenario has is refused in a dialog, and nothing is written")
{
    OpenWindow app;
    app.session->createScenario(kX, kOpenModel, {});
    app.session->createScenario(kX, QStringLiteral("other"), {});
    app.selectProfile(kX);
    app.panel()->selectScenario(QStringLiteral("other"));
    const std::string before = app.dump();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    app.answerDialog(&ScenarioPanel::renameCurrentScenario, kOpenModel);
    CHECK(MessageBox::lastTitle() == QStringLiteral("Cannot rename the scenario"));
    CHECK(MessageBox::lastText().contains(QStringLiteral("another scenario of XAA")));
    CHECK(app.dump() == before);
    CHECK_THROWS(app.session->createScenario(kX, QStringLiteral("other"), {}));
}

TEST_CASE("Freezing a scenario takes a snapshot, which undo leaves alone")
{
    OpenWindow app;
    app.session->createScenario(kX, kOpenModel, {});
    app.session->setScenarioOverride(kX, kOpenModel, valueOf("a1", 100));
    app.selectProfile(kX);
    const int steps = app.session->undoStack()->count();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    app.answerDialog(&ScenarioPanel::freezeCurrentScenario, QStringLiteral("plan of record"));
    CHECK(MessageBox::lastText().contains(QStringLiteral("not undone")));
    CHECK(app.session->undoStack()->count() == steps);

    auto store = aisov::Store::open(app.database.toStdString(), aisov::OpenMode::ReadOnly);
    const auto snapshots = store.snapshots("XAA");
    REQUIRE(snapshots.size() == 1);
    CHECK(snapshots[0].scenarioName == "national open model");
    CHECK(snapshots[0].label == "plan of record");
    CHECK_THAT(*snapshots[0].score, WithinAbs(88.011, 1e-3)); // the scenario's score
}

TEST_CASE("The scenario models pass QAbstractItemModelTester through every change")
{
    OpenWindow app;
    using Tester = QAbstractItemModelTester;
    ScenarioComparisonModel comparison(*app.session);
    ScenarioOverridesModel overrides(*app.session);
    Tester comparisonTester(&comparison, Tester::FailureReportingMode::Fatal);
    Tester overridesTester(&overrides, Tester::FailureReportingMode::Fatal);
    comparison.setBaseCode(kX);
    CHECK(comparison.rowCount() == 1); // the base
    CHECK(comparison.columnCount() == 3 + 3 + 2);
    app.session->createScenario(kX, kOpenModel, {});
    overrides.setScenario(kX, kOpenModel);
    CHECK(overrides.rowCount() == 3); // the pillars
    REQUIRE(
        overrides.setData(overrides.indicatorIndex(QStringLiteral("c1")), QStringLiteral("12")));
    CHECK(comparison.rowCount() == 2);
    app.session->setValue(kX, valueOf("c1", 11));
    app.session->renameScenario(kX, kOpenModel, QStringLiteral("renamed"));
    CHECK(overrides.rowCount() == 0); // its scenario is gone under that name
    app.session->undoStack()->undo();
    CHECK(overrides.rowCount() == 3);
    app.session->deleteScenario(kX, kOpenModel);
    comparison.setBaseCode(kY);
    CHECK(comparison.rowCount() == 1);
}

TEST_CASE("A hidden Scenarios tab scores nothing, and shows the same scenario when shown again")
{
    OpenWindow app;
    app.session->createScenario(kX, kOpenModel, {});
    app.session->createScenario(kX, QStringLiteral("other"), {});
    app.selectProfile(kX);
    app.panel()->selectScenario(QStringLiteral("other"));
    app.window->tabs()->setCurrentIndex(0);
    CHECK(app.panel()->comparisonModel()->rowCount() == 0);
    app.session->setValue(kX, valueOf("a1", 100)); // no scenario scored meanwhile
    app.window->tabs()->setCurrentWidget(app.panel());
    CHECK(app.panel()->currentScenario() == QStringLiteral("other"));
    // The base now has a1 = 100: Alpha 75, 88.0 %, and so has the empty scenario.
    CHECK(app.cell(QStringLiteral("other"), ScenarioComparisonModel::ScoreColumn) ==
          QStringLiteral("88.0 %"));
}
