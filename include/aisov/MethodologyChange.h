#pragma once

// What a change of methodology does to a set of profiles: each profile's
// score, rank and band under the methodology before and after, so that an
// editor can show what an edited weight or goalpost moved.

#include "aisov/ScoreResult.h"

#include <optional>
#include <string>
#include <vector>

namespace aisov {

struct StandingChange
{
    std::string code;
    std::string name;
    std::optional<double> scoreBefore;
    std::optional<double> scoreAfter;
    std::optional<int> rankBefore; // empty: not ranked (no score, or insufficient data)
    std::optional<int> rankAfter;
    std::string bandBefore; // empty: no band (no score, or insufficient data)
    std::string bandAfter;

    bool rankMoved() const { return rankBefore != rankAfter; }
    bool bandMoved() const { return bandBefore != bandAfter; }
    bool moved() const { return rankMoved() || bandMoved(); }
};

// Rank of each result among those that are ranked, parallel to `results`:
// 1 for the highest score, equal scores share the better rank (1, 2, 2, 4).
// A result without a score, or with insufficient data, is not ranked.
std::vector<std::optional<int>> rankResults(const std::vector<ScoreResult>& results);

// `before` and `after` are the results of the same profiles in the same
// order, scored under two methodologies (Analysis::results()); one change
// per profile, in that order. Throws std::invalid_argument when the two
// lists do not hold the same codes in the same order.
std::vector<StandingChange> compareStandings(const std::vector<ScoreResult>& before,
                                             const std::vector<ScoreResult>& after);

} // namespace aisov
