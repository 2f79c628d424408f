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
