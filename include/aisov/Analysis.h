#pragma once

// One entry to everything a front end asks of a set of profiles under one
// methodology (docs/architecture.md, "The analysis API"): which profiles,
// their scores and explanations, a coalition built on the fly, what-if
// scenarios, investment levers, bloc comparisons and uncertainty. The CLI
// and the store go through it, so that each question has one answer
// whoever asks it.
//
// Every score is computed with all profiles together, as scoreProfiles
// does: blocs with members and no values are pooled from their members,
// and minmax/percentile normalisation sees the whole set. Bad input is an
// InputError naming the source given to the constructor (or the `where` of
// a scenario) and what is wrong.

#include "aisov/BlocComparison.h"
#include "aisov/Levers.h"
#include "aisov/Methodology.h"
#include "aisov/Partners.h"
#include "aisov/Profile.h"
#include "aisov/ScoreResult.h"
#include "aisov/Scoring.h"
#include "aisov/Uncertainty.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace aisov {

// A coalition built by the user: a bloc of `members` (codes of loaded
// profiles) with no values of its own, pooled like any other bloc.
struct CoalitionSpec
{
    std::string code;
    std::vector<std::string> members;
};

class Analysis
{
public:
    // Validates `profiles` against `methodology` (validateProfiles: an
    // InputError naming `sourceName`), then scores them all together once.
    Analysis(std::vector<Profile> profiles, Methodology methodology, std::string sourceName = {});
    // The profiles of `sameProfiles` (shared, not copied) under another
    // methodology, as a methodology editor rescores on every move of a
    // slider: validated again only when the rules for values differ
    // (sameValueRules), then scored anew.
    Analysis(const Analysis& sameProfiles, Methodology methodology, std::string sourceName);

    const Methodology& methodology() const { return m_methodology; }
    const std::string& sourceName() const { return m_sourceName; }
    // As given, plus any coalition added, in that order.
    const std::vector<Profile>& profiles() const { return *m_profiles; }
    // Parallel to profiles(): the profiles as scored (blocs pooled) and
    // their results, equal to scoreProfiles(profiles(), methodology()).
    const std::vector<Profile>& scoredProfiles() const { return m_scored.profiles; }
    const std::vector<ScoreResult>& results() const { return m_scored.results; }

    std::optional<std::size_t> indexOf(const std::string& code) const;
    // Null when no profile has `code`.
    const ScoreResult* result(const std::string& code) const;
    const Profile* scoredProfile(const std::string& code) const;

    // Adds a coalition and rescores everything; returns its index. An
    // InputError (naming the source and `where`) when its code is already a
    // profile's, when it has no members or when a member is unknown.
    std::size_t addCoalition(const CoalitionSpec& coalition,
                             const std::string& where = "coalition");

    // Indices of the profiles with `codes`, in that order; all profiles when
    // `codes` is empty. An unknown code is an InputError naming the source
    // and `where`: "no profile with code "XYZ"".
    std::vector<std::size_t> select(const std::vector<std::string>& codes,
                                    const std::string& where = "codes") const;

    // A what-if: the profile `baseCode` as scenario `overrides` leave it (a
    // pooled bloc is pooled first, then the overrides replace or add
    // values). The overrides must fit THIS methodology
    // (validateScenarioOverrides; an InputError whose file is `where`, e.g.
    // "team.sqlite (scenario "plan" of CHE)"); an unknown base is an
    // InputError naming the source.
    Profile applyScenario(const std::string& baseCode, const std::vector<IndicatorValue>& overrides,
                          const std::string& where) const;
    // The scenario's result, scored with every other profile as it is.
    ScoreResult scoreScenario(const std::string& baseCode,
                              const std::vector<IndicatorValue>& overrides,
                              const std::string& where = {}) const;

    // Investment levers of the profile with `code` among all the others
    // (analyzeLeversAmong); an unknown code is an InputError.
    LeverAnalysis levers(const std::string& code, const LeverOptions& options = {}) const;
    // The levers from where a scenario leaves the profile.
    LeverAnalysis scenarioLevers(const std::string& baseCode,
                                 const std::vector<IndicatorValue>& overrides,
                                 const std::string& where, const LeverOptions& options = {}) const;

    // The bloc with `blocCode` next to its members (aisov::compareBloc).
    BlocComparison compareBloc(const std::string& blocCode) const;

    // Every other profile ranked by what pooling with it adds to the
    // profile with `code` (aisov::rankPartners); an unknown code is an
    // InputError.
    PartnerRanking partners(const std::string& code) const;

    // Monte Carlo over all profiles (analyzeUncertainty), one summary per
    // profile of profiles(). Ranks are computed among the profiles with the
    // codes `rankAmong` (unknown code: InputError), and only when there are
    // at least two of them and options.computeRanks is set; whatever
    // options.rankAmong held is replaced. Throws Cancelled when control.stop
    // is requested.
    std::vector<UncertaintySummary> uncertainty(UncertaintyOptions options,
                                                const std::vector<std::string>& rankAmong,
                                                const UncertaintyControl& control = {}) const;

private:
    std::size_t requireIndex(const std::string& code, const std::string& where) const;
    // Everything scored as now, except profile `index`, which is `replacement`.
    ScoredSet scoreWith(std::size_t index, Profile replacement) const;

    // Shared between analyses of the same profiles; never changed in place.
    std::shared_ptr<const std::vector<Profile>> m_profiles;
    Methodology m_methodology;
    std::string m_sourceName;
    ScoredSet m_scored;
};

// The one rule for scenario overrides, whoever applies or stores them: at
// most one override per indicator, and each one valid for `methodology`
// (validateProfiles: a known indicator, a positive value under a log
// transform). An InputError whose file is `where`, placed at the indicator
// for a duplicate and at the override's origin (or `baseCode`) otherwise.
void validateScenarioOverrides(const std::string& baseCode,
                               const std::vector<IndicatorValue>& overrides,
                               const Methodology& methodology, const std::string& where);

} // namespace aisov
