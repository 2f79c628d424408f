#pragma once

// Loading what a sub-command works on, the same way for every command:
// the methodology (--methodology FILE or the bundled default) and the
// profiles (--profiles FILE or --db FILE).

#include "CliArguments.h"

#include "aisov/Methodology.h"
#include "aisov/Profile.h"
#include "aisov/ScoreResult.h"
#include "aisov/Uncertainty.h"

#include <optional>
#include <string>
#include <vector>

namespace aisov {
class Store;
}

aisov::Methodology loadMethodologyArgument(const CliArguments& arguments);

struct LoadedProfiles
{
    std::vector<aisov::Profile> profiles;
    std::string sourceName; // file the profiles came from, for messages
};

// Exactly one of --profiles / --db must be given (UsageError otherwise).
// Profiles are validated against `methodology` (InputError).
LoadedProfiles loadProfilesArgument(const CliArguments& arguments,
                                    const aisov::Methodology& methodology);

// A user-built coalition from "--coalition NAME=A,B,C": appended to
// `loaded` as a bloc with those members and no values, scored like any
// other bloc. Returns its index, or nothing without the option. A malformed
// value or a name already in use is a UsageError; an unknown member an
// InputError naming the source.
std::optional<std::size_t> addCoalitionArgument(const CliArguments& arguments,
                                                LoadedProfiles& loaded);

// The profiles named by --codes, in the order given; all when absent.
// An unknown code is an InputError naming the source.
std::vector<std::size_t> selectCodes(const CliArguments& arguments, const LoadedProfiles& loaded);

// --uncertainty N [--seed S] as Monte Carlo options (nothing without
// --uncertainty); a UsageError for bad values, before any file is read.
std::optional<aisov::UncertaintyOptions> uncertaintyArguments(const CliArguments& arguments);

// What `score` and `chart` report. Every loaded profile is scored together
// (blocs need their members; minmax and percentile normalisation need the
// whole set), with a --coalition added first; `selected` holds the indices
// to report (--codes, then the coalition if --codes left it out).
struct ScoredProfiles
{
    std::vector<aisov::ScoreResult> all;
    // Parallel to `all`; empty without --uncertainty.
    std::vector<aisov::UncertaintySummary> uncertainty;
    std::vector<std::size_t> selected;
};

ScoredProfiles scoreArguments(const CliArguments& arguments, const aisov::Methodology& methodology,
                              LoadedProfiles& loaded,
                              const std::optional<aisov::UncertaintyOptions>& uncertainty);

// What --scenario NAME adds: the scenario of that name on one selected
// profile, scored with every loaded profile as in `scoreArguments` except
// that this profile carries the scenario's overrides.
struct ScenarioResult
{
    std::size_t index = 0; // into LoadedProfiles::profiles
    aisov::ScoreResult result;
};

// UsageError when --scenario is given without --db (scenarios live in the
// database); checked before any file is read.
void checkScenarioArgument(const CliArguments& arguments);

// Profile `index` of `loaded` as its scenario `name` in `store` sees it
// (aisov::applyOverrides), validated against `methodology`; nullopt when the
// profile has no scenario of that name.
std::optional<aisov::Profile> scenarioProfile(const aisov::Store& store, const std::string& name,
                                              const aisov::Methodology& methodology,
                                              const LoadedProfiles& loaded, std::size_t index);

// With --scenario NAME: replaces profile `index` of `loaded` by its scenario
// of that name (InputError when it has none). Without it: does nothing.
void applyScenarioArgument(const CliArguments& arguments, const aisov::Methodology& methodology,
                           LoadedProfiles& loaded, std::size_t index);

// The --scenario NAME results for the profiles of `selected` that have a
// scenario of that name (empty without the option). An InputError naming
// the database when none has it, or when an override does not fit
// `methodology` (an indicator it lacks, a value its transform cannot take).
std::vector<ScenarioResult> scoreScenarioArgument(const CliArguments& arguments,
                                                  const aisov::Methodology& methodology,
                                                  const LoadedProfiles& loaded,
                                                  const std::vector<std::size_t>& selected);
