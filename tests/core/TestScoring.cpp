// Scoring engine (docs/methodology.md, "How a score is made"). Every
// expected value below is computed by hand in the comment beside it.

#include "../TestSupport.h"

#include "aisov/MethodologyIO.h"
#include "aisov/ProfileIO.h"
#include "aisov/Scoring.h"

#include <catch2/catch.hpp>

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

using namespace aisov;
using aisov::test::fixturePath;
using aisov::test::indicatorOf;
using aisov::test::valueOf;
using Catch::Matchers::WithinAbs;

namespace {

Methodology onePillar(Indicator indicator)
{
    Methodology methodology;
    methodology.id = "one";
    methodology.version = "1";
    methodology.pillars.push_back({"p", "P", 1.0, 50.0, ""});
    methodology.indicators.push_back(std::move(indicator));
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

} // namespace

TEST_CASE("linear goalposts map a value onto 0-1 and clamp outside them", "[scoring][transform]")
{
    const Methodology methodology = onePillar(indicatorOf("x", "p", 10, 30));
    CHECK_THAT(normalizeValue(15, 0, methodology, {}), WithinAbs(0.25, 1e-12)); // (15-10)/20
    CHECK_THAT(normalizeValue(30, 0, methodology, {}), WithinAbs(1.0, 1e-12));
    CHECK_THAT(normalizeValue(5, 0, methodology, {}), WithinAbs(0.0, 1e-12));  // below: clamp
    CHECK_THAT(normalizeValue(99, 0, methodology, {}), WithinAbs(1.0, 1e-12)); // above: clamp
}

TEST_CASE("log transform applies to value and goalposts", "[scoring][transform]")
{
    const Methodology methodology = onePillar(indicatorOf("x", "p", 1, 1000, Transform::Log));
    // ln(10)/ln(1000) = 1/3; ln(100)/ln(1000) = 2/3
    CHECK_THAT(normalizeValue(10, 0, methodology, {}), WithinAbs(1.0 / 3.0, 1e-12));
    CHECK_THAT(normalizeValue(100, 0, methodology, {}), WithinAbs(2.0 / 3.0, 1e-12));
    // (ln 0.01 - ln 0.01) ... goalposts [0.01, 50]: ln(3.41/0.01)/ln(50/0.01) = 5.8319/8.5172
    const Methodology top500 = onePillar(indicatorOf("x", "p", 0.01, 50, Transform::Log));
    CHECK_THAT(normalizeValue(3.41, 0, top500, {}),
               WithinAbs(std::log(341.0) / std::log(5000.0), 1e-12));
}

TEST_CASE("direction lower inverts the normalised value", "[scoring][transform]")
{
    const Methodology methodology =
        onePillar(indicatorOf("x", "p", 0, 100, Transform::Linear, Direction::Lower));
    CHECK_THAT(normalizeValue(20, 0, methodology, {}), WithinAbs(0.8, 1e-12));  // 1 - 0.2
    CHECK_THAT(normalizeValue(-50, 0, methodology, {}), WithinAbs(1.0, 1e-12)); // clamp then invert
}

TEST_CASE("minmax normalisation takes low and high from the profiles scored together",
          "[scoring][normalization]")
{
    Methodology methodology = onePillar(indicatorOf("x", "p", 0, 1));
    methodology.normalization = Normalization::MinMax;
    const std::vector<Profile> profiles{profileWith("AAA", {valueOf("x", 2)}),
                                        profileWith("BBB", {valueOf("x", 4)}),
                                        profileWith("CCC", {valueOf("x", 10)})};
    const auto results = scoreProfiles(profiles, methodology);
    // (2-2)/8 = 0, (4-2)/8 = 0.25, (10-2)/8 = 1
    CHECK_THAT(*results[0].indicators[0].normalized, WithinAbs(0.0, 1e-12));
    CHECK_THAT(*results[1].indicators[0].normalized, WithinAbs(0.25, 1e-12));
    CHECK_THAT(*results[2].indicators[0].normalized, WithinAbs(1.0, 1e-12));
    CHECK_THAT(*results[1].score, WithinAbs(25.0, 1e-9));

    // All equal: nothing separates them, all sit at the midpoint.
    const auto same = scoreProfiles(
        {profileWith("AAA", {valueOf("x", 3)}), profileWith("BBB", {valueOf("x", 3)})},
        methodology);
    CHECK_THAT(*same[0].indicators[0].normalized, WithinAbs(0.5, 1e-12));
}

TEST_CASE("minmax under a log transform uses transformed values", "[scoring][normalization]")
{
    Methodology methodology = onePillar(indicatorOf("x", "p", 1, 2, Transform::Log));
    methodology.normalization = Normalization::MinMax;
    const auto results = scoreProfiles({profileWith("AAA", {valueOf("x", 1)}),
                                        profileWith("BBB", {valueOf("x", 10)}),
                                        profileWith("CCC", {valueOf("x", 100)})},
                                       methodology);
    // ln10 / ln100 = 0.5
    CHECK_THAT(*results[1].indicators[0].normalized, WithinAbs(0.5, 1e-12));
}

TEST_CASE("percentile normalisation ranks within the set, ties share the mean rank",
          "[scoring][normalization]")
{
    Methodology methodology = onePillar(indicatorOf("x", "p", 0, 1));
    methodology.normalization = Normalization::Percentile;
    const auto results =
        scoreProfiles({profileWith("AAA", {valueOf("x", 5)}), profileWith("BBB", {valueOf("x", 1)}),
                       profileWith("CCC", {valueOf("x", 5)}), profileWith("DDD", {valueOf("x", 9)}),
                       profileWith("EEE", {valueOf("x", 3)})},
                      methodology);
    // sorted 1,3,5,5,9 over 4 steps: 1 -> 0, 3 -> 0.25, 5,5 -> (2+3)/2/4 = 0.625, 9 -> 1
    CHECK_THAT(*results[1].indicators[0].normalized, WithinAbs(0.0, 1e-12));
    CHECK_THAT(*results[4].indicators[0].normalized, WithinAbs(0.25, 1e-12));
    CHECK_THAT(*results[0].indicators[0].normalized, WithinAbs(0.625, 1e-12));
    CHECK_THAT(*results[2].indicators[0].normalized, WithinAbs(0.625, 1e-12));
    CHECK_THAT(*results[3].indicators[0].normalized, WithinAbs(1.0, 1e-12));
}

TEST_CASE("aggregation methods with relative weights", "[scoring][aggregation]")
{
    const std::vector<double> parts{0.25, 0.64, 1.0};
    const std::vector<double> weights{1, 1, 2};
    // (0.25 + 0.64 + 2) / 4 = 0.7225
    CHECK_THAT(aggregate(Aggregation::Arithmetic, parts, weights), WithinAbs(0.7225, 1e-12));
    // (0.25 * 0.64 * 1^2)^(1/4) = 0.16^(1/4) = 0.632455532
    CHECK_THAT(aggregate(Aggregation::Geometric, parts, weights),
               WithinAbs(std::pow(0.16, 0.25), 1e-12));
    CHECK_THAT(aggregate(Aggregation::Minimum, parts, weights), WithinAbs(0.25, 1e-12));
    // Geometric is 0 as soon as one weighted part is 0.
    CHECK(aggregate(Aggregation::Geometric, {0.0, 0.9}, {1, 1}) == 0.0);
    // A part with weight 0 does not count, even in the minimum.
    CHECK_THAT(aggregate(Aggregation::Minimum, {0.1, 0.9}, {0, 1}), WithinAbs(0.9, 1e-12));
    CHECK_THAT(aggregate(Aggregation::Geometric, {0.0, 0.81}, {0, 1}), WithinAbs(0.81, 1e-12));
}

TEST_CASE("fixture: three pillars, four indicators, scored by hand", "[scoring]")
{
    const Methodology methodology =
        loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    const std::vector<Profile> profiles =
        loadProfilesFile(fixturePath("three-pillars.profiles.json"));
    const auto results = scoreProfiles(profiles, methodology);
    REQUIRE(results.size() == 3);

    SECTION("complete profile")
    {
        const ScoreResult& x = results[0];
        // a1 = 50 on [0,100] -> 0.5; a2 = 10 on log [1,100] -> 0.5: pillar a = 50
        CHECK_THAT(*x.pillars[0].score, WithinAbs(50.0, 1e-9));
        // b1 = 10 on [0,50] -> 0.2, lower is better -> 0.8: pillar b = 80
        CHECK_THAT(*x.pillars[1].score, WithinAbs(80.0, 1e-9));
        // c1 = 25 on [10,20] -> clamp 1: pillar c = 100
        CHECK_THAT(*x.pillars[2].score, WithinAbs(100.0, 1e-9));
        // geometric with weights 1,1,2: (0.5 * 0.8 * 1^2)^(1/4) = 0.4^(1/4) = 0.795271
        CHECK_THAT(*x.score, WithinAbs(100.0 * std::pow(0.4, 0.25), 1e-9));
        CHECK(x.band == "High"); // 79.5 >= 75
        CHECK(x.met == 3);       // 50 >= 50 counts as met
        CHECK(x.coverage == 1.0);
        // Contributions: pillar points in proportion to w*P = 0.5, 0.8, 2 (sum 3.3);
        // a1 gets half of pillar a's 79.527 * 0.5 / 3.3 = 12.0496 points.
        CHECK_THAT(x.findIndicator("a1")->contribution,
                   WithinAbs(100.0 * std::pow(0.4, 0.25) * 0.5 / 3.3 / 2.0, 1e-9));
        double sum = 0.0;
        for (const auto& indicator : x.indicators)
            sum += indicator.contribution;
        CHECK_THAT(sum, WithinAbs(*x.score, 1e-9));
    }

    SECTION("missing data under reweight: coverage reported, empty pillar not scored as 0")
    {
        const ScoreResult& y = results[1];
        // a1 missing, a2 = 100 -> 1: pillar a = 100 on half its weight
        CHECK_THAT(*y.pillars[0].score, WithinAbs(100.0, 1e-9));
        CHECK(y.pillars[0].coverage == 0.5);
        // pillar b has no data at all
        CHECK_FALSE(y.pillars[1].score.has_value());
        CHECK(y.pillars[1].coverage == 0.0);
        CHECK_FALSE(y.pillars[1].meets);
        // c1 = 15 -> 0.5: pillar c = 50; overall over a (w1) and c (w2):
        // (1 * 0.5^2)^(1/3) = 0.629961
        CHECK_THAT(*y.score, WithinAbs(100.0 * std::pow(0.25, 1.0 / 3.0), 1e-9));
        CHECK(y.band == "Mid");
        CHECK(y.met == 2);
        // coverage (1*0.5 + 1*0 + 2*1) / 4 = 0.625
        CHECK_THAT(y.coverage, WithinAbs(0.625, 1e-12));
    }
}

TEST_CASE("missing policy zero counts missing values as 0", "[scoring][missing]")
{
    Methodology methodology = loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    methodology.missing = MissingPolicy::Zero;
    const auto profiles = loadProfilesFile(fixturePath("three-pillars.profiles.json"));
    const ScoreResult y = scoreProfile(profiles[1], methodology);
    // pillar a = (0 + 1)/2 = 50; pillar b = 0; geometric overall = 0
    CHECK_THAT(*y.pillars[0].score, WithinAbs(50.0, 1e-9));
    CHECK_THAT(*y.pillars[1].score, WithinAbs(0.0, 1e-9));
    CHECK(*y.score == 0.0);
    CHECK(y.band == "Low");

    methodology.pillarAggregation = Aggregation::Arithmetic;
    // (0.5 + 0 + 2 * 0.5) / 4 = 0.375
    CHECK_THAT(*scoreProfile(profiles[1], methodology).score, WithinAbs(37.5, 1e-9));
}

TEST_CASE("minimum aggregation is the weakest link", "[scoring][aggregation]")
{
    Methodology methodology = loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    methodology.pillarAggregation = Aggregation::Minimum;
    const auto profiles = loadProfilesFile(fixturePath("three-pillars.profiles.json"));
    CHECK_THAT(*scoreProfile(profiles[0], methodology).score, WithinAbs(50.0, 1e-9));
    methodology.indicatorAggregation = Aggregation::Minimum;
    // pillar a = min(0.5, 0.5) = 50, b = 80, c = 100 -> 50
    CHECK_THAT(*scoreProfile(profiles[0], methodology).score, WithinAbs(50.0, 1e-9));
}

TEST_CASE("a profile with no data has no score and no band", "[scoring][missing]")
{
    const Methodology methodology = onePillar(indicatorOf("x", "p", 0, 1));
    const ScoreResult result = scoreProfile(profileWith("AAA", {}), methodology);
    CHECK_FALSE(result.score.has_value());
    CHECK(result.band.empty());
    CHECK(result.coverage == 0.0);
    CHECK(result.met == 0);
}

TEST_CASE("bands name the spectrum range of a score", "[scoring][bands]")
{
    Methodology methodology;
    methodology.bands = {{0, "Dependent"}, {20, "Emerging"}, {40, "Partial"}};
    CHECK(methodology.bandFor(0) == "Dependent");
    CHECK(methodology.bandFor(19.999) == "Dependent");
    CHECK(methodology.bandFor(20) == "Emerging");
    CHECK(methodology.bandFor(100) == "Partial");
}

// A log floor turns a known zero into data: zero is scored as the floor.
// Goalposts [0.25, 150], floor 0.5 (the methodology's top500_systems):
// n(0) = n(0.3) = n(0.5) = ln(0.5 / 0.25) / ln(150 / 0.25) = ln 2 / ln 600
//      = 0.693147 / 6.396930 = 0.108357; n(1) = ln 4 / ln 600 = 0.216712.
TEST_CASE("a log floor scores a known zero as the floor, below any presence",
          "[scoring][transform][zero]")
{
    Indicator systems = indicatorOf("systems", "p", 0.25, 150, Transform::Log);
    systems.logFloor = 0.5;
    const Methodology methodology = onePillar(systems);
    CHECK_THAT(normalizeValue(0, 0, methodology, {}), WithinAbs(0.108357, 1e-6));
    CHECK_THAT(normalizeValue(0.3, 0, methodology, {}), WithinAbs(0.108357, 1e-6));
    CHECK_THAT(normalizeValue(1, 0, methodology, {}), WithinAbs(0.216712, 1e-6));
    CHECK(normalizeValue(0, 0, methodology, {}) < normalizeValue(1, 0, methodology, {}));
    CHECK_THAT(transformIndicatorValue(0, systems), WithinAbs(std::log(0.5), 1e-12));
}

// Two pillars: p holds only a known zero (n = 0.108357, as above), q a
// linear 5 on [0, 10] (n = 0.5). Geometric mean:
// 100 * sqrt(0.108357 * 0.5) = 100 * sqrt(0.0541785) = 23.2763: a pillar of
// known zeros pulls the score down without zeroing it.
TEST_CASE("a pillar of known zeros keeps the geometric mean above zero", "[scoring][zero]")
{
    Indicator systems = indicatorOf("systems", "p", 0.25, 150, Transform::Log);
    systems.logFloor = 0.5;
    Methodology methodology = onePillar(systems);
    methodology.pillars.push_back({"q", "Q", 1.0, 50.0, ""});
    methodology.indicators.push_back(indicatorOf("y", "q", 0, 10));
    const ScoreResult result =
        scoreProfile(profileWith("ZZZ", {valueOf("systems", 0), valueOf("y", 5)}), methodology);
    REQUIRE(result.score.has_value());
    CHECK_THAT(*result.score, WithinAbs(23.2763, 1e-3));
    CHECK_THAT(*result.pillars[0].score, WithinAbs(10.8357, 1e-3));
}

// Two indicators of weight 1 in one pillar, minimum coverage 0.75: one
// value gives coverage 0.5 (flagged, still scored: 100 * 0.5 = 50 for x = 5
// on [0, 10]); both give coverage 1 (not flagged). At exactly the minimum a
// profile is not flagged.
TEST_CASE("a profile below the minimum coverage is flagged as insufficient data",
          "[scoring][coverage]")
{
    Methodology methodology = onePillar(indicatorOf("x", "p", 0, 10));
    methodology.indicators.push_back(indicatorOf("y", "p", 0, 10));
    methodology.minimumCoverage = 0.75;
    const ScoreResult thin = scoreProfile(profileWith("AAA", {valueOf("x", 5)}), methodology);
    CHECK(thin.coverage == 0.5);
    CHECK(thin.insufficientData);
    REQUIRE(thin.score.has_value());
    CHECK_THAT(*thin.score, WithinAbs(50.0, 1e-9));
    const ScoreResult full =
        scoreProfile(profileWith("BBB", {valueOf("x", 5), valueOf("y", 5)}), methodology);
    CHECK_FALSE(full.insufficientData);
    methodology.minimumCoverage = 0.5;
    CHECK_FALSE(scoreProfile(profileWith("AAA", {valueOf("x", 5)}), methodology).insufficientData);
    methodology.minimumCoverage = 0.0;
    CHECK_FALSE(scoreProfile(profileWith("CCC", {}), methodology).insufficientData);
}

// A non-finite number in a result is a bug, never a score: the check in
// scoreProfile stops it before it is shown, ranked or saved.
TEST_CASE("a result with a number that is not finite is refused", "[scoring]")
{
    const Methodology methodology = onePillar(indicatorOf("x", "p", 0.0, 10.0));
    // A NaN value that no reader would let through (built in code).
    const Profile broken = profileWith("AAA", {valueOf("x", std::nan(""))});
    CHECK_THROWS_WITH(scoreProfile(broken, methodology),
                      Catch::Matchers::Contains("scoring AAA gave a number that is not finite "
                                                "(indicator x)"));
    CHECK_NOTHROW(scoreProfile(profileWith("AAA", {valueOf("x", 5.0)}), methodology));
}

namespace {

// Distance in units in the last place between two finite doubles of the same sign.
std::uint64_t ulpsBetween(double a, double b)
{
    const auto ordered = [](double x) {
        const auto bits = std::bit_cast<std::int64_t>(x);
        return bits < 0 ? std::numeric_limits<std::int64_t>::min() - bits : bits;
    };
    const std::int64_t x = ordered(a);
    const std::int64_t y = ordered(b);
    return static_cast<std::uint64_t>(x > y ? x - y : y - x);
}

} // namespace

TEST_CASE("the geometric aggregation's log and exp are within one ulp of libm's",
          "[scoring][aggregate]")
{
    // fdlibm's algorithms (src/core/LaneMath.h) claim less than one ulp of
    // error; glibc's log and exp are correctly rounded in nearly all cases,
    // so the two may differ by one ulp and never by more.
    CHECK(aggregationLog(1.0) == 0.0);
    CHECK(aggregationExp(0.0) == 1.0);
    CHECK(aggregationLog(0.5) == -0x1.62e42fefa39efp-1); // -ln 2, correctly rounded
    CHECK(aggregationExp(-800.0) == 0.0);                // below e^-745: 0 in double

    std::mt19937_64 random(2026);
    std::uniform_real_distribution<double> mantissa(1.0, 2.0);
    std::uniform_int_distribution<int> exponent(-1074, 60);
    std::uint64_t worstLog = 0;
    for (int i = 0; i < 200000; ++i) {
        const double x = std::ldexp(mantissa(random), exponent(random));
        if (x == 0.0)
            continue;
        worstLog = std::max(worstLog, ulpsBetween(aggregationLog(x), std::log(x)));
    }
    CHECK(worstLog <= 1);

    // The aggregation's exponents: a weighted mean of logarithms of parts
    // in (0, 1], so from about -745 (a part of 1e-323) to a rounding error above 0.
    std::uniform_real_distribution<double> exponentArgument(-708.0, 1.0);
    std::uint64_t worstExp = 0;
    for (int i = 0; i < 200000; ++i) {
        const double x = exponentArgument(random);
        worstExp = std::max(worstExp, ulpsBetween(aggregationExp(x), std::exp(x)));
    }
    CHECK(worstExp <= 1);
    // Subnormal results: within one subnormal step.
    for (const double x : {-710.0, -720.5, -730.25, -740.0, -744.4})
        CHECK(std::abs(aggregationExp(x) - std::exp(x)) <=
              std::numeric_limits<double>::denorm_min());

    // Through aggregate(): parts 0.25 and 1 at equal weights give sqrt(0.25) = 0.5.
    CHECK(ulpsBetween(aggregate(Aggregation::Geometric, {0.25, 1.0}, {1.0, 1.0}), 0.5) <= 1);
}
