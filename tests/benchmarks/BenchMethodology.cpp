// The methodology editor's live rescoring (docs/performance.md): one pillar
// weight moved with 200 profiles loaded — the draft checked by the core
// (validateMethodology), all 200 rescored by the analysis API, ranks and
// bands compared with the saved methodology, the undo step merged, every
// model told — then painted. It must fit in one 16 ms frame.
//
//   cmake -S . -B build-bench -DAISOV_BUILD_BENCHMARKS=ON -DAISOV_BUILD_TESTS=ON
//   -DCMAKE_BUILD_TYPE=Release cmake --build build-bench -j2 --target BenchMethodology
//   QT_QPA_PLATFORM=offscreen build-bench/tests/BenchMethodology --benchmark-samples 30

#define CATCH_CONFIG_RUNNER
#define CATCH_CONFIG_ENABLE_BENCHMARKING
#include <catch2/catch.hpp>

#include "../SyntheticData.h"
#include "BenchMedian.h"
#include "Config.h"
#include "MainWindow.h"
#include "Session.h"
#include "widgets/MethodologyPanel.h"

#include "aisov/Store.h"

#include <QApplication>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace aisov;

namespace {

// Median CPU time of this thread over `runs` calls, in milliseconds: on a
// machine shared with other builds the wall time mostly measures the
// others; the GUI thread's own CPU time does not (all painting is on it).
double medianThreadCpuMilliseconds(int runs, const std::function<void()>& work)
{
    const auto now = [] {
        timespec time{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time);
        return static_cast<double>(time.tv_sec) * 1e3 + static_cast<double>(time.tv_nsec) / 1e6;
    };
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const double start = now();
        work();
        times.push_back(now() - start);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

TEST_CASE("A pillar weight moved with 200 profiles loaded: rescore, compare, repaint")
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
        // Synthetic codes are not ISO alpha-3: as blocs without members
        // they are scored as they are.
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
    window.tabs()->setCurrentWidget(window.methodologyPanel());
    QSlider* slider = window.methodologyPanel()->weightSlider(QStringLiteral("p2"));
    REQUIRE(slider != nullptr);
    QCoreApplication::processEvents();

    // Weights 1.01 .. 1.50, never the saved 1: every move is a real change.
    int step = 0;
    const auto nextWeight = [&] { return 1.01 + (step++ % 50) / 100.0; };
    const auto moveSlider = [&] {
        slider->setValue(
            static_cast<int>(std::lround(nextWeight() * MethodologyPanel::kSliderScale)));
    };
    std::printf("median of 101 runs (ms): weight change alone %.2f; slider moved + paint what "
                "changed %.2f; slider moved + repaint of the whole window %.2f\n",
                bench::medianMilliseconds(
                    101, [&] { session.setPillarWeight(QStringLiteral("p2"), nextWeight()); }),
                bench::medianMilliseconds(101,
                                          [&] {
                                              moveSlider();
                                              QCoreApplication::processEvents();
                                          }),
                bench::medianMilliseconds(101, [&] {
                    moveSlider();
                    window.repaint();
                }));
    const auto paintWhatChanged = [&] {
        moveSlider();
        QCoreApplication::processEvents();
    };
    std::printf("median of 101 runs, CPU time of the GUI thread (ms): weight change alone %.2f; "
                "slider moved + paint what changed %.2f\n",
                medianThreadCpuMilliseconds(
                    101, [&] { session.setPillarWeight(QStringLiteral("p2"), nextWeight()); }),
                medianThreadCpuMilliseconds(101, paintWhatChanged));
    REQUIRE(session.hasUnsavedMethodology());
    REQUIRE(session.undoStack()->count() == 1); // every move merged into one step
    BENCHMARK("setPillarWeight: validate, rescore 200, compare ranks and bands, models told")
    {
        session.setPillarWeight(QStringLiteral("p2"), nextWeight());
    };
    BENCHMARK("slider moved + paint what changed (the event loop's repaint)")
    {
        moveSlider();
        QCoreApplication::processEvents();
    };
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
