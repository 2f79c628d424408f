// The application's speed as its user feels it (docs/performance.md):
//  - an edit's whole round trip with 200 profiles loaded: written to SQLite,
//    the profile read back, all 200 rescored, every model told, and the
//    visible window repainted at once; it must fit in one 16 ms frame;
//  - the first frame: session and window built, the bundled database
//    opened, scored and painted; it must come within 1 s.
//
//   cmake -S . -B build-bench -DAISOV_BUILD_BENCHMARKS=ON -DAISOV_BUILD_TESTS=ON
//   cmake --build build-bench -j2 --target BenchApp
//   QT_QPA_PLATFORM=offscreen build-bench/tests/BenchApp --benchmark-samples 30

#define CATCH_CONFIG_RUNNER
#define CATCH_CONFIG_ENABLE_BENCHMARKING
#include <catch2/catch.hpp>

#include "../SyntheticData.h"
#include "BenchMedian.h"
#include "Config.h"
#include "MainWindow.h"
#include "Session.h"
#include "widgets/ProfileListPanel.h"
#include "widgets/ScenarioPanel.h"

#include "aisov/Store.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace aisov;

TEST_CASE("An edit with 200 profiles loaded: write, rescore, repaint")
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("bench.sqlite"));
    const Methodology methodology = test::syntheticMethodology(25);
    {
        StoreOptions options;
        options.seedBundledProfiles = false;
        Store store = Store::open(path.toStdString(), OpenMode::Create, options);
        store.addMethodology(methodology);
        store.setActiveMethodology(methodology.id, methodology.version);
        // Synthetic codes ("C104") are not ISO alpha-3, which a country's
        // code must be; as blocs without members they are scored as they are.
        std::vector<Profile> profiles = test::syntheticProfiles(methodology, 200);
        for (auto& profile : profiles)
            profile.kind = ProfileKind::Bloc;
        store.importProfiles(profiles, ImportMode::ReplaceProfiles, "synthetic");
    }
    Session session;
    MainWindow window(session);
    window.resize(1400, 860);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openDatabase(path));
    REQUIRE(session.profiles().size() == 200);
    const QString code = QString::fromStdString(session.profiles()[7].code);
    window.profileList()->selectCode(code);
    QCoreApplication::processEvents();

    IndicatorValue value = session.profiles()[7].values.front();
    int step = 0;
    const auto edit = [&] {
        value.value = 10.0 + (step++ % 50);
        session.setValue(code, value);
    };
    std::printf("median of 101 runs (ms): edit alone %.2f; edit + paint what changed %.2f; "
                "edit + repaint of the whole window %.2f\n",
                bench::medianMilliseconds(101, edit),
                bench::medianMilliseconds(101,
                                          [&] {
                                              edit();
                                              QCoreApplication::processEvents();
                                          }),
                bench::medianMilliseconds(101, [&] {
                    edit();
                    window.repaint();
                }));
    BENCHMARK("setValue + rescore 200 + repaint (profile view)")
    {
        value.value = 10.0 + (step++ % 50);
        session.setValue(code, value);
        window.repaint();
    };
    BENCHMARK("setValue alone: SQLite write, read back, rescore 200, models told")
    {
        value.value = 10.0 + (step++ % 50);
        session.setValue(code, value);
    };
    BENCHMARK("rescore 200 alone (scoreProfileSet)")
    {
        return aisov::scoreProfileSet(session.profiles(), session.methodology()).results.size();
    };
    BENCHMARK("repaint alone (profile view)")
    {
        window.repaint();
    };
    BENCHMARK("setValue + paint what changed (the event loop's repaint)")
    {
        value.value = 10.0 + (step++ % 50);
        session.setValue(code, value);
        QCoreApplication::processEvents();
    };
    window.profileList()->selectCodes({code, QString::fromStdString(session.profiles()[8].code),
                                       QString::fromStdString(session.profiles()[9].code)});
    window.tabs()->setCurrentIndex(1);
    QCoreApplication::processEvents();
    BENCHMARK("setValue + rescore 200 + repaint (comparison of 3)")
    {
        value.value = 10.0 + (step++ % 50);
        session.setValue(code, value);
        window.repaint();
    };

    // Three scenarios of the edited profile, each overriding two indicators:
    // every edit of the base scores each of them among the 200 again.
    window.profileList()->selectCode(code);
    for (int s = 0; s < 3; ++s) {
        const QString name = QStringLiteral("plan %1").arg(s);
        session.createScenario(code, name, {});
        for (std::size_t i = 1; i <= 2; ++i) {
            IndicatorValue override = session.profiles()[7].values[i + static_cast<std::size_t>(s)];
            override.value *= 1.5;
            session.setScenarioOverride(code, name, override);
        }
    }
    window.tabs()->setCurrentIndex(0);
    QCoreApplication::processEvents();
    const double hiddenTab = bench::medianMilliseconds(101, [&] {
        edit();
        QCoreApplication::processEvents();
    });
    window.tabs()->setCurrentWidget(window.scenarioPanel());
    QCoreApplication::processEvents();
    std::printf("median of 101 runs (ms), 3 scenarios of the edited profile: edit + paint what "
                "changed, profile tab %.2f; scenarios tab %.2f\n",
                hiddenTab, bench::medianMilliseconds(101, [&] {
                    edit();
                    QCoreApplication::processEvents();
                }));
}

TEST_CASE("An edit of a profile with three scenarios, bundled database, Scenarios tab")
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("bundled.sqlite"));
    Store::open(path.toStdString(), OpenMode::Create);
    Session session;
    MainWindow window(session);
    window.resize(1400, 860);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.openDatabase(path));
    const QString code = QStringLiteral("CHE");
    REQUIRE(session.profile(code) != nullptr);
    window.profileList()->selectCode(code);
    // Two overrides each, as the user guide's Swiss what-ifs.
    const std::vector<std::vector<std::pair<std::string, double>>> plans{
        {{"gpu_cluster_share", 2.5}, {"top500_share", 6.0}},
        {{"notable_ai_models", 3}, {"researchers", 7000}},
        {{"top500_systems", 3}, {"rd_expenditure", 3.6}}};
    for (std::size_t s = 0; s < plans.size(); ++s) {
        const QString name = QStringLiteral("plan %1").arg(s);
        session.createScenario(code, name, {});
        for (const auto& [indicator, number] : plans[s]) {
            IndicatorValue override = *session.profile(code)->findValue(indicator);
            override.value = number;
            session.setScenarioOverride(code, name, override);
        }
    }
    IndicatorValue value = *session.profile(code)->findValue("data_centres");
    int step = 0;
    const auto editAndPaint = [&] {
        value.value = 100.0 + (step++ % 50);
        session.setValue(code, value);
        QCoreApplication::processEvents();
    };
    window.tabs()->setCurrentIndex(0);
    QCoreApplication::processEvents();
    const double profileTab = bench::medianMilliseconds(101, editAndPaint);
    window.tabs()->setCurrentWidget(window.scenarioPanel());
    QCoreApplication::processEvents();
    std::printf("median of 101 runs (ms), bundled database, CHE with 3 scenarios: edit + paint "
                "what changed, profile tab %.2f; scenarios tab %.2f\n",
                profileTab, bench::medianMilliseconds(101, editAndPaint));
}

TEST_CASE("First frame on the bundled database")
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("bundled.sqlite"));
    Store::open(path.toStdString(), OpenMode::Create); // created and seeded once
    const auto firstFrame = [&] {
        Session session;
        MainWindow window(session);
        window.resize(1400, 860);
        window.show();
        window.openDatabase(path);
        window.repaint();
        return session.results().size();
    };
    BENCHMARK("window built, bundled database opened and scored, first frame painted")
    {
        return firstFrame();
    };
    std::printf("median of 21 runs (ms): first frame %.1f\n",
                bench::medianMilliseconds(21, [&] { firstFrame(); }));
}

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settings;
    Config::setFileForTesting(settings.filePath(QStringLiteral("bench.ini")));
    QApplication application(argc, argv);
    return Catch::Session().run(argc, argv);
}
