// makeChartData and friends: what the charts are given, built from the
// engine's results and the profiles' provenance.

#include "CountryBrief.h"
#include "RenderTestSupport.h"

#include "aisov/Analysis.h"

#include <catch2/catch.hpp>

using aisov::render::ChartData;
using aisov::test::fixtureChartData;

TEST_CASE("chart data carries methodology, pillars, bands and scores", "[render][data]")
{
    const ChartData data = fixtureChartData();
    CHECK(data.methodologyName == QStringLiteral("Three pillars (test fixture)"));
    CHECK(data.methodologyVersion == QStringLiteral("1"));
    REQUIRE(data.pillars.size() == 3);
    CHECK(data.pillars[1].id == QStringLiteral("b"));
    CHECK(data.pillars[1].name == QStringLiteral("Beta"));
    CHECK(data.pillars[1].threshold == 50.0);
    REQUIRE(data.bands.size() == 3);
    CHECK(data.bands[2].from == 75.0);
    CHECK(data.bands[2].label == QStringLiteral("High"));
    REQUIRE(data.profiles.size() == 3);
    const auto& x = data.profiles[0];
    CHECK(x.code == QStringLiteral("XAA"));
    CHECK(x.name == QStringLiteral("Country X"));
    REQUIRE(x.score.has_value());
    CHECK(*x.score == Approx(100.0 * std::pow(0.4, 0.25)));
    CHECK(x.band == QStringLiteral("High"));
    CHECK(x.met == 3);
    REQUIRE(x.pillarScores.size() == 3);
    CHECK(*x.pillarScores[1] == Approx(80.0));
    CHECK(x.pillarMeets[1]);
    // Country Y has no data on pillar b: empty, not 0.
    CHECK_FALSE(data.profiles[1].pillarScores[1].has_value());
    CHECK_FALSE(data.profiles[1].pillarMeets[1]);
}

TEST_CASE("the data note counts sources and the year range of the values shown", "[render][data]")
{
    const ChartData data = fixtureChartData();
    // XAA has 4 values, YBB 2; the pooled bloc adds no values of its own and
    // its members are already counted.
    CHECK(data.note.valueCount == 6);
    CHECK(data.note.sources == QStringList{QStringLiteral("fixture")});
    CHECK(data.note.firstYear == 2022);
    CHECK(data.note.lastYear == 2024);
    const QString text = aisov::render::dataNoteText(data.note);
    CHECK(text.contains(QStringLiteral("Sources: fixture")));
    CHECK(text.contains(QStringLiteral("2022–2024")));
}

TEST_CASE("a pooled bloc shown alone takes its members' provenance", "[render][data]")
{
    const auto methodology =
        aisov::loadMethodologyFile(aisov::test::fixturePath("three-pillars.methodology.json"));
    const auto profiles =
        aisov::loadProfilesFile(aisov::test::fixturePath("three-pillars.profiles.json"));
    const auto results = aisov::scoreProfiles(profiles, methodology);
    const ChartData data = aisov::render::makeChartData(methodology, {results[2]}, profiles);
    REQUIRE(data.profiles.size() == 1);
    CHECK(data.profiles[0].code == QStringLiteral("XYBLOC"));
    CHECK(data.note.valueCount == 6);
    CHECK(data.note.firstYear == 2022);
    // Only Y: its years are 2022 and 2024.
    const ChartData onlyY = aisov::render::makeChartData(methodology, {results[1]}, profiles);
    CHECK(onlyY.note.valueCount == 2);
    CHECK(onlyY.note.firstYear == 2022);
    CHECK(onlyY.note.lastYear == 2024);
}

TEST_CASE("many sources are shortened in the note, most used first", "[render][data]")
{
    aisov::render::DataNote note;
    note.sources = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                    QStringLiteral("D"), QStringLiteral("E"), QStringLiteral("F")};
    note.firstYear = 2025;
    note.lastYear = 2025;
    note.valueCount = 9;
    const QString text = aisov::render::dataNoteText(note);
    // Years and count first, so that eliding a long line only cuts sources.
    CHECK(text.startsWith(QStringLiteral("Data year 2025 · 9 values · ")));
    note.valueCount = 1;
    CHECK(aisov::render::dataNoteText(note).contains(QStringLiteral("2025 · 1 value · ")));
    CHECK(text.endsWith(QStringLiteral("Sources: A; B; C; D (+2 more)")));
}

TEST_CASE("uncertainty and scenarios attach by code", "[render][data]")
{
    ChartData data = fixtureChartData();
    aisov::UncertaintySummary summary;
    summary.code = "YBB";
    summary.scored = true;
    summary.p5 = 55.0;
    summary.p95 = 70.0;
    // A profile without data has a summary but no interval: no whisker.
    aisov::UncertaintySummary unscored;
    unscored.code = "XAA";
    aisov::render::attachUncertainty(data, {summary, unscored});
    CHECK_FALSE(data.profiles[0].uncertainty.has_value());
    REQUIRE(data.profiles[1].uncertainty.has_value());
    CHECK(data.profiles[1].uncertainty->p5 == 55.0);
    CHECK(data.profiles[1].uncertainty->p95 == 70.0);

    aisov::ScoreResult scenario;
    scenario.code = "XAA";
    scenario.score = 85.0;
    scenario.pillars = {{"a", 70.0, true, 1.0}, {"b", std::nullopt, false, 0.0}};
    CHECK(aisov::render::attachScenario(data, scenario, QStringLiteral("National model")));
    REQUIRE(data.profiles[0].scenario.has_value());
    CHECK(data.profiles[0].scenario->label == QStringLiteral("National model"));
    CHECK(*data.profiles[0].scenario->score == 85.0);
    REQUIRE(data.profiles[0].scenario->pillarScores.size() == 3);
    CHECK(*data.profiles[0].scenario->pillarScores[0] == 70.0);
    CHECK_FALSE(data.profiles[0].scenario->pillarScores[1].has_value());
    CHECK_FALSE(data.profiles[0].scenario->pillarScores[2].has_value());

    scenario.code = "NOPE";
    CHECK_FALSE(aisov::render::attachScenario(data, scenario, QStringLiteral("x")));
}

TEST_CASE("levers show values in the units of the chart's language", "[render][data]")
{
    using namespace aisov;
    Methodology methodology =
        loadMethodologyFile(test::fixturePath("three-pillars.methodology.json"));
    Indicator& c1 = methodology.indicators.back();
    REQUIRE(c1.id == "c1");
    REQUIRE(c1.unit == "score");
    c1.translations[Language::Korean].unit = "점";
    const std::vector<Profile> profiles =
        loadProfilesFile(test::fixturePath("three-pillars.profiles.json"));
    const auto leversOfY = [&](Language language) {
        ChartData data = render::makeChartData(methodology, scoreProfiles(profiles, methodology),
                                               profiles, language);
        render::attachLevers(data, analyzeLeversAmong(profiles, 1, methodology), methodology,
                             profiles, 10, language);
        REQUIRE(data.levers.has_value());
        for (const auto& lever : data.levers->levers)
            if (lever.indicatorName == render::toQString(c1.name))
                return lever;
        FAIL("no lever of c1");
        return render::ChartLever{};
    };
    // Country Y has c1 = 15 (goalposts 10-20).
    CHECK(leversOfY(Language::Korean).valueNow == QStringLiteral("15 점"));
    CHECK(leversOfY(Language::English).valueNow == QStringLiteral("15 score"));
}

TEST_CASE("charts, levers and briefs name a profile in the chart's language", "[render][data]")
{
    using namespace aisov;
    const Methodology methodology =
        loadMethodologyFile(test::fixturePath("three-pillars.methodology.json"));
    std::vector<Profile> profiles =
        loadProfilesFile(test::fixturePath("three-pillars.profiles.json"));
    REQUIRE(profiles[1].code == "YBB");
    profiles[1].translations[Language::Korean].name = "와이 나라";
    std::vector<ScoreResult> results = scoreProfiles(profiles, methodology);
    results[0].name += " (a scenario)"; // a label after the name, as the CLI's charts add

    const ChartData korean =
        render::makeChartData(methodology, results, profiles, Language::Korean);
    CHECK(korean.profiles[1].name == QStringLiteral("와이 나라"));
    CHECK(korean.profiles[0].name == render::toQString(profiles[0].name + " (a scenario)"));
    const ChartData english =
        render::makeChartData(methodology, results, profiles, Language::English);
    CHECK(english.profiles[1].name == render::toQString(profiles[1].name));

    ChartData levers = korean;
    render::attachLevers(levers, analyzeLeversAmong(profiles, 1, methodology), methodology,
                         profiles, 10, Language::Korean);
    REQUIRE(levers.levers.has_value());
    CHECK(levers.levers->profileName == QStringLiteral("와이 나라"));

    const Analysis analysis(profiles, methodology, "profiles.json");
    CHECK(render::makeCountryBrief(analysis, "YBB", 3, Language::Korean).name ==
          QStringLiteral("와이 나라"));
    CHECK(render::makeCountryBrief(analysis, "YBB", 3, Language::English).name ==
          render::toQString(profiles[1].name));
}
