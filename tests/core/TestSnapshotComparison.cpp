// A snapshot next to today (SnapshotComparison.h): which values changed, by
// how much and what each change is worth to today's score, on the
// three-pillar fixture with every score worked out by hand.

#include "../ErrorMatch.h"
#include "../TestSupport.h"

#include "aisov/MethodologyIO.h"
#include "aisov/ProfileIO.h"
#include "aisov/SnapshotComparison.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace aisov;
using aisov::test::fixturePath;
using aisov::test::valueOf;
using Catch::Matchers::WithinAbs;

namespace {

// Fixture: pillars a, b, c weighted 1, 1, 2, geometric over pillars,
// arithmetic within, goalposts, missing values reweighted.
//   XAA: a1 50 -> 0.5, a2 10 (log 1-100) -> 0.5, a = 0.5; b1 10 (lower
//        0-50) -> 0.8; c1 25 -> 1: 100 * (0.5 * 0.8)^(1/4) = 79.527
//   XAA with a1 100: a = (1 + 0.5) / 2 = 0.75: 100 * (0.75 * 0.8)^(1/4) = 88.011
//   YBB: a2 100 -> 1; no b; c1 15 -> 0.5: 100 * (1 * 0.5^2)^(1/3) = 62.996
const double kXScore = 100.0 * std::pow(0.4, 0.25);
const double kXWithA1At100 = 100.0 * std::pow(0.6, 0.25);

const Methodology& fixtureMethodology()
{
    static const Methodology methodology =
        loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    return methodology;
}

std::vector<Profile> fixtureProfiles()
{
    return loadProfilesFile(fixturePath("three-pillars.profiles.json"));
}

Profile& profileWithCode(std::vector<Profile>& profiles, const std::string& code)
{
    return profiles[*profileIndex(profiles, code)];
}

} // namespace

TEST_CASE("a snapshot's result is computed again from what it froze", "[snapshot]")
{
    auto profiles = fixtureProfiles();
    const ScoreResult result =
        frozenResult({profileWithCode(profiles, "XAA")}, fixtureMethodology(), "snapshot 1");
    CHECK(result.code == "XAA");
    CHECK_THAT(*result.score, WithinAbs(kXScore, 1e-9));
    CHECK(result.band == "High"); // 79.5 is in the band from 75
    AISOV_REQUIRE_INPUT_ERROR(frozenResult({}, fixtureMethodology(), "snapshot 2"), "profiles",
                              "no profile");
}

TEST_CASE("a changed value is listed with its change and what it did to the score", "[snapshot]")
{
    auto today = fixtureProfiles();
    const Profile frozen = profileWithCode(today, "XAA");
    profileWithCode(today, "XAA").setValue(valueOf("a1", 100));
    const Analysis analysis(today, fixtureMethodology(), "today");

    const SnapshotComparison comparison = compareWithSnapshot(analysis, frozen, kXScore);
    CHECK(comparison.code == "XAA");
    CHECK_THAT(*comparison.scoreThen, WithinAbs(kXScore, 1e-9));
    CHECK_THAT(*comparison.scoreToday, WithinAbs(kXWithA1At100, 1e-9));
    REQUIRE(comparison.changes.size() == 1); // a2, b1, c1 are as they were
    const SnapshotValueChange& a1 = comparison.changes[0];
    CHECK(a1.indicator == "a1");
    CHECK(a1.then == 50.0);
    CHECK(a1.now == 100.0);
    CHECK(a1.delta() == 50.0);
    // Putting a1 back to 50 gives the snapshot's score again: the change is
    // worth 88.011 - 79.527 = 8.484 points.
    CHECK_THAT(*a1.scoreWithThen, WithinAbs(kXScore, 1e-9));
    CHECK_THAT(*comparison.scoreEffect(a1), WithinAbs(kXWithA1At100 - kXScore, 1e-9));
    CHECK_THAT(*comparison.scoreEffect(a1), WithinAbs(8.484, 1e-3));
}

TEST_CASE("added and removed values are changes too, each scored alone", "[snapshot]")
{
    auto today = fixtureProfiles();
    const Profile frozen = profileWithCode(today, "YBB"); // a2 100, c1 15: 62.996
    Profile& y = profileWithCode(today, "YBB");
    y.setValue(valueOf("b1", 25)); // added: lower 0-50 -> 0.5
    y.setValue(valueOf("c1", 20)); // 15 -> 20: 0.5 -> 1
    const Analysis analysis(today, fixtureMethodology(), "today");

    const SnapshotComparison comparison = compareWithSnapshot(analysis, frozen, std::nullopt);
    // Today: a 1, b 0.5, c 1: 100 * (1 * 0.5 * 1^2)^(1/4) = 84.090
    const double todayScore = 100.0 * std::pow(0.5, 0.25);
    CHECK_THAT(*comparison.scoreToday, WithinAbs(todayScore, 1e-9));
    CHECK_FALSE(comparison.scoreThen.has_value());
    REQUIRE(comparison.changes.size() == 2); // in the methodology's order
    const SnapshotValueChange& b1 = comparison.changes[0];
    CHECK(b1.indicator == "b1");
    CHECK_FALSE(b1.then.has_value());
    CHECK(b1.now == 25.0);
    CHECK_FALSE(b1.delta().has_value());
    // Without b1 (as in the snapshot), b is reweighted away:
    // 100 * (1 * 1^2)^(1/3) = 100; the new b1 cost 100 - 84.090 = 15.910.
    CHECK_THAT(*b1.scoreWithThen, WithinAbs(100.0, 1e-9));
    CHECK_THAT(*comparison.scoreEffect(b1), WithinAbs(todayScore - 100.0, 1e-9));
    const SnapshotValueChange& c1 = comparison.changes[1];
    CHECK(c1.indicator == "c1");
    CHECK(c1.delta() == 5.0);
    // With c1 back at 15: 100 * (1 * 0.5 * 0.5^2)^(1/4) = 59.460.
    CHECK_THAT(*c1.scoreWithThen, WithinAbs(100.0 * std::pow(0.125, 0.25), 1e-9));
}

TEST_CASE("a value today's methodology does not know is listed without a score", "[snapshot]")
{
    auto today = fixtureProfiles();
    Profile frozen = profileWithCode(today, "XAA");
    frozen.values.push_back(valueOf("z9", 3));  // an indicator since dropped
    frozen.values[0].source = "another source"; // provenance alone is no change
    const Analysis analysis(today, fixtureMethodology(), "today");

    const SnapshotComparison comparison = compareWithSnapshot(analysis, frozen, kXScore);
    REQUIRE(comparison.changes.size() == 1);
    CHECK(comparison.changes[0].indicator == "z9");
    CHECK(comparison.changes[0].then == 3.0);
    CHECK_FALSE(comparison.changes[0].now.has_value());
    CHECK_FALSE(comparison.changes[0].scoreWithThen.has_value());
    CHECK_FALSE(comparison.scoreEffect(comparison.changes[0]).has_value());
}

TEST_CASE("a snapshot of a profile deleted since cannot be compared", "[snapshot]")
{
    auto today = fixtureProfiles();
    Profile frozen = profileWithCode(today, "XAA");
    frozen.code = "GONE";
    const Analysis analysis(today, fixtureMethodology(), "today");
    AISOV_REQUIRE_INPUT_ERROR(compareWithSnapshot(analysis, frozen, kXScore), "GONE", "no profile");
}

TEST_CASE("methodologies are the same only with the same id, version and scoring content",
          "[snapshot]")
{
    const Methodology& original = fixtureMethodology();
    CHECK(sameMethodology(original, original));
    Methodology newVersion = original;
    newVersion.version = "2";
    CHECK_FALSE(sameMethodology(original, newVersion));
    Methodology otherId = original;
    otherId.id = "other";
    CHECK_FALSE(sameMethodology(original, otherId));
    Methodology sameNameOtherContent = original;
    sameNameOtherContent.pillars[0].threshold = 60;
    CHECK_FALSE(sameMethodology(original, sameNameOtherContent));
    // A translation is display text: a Korean unit added scores nothing.
    Methodology translated = original;
    translated.indicators[0].translations[Language::Korean].unit = "점";
    CHECK(sameMethodology(original, translated));
}

TEST_CASE("under minmax the value put back is scored among all profiles as they are today",
          "[snapshot]")
{
    // Minmax normalises over the set, so a profile's score depends on the
    // others: with only a1 of XAA changed, putting it back must give exactly
    // the score XAA had in the set as it was (the snapshot's own result).
    Methodology minmax = fixtureMethodology();
    minmax.normalization = Normalization::MinMax;
    const std::vector<Profile> before = fixtureProfiles();
    const double scoreThen = *frozenResult(before, minmax, "snapshot").score;
    // frozenResult scores the first profile, XAA, with the others as frozen.
    REQUIRE(before.front().code == "XAA");

    // c1 (pooled by max): XAA 25, YBB 15, the bloc 25; XAA down to 12 goes
    // from the top of the range (1) to its bottom (0).
    auto today = before;
    profileWithCode(today, "XAA").setValue(valueOf("c1", 12));
    const Analysis analysis(today, minmax, "today");
    const SnapshotComparison comparison = compareWithSnapshot(analysis, before.front(), scoreThen);
    REQUIRE(comparison.changes.size() == 1);
    REQUIRE(comparison.changes[0].scoreWithThen);
    CHECK_THAT(*comparison.changes[0].scoreWithThen, WithinAbs(scoreThen, 1e-9));
    CHECK(*comparison.scoreToday < scoreThen - 1.0);
    CHECK_THAT(*comparison.scoreEffect(comparison.changes[0]),
               WithinAbs(*comparison.scoreToday - scoreThen, 1e-9));
}
