#pragma once

// "Collaborative sovereignty": a bloc's score next to its members' and the
// gain from pooling (docs/methodology-advanced.md, "Blocs").

#include "aisov/Methodology.h"
#include "aisov/Profile.h"
#include "aisov/ScoreResult.h"

#include <optional>
#include <string>
#include <vector>

namespace aisov {

struct BlocMemberScore
{
    std::string code;
    std::string name;
    bool found = false;          // the member is among the profiles scored
    std::optional<double> score; // empty when not found or without data
    std::optional<double> population;
    std::vector<std::optional<double>> pillarScores; // parallel to the bloc's result pillars
};

// One pillar of the bloc against the strongest member on that pillar.
struct BlocPillarGain
{
    std::string pillar;
    std::optional<double> blocScore;
    std::optional<double> bestMemberScore; // the highest member score on this pillar
    std::optional<double> gain;            // blocScore - bestMemberScore
};

struct BlocComparison
{
    std::string code;
    std::string name;
    std::optional<double> score;
    std::vector<BlocMemberScore> members; // in the bloc's order
    // The strongest member alone, and what pooling adds to it.
    std::string bestMemberCode;
    std::optional<double> bestMemberScore;
    std::optional<double> gainOverBestMember; // bloc - best member
    // The members' scores weighted by population (over members with both a
    // score and a population): the bloc's "average citizen" without pooling.
    std::optional<double> populationWeightedMean;
    std::optional<double> gainOverMean; // bloc - population-weighted mean
    // What pooling adds on each pillar, in methodology order.
    std::vector<BlocPillarGain> pillars;
};

// Compares profiles[blocIndex] (a bloc) with its members, from `results`,
// the output of scoreProfiles(profiles, ...) (one result per profile).
BlocComparison compareBloc(const std::vector<Profile>& profiles, std::size_t blocIndex,
                           const std::vector<ScoreResult>& results);

// A user-built coalition: a bloc profile with `members` and no values, to
// add to a profile set and score like any other bloc.
Profile makeCoalition(const std::string& code, const std::vector<std::string>& members);

} // namespace aisov
