// Monte Carlo uncertainty (Uncertainty.h, docs/methodology-advanced.md).

#include "../SyntheticData.h"
#include "../TestSupport.h"

#include "aisov/MethodologyIO.h"
#include "aisov/ProfileIO.h"
#include "aisov/Scoring.h"
#include "aisov/Uncertainty.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <stdexcept>
#include <stop_token>
#include <string_view>
#include <thread>

using namespace aisov;
using aisov::test::fixturePath;
using aisov::test::indicatorOf;
using aisov::test::valueOf;
using Catch::Matchers::WithinAbs;

namespace {

UncertaintyOptions nothingPerturbed(int draws = 50)
{
    UncertaintyOptions options;
    options.draws = draws;
    options.perturbWeights = false;
    options.switchAggregation = false;
    options.perturbValues = false;
    return options;
}

// One pillar "p" of weight 1 with the given indicators, arithmetic throughout.
Methodology onePillar(std::vector<Indicator> indicators)
{
    Methodology methodology;
    methodology.id = "one";
    methodology.pillars = {{"p", "P", 1.0, 50.0, ""}};
    methodology.indicators = std::move(indicators);
    methodology.pillarAggregation = Aggregation::Arithmetic;
    return methodology;
}

Profile profileWith(const std::string& code, std::vector<IndicatorValue> values)
{
    Profile profile;
    profile.code = code;
    profile.name = code;
    profile.values = std::move(values);
    return profile;
}

void checkEveryDrawIsTheScore(const std::vector<Profile>& profiles, const Methodology& methodology)
{
    const auto expected = scoreProfiles(profiles, methodology);
    const auto draws = uncertaintyDraws(profiles, methodology, nothingPerturbed());
    const auto summaries = analyzeUncertainty(profiles, methodology, nothingPerturbed());
    REQUIRE(draws.size() == expected.size());
    for (std::size_t p = 0; p < expected.size(); ++p) {
        INFO("profile " << expected[p].code);
        if (!expected[p].score) {
            CHECK(draws[p].empty());
            CHECK_FALSE(summaries[p].scored);
            continue;
        }
        REQUIRE(draws[p].size() == 50);
        for (const double score : draws[p])
            CHECK(score == *expected[p].score); // bit for bit: one formula
        CHECK(summaries[p].p5 == *expected[p].score);
        CHECK(summaries[p].p50 == *expected[p].score);
        CHECK(summaries[p].p95 == *expected[p].score);
    }
}

} // namespace

TEST_CASE("with nothing perturbed every draw is the deterministic score", "[uncertainty][lanes]")
{
    const Methodology fixture = loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    const auto fixtureProfiles = loadProfilesFile(fixturePath("three-pillars.profiles.json"));

    SECTION("fixture: log and linear, both directions, a missing value, a pooled bloc")
    {
        checkEveryDrawIsTheScore(fixtureProfiles, fixture);
    }
    SECTION("missing counts as zero, geometric and minimum inside pillars")
    {
        Methodology methodology = fixture;
        methodology.missing = MissingPolicy::Zero;
        methodology.indicatorAggregation = Aggregation::Geometric;
        checkEveryDrawIsTheScore(fixtureProfiles, methodology);
        methodology.indicatorAggregation = Aggregation::Minimum;
        methodology.pillarAggregation = Aggregation::Arithmetic;
        checkEveryDrawIsTheScore(fixtureProfiles, methodology);
    }
    SECTION("minmax and percentile normalisation")
    {
        Methodology methodology = fixture;
        methodology.normalization = Normalization::MinMax;
        checkEveryDrawIsTheScore(fixtureProfiles, methodology);
        methodology.normalization = Normalization::Percentile;
        checkEveryDrawIsTheScore(fixtureProfiles, methodology);
    }
    SECTION("200 synthetic profiles, 25 indicators (the benchmark's data)")
    {
        const Methodology methodology = test::syntheticMethodology(25);
        checkEveryDrawIsTheScore(test::syntheticProfiles(methodology, 200), methodology);
    }
    SECTION("a profile without data gets no interval")
    {
        auto profiles = fixtureProfiles;
        profiles.push_back(profileWith("NIL", {}));
        checkEveryDrawIsTheScore(profiles, fixture);
    }
}

TEST_CASE("same seed, same output, whatever the thread count", "[uncertainty]")
{
    const Methodology methodology = test::syntheticMethodology(25);
    const auto profiles = test::syntheticProfiles(methodology, 40);
    UncertaintyOptions options;
    options.draws = 333; // not a multiple of the block size nor of the threads
    options.seed = 2026;
    options.threads = 1;
    const auto reference = uncertaintyDraws(profiles, methodology, options);
    const auto referenceSummaries = analyzeUncertainty(profiles, methodology, options);
    for (const int threads : {2, 3, 7}) {
        options.threads = threads;
        INFO(threads << " threads");
        CHECK(uncertaintyDraws(profiles, methodology, options) == reference);
        const auto summaries = analyzeUncertainty(profiles, methodology, options);
        for (std::size_t p = 0; p < summaries.size(); ++p) {
            CHECK(summaries[p].p5 == referenceSummaries[p].p5);
            CHECK(summaries[p].p50 == referenceSummaries[p].p50);
            CHECK(summaries[p].p95 == referenceSummaries[p].p95);
            CHECK(summaries[p].rankFrequency == referenceSummaries[p].rankFrequency);
        }
    }
    // Another seed gives other draws (and the draws do vary).
    options.seed = 2027;
    const auto other = uncertaintyDraws(profiles, methodology, options);
    CHECK(other != reference);
    CHECK(reference[0][0] != reference[0][1]);
}

TEST_CASE("value noise follows confidence: hand-computed intervals", "[uncertainty]")
{
    // One linear indicator, goalposts [0, 100], value 50: the score is
    // 50 * exp(sigma z), so p5 and p95 are 50 * exp(-+1.645 sigma):
    //   high   (0.05): 46.09 .. 54.32
    //   medium (0.15): 39.06 .. 64.01
    //   low    (0.30): 30.52 .. 81.91
    const Methodology methodology = onePillar({indicatorOf("x", "p", 0.0, 100.0)});
    UncertaintyOptions options;
    options.draws = 20000;
    options.perturbWeights = false;
    options.switchAggregation = false;
    const auto intervalFor = [&](Confidence confidence) {
        return analyzeUncertainty({profileWith("A", {valueOf("x", 50.0, confidence)})}, methodology,
                                  options)
            .front();
    };
    const auto high = intervalFor(Confidence::High);
    const auto medium = intervalFor(Confidence::Medium);
    const auto low = intervalFor(Confidence::Low);
    CHECK_THAT(high.p5, WithinAbs(50.0 * std::exp(-1.645 * 0.05), 0.3));
    CHECK_THAT(high.p95, WithinAbs(50.0 * std::exp(1.645 * 0.05), 0.3));
    CHECK_THAT(medium.p5, WithinAbs(50.0 * std::exp(-1.645 * 0.15), 0.5));
    CHECK_THAT(medium.p95, WithinAbs(50.0 * std::exp(1.645 * 0.15), 0.5));
    CHECK_THAT(low.p5, WithinAbs(50.0 * std::exp(-1.645 * 0.30), 0.8));
    CHECK_THAT(low.p95, WithinAbs(50.0 * std::exp(1.645 * 0.30), 0.8));
    CHECK_THAT(low.p50, WithinAbs(50.0, 0.5)); // the median of exp(sigma z) is 1
    CHECK(high.p95 - high.p5 < medium.p95 - medium.p5);
    CHECK(medium.p95 - medium.p5 < low.p95 - low.p5);
}

TEST_CASE("value noise on a log indicator is a shift in log space", "[uncertainty]")
{
    // Log goalposts [1, 100], value 10: n = (ln 10 + sigma z) / ln 100
    // = 0.5 + sigma z / 4.6052. Low confidence (0.30): p95 = 50 + 100 *
    // 1.645 * 0.30 / 4.6052 = 60.72, p5 = 39.28, symmetric around 50.
    const Methodology methodology = onePillar({indicatorOf("x", "p", 1.0, 100.0, Transform::Log)});
    UncertaintyOptions options;
    options.draws = 20000;
    options.perturbWeights = false;
    options.switchAggregation = false;
    const auto summary = analyzeUncertainty(
        {profileWith("A", {valueOf("x", 10.0, Confidence::Low)})}, methodology, options);
    CHECK_THAT(summary[0].p95, WithinAbs(60.72, 0.3));
    CHECK_THAT(summary[0].p5, WithinAbs(39.28, 0.3));
    CHECK_THAT(summary[0].p50, WithinAbs(50.0, 0.2));
}

TEST_CASE("weights follow a Dirichlet around the set weights", "[uncertainty]")
{
    // Two pillars of weight 1, arithmetic: pillar scores 100 and 0 give
    // 100 * w1 with w1 ~ Beta(50, 50) (concentration 100): mean 0.5,
    // sd = sqrt(0.25 / 101) = 0.0498, so p5 = 50 - 1.645 * 4.98 = 41.8 and
    // p95 = 58.2.
    Methodology methodology;
    methodology.pillars = {{"p", "P", 1.0, 50.0, ""}, {"q", "Q", 1.0, 50.0, ""}};
    methodology.indicators = {indicatorOf("x", "p", 0.0, 1.0), indicatorOf("y", "q", 0.0, 1.0)};
    methodology.pillarAggregation = Aggregation::Arithmetic;
    UncertaintyOptions options;
    options.draws = 20000;
    options.switchAggregation = false;
    options.perturbValues = false;
    const auto summary = analyzeUncertainty(
        {profileWith("A", {valueOf("x", 1.0), valueOf("y", 0.0)})}, methodology, options);
    CHECK_THAT(summary[0].p50, WithinAbs(50.0, 0.3));
    CHECK_THAT(summary[0].p5, WithinAbs(41.8, 0.4));
    CHECK_THAT(summary[0].p95, WithinAbs(58.2, 0.4));
}

TEST_CASE("pillar aggregation switches between arithmetic and geometric", "[uncertainty]")
{
    // Pillars at 0.25 and 1.0, equal weights: arithmetic 62.5, geometric
    // sqrt(0.25) = 50. Each draw is one or the other, about half each.
    Methodology methodology;
    methodology.pillars = {{"p", "P", 1.0, 50.0, ""}, {"q", "Q", 1.0, 50.0, ""}};
    methodology.indicators = {indicatorOf("x", "p", 0.0, 1.0), indicatorOf("y", "q", 0.0, 1.0)};
    UncertaintyOptions options;
    options.draws = 1000;
    options.perturbWeights = false;
    options.perturbValues = false;
    const auto draws = uncertaintyDraws({profileWith("A", {valueOf("x", 0.25), valueOf("y", 1.0)})},
                                        methodology, options);
    int arithmetic = 0;
    for (const double score : draws[0]) {
        CHECK((score == 62.5 || std::abs(score - 50.0) < 1e-12));
        arithmetic += score == 62.5 ? 1 : 0;
    }
    CHECK(arithmetic > 430);
    CHECK(arithmetic < 570);
}

TEST_CASE("rank frequencies: each profile's and each rank's sum to 1", "[uncertainty]")
{
    const Methodology methodology = test::syntheticMethodology(25);
    const auto profiles = test::syntheticProfiles(methodology, 12);
    UncertaintyOptions options;
    options.draws = 500;
    const auto summaries = analyzeUncertainty(profiles, methodology, options);
    std::vector<double> perRank(profiles.size(), 0.0);
    for (const auto& summary : summaries) {
        REQUIRE(summary.rankFrequency.size() == profiles.size());
        double sum = 0.0;
        for (std::size_t r = 0; r < profiles.size(); ++r) {
            sum += summary.rankFrequency[r];
            perRank[r] += summary.rankFrequency[r];
        }
        CHECK_THAT(sum, WithinAbs(1.0, 1e-12));
    }
    for (const double sum : perRank)
        CHECK_THAT(sum, WithinAbs(1.0, 1e-12));

    // Unperturbed, the ranks are the deterministic ones: the fixture's bloc
    // (100 * 0.6^(1/4) = 88.0) first, X (79.5) second, Y (63.0) third.
    const Methodology fixture = loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    const auto fixed = analyzeUncertainty(
        loadProfilesFile(fixturePath("three-pillars.profiles.json")), fixture, nothingPerturbed());
    CHECK(fixed[0].rankFrequency == std::vector<double>{0.0, 1.0, 0.0});
    CHECK(fixed[1].rankFrequency == std::vector<double>{0.0, 0.0, 1.0});
    CHECK(fixed[2].rankFrequency == std::vector<double>{1.0, 0.0, 0.0});
}

namespace {

// The ranks counted from every draw's scores one by one, against the run's
// sort (a counting sort over the draw's range, then an exact pass).
// Returns how many pairs of distinct profiles tied exactly.
std::size_t checkRanksAreThoseOfTheDraws(const std::vector<Profile>& profiles,
                                         const Methodology& methodology,
                                         const UncertaintyOptions& options)
{
    const auto draws = uncertaintyDraws(profiles, methodology, options);
    const auto summaries = analyzeUncertainty(profiles, methodology, options);
    const std::size_t n = profiles.size();
    const auto drawCount = static_cast<std::size_t>(options.draws);
    std::vector<std::vector<int>> counts(n, std::vector<int>(n, 0));
    std::size_t ties = 0;
    for (std::size_t d = 0; d < drawCount; ++d)
        for (std::size_t i = 0; i < n; ++i) {
            std::size_t rank = 0;
            for (std::size_t j = 0; j < n; ++j) {
                const double mine = draws[i].at(d);
                const double theirs = draws[j].at(d);
                if (theirs > mine || (theirs == mine && j < i))
                    ++rank;
                if (j != i && theirs == mine)
                    ++ties;
            }
            ++counts[i][rank];
        }
    for (std::size_t i = 0; i < n; ++i) {
        INFO("profile " << profiles[i].code);
        REQUIRE(summaries[i].rankFrequency.size() == n);
        for (std::size_t r = 0; r < n; ++r)
            CHECK(summaries[i].rankFrequency[r] ==
                  static_cast<double>(counts[i][r]) / static_cast<double>(drawCount));
    }
    return ties;
}

UncertaintyOptions valuesUnperturbed(int draws)
{
    UncertaintyOptions options;
    options.draws = draws;
    options.threads = 2;
    options.perturbValues = false;
    return options;
}

// A copy of `profile` under another code whose values are `ulps` steps of
// the double above the original's: its scores differ from the original's
// in their last bits only.
Profile nudgedCopy(const Profile& profile, const std::string& code, int ulps)
{
    Profile copy = profile;
    copy.code = code;
    for (auto& value : copy.values)
        for (int step = 0; step < ulps; ++step)
            value.value = std::nextafter(value.value, HUGE_VAL);
    return copy;
}

} // namespace

TEST_CASE("rank frequencies are the ranks of the draws, ties to the earlier profile",
          "[uncertainty][lanes]")
{
    // Geometric pillars; values unperturbed, so that the five copies (same
    // values, other codes, later in the input) tie with their originals
    // exactly in every draw, and a tie must go to the original.
    Methodology methodology = test::syntheticMethodology(25);
    methodology.pillarAggregation = Aggregation::Geometric;
    auto profiles = test::syntheticProfiles(methodology, 30);
    for (std::size_t p = 0; p < 5; ++p)
        profiles.push_back(nudgedCopy(profiles[p * 6], profiles[p * 6].code + "-COPY", 0));
    const std::size_t ties =
        checkRanksAreThoseOfTheDraws(profiles, methodology, valuesUnperturbed(300));
    CHECK(ties >= 2 * 5 * 300); // the copies tie in every draw
}

TEST_CASE("rank frequencies hold for scores that differ in their last bits", "[uncertainty]")
{
    // Scores a few ulps apart share a bucket of the counting sort, so the
    // exact pass alone orders them; with every profile such a copy of one,
    // the draw's range is a few ulps wide.
    Methodology methodology = test::syntheticMethodology(25);
    const auto synthetic = test::syntheticProfiles(methodology, 20);
    SECTION("mixed with others")
    {
        auto profiles = synthetic;
        for (int copy = 1; copy <= 4; ++copy)
            profiles.push_back(nudgedCopy(synthetic[3], "NEAR-" + std::to_string(copy), 5 - copy));
        const std::size_t ties =
            checkRanksAreThoseOfTheDraws(profiles, methodology, valuesUnperturbed(200));
        CHECK(ties < 5 * 4 * 200); // the copies do not all tie: there is an order to find
    }
    SECTION("all of them")
    {
        std::vector<Profile> profiles;
        for (int copy = 0; copy < 12; ++copy)
            profiles.push_back(
                nudgedCopy(synthetic[7], "NEAR-" + std::to_string(copy), (copy * 7) % 12));
        const std::size_t ties =
            checkRanksAreThoseOfTheDraws(profiles, methodology, valuesUnperturbed(200));
        CHECK(ties < 12 * 11 * 200);
    }
    SECTION("all equal")
    {
        std::vector<Profile> profiles;
        for (int copy = 0; copy < 6; ++copy)
            profiles.push_back(nudgedCopy(synthetic[2], "SAME-" + std::to_string(copy), 0));
        const std::size_t ties =
            checkRanksAreThoseOfTheDraws(profiles, methodology, valuesUnperturbed(50));
        CHECK(ties == 6 * 5 * 50);
    }
}

TEST_CASE("profiles scored already give the same run as the profiles", "[uncertainty]")
{
    // Analysis passes its ScoredSet instead of scoring the profiles again;
    // the fixture has a bloc, pooled in both paths.
    const Methodology fixture = loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    const auto profiles = loadProfilesFile(fixturePath("three-pillars.profiles.json"));
    UncertaintyOptions options;
    options.draws = 200;
    const auto fromProfiles = analyzeUncertainty(profiles, fixture, options);
    const auto fromScored =
        analyzeUncertainty(scoreProfileSet(profiles, fixture), fixture, options, {});
    REQUIRE(fromScored.size() == fromProfiles.size());
    for (std::size_t p = 0; p < fromProfiles.size(); ++p) {
        CHECK(fromScored[p].code == profiles[p].code);
        CHECK(fromScored[p].p5 == fromProfiles[p].p5);
        CHECK(fromScored[p].p50 == fromProfiles[p].p50);
        CHECK(fromScored[p].p95 == fromProfiles[p].p95);
        CHECK(fromScored[p].rankFrequency == fromProfiles[p].rankFrequency);
    }
    CHECK(fromProfiles[0].p5 < fromProfiles[0].p95); // perturbed: a real interval
}

TEST_CASE("ranks among a chosen set: the share of draws in which one beats the other",
          "[uncertainty]")
{
    const Methodology methodology = test::syntheticMethodology(25);
    const auto profiles = test::syntheticProfiles(methodology, 12);
    // The two profiles closest in score, so that they swap places in some
    // draws; `first` comes first in the input.
    const auto scores = scoreProfiles(profiles, methodology);
    std::size_t first = 0;
    std::size_t second = 1;
    for (std::size_t i = 0; i < profiles.size(); ++i)
        for (std::size_t j = i + 1; j < profiles.size(); ++j)
            if (std::abs(*scores[i].score - *scores[j].score) <
                std::abs(*scores[first].score - *scores[second].score)) {
                first = i;
                second = j;
            }
    UncertaintyOptions options;
    options.draws = 400;
    options.seed = 11;
    options.rankAmong = {profiles[first].code, profiles[second].code};
    const auto summaries = analyzeUncertainty(profiles, methodology, options);
    // Only the two chosen profiles are ranked, between themselves.
    for (std::size_t p = 0; p < profiles.size(); ++p)
        CHECK(summaries[p].rankFrequency.size() == (p == first || p == second ? 2U : 0U));

    // Independent count over the same draws: how often `first` scores at or
    // above `second` (a tie goes to the one first in the input).
    const auto draws = uncertaintyDraws(profiles, methodology, options);
    int firstAhead = 0;
    for (std::size_t d = 0; d < draws[first].size(); ++d)
        if (draws[first][d] >= draws[second][d])
            ++firstAhead;
    const double share = firstAhead / static_cast<double>(options.draws);
    REQUIRE(share > 0.0);
    REQUIRE(share < 1.0); // the pair must swap places now and then, or the check is empty
    CHECK(summaries[first].rankFrequency[0] == share);
    const double otherShare = (options.draws - firstAhead) / static_cast<double>(options.draws);
    CHECK(summaries[first].rankFrequency[1] == otherShare);
    CHECK(summaries[second].rankFrequency[0] == otherShare);
    // The intervals do not depend on which profiles are ranked.
    UncertaintyOptions allRanked = options;
    allRanked.rankAmong.clear();
    const auto reference = analyzeUncertainty(profiles, methodology, allRanked);
    CHECK(summaries[first].p5 == reference[first].p5);
    CHECK(summaries[second].p95 == reference[second].p95);
}

TEST_CASE("the most likely rank is the most frequent one, the better on a tie", "[uncertainty]")
{
    UncertaintySummary summary;
    CHECK_FALSE(mostLikelyRank(summary).has_value());
    summary.rankFrequency = {0.1, 0.6, 0.3};
    CHECK(mostLikelyRank(summary)->rank == 2);
    CHECK(mostLikelyRank(summary)->share == 0.6);
    summary.rankFrequency = {0.2, 0.4, 0.4};
    CHECK(mostLikelyRank(summary)->rank == 2);
}

TEST_CASE("fewer than one draw is refused", "[uncertainty]")
{
    const Methodology methodology = onePillar({indicatorOf("x", "p", 0.0, 1.0)});
    UncertaintyOptions options;
    options.draws = 0;
    CHECK_THROWS_AS(analyzeUncertainty({}, methodology, options), std::invalid_argument);
}

TEST_CASE("p5, p50 and p95 are the type-7 percentiles of the draws", "[uncertainty]")
{
    // The summary finds order statistics through a histogram; a plain sort
    // of the same draws must give the same numbers, bit for bit.
    const Methodology methodology = test::syntheticMethodology(25);
    const auto profiles = test::syntheticProfiles(methodology, 10);
    UncertaintyOptions options;
    options.draws = 1001;
    const auto draws = uncertaintyDraws(profiles, methodology, options);
    const auto summaries = analyzeUncertainty(profiles, methodology, options);
    const auto percentile = [](std::vector<double> values, double p) {
        std::sort(values.begin(), values.end());
        const double position = p * static_cast<double>(values.size() - 1);
        const auto k = static_cast<std::size_t>(position);
        const double fraction = position - static_cast<double>(k);
        return fraction == 0.0 ? values[k] : values[k] + fraction * (values[k + 1] - values[k]);
    };
    for (std::size_t p = 0; p < profiles.size(); ++p) {
        CHECK(summaries[p].p5 == percentile(draws[p], 0.05)); // rank 50 of 0..1000
        CHECK(summaries[p].p50 == percentile(draws[p], 0.50));
        CHECK(summaries[p].p95 == percentile(draws[p], 0.95));
    }
    // And with an even count, where p50 interpolates between two draws.
    options.draws = 1000;
    const auto evenDraws = uncertaintyDraws(profiles, methodology, options);
    const auto evenSummaries = analyzeUncertainty(profiles, methodology, options);
    CHECK(evenSummaries[0].p50 == percentile(evenDraws[0], 0.50));
    CHECK(evenSummaries[0].p5 == percentile(evenDraws[0], 0.05));
}

namespace {

// FNV-1a over the bits of every draw, profile by profile: one number that
// changes when any draw changes in any bit.
std::uint64_t drawsDigest(const std::vector<std::vector<double>>& draws)
{
    std::uint64_t hash = 1469598103934665603ULL;
    for (const auto& row : draws)
        for (const double draw : row) {
            std::uint64_t bits = 0;
            std::memcpy(&bits, &draw, sizeof bits);
            for (int byte = 0; byte < 8; ++byte) {
                hash ^= (bits >> (8 * byte)) & 0xffU;
                hash *= 1099511628211ULL;
            }
        }
    return hash;
}

UncertaintyOptions drawsOn(int draws, int threads)
{
    UncertaintyOptions options;
    options.draws = draws;
    options.threads = threads;
    return options;
}

// A run long enough to cancel: 60 profiles of 100 indicators, 100,000
// draws (48 MB of draws), several seconds on the project's machine.
struct LongRun
{
    Methodology methodology = test::syntheticMethodology(100);
    std::vector<Profile> profiles = test::syntheticProfiles(methodology, 60);
    UncertaintyOptions options = [] {
        UncertaintyOptions many = drawsOn(100000, 2);
        many.computeRanks = false;
        return many;
    }();
};

} // namespace

TEST_CASE("the draws run the version for this CPU, or the portable one when asked",
          "[uncertainty][lanes]")
{
    // The [lanes] cases run twice (tests/CMakeLists.txt): as they are, and
    // with AISOV_PORTABLE_LANES set, so that both compiled versions of the
    // draws must give the recorded bits.
    std::string_view expected = "portable";
#if defined(__x86_64__) && !defined(__clang__)
    if (std::getenv("AISOV_PORTABLE_LANES") == nullptr && __builtin_cpu_supports("avx2"))
        expected = "avx2";
#endif
    CHECK(uncertaintyDrawsVersion() == expected);
}

TEST_CASE("the output is bit for bit the one before progress and cancellation existed",
          "[uncertainty][control][lanes]")
{
    // Recorded with the implementation of commit c48fd8c (before the runner
    // learnt progress and cancellation), threads = 1: the FNV-1a digest of
    // every draw, and p5/p50/p95 and the rank-1 share of three profiles.
    // The digest was recorded again when the geometric aggregation moved
    // from glibc's log and exp to fdlibm's (aggregationLog, aggregationExp,
    // issue 18): geometric draws changed in their last bits. Vectorised
    // first with glibc's functions, the draws gave the benchmark command's
    // output byte for byte, and the random streams are unchanged, so only
    // those bits moved; the percentiles and rank shares below did not.
    const Methodology methodology = test::syntheticMethodology(25);
    const auto profiles = test::syntheticProfiles(methodology, 40);
    UncertaintyOptions options;
    options.draws = 333;
    options.seed = 2026;
    struct Recorded
    {
        std::size_t profile;
        double p5, p50, p95, rank1;
    };
    const std::vector<Recorded> recorded{
        {0, 0x1.a0968c768878ep+5, 0x1.bc5f9067a92a2p+5, 0x1.da342a563b322p+5, 0x1.3fcecc7e13fcfp-4},
        {17, 0x1.9561e67d97d62p+5, 0x1.af97474618602p+5, 0x1.c5470a1e48a21p+5,
         0x1.899c0f601899cp-8},
        {39, 0x1.82449b846c83cp+5, 0x1.a463973d068f8p+5, 0x1.c299b2c770d3ep+5,
         0x1.27350b8812735p-7},
    };
    for (const int threads : {1, 2, 3, 7}) {
        INFO(threads << " threads");
        options.threads = threads;
        CHECK(drawsDigest(uncertaintyDraws(profiles, methodology, options)) ==
              0x03cbd3c62bd3faa7ULL);
        int calls = 0;
        UncertaintyControl control;
        control.progress = [&](int, int) { ++calls; };
        std::stop_source neverStopped;
        control.stop = neverStopped.get_token();
        for (const bool withControl : {false, true}) {
            const auto summaries = withControl
                                       ? analyzeUncertainty(profiles, methodology, options, control)
                                       : analyzeUncertainty(profiles, methodology, options);
            for (const auto& expected : recorded) {
                const UncertaintySummary& summary = summaries[expected.profile];
                CHECK(summary.p5 == expected.p5);
                CHECK(summary.p50 == expected.p50);
                CHECK(summary.p95 == expected.p95);
                CHECK(summary.rankFrequency.at(0) == expected.rank1);
            }
        }
        CHECK(calls > 0);
    }
}

TEST_CASE("progress counts draws up to the total, growing, at most once per percent",
          "[uncertainty][control]")
{
    const Methodology methodology = test::syntheticMethodology(25);
    const auto profiles = test::syntheticProfiles(methodology, 20);
    for (const int threads : {1, 2, 3}) {
        INFO(threads << " threads");
        const UncertaintyOptions options = drawsOn(5000, threads);
        std::vector<std::pair<int, int>> calls; // never two at once: no lock needed
        UncertaintyControl control;
        control.progress = [&](int done, int total) { calls.emplace_back(done, total); };
        analyzeUncertainty(profiles, methodology, options, control);
        REQUIRE_FALSE(calls.empty());
        CHECK(calls.size() <= 100);
        CHECK(calls.back() == std::pair<int, int>{5000, 5000});
        for (std::size_t i = 0; i < calls.size(); ++i) {
            CHECK(calls[i].second == 5000);
            if (i > 0)
                CHECK(calls[i].first > calls[i - 1].first);
        }
    }
    // Nothing to draw (no profile has data): one call, all done.
    std::vector<std::pair<int, int>> calls;
    UncertaintyControl control;
    control.progress = [&](int done, int total) { calls.emplace_back(done, total); };
    UncertaintyOptions options;
    options.draws = 10;
    analyzeUncertainty(std::vector<Profile>{}, methodology, options, control);
    CHECK(calls == std::vector<std::pair<int, int>>{{10, 10}});
}

TEST_CASE("a run cancelled from another thread returns within 50 ms", "[uncertainty][control]")
{
    const LongRun run;
    std::stop_source stopSource;
    std::mutex mutex;
    std::condition_variable progressed;
    bool started = false;
    int lastDone = 0;
    UncertaintyControl control;
    control.stop = stopSource.get_token();
    control.progress = [&](int done, int) {
        const std::lock_guard lock(mutex);
        started = true;
        lastDone = done;
        progressed.notify_one();
    };
    std::chrono::steady_clock::time_point requested;
    std::thread canceller([&] {
        std::unique_lock lock(mutex);
        progressed.wait(lock, [&] { return started; });
        requested = std::chrono::steady_clock::now();
        stopSource.request_stop();
    });
    bool cancelled = false;
    try {
        analyzeUncertainty(run.profiles, run.methodology, run.options, control);
    } catch (const Cancelled&) {
        cancelled = true;
    }
    const auto returned = std::chrono::steady_clock::now();
    canceller.join();
    REQUIRE(cancelled);
    CHECK(lastDone < run.options.draws); // stopped part-way, not at the end
    const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(returned - requested);
    INFO("returned " << waited.count() << " ms after the request");
    CHECK(waited < std::chrono::milliseconds(50));
}

TEST_CASE("a stop requested before the start cancels at once", "[uncertainty][control]")
{
    const Methodology methodology = test::syntheticMethodology(25);
    const auto profiles = test::syntheticProfiles(methodology, 5);
    std::stop_source stopSource;
    stopSource.request_stop();
    UncertaintyControl control;
    control.stop = stopSource.get_token();
    bool called = false;
    control.progress = [&](int, int) { called = true; };
    CHECK_THROWS_AS(analyzeUncertainty(profiles, methodology, {}, control), Cancelled);
    CHECK_FALSE(called);
}

TEST_CASE("an exception on a worker thread reaches the caller", "[uncertainty][control]")
{
    const Methodology methodology = test::syntheticMethodology(25);
    const auto profiles = test::syntheticProfiles(methodology, 20);
    for (const int threads : {1, 2, 4}) {
        INFO(threads << " threads");
        const UncertaintyOptions options = drawsOn(20000, threads);
        UncertaintyControl control;
        std::atomic<int> calls{0};
        // Thrown from whichever thread finished the chunk: with several
        // threads, usually a worker, not the caller.
        control.progress = [&](int done, int) {
            ++calls;
            if (done >= 2000)
                throw std::runtime_error("progress callback failed");
        };
        CHECK_THROWS_WITH(analyzeUncertainty(profiles, methodology, options, control),
                          "progress callback failed");
        CHECK(calls.load() < 100); // it stopped the run: not every percent came
    }
}
