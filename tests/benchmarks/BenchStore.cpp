// Store benchmarks (docs/performance.md, section "Store"). Built with
// -DAISOV_BUILD_BENCHMARKS=ON; not part of ctest.

#define CATCH_CONFIG_ENABLE_BENCHMARKING
#include "../store/StoreTestSupport.h"
#include "BenchMedian.h"

#include "aisov/MethodologyIO.h"

#include <algorithm>
#include <cstdio>

using namespace aisov;
using namespace aisov::test;

namespace {

constexpr int kProfiles = 200;
constexpr int kValuesPerProfile = 40;

// The default methodology has fewer than 40 indicators: a methodology with
// 40 linear indicators in 4 pillars gives every profile 40 values.
Methodology fortyIndicators()
{
    Methodology methodology;
    methodology.id = "bench";
    methodology.name = "Benchmark";
    methodology.version = "1";
    for (int p = 0; p < 4; ++p)
        methodology.pillars.push_back({"p" + std::to_string(p), "P", 1.0, 50.0, ""});
    for (int i = 0; i < kValuesPerProfile; ++i) {
        Indicator indicator;
        indicator.id = "i" + std::to_string(i);
        indicator.pillar = "p" + std::to_string(i % 4);
        indicator.name = indicator.id;
        indicator.goalpostLow = 0;
        indicator.goalpostHigh = 100;
        methodology.indicators.push_back(indicator);
    }
    methodology.bands = {{0, "Low"}, {50, "High"}};
    return methodology;
}

// Catch2 v2 reports means; docs/performance.md records medians, so each
// benchmark also prints the median of its own timed runs.
template <typename Action>
void printMedian(const char* name, int runs, Action&& action)
{
    std::printf("median of %d runs, %s: %.3f ms\n", runs, name,
                aisov::bench::medianMilliseconds(runs, action));
}

std::string codeOf(int i)
{
    return std::string{static_cast<char>('A' + i / 676), static_cast<char>('A' + i / 26 % 26),
                       static_cast<char>('A' + i % 26)};
}

std::vector<Profile> benchProfiles()
{
    std::vector<Profile> profiles;
    for (int p = 0; p < kProfiles; ++p) {
        Profile profile;
        profile.code = codeOf(p);
        profile.name = "Country " + profile.code;
        profile.population = 1e6 + p;
        for (int i = 0; i < kValuesPerProfile; ++i) {
            IndicatorValue value;
            value.indicator = "i" + std::to_string(i);
            value.value = (p * 7 + i * 13) % 100;
            value.year = 2025;
            value.source = "Benchmark source " + std::to_string(i);
            value.url = "https://example.org/data/" + std::to_string(i);
            value.confidence = Confidence::High;
            profile.values.push_back(value);
        }
        profiles.push_back(std::move(profile));
    }
    return profiles;
}

std::string populatedStore(const TempDir& dir)
{
    const std::string path = dir.file("bench.sqlite");
    Store store = Store::open(path, OpenMode::Create, ManualClock().options());
    store.addMethodology(fortyIndicators());
    store.setActiveMethodology("bench", "1");
    store.importProfiles(benchProfiles(), ImportMode::ReplaceProfiles, "bench");
    return path;
}

} // namespace

TEST_CASE("store: open and load 200 profiles with 40 values each", "[!benchmark][store]")
{
    TempDir dir;
    const std::string path = populatedStore(dir);
    const auto openAndLoad = [&] {
        Store store = Store::open(path, OpenMode::Existing);
        return store.profiles().size();
    };
    BENCHMARK("open + load 200x40")
    {
        return openAndLoad();
    };
    printMedian("open + load 200x40", 101, openAndLoad);
}

TEST_CASE("store: save one snapshot", "[!benchmark][store]")
{
    TempDir dir;
    Store store = Store::open(populatedStore(dir), OpenMode::Existing);
    BENCHMARK("snapshot one profile (40 values)")
    {
        return store.snapshotProfile("AAK", "bench");
    };
    printMedian("snapshot one profile (40 values)", 101,
                [&] { return store.snapshotProfile("AAK", "bench"); });
}

TEST_CASE("store: list one profile's snapshots among 100,000", "[!benchmark][store]")
{
    TempDir dir;
    const std::string path = populatedStore(dir);
    std::int64_t template_id = 0;
    {
        Store store = Store::open(path, OpenMode::Existing);
        template_id = store.snapshotProfile("AAA", "template");
    }
    {
        // 100,000 snapshots spread over the 200 profiles (500 each), copied
        // from a real one so that rows have their real size.
        RawDatabase raw(path);
        raw.exec("BEGIN; WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                 "WHERE i < 99999), codes(code, k) AS (SELECT code, row_number() OVER "
                 "(ORDER BY code) - 1 FROM profiles) INSERT INTO snapshots (profile, scenario, "
                 "label, taken_at, methodology_id, methodology_version, score, profiles_json, "
                 "result_json) SELECT codes.code, NULL, 'snapshot ' || n.i, "
                 "printf('2026-01-01T00:00:%06d.000Z', n.i), s.methodology_id, "
                 "s.methodology_version, s.score, s.profiles_json, s.result_json "
                 "FROM n JOIN codes ON codes.k = n.i % 200 JOIN snapshots s ON s.id = " +
                 std::to_string(template_id) + "; COMMIT");
        REQUIRE(raw.integer("SELECT count(*) FROM snapshots") == 100000);
    }
    Store store = Store::open(path, OpenMode::Existing);
    REQUIRE(store.snapshots("AAK").size() == 500);
    std::printf("database: %lld MB\n",
                static_cast<long long>(std::filesystem::file_size(path) >> 20));
    BENCHMARK("list 500 snapshots of one profile among 100,000")
    {
        return store.snapshots("AAK").size();
    };
    printMedian("list 500 snapshots of one profile among 100,000", 101,
                [&] { return store.snapshots("AAK").size(); });
}
