// Input problems as a code and arguments (include/aisov/InputProblem.h):
// one English text per code, and InputError carrying the code.

#include "../ErrorMatch.h"

#include "aisov/InputProblem.h"
#include "aisov/MethodologyIO.h"
#include "aisov/ProfileIO.h"

#include <catch2/catch.hpp>

using namespace aisov;

TEST_CASE("every input problem has an English text", "[input-problem]")
{
    for (int i = 0; i < static_cast<int>(InputProblem::Count); ++i) {
        INFO("code " << i);
        CHECK_FALSE(std::string(englishTemplate(static_cast<InputProblem>(i))).empty());
    }
    CHECK(std::string(englishTemplate(InputProblem::Count)).empty());
}

TEST_CASE("arguments fill the placeholders once, in order", "[input-problem]")
{
    CHECK(fillArguments("no scenario \"%1\" on %2", {"Fab", "KOR"}) ==
          "no scenario \"Fab\" on KOR");
    // An argument holding a placeholder is not filled again.
    CHECK(fillArguments("%1 and %2", {"%2", "b"}) == "%2 and b");
    // A placeholder used twice; a missing argument leaves nothing.
    CHECK(fillArguments("%1/%1/%2", {"x"}) == "x/x/");
    CHECK(fillArguments("100% sure", {}) == "100% sure");
}

TEST_CASE("the English text names the field first", "[input-problem]")
{
    CHECK(englishText({InputProblem::YearInFuture, {"2031", "2026"}}) ==
          "2031 is in the future (the current year is 2026)");
    CHECK(englishText(inField("year", {InputProblem::YearInFuture, {"2031", "2026"}})) ==
          "year: 2031 is in the future (the current year is 2026)");
}

TEST_CASE("an InputError carries the problem and says it in English", "[input-problem]")
{
    const InputError error("p.json", "$.profiles[0].code", {InputProblem::NoProfile, {"ABC"}});
    CHECK(error.problem().code == InputProblem::NoProfile);
    CHECK(error.problem().args == std::vector<std::string>{"ABC"});
    CHECK(error.reason() == "no profile with code \"ABC\"");
    CHECK(std::string(error.what()) == "p.json: $.profiles[0].code: no profile with code \"ABC\"");
}

TEST_CASE("a reader's error keeps its code and arguments", "[input-problem]")
{
    try {
        (void)parseProfilesCsv("code,indicator,value,year,source,url,confidence,note\n"
                               "ABC,x,1,1850,,,,\n",
                               "p.csv");
        FAIL("no error");
    } catch (const InputError& error) {
        CHECK(error.where() == "line 2");
        CHECK(error.problem().code == InputProblem::YearTooOld);
        CHECK(error.problem().field == "year");
        CHECK(error.problem().args == std::vector<std::string>{"1850", "1900"});
        CHECK(error.reason() == "year: 1850 is before 1900, too old to be the year of a measured "
                                "value");
    }
}
