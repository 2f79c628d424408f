// Checks of one field at a time (ValueCheck.h): the number parser, the
// rule by unit, log indicators, years, confidence and their combination.

#include "aisov/BundledData.h"
#include "aisov/ValueCheck.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace aisov;
using Catch::Matchers::Contains;

namespace {

Indicator indicatorWith(const std::string& id, const std::string& unit,
                        Transform transform = Transform::Linear, const std::string& name = "")
{
    Indicator indicator;
    indicator.id = id;
    indicator.name = name.empty() ? id : name;
    indicator.unit = unit;
    indicator.transform = transform;
    return indicator;
}

// The problem text, or "" when the value is fine (so CHECK_THAT can match).
std::string reasonOf(const std::optional<aisov::Problem>& problem)
{
    return problem ? aisov::englishText(*problem) : std::string();
}

} // namespace

TEST_CASE("parseNumber reads plain decimals", "[valuecheck][number]")
{
    CHECK(parseNumber("42") == 42.0);
    CHECK(parseNumber("-1.5") == -1.5);
    CHECK(parseNumber("+2.5e3") == 2500.0);
    CHECK(parseNumber("1E-3") == 0.001);
    CHECK(parseNumber(".5") == 0.5);
    CHECK(parseNumber("  7 \t") == 7.0);
    CHECK(parseNumber("0") == 0.0);
    CHECK(parseNumber("0.000e-999") == 0.0); // a spelling of 0 is not an underflow
    CHECK(parseNumber("-0") == 0.0);
}

TEST_CASE("parseNumber refuses what is not a plain decimal", "[valuecheck][number]")
{
    for (const char* text :
         {"",    "   ",   "0x10",   "0X1A",   "inf",     "-inf",  "Infinity", "nan",
          "NaN", "1e999", "-1e400", "1e-400", "-2e-400", "12abc", "1,5",      "1.5.2",
          "--5", "+-5",   "- 5",    "e5",     "5e",      "abc",   "1 2"}) {
        INFO("text: \"" << text << "\"");
        CHECK_FALSE(parseNumber(text).has_value());
    }
}

TEST_CASE("the unit decides the range of a value", "[valuecheck][unit]")
{
    SECTION("a percentage is 0-100")
    {
        const Indicator share = indicatorWith("top500_share", "% of world Rmax");
        CHECK_FALSE(valueProblem(share, 0.0));
        CHECK_FALSE(valueProblem(share, 100.0));
        CHECK_THAT(reasonOf(valueProblem(share, 100.5)),
                   Contains("indicator \"top500_share\" (unit \"% of world Rmax\") allows values "
                            "from 0 to 100; found 100.5"));
        CHECK_THAT(reasonOf(valueProblem(share, -1.0)), Contains("from 0 to 100; found -1"));
        CHECK_THAT(reasonOf(valueProblem(indicatorWith("p", "percent of GDP"), 101.0)),
                   Contains("from 0 to 100"));
    }
    SECTION("a net balance in percent may be negative, not above 100")
    {
        // Net energy imports of an exporter: -183.8 % in the bundled data.
        const Indicator net = indicatorWith("energy_import_dependency", "% of energy use",
                                            Transform::Linear, "Net energy imports");
        CHECK_FALSE(valueProblem(net, -183.8));
        CHECK_THAT(reasonOf(valueProblem(net, 120.0)), Contains("allows values of at most 100"));
        // "net" must be a whole word: "Internet users" is a share of 0-100.
        const Indicator internet =
            indicatorWith("internet_users", "% of population", Transform::Linear, "Internet users");
        CHECK_THAT(reasonOf(valueProblem(internet, -1.0)), Contains("from 0 to 100"));
    }
    SECTION("a range written in the unit")
    {
        const Indicator rubric = indicatorWith("regulatory_autonomy", "rubric 0-10");
        CHECK_FALSE(valueProblem(rubric, 10.0));
        CHECK_THAT(reasonOf(valueProblem(rubric, 11.0)), Contains("from 0 to 10; found 11"));
        const Indicator index = indicatorWith("gov_ai_readiness", "index score 0-100");
        CHECK_THAT(reasonOf(valueProblem(index, 100.01)), Contains("from 0 to 100"));
        const Indicator signedIndex = indicatorWith("balance", "index -5 to 5");
        CHECK_FALSE(valueProblem(signedIndex, -5.0));
        CHECK_THAT(reasonOf(valueProblem(signedIndex, -6.0)), Contains("from -5 to 5; found -6"));
    }
    SECTION("counts and quantities are not negative")
    {
        for (const char* unit : {"systems", "facilities", "TWh per year", "per million people"}) {
            const Indicator quantity = indicatorWith("q", unit);
            INFO("unit: " << unit);
            CHECK_FALSE(valueProblem(quantity, 0.0));
            CHECK_FALSE(valueProblem(quantity, 1e9));
            CHECK_THAT(reasonOf(valueProblem(quantity, -0.5)),
                       Contains("allows values from 0 to 1e+15; found -0.5"));
        }
        // A number in a unit is not a range unless two numbers are joined.
        CHECK(allowedRange(indicatorWith("q", "USD of 2015")).minimum == 0.0);
        CHECK(allowedRange(indicatorWith("q", "USD of 2015")).maximum == kMaxQuantity);
    }
    SECTION("an empty unit says nothing")
    {
        CHECK_FALSE(valueProblem(indicatorWith("x", ""), -1e12));
    }
    SECTION("not finite")
    {
        CHECK_THAT(reasonOf(valueProblem(indicatorWith("x", ""), std::nan(""))),
                   Contains("indicator \"x\": the value is not a finite number"));
        CHECK_THAT(reasonOf(valueProblem(indicatorWith("x", "systems"), HUGE_VAL)),
                   Contains("not a finite number"));
    }
}

TEST_CASE("a log indicator needs a positive value", "[valuecheck][log]")
{
    const Indicator logCount = indicatorWith("top500_systems", "systems", Transform::Log);
    CHECK_FALSE(valueProblem(logCount, 0.001));
    CHECK_THAT(reasonOf(valueProblem(logCount, 0.0)),
               Contains("indicator \"top500_systems\" uses a log transform, so its value must be "
                        "positive; found 0"));
    // Negative under log: the log rule speaks first, as validateProfiles always said.
    CHECK_THAT(reasonOf(valueProblem(logCount, -3.0)), Contains("must be positive; found -3"));
    CHECK_FALSE(logValueProblem(indicatorWith("linear", "systems"), 0.0));
}

TEST_CASE("years: not in the future, not before 1900", "[valuecheck][year]")
{
    CHECK_FALSE(yearProblem(2026, 2026));
    CHECK_FALSE(yearProblem(1900, 2026));
    CHECK(reasonOf(yearProblem(2027, 2026)) == "2027 is in the future (the current year is 2026)");
    CHECK_THAT(reasonOf(yearProblem(1899, 2026)), Contains("1899 is before 1900"));
    CHECK(currentYear() >= 2026); // this code was written in 2026
}

TEST_CASE("confidence is high, medium or low", "[valuecheck][confidence]")
{
    CHECK_FALSE(confidenceProblem("high"));
    CHECK_FALSE(confidenceProblem("medium"));
    CHECK_FALSE(confidenceProblem("low"));
    CHECK(reasonOf(confidenceProblem("sure")) ==
          "unknown confidence \"sure\" (expected high, medium or low)");
    CHECK_THAT(reasonOf(confidenceProblem("")), Contains("unknown confidence \"\""));
}

TEST_CASE("indicatorValueProblem combines the checks", "[valuecheck]")
{
    const Methodology methodology = defaultMethodology();
    IndicatorValue value;
    value.indicator = "top500_share";
    value.value = 2.1;
    value.year = 2025;
    CHECK_FALSE(indicatorValueProblem(value, methodology, 2026));

    value.year = 2030;
    CHECK(reasonOf(indicatorValueProblem(value, methodology, 2026)) ==
          "year: 2030 is in the future (the current year is 2026)");
    value.year.reset(); // a value without a year is allowed
    CHECK_FALSE(indicatorValueProblem(value, methodology, 2026));

    value.indicator = "fab_capacity_share"; // log-transformed, no floor, a share
    value.value = 0.0;
    CHECK_THAT(reasonOf(indicatorValueProblem(value, methodology, 2026)),
               Contains("uses a log transform"));
    value.value = 150.0;
    CHECK_THAT(reasonOf(indicatorValueProblem(value, methodology, 2026)),
               Contains("from 0 to 100; found 150"));

    value.indicator = "gpus";
    CHECK(reasonOf(indicatorValueProblem(value, methodology, 2026)) ==
          "unknown indicator \"gpus\" (not in methodology \"" + methodology.id + "\")");
}

TEST_CASE("every indicator of the default methodology has a range its bundled values meet",
          "[valuecheck][unit]")
{
    // The rule by unit, applied to data/methodology/ai-sovereignty.json.
    const Methodology methodology = defaultMethodology();
    const auto rangeOf = [&](const std::string& id) {
        return allowedRange(*methodology.findIndicator(id));
    };
    CHECK(rangeOf("top500_share").maximum == 100.0);
    CHECK(rangeOf("internet_users").minimum == 0.0);
    CHECK_FALSE(rangeOf("energy_import_dependency").minimum.has_value());
    CHECK(rangeOf("regulatory_autonomy").maximum == 10.0);
    CHECK(rangeOf("gov_ai_readiness").maximum == 100.0);
    CHECK(rangeOf("researchers").minimum == 0.0);
    CHECK(rangeOf("researchers").maximum == kMaxQuantity);
}

// Found by a careful tester: counts and populations had no upper bound, and
// members with a population of 1e308 pooled to a NaN.
TEST_CASE("counts, populations and GDP are bounded", "[valuecheck]")
{
    const Indicator systems = indicatorWith("q", "systems");
    CHECK_FALSE(valueProblem(systems, 1e15));
    CHECK_THAT(reasonOf(valueProblem(systems, 2e15)),
               Contains("allows values from 0 to 1e+15; found 2e+15"));
    CHECK_FALSE(profileAmountProblem("population", 8.2e9));
    CHECK_THAT(reasonOf(profileAmountProblem("population", 1e308)),
               Contains("must be at most 1e+11 (people); found 1e+308"));
    CHECK_THAT(reasonOf(profileAmountProblem("population", -1.0)),
               Contains("must be a positive number"));
    CHECK_FALSE(profileAmountProblem("gdp_usd", 2.9e13));
    CHECK_THAT(reasonOf(profileAmountProblem("gdp_usd", 2e16)),
               Contains("must be at most 1e+16 (US dollars)"));
}

TEST_CASE("text fields are bounded in characters; names refuse hidden characters", "[values][text]")
{
    // Exactly the maximum is fine, one more is refused with both counts.
    CHECK_FALSE(textFieldProblem(TextField::Name, std::string(kMaxNameCharacters, 'a')));
    CHECK(reasonOf(textFieldProblem(TextField::Name, std::string(201, 'a'))) ==
          "is 201 characters long; at most 200 are allowed");
    // Characters, not bytes: 200 two-byte letters (400 bytes) are a 200-character name.
    std::string accented;
    for (int i = 0; i < 200; ++i)
        accented += "\u00e9";
    CHECK_FALSE(textFieldProblem(TextField::Name, accented));
    CHECK(reasonOf(textFieldProblem(TextField::SnapshotLabel, accented + "x")) ==
          "is 201 characters long; at most 200 are allowed");
    CHECK(maxCharacters(TextField::Identifier) == 64);
    CHECK(maxCharacters(TextField::ScenarioName) == 100);
    CHECK(maxCharacters(TextField::Source) == 1000);
    CHECK(maxCharacters(TextField::Url) == 2000);
    CHECK(maxCharacters(TextField::Note) == 10000);
    CHECK(maxCharacters(TextField::Description) == 10000);
    // Names and labels refuse bidi overrides and zero-width characters (the
    // same check as profile names); notes and descriptions may span lines.
    for (const TextField field : {TextField::Name, TextField::Identifier, TextField::ScenarioName,
                                  TextField::SnapshotLabel})
        CHECK_THAT(reasonOf(textFieldProblem(field, "Q1\u202E2026")), Contains("U+202E"));
    CHECK_THAT(reasonOf(textFieldProblem(TextField::ScenarioName, "plan\u200B")),
               Contains("U+200B"));
    CHECK_FALSE(textFieldProblem(TextField::Note, "first line\nsecond line"));
    CHECK_FALSE(textFieldProblem(TextField::Description, "a\nb"));
}
