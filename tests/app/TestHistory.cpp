// The History tab, driven in the real main window: a snapshot taken, a
// value changed, the snapshot unchanged and the difference listed; the
// history chart exported and read back; a snapshot scored with another
// methodology says so. Scores are the three-pillar fixture's, by hand:
//   XAA: a1 50 -> 0.5, a2 10 (log 1..100) -> 0.5, Alpha 0.5; b1 10 (lower,
//        0..50) -> 0.8; c1 25 (10..20) -> 1; geometric, weights 1, 1, 2:
//        (0.5 * 0.8 * 1^2)^(1/4) = 0.4^0.25 = 79.53 -> "79.5 %" (band High, from 75).
//   XAA with a1 = 100: Alpha (1 + 0.5) / 2 = 0.75; (0.75 * 0.8)^(1/4) = 88.01 -> "88.0 %".
//   The change of a1 is worth 88.01 - 79.53 = 8.48 -> "+8.5 points".
//   YBB: Alpha 1 (a2 100), Beta no data, Gamma c1 15 -> 0.5; reweighted over
//        Alpha (1) and Gamma (2): 0.5^(2/3) = 63.0 % (band Mid, from 50).

#include "AppTestSupport.h"

#include "MainWindow.h"
#include "Session.h"
#include "dialogs/ExportChartDialog.h"
#include "dialogs/TakeSnapshotDialog.h"
#include "models/ExplanationModel.h"
#include "models/HistoryListModel.h"
#include "models/ProfileValuesModel.h"
#include "models/RequirementsModel.h"
#include "models/SnapshotChangesModel.h"
#include "widgets/ChartView.h"
#include "widgets/HistoryPanel.h"
#include "widgets/ProfileEditor.h"
#include "widgets/ProfileListPanel.h"

#include "aisov/MethodologyIO.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

using namespace aisov::test;
using Tester = QAbstractItemModelTester;

namespace {

struct OpenWindow
{
    QTemporaryDir directory;
    QString database = directory.filePath(QStringLiteral("history.sqlite"));
    Session session;
    MainWindow window{session};
    HistoryPanel* history = window.historyPanel();
    Tester listTester{history->listModel(), Tester::FailureReportingMode::Fatal};
    Tester changesTester{history->changesModel(), Tester::FailureReportingMode::Fatal};

    explicit OpenWindow(bool create = true)
    {
        if (create)
            createFixtureDatabase(database);
    }
    void open()
    {
        REQUIRE(window.openDatabase(database));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.tabs()->setCurrentWidget(history);
    }

    // Takes a snapshot of the current profile through the action and its dialog.
    std::int64_t snapshot(const QString& label)
    {
        window.findChild<QAction*>(QStringLiteral("takeSnapshotAction"))->trigger();
        auto* dialog = window.findChild<TakeSnapshotDialog*>();
        REQUIRE(dialog != nullptr);
        dialog->setLabel(label);
        dialog->accept();
        REQUIRE(dialog->problem().isEmpty());
        const std::int64_t id = dialog->snapshotId();
        delete dialog;
        return id;
    }

    QString listed(int row, int column) const
    {
        return history->listModel()->index(row, column).data().toString();
    }
    QString change(int row, int column) const
    {
        return history->changesModel()->index(row, column).data().toString();
    }
};

// Types `text` into the value cell of `indicator` and presses Enter, as a user would.
void typeValue(MainWindow& window, const QString& indicator, const QString& text)
{
    window.tabs()->setCurrentIndex(0);
    QTreeView* view = window.editor()->valuesView();
    const QModelIndex cell =
        window.editor()->valuesModel()->indicatorIndex(indicator, ProfileValuesModel::ValueColumn);
    REQUIRE(cell.isValid());
    view->setFocus();
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto* editor = view->findChild<QLineEdit*>();
    REQUIRE(editor != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("A snapshot stays as taken while the profile changes, and the change is listed")
{
    OpenWindow app;
    app.open();
    app.window.profileList()->selectCode(QStringLiteral("XAA"));
    CHECK(app.history->listModel()->rowCount() == 0);
    CHECK(app.history->chart()->chartData().history->points.empty());

    const std::int64_t id = app.snapshot(QStringLiteral("Baseline"));
    CHECK(id > 0);
    REQUIRE(app.history->listModel()->rowCount() == 1);
    CHECK(app.listed(0, HistoryListModel::LabelColumn) == QStringLiteral("Baseline"));
    CHECK(app.listed(0, HistoryListModel::MethodologyColumn) == QStringLiteral("1"));
    CHECK(app.listed(0, HistoryListModel::ScoreColumn) == QStringLiteral("79.5 %"));
    CHECK(app.listed(0, HistoryListModel::BandColumn) == QStringLiteral("High"));
    CHECK(app.history->changesSummary()->text().contains(QStringLiteral("No value has changed")));
    CHECK(app.history->changesModel()->rowCount() == 0);

    typeValue(app.window, QStringLiteral("a1"), QStringLiteral("100"));
    REQUIRE(app.session.result(QStringLiteral("XAA"))->score);
    CHECK(*app.session.result(QStringLiteral("XAA"))->score == Approx(88.01).margin(0.01));
    // The History tab catches up with the edit when it is shown (RefreshWhenShown).
    CHECK(app.history->changesModel()->rowCount() == 0);
    app.window.tabs()->setCurrentWidget(app.history);

    // The snapshot is as it was: 79.5 %, Alpha 50 of the 50 needed, a1 at 50.
    CHECK(app.listed(0, HistoryListModel::ScoreColumn) == QStringLiteral("79.5 %"));
    CHECK(app.history->snapshotSummary()->text().contains(QStringLiteral("79.5 %")));
    RequirementsModel* requirements = app.history->requirementsModel();
    CHECK(requirements->index(0, RequirementsModel::ScoreColumn).data().toString() ==
          QStringLiteral("50.0 / 50"));
    ExplanationModel* explanation = app.history->explanationModel();
    REQUIRE(explanation->rowCount() == 4);
    CHECK(explanation->index(0, ExplanationModel::IndicatorColumn).data().toString() ==
          QStringLiteral("a1"));
    CHECK(explanation->index(0, ExplanationModel::ValueColumn).data().toString() ==
          QStringLiteral("50 %"));
    CHECK_FALSE(app.history->methodologyBanner()->isVisibleTo(app.history));

    // What changed: a1 from 50 to 100, worth 88.01 - 79.53 = +8.5 points.
    REQUIRE(app.history->changesModel()->rowCount() == 1);
    CHECK(app.change(0, SnapshotChangesModel::IndicatorColumn) == QStringLiteral("a1"));
    CHECK(app.change(0, SnapshotChangesModel::ThenColumn) == QStringLiteral("50 %"));
    CHECK(app.change(0, SnapshotChangesModel::NowColumn) == QStringLiteral("100 %"));
    CHECK(app.change(0, SnapshotChangesModel::ChangeColumn) == QStringLiteral("+50 %"));
    CHECK(app.change(0, SnapshotChangesModel::ScoreWithThenColumn) == QStringLiteral("79.5 %"));
    CHECK(app.change(0, SnapshotChangesModel::EffectColumn) == QStringLiteral("+8.5 points"));
    CHECK(app.history->changesSummary()->text() ==
          QStringLiteral("Score then 79.5 %, today 88.0 %: +8.5 points. 1 value changed:"));

    // The chart: the snapshot at 79.5, today at 88.0.
    const auto& chart = *app.history->chart()->chartData().history;
    REQUIRE(chart.points.size() == 1);
    CHECK(*chart.points[0].score == Approx(79.53).margin(0.01));
    REQUIRE(chart.today);
    CHECK(*chart.today->score == Approx(88.01).margin(0.01));

    // Another profile has its own history: YBB's first snapshot is 63.0 %, Mid.
    app.window.profileList()->selectCode(QStringLiteral("YBB"));
    CHECK(app.history->listModel()->rowCount() == 0);
    app.snapshot(QStringLiteral("Y baseline"));
    REQUIRE(app.history->listModel()->rowCount() == 1);
    CHECK(app.listed(0, HistoryListModel::ScoreColumn) == QStringLiteral("63.0 %"));
    CHECK(app.listed(0, HistoryListModel::BandColumn) == QStringLiteral("Mid"));

    // A second session reading the file sees both snapshots, XAA's at 79.5.
    Session reopened;
    reopened.openDatabase(app.database);
    const auto xHistory = reopened.history(QStringLiteral("XAA"));
    REQUIRE(xHistory.size() == 1);
    CHECK(*xHistory[0]->result.score == Approx(79.53).margin(0.01));
    CHECK(reopened.history(QStringLiteral("YBB")).size() == 1);
}

TEST_CASE("A snapshot the store refuses shows the reason in the dialog, which stays open")
{
    OpenWindow app;
    app.open();
    app.window.profileList()->selectCode(QStringLiteral("XAA"));
    app.window.findChild<QAction*>(QStringLiteral("takeSnapshotAction"))->trigger();
    auto* dialog = app.window.findChild<TakeSnapshotDialog*>();
    REQUIRE(dialog != nullptr);
    dialog->setLabel(QStringLiteral("Too late"));
    // The profile goes while the dialog is open: the store refuses.
    app.session.setMembers(QStringLiteral("XYBLOC"), {QStringLiteral("YBB")});
    app.session.deleteProfile(QStringLiteral("XAA"));
    dialog->accept();
    CHECK(dialog->problem() == QStringLiteral("Not taken: no profile with code \"XAA\""));
    CHECK(dialog->result() != QDialog::Accepted);
    CHECK(dialog->snapshotId() == 0);
    CHECK(app.session.history(QStringLiteral("XAA")).empty());
}

TEST_CASE("The history chart is exported through the dialog and reads back")
{
    OpenWindow app;
    app.open();
    app.window.profileList()->selectCode(QStringLiteral("XAA"));
    app.snapshot(QStringLiteral("Baseline"));
    typeValue(app.window, QStringLiteral("a1"), QStringLiteral("100"));
    app.snapshot(QStringLiteral("After the a1 push"));
    app.window.tabs()->setCurrentWidget(app.history);
    REQUIRE(app.window.currentChart() == app.history->chart());
    CHECK(app.history->chart()->kind() == aisov::render::ChartKind::History);

    app.window.exportChart(app.window.currentChart());
    auto* dialog = app.window.findChild<ExportChartDialog*>();
    REQUIRE(dialog != nullptr);
    dialog->setPreset(QStringLiteral("slide-16x9"));
    dialog->setFormat(aisov::render::ExportFormat::Png);
    dialog->findChild<QSpinBox*>(QStringLiteral("dpiEdit"))->setValue(96);
    const QString png = app.directory.filePath(QStringLiteral("history.png"));
    REQUIRE(dialog->exportTo(png));
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(1920, 1080));

    dialog->setFormat(aisov::render::ExportFormat::Svg);
    const QString svg = app.directory.filePath(QStringLiteral("history.svg"));
    REQUIRE(dialog->exportTo(svg));
    const QByteArray text = fileBytes(svg);
    CHECK(text.contains("Score over time"));
    // The second snapshot was taken a moment before "today": its label would
    // overlap today's, so the chart names only the baseline and today.
    CHECK(text.contains("Baseline"));
    CHECK(text.contains("Today"));
    CHECK(text.contains("79.5%"));
    CHECK(text.contains("88.0%"));
}

TEST_CASE("A snapshot scored with another methodology says so")
{
    OpenWindow app;
    app.open();
    app.window.profileList()->selectCode(QStringLiteral("XAA"));
    app.snapshot(QStringLiteral("Under version 1"));
    CHECK_FALSE(app.history->methodologyBanner()->isVisibleTo(app.history));

    // Version 2 weighs Gamma like the others (1, not 2) and becomes active:
    // XAA today is (0.5 * 0.8 * 1)^(1/3) = 0.4^(1/3) = 73.7 %.
    {
        aisov::Methodology version2 =
            aisov::loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
        version2.version = std::to_string(2);
        version2.pillars[2].weight = 1;
        aisov::Store store = aisov::Store::open(app.database.toStdString());
        store.addMethodology(version2);
        store.setActiveMethodology("three-pillars", "2");
    }
    REQUIRE(app.window.openDatabase(app.database));
    app.window.profileList()->selectCode(QStringLiteral("XAA"));
    REQUIRE(app.history->listModel()->rowCount() == 1);
    CHECK(app.listed(0, HistoryListModel::MethodologyColumn) == QStringLiteral("1"));
    CHECK(app.listed(0, HistoryListModel::ScoreColumn) == QStringLiteral("79.5 %"));
    QLabel* banner = app.history->methodologyBanner();
    CHECK(banner->isVisibleTo(app.history));
    CHECK(banner->text().contains(QStringLiteral("version 1 then")));
    CHECK(banner->text().contains(QStringLiteral("version 2 today")));
    // No value changed: the whole difference, 73.7 - 79.5 = -5.8, is the methodology's.
    CHECK(app.history->changesModel()->rowCount() == 0);
    CHECK(app.history->changesSummary()->text() ==
          QStringLiteral("Score then 79.5 %, today 73.7 %: \u22125.8 points. No value has "
                         "changed since."));
    // The chart marks the change between the snapshot and today.
    const auto& chart = *app.history->chart()->chartData().history;
    REQUIRE(chart.today);
    CHECK(chart.points[0].methodology != chart.today->methodology);
}
