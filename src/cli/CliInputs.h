#pragma once

// Reading what a sub-command works on from its options, the same way for
// every command, into an aisov::Analysis (aisov/Analysis.h), which does
// the rest: the methodology (--methodology FILE; else, with --db FILE, the
// store's active methodology; else the bundled default), the profiles
// (--profiles FILE or --db FILE), a --coalition, the --codes selection, a
// --scenario from the store and --uncertainty.

#include "CliArguments.h"

#include "aisov/Analysis.h"
#include "aisov/Methodology.h"
#include "aisov/Profile.h"
#include "aisov/ScoreResult.h"
#include "aisov/Uncertainty.h"

#include <optional>
#include <string>
#include <vector>

// --methodology FILE or the bundled default (for `validate`, which reads no store).
aisov::Methodology loadMethodologyArgument(const CliArguments& arguments);

struct CliAnalysis
{
    aisov::Analysis analysis;
    std::optional<std::size_t> coalition; // index of the --coalition profile
};

// Exactly one of --profiles / --db must be given (UsageError otherwise).
// The profiles are validated against the methodology (InputError naming the
// file). "--coalition NAME=A,B,C" is added as a bloc with those members and
// no values: a malformed value or a name already in use is a UsageError,
// an unknown member an InputError naming the source.
CliAnalysis loadAnalysisArguments(const CliArguments& arguments);

// --uncertainty N [--seed S] as Monte Carlo options (nothing without
// --uncertainty); a UsageError for bad values, before any file is read.
std::optional<aisov::UncertaintyOptions> uncertaintyArguments(const CliArguments& arguments);

// What `score` and `chart` report: `selected` holds the indices of the
// profiles to report (--codes, all without it, then the coalition if
// --codes left it out); `uncertainty`, parallel to the analysis's profiles,
// ranks among them (empty without --uncertainty).
struct CliSelection
{
    std::vector<std::size_t> selected;
    std::vector<aisov::UncertaintySummary> uncertainty;
};

CliSelection selectArguments(const CliArguments& arguments, const CliAnalysis& loaded,
                             const std::optional<aisov::UncertaintyOptions>& uncertainty);

// The index of the profile named by the command's CODE operand (InputError
// naming the source when there is none).
std::size_t codeArgument(const CliArguments& arguments, const aisov::Analysis& analysis);

// UsageError when --scenario is given without --db (scenarios live in the
// database); checked before any file is read.
void checkScenarioArgument(const CliArguments& arguments);

// A scenario read from the --db store, with the name that errors give it.
struct CliScenario
{
    std::string name;
    std::vector<aisov::IndicatorValue> overrides;
    std::string where; // "team.sqlite (scenario "plan" of CHE)"
};

// With --scenario NAME: that scenario of profile `code` (InputError naming
// the database when it has none). Without the option: nothing.
std::optional<CliScenario> scenarioArgument(const CliArguments& arguments,
                                            const aisov::Analysis& analysis,
                                            const std::string& code);

// What --scenario NAME adds to `score` and `chart`: the scenario of that
// name on each selected profile that has one, scored among all the others.
struct ScenarioResult
{
    std::size_t index = 0; // into the analysis's profiles
    aisov::ScoreResult result;
};

// Empty without the option. An InputError naming the database when no
// selected profile has it, or when an override does not fit the
// methodology (an indicator it lacks, a value its transform cannot take).
std::vector<ScenarioResult> scoreScenarioArgument(const CliArguments& arguments,
                                                  const aisov::Analysis& analysis,
                                                  const std::vector<std::size_t>& selected);
