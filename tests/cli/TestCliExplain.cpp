// aisov-cli explain, run as a real process: the per-indicator breakdown of
// one profile's score (docs/cli.md, "explain"; docs/methodology.md).

#include "../CliRunner.h"
#include "../TestSupport.h"
#include "../store/StoreTestSupport.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>

using aisov::test::fixturePath;
using aisov::test::runCli;
using Catch::Matchers::Contains;

namespace {

const std::string kMethodology = fixturePath("three-pillars.methodology.json");
const std::string kProfiles = fixturePath("three-pillars.profiles.json");

std::string fixed(double value, int decimals)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

// The table row of `indicator`.
std::string rowOf(const std::string& out, const std::string& indicator)
{
    const auto at = out.find(" " + indicator + " ");
    REQUIRE(at != std::string::npos);
    const auto start = out.rfind('\n', at) + 1;
    return out.substr(start, out.find('\n', at) - start);
}

} // namespace

TEST_CASE("explain breaks a score down indicator by indicator", "[cli][explain]")
{
    const auto run =
        runCli({"explain", "XAA", "--methodology", kMethodology, "--profiles", kProfiles});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    // Country X: a1 50 in [0, 100] -> 0.5; a2 10, log in [1, 100] -> 0.5;
    // b1 10, lower is better in [0, 50] -> 0.8; c1 25 in [10, 20] -> 1
    // (clamped). Pillars a 0.5, b 0.8, c 1.0, weights 1, 1, 2, geometric:
    // (0.5 * 0.8 * 1^2)^(1/4) = 0.4^(1/4).
    const double score = 100.0 * std::pow(0.4, 0.25);
    CHECK_THAT(run.out, Contains("Country X (XAA): score " + fixed(score, 1) + ", High, 3/3"));
    CHECK_THAT(run.out, Contains("pillars geometric"));
    // Points split the score by weight x pillar score (0.5 + 0.8 + 2 * 1 =
    // 3.3), then within a pillar by weight x normalised value.
    const double a = score * 0.5 / 3.3;
    CHECK_THAT(rowOf(run.out, "a1"), Contains("Alpha") && Contains("25%") && Contains("50.0*") &&
                                         Contains("50 %") && Contains(fixed(a / 2, 2)));
    CHECK_THAT(rowOf(run.out, "a2"), Contains("10 count") && Contains("50.0"));
    CHECK_THAT(rowOf(run.out, "b1"), Contains("80.0") && Contains(fixed(score * 0.8 / 3.3, 2)));
    CHECK_THAT(rowOf(run.out, "c1"),
               Contains("50%") && Contains("100.0") && Contains(fixed(score * 2.0 / 3.3, 2)));

    // Country Y has neither a1 nor b1: "missing", and Beta has no score.
    const auto y =
        runCli({"explain", "YBB", "--methodology", kMethodology, "--profiles", kProfiles});
    REQUIRE(y.exitCode == 0);
    CHECK_THAT(rowOf(y.out, "a1"), Contains("missing"));
    CHECK_THAT(rowOf(y.out, "b1"), Contains("Beta") && Contains("missing"));
    // A pooled bloc shows its pooled values: a2 is summed, 10 + 100.
    const auto bloc =
        runCli({"explain", "XYBLOC", "--methodology", kMethodology, "--profiles", kProfiles});
    REQUIRE(bloc.exitCode == 0);
    CHECK_THAT(rowOf(bloc.out, "a2"), Contains("110 count") && Contains("100.0"));
}

TEST_CASE("explain --scenario shows the scenario's values", "[cli][explain][scenario]")
{
    aisov::test::TempDir dir;
    const std::string database = dir.file("s.sqlite");
    REQUIRE(runCli({"db", "--db", database, "init"}).exitCode == 0);
    REQUIRE(runCli({"db", "--db", database, "scenario", "CHE", "--name", "Cluster", "--set",
                    "top500_share=10"})
                .exitCode == 0);
    const auto run = runCli({"explain", "CHE", "--db", database, "--scenario", "Cluster"});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK_THAT(run.out, Contains("Switzerland (CHE) in scenario \"Cluster\": score"));
    CHECK_THAT(rowOf(run.out, "top500_share"), Contains("10 % of world Rmax"));
}

TEST_CASE("explain exit codes", "[cli][explain]")
{
    CHECK(runCli({"explain", "--profiles", kProfiles}).exitCode == 2);
    CHECK(runCli({"explain", "XAA", "YBB", "--profiles", kProfiles}).exitCode == 2);
    CHECK(runCli({"explain", "XAA", "--profiles", kProfiles, "--scenario", "x"}).exitCode == 2);
    const auto unknown =
        runCli({"explain", "QQQ", "--methodology", kMethodology, "--profiles", kProfiles});
    CHECK(unknown.exitCode == 3);
    CHECK_THAT(unknown.err, Contains("QQQ"));
    CHECK(runCli({"explain", "XAA", "--profiles", "/nonexistent/p.json"}).exitCode == 1);
}
