// The application's table of input problems (src/app/ProblemText.h): it
// covers every aisov::InputProblem code, and, untranslated, says exactly
// what the core's English text says, so a translator translates the same
// sentence the CLI prints.

#include "AppStrings.h"
#include "ProblemText.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace {

// Nine distinct arguments, more than any template takes.
const std::vector<std::string> kArguments{"A1", "B2", "C3", "D4", "E5", "F6", "G7", "H8", "I9"};

} // namespace

TEST_CASE("the application's problem table covers every code", "[app][problem-text]")
{
    for (int i = 0; i < static_cast<int>(aisov::InputProblem::Count); ++i) {
        const auto code = static_cast<aisov::InputProblem>(i);
        INFO("code " << i << ": " << aisov::englishTemplate(code));
        CHECK_FALSE(app::problemTemplate(code).isEmpty());
        // No translator is installed: the source text is the core's English one.
        const aisov::Problem problem{code, kArguments};
        CHECK(app::toStdString(app::problemText(problem)) == aisov::englishText(problem));
    }
    CHECK(app::problemTemplate(aisov::InputProblem::Count).isEmpty());
}

TEST_CASE("an input error reads file, place and problem", "[app][problem-text]")
{
    const aisov::InputError placed(
        "p.csv", "line 3", aisov::inField("year", {aisov::InputProblem::TextNotNumber, {"soon"}}));
    CHECK(app::inputErrorText(placed) ==
          QStringLiteral("p.csv: line 3: year: \"soon\" is not a number"));
    CHECK(app::toStdString(app::inputErrorText(placed)) == std::string(placed.what()));
    const aisov::InputError unplaced("", "", {aisov::InputProblem::FileEmpty});
    CHECK(app::inputErrorText(unplaced) == QStringLiteral("<input>: the file is empty"));
}
