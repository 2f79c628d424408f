// The Compare tab's uncertainty run, driven in the real main window under
// the offscreen platform: a run gives the core's numbers, a cancel frees the
// window at once and stops the worker, an edit (or another number of draws)
// during a run restarts it on the edited state. Expected numbers come from
// aisov::analyzeUncertainty itself, called with the options the window uses (seed 1, the command
// line's default; ranked among the profiles compared).

#include "../SyntheticData.h"
#include "AppTestSupport.h"

#include "Config.h"
#include "MainWindow.h"
#include "Session.h"
#include "UncertaintyRunner.h"
#include "models/RankStabilityModel.h"
#include "widgets/ChartView.h"
#include "widgets/ComparePanel.h"
#include "widgets/ProfileListPanel.h"

#include "aisov/Uncertainty.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QElapsedTimer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <numeric>

using namespace aisov::test;

namespace {

// Alpha-3 codes for the synthetic countries (as the store's edits ask):
// QAA, QAB, ...
std::string syntheticCode(int index)
{
    return {'Q', static_cast<char>('A' + index / 26), static_cast<char>('A' + index % 26)};
}

// 200 synthetic countries of 24 indicators, the size the core's cancel
// latency is documented for.
void createSyntheticDatabase(const QString& path)
{
    aisov::StoreOptions options;
    options.seedBundledProfiles = false;
    aisov::Store store = aisov::Store::open(path.toStdString(), aisov::OpenMode::Create, options);
    const aisov::Methodology methodology = syntheticMethodology(24);
    store.addMethodology(methodology);
    store.setActiveMethodology(methodology.id, methodology.version);
    std::vector<aisov::Profile> profiles = syntheticProfiles(methodology, 200);
    for (std::size_t i = 0; i < profiles.size(); ++i)
        profiles[i].code = profiles[i].name = syntheticCode(static_cast<int>(i));
    store.importProfiles(profiles, aisov::ImportMode::ReplaceProfiles, "synthetic");
}

struct UncertaintyWindow
{
    QTemporaryDir directory;
    QString database = directory.filePath(QStringLiteral("uncertainty.sqlite"));
    Session session;
    MainWindow window{session};
    ComparePanel* compare = window.comparePanel();
    UncertaintyRunner* runner = compare->uncertaintyRunner();

    explicit UncertaintyWindow(bool synthetic)
    {
        if (synthetic)
            createSyntheticDatabase(database);
        else
            createFixtureDatabase(database);
        REQUIRE(window.openDatabase(database));
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        window.tabs()->setCurrentWidget(compare);
    }

    void compareProfiles(const QStringList& codes, int draws)
    {
        window.profileList()->selectCodes(codes);
        // In the list's order (by score), which is the order the run keeps.
        QStringList shown = compare->codes();
        QStringList asked = codes;
        shown.sort();
        asked.sort();
        REQUIRE(shown == asked);
        compare->drawsBox()->setValue(draws);
    }

    // What the core gives for the profiles compared, as the window asks it.
    std::vector<aisov::UncertaintySummary> expected(int draws) const
    {
        const aisov::Analysis& analysis = *session.analysis();
        aisov::UncertaintyOptions options;
        options.draws = draws;
        options.seed = 1;
        for (const QString& code : compare->codes())
            options.rankAmong.push_back(code.toStdString());
        const auto all =
            aisov::analyzeUncertainty(analysis.profiles(), analysis.methodology(), options);
        std::vector<aisov::UncertaintySummary> shown;
        for (const QString& code : compare->codes())
            shown.push_back(all[*analysis.indexOf(code.toStdString())]);
        return shown;
    }

    void waitUntilFinished(int timeoutMs = 20000) const
    {
        REQUIRE(QTest::qWaitFor([this] { return !runner->isRunning(); }, timeoutMs));
        runner->waitForWorkers();
    }
};

QStringList syntheticCodes(int count)
{
    QStringList codes;
    for (int i = 0; i < count; ++i)
        codes.append(QString::fromStdString(syntheticCode(i)));
    return codes;
}

} // namespace

TEST_CASE("An uncertainty run gives the core's medians and rank shares that sum to one")
{
    UncertaintyWindow open(false);
    const QStringList codes{QStringLiteral("XAA"), QStringLiteral("XYBLOC"), QStringLiteral("YBB")};
    open.compareProfiles(codes, 500);
    const QStringList shown = open.compare->codes();
    RankStabilityModel* model = open.compare->rankStabilityModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QTest::mouseClick(open.compare->runButton(), Qt::LeftButton);
    CHECK(open.compare->progressBar()->isVisible());
    open.waitUntilFinished();

    const auto expected = open.expected(500);
    REQUIRE(model->rowCount() == 3);
    REQUIRE(model->rankCount() == 3);
    for (int row = 0; row < model->rowCount(); ++row) {
        double sum = 0.0;
        for (int rank = 0; rank < model->rankCount(); ++rank)
            sum += model->index(row, RankStabilityModel::FirstRankColumn + rank)
                       .data(RankStabilityModel::ShareRole)
                       .toDouble();
        CHECK(sum == Approx(1.0).margin(1e-9));
        const auto& summary = model->run()->summaries[static_cast<std::size_t>(row)];
        CHECK(summary.code == shown[row].toStdString());
        CHECK(summary.p50 == expected[static_cast<std::size_t>(row)].p50);
        CHECK(summary.rankFrequency == expected[static_cast<std::size_t>(row)].rankFrequency);
    }
    // The spectrum on screen carries the same p5-p95 whiskers (and so does its export).
    const auto& spectrum = open.compare->chart(aisov::render::ChartKind::Spectrum)->chartData();
    REQUIRE(spectrum.profiles.size() == 3);
    for (const auto& profile : spectrum.profiles) {
        const auto row = static_cast<std::size_t>(shown.indexOf(profile.code));
        REQUIRE(profile.uncertainty.has_value());
        CHECK(profile.uncertainty->p5 == expected[row].p5);
        CHECK(profile.uncertainty->p95 == expected[row].p95);
    }
    // The most likely rank of each row is the one marked.
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto likely = aisov::mostLikelyRank(expected[static_cast<std::size_t>(row)]);
        REQUIRE(likely.has_value());
        CHECK(model->index(row, RankStabilityModel::FirstRankColumn + likely->rank - 1)
                  .data(RankStabilityModel::MostLikelyRole)
                  .toBool());
    }
    // The draws are a setting.
    CHECK(Config::instance().get(ConfigKey::UncertaintyDraws).toInt() == 500);

    // An edit after the run: its result is stale and no longer shown.
    aisov::IndicatorValue a1 = *open.session.profile(QStringLiteral("XAA"))->findValue("a1");
    a1.value = 100.0;
    open.session.setValue(QStringLiteral("XAA"), a1);
    CHECK(model->rowCount() == 0);
    for (const auto& profile :
         open.compare->chart(aisov::render::ChartKind::Spectrum)->chartData().profiles)
        CHECK_FALSE(profile.uncertainty.has_value());
    CHECK_FALSE(open.runner->isRunning());
}

TEST_CASE("Cancelling a large run frees the window at once and stops the worker")
{
    UncertaintyWindow open(true);
    open.compareProfiles(syntheticCodes(8), 50000);
    QSignalSpy progress(open.runner, &UncertaintyRunner::progressChanged);
    QTest::mouseClick(open.compare->runButton(), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return !progress.isEmpty(); }, 10000));
    REQUIRE(open.runner->isRunning());
    REQUIRE(open.compare->cancelButton()->isVisible());

    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(open.compare->cancelButton(), Qt::LeftButton);
    bool timerFired = false;
    QTimer::singleShot(0, &open.window, [&timerFired] { timerFired = true; });
    REQUIRE(QTest::qWaitFor([&] { return timerFired; }, 1000));
    const qint64 responded = clock.elapsed();
    REQUIRE(QTest::qWaitFor([&] { return !open.runner->isWorking(); }, 2000));
    const qint64 stopped = clock.elapsed();
    INFO("responded after " << responded << " ms, worker stopped after " << stopped << " ms");
    CHECK(responded < 100);
    CHECK(stopped < 200);
    CHECK_FALSE(open.runner->isRunning());
    CHECK(open.compare->runButton()->isEnabled());
    CHECK_FALSE(open.compare->progressBar()->isVisible());

    // Nothing arrives late: no result, no whiskers.
    QTest::qWait(200);
    CHECK(open.compare->rankStabilityModel()->rowCount() == 0);
    for (const auto& profile :
         open.compare->chart(aisov::render::ChartKind::Spectrum)->chartData().profiles)
        CHECK_FALSE(profile.uncertainty.has_value());
}

TEST_CASE("Opening another database during a run stops it and shows nothing of it")
{
    UncertaintyWindow open(true);
    open.compareProfiles(syntheticCodes(4), 50000);
    QSignalSpy progress(open.runner, &UncertaintyRunner::progressChanged);
    open.window.findChild<QAction*>(QStringLiteral("runUncertaintyAction"))->trigger();
    REQUIRE(QTest::qWaitFor([&] { return !progress.isEmpty(); }, 10000));
    const QString other = open.directory.filePath(QStringLiteral("other.sqlite"));
    createFixtureDatabase(other);
    REQUIRE(open.window.openDatabase(other));
    CHECK_FALSE(open.runner->isRunning());
    REQUIRE(QTest::qWaitFor([&] { return !open.runner->isWorking(); }, 2000));
    QTest::qWait(100);
    CHECK(open.compare->rankStabilityModel()->rowCount() == 0);
}

TEST_CASE("Closing the window during a run stops and waits for the worker")
{
    auto open = std::make_unique<UncertaintyWindow>(true);
    open->compareProfiles(syntheticCodes(4), 50000);
    QSignalSpy progress(open->runner, &UncertaintyRunner::progressChanged);
    open->compare->runUncertainty();
    REQUIRE(QTest::qWaitFor([&] { return !progress.isEmpty(); }, 10000));
    QElapsedTimer clock;
    clock.start();
    open->window.close();
    CHECK_FALSE(open->runner->isRunning());
    open.reset(); // the runner's destructor waits for its worker
    CHECK(clock.elapsed() < 1000);
}

TEST_CASE("An edit during a run restarts it; the result reflects the edit")
{
    UncertaintyWindow open(true);
    const QStringList codes = syntheticCodes(5);
    open.compareProfiles(codes, 20000);
    const auto edited = static_cast<std::size_t>(open.compare->codes().indexOf(codes.front()));
    const double medianBefore = open.expected(20000)[edited].p50;
    QSignalSpy started(open.runner, &UncertaintyRunner::started);
    QSignalSpy progress(open.runner, &UncertaintyRunner::progressChanged);
    QSignalSpy finished(open.runner, &UncertaintyRunner::finished);
    open.compare->runUncertainty();
    REQUIRE(QTest::qWaitFor([&] { return !progress.isEmpty(); }, 10000));
    REQUIRE(open.runner->isRunning());

    // QAA's i1 (lower is better, goalposts 0-100) set to its best value.
    aisov::IndicatorValue best = *open.session.profile(codes.front())->findValue("i1");
    best.value = 0.0;
    open.session.setValue(codes.front(), best);
    CHECK(started.size() == 2);
    CHECK(open.compare->rankStabilityModel()->rowCount() == 0);
    open.waitUntilFinished(60000);
    REQUIRE(finished.size() == 1); // the first run delivered nothing

    const auto expected = open.expected(20000);
    const auto& run = *open.compare->rankStabilityModel()->run();
    REQUIRE(run.summaries.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i)
        CHECK(run.summaries[i].p50 == expected[i].p50);
    // The edit moved QAA up.
    CHECK(run.summaries[edited].p50 > medianBefore);
}

TEST_CASE("A new selection or a methodology edit during a run restarts it on the new state")
{
    UncertaintyWindow open(true);
    open.compareProfiles(syntheticCodes(4), 20000);
    QSignalSpy started(open.runner, &UncertaintyRunner::started);
    QSignalSpy progress(open.runner, &UncertaintyRunner::progressChanged);
    open.compare->runUncertainty();
    REQUIRE(QTest::qWaitFor([&] { return !progress.isEmpty(); }, 10000));
    REQUIRE(open.runner->isRunning());

    // Another selection: five profiles instead of four.
    open.window.profileList()->selectCodes(syntheticCodes(5));
    REQUIRE(open.compare->codes().size() == 5);
    CHECK(started.size() == 2);
    progress.clear();
    REQUIRE(QTest::qWaitFor([&] { return !progress.isEmpty(); }, 10000));
    REQUIRE(open.runner->isRunning());

    // A pillar weighted up in the draft methodology.
    open.session.setPillarWeight(QStringLiteral("p0"), 3.0);
    CHECK(started.size() == 3);
    open.waitUntilFinished(60000);

    const auto expected = open.expected(20000);
    const auto& run = *open.compare->rankStabilityModel()->run();
    CHECK(run.codes == open.compare->codes());
    REQUIRE(run.summaries.size() == 5);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(run.summaries[i].p50 == expected[i].p50);
        CHECK(run.summaries[i].rankFrequency == expected[i].rankFrequency);
    }
}

TEST_CASE("Another number of draws during a run restarts it with that number")
{
    UncertaintyWindow open(true);
    open.compareProfiles(syntheticCodes(4), 20000);
    QSignalSpy started(open.runner, &UncertaintyRunner::started);
    QSignalSpy progress(open.runner, &UncertaintyRunner::progressChanged);
    QSignalSpy finished(open.runner, &UncertaintyRunner::finished);
    open.compare->runUncertainty();
    REQUIRE(QTest::qWaitFor([&] { return !progress.isEmpty(); }, 10000));
    REQUIRE(open.runner->isRunning());
    REQUIRE(started.size() == 1);

    // Typed into the box: nothing restarts at each digit, Enter restarts it.
    QSpinBox* draws = open.compare->drawsBox();
    draws->setFocus();
    draws->selectAll();
    QTest::keyClicks(draws, QStringLiteral("1500"));
    CHECK(started.size() == 1);
    QTest::keyClick(draws, Qt::Key_Return);
    REQUIRE(draws->value() == 1500);
    REQUIRE(started.size() == 2);
    CHECK(started.at(1).at(0).toInt() == 1500);
    CHECK(open.compare->rankStabilityModel()->rowCount() == 0);
    CHECK(Config::instance().get(ConfigKey::UncertaintyDraws).toInt() == 1500);
    open.waitUntilFinished(60000);

    // Only the second run delivered, and it is of 1,500 draws.
    REQUIRE(finished.size() == 1);
    const auto& run = *open.compare->rankStabilityModel()->run();
    CHECK(run.draws == 1500);
    const auto expected = open.expected(1500);
    REQUIRE(run.summaries.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(run.summaries[i].p50 == expected[i].p50);
        CHECK(run.summaries[i].rankFrequency == expected[i].rankFrequency);
    }

    // With no run under way, a new number waits for Run: the result shown
    // says how many draws it is of.
    draws->setValue(2000);
    CHECK(started.size() == 2);
    CHECK_FALSE(open.runner->isRunning());
    CHECK(open.compare->rankStabilityModel()->run()->draws == 1500);

    // Typed and not entered, then Run (Ctrl+U from the box): the typed count.
    draws->selectAll();
    QTest::keyClicks(draws, QStringLiteral("1200"));
    open.compare->runUncertainty();
    REQUIRE(started.size() == 3);
    CHECK(started.at(2).at(0).toInt() == 1200);
    open.waitUntilFinished(60000);
    CHECK(open.compare->rankStabilityModel()->run()->draws == 1200);
}
