#pragma once

// Investment levers: "how do we get a bit more sovereign?"
// (docs/methodology-advanced.md, "Investment levers").
//
// For one profile, each indicator is improved on its own by a standard step
// and the profile rescored with scoreProfile; the indicators are ranked by
// how much the overall score rises. The reverse question: the smallest raw
// value of one indicator that lifts the profile into the next band.
// Plain value types, so that the CLI prints them and the GUI charts them.

#include "aisov/Methodology.h"
#include "aisov/Profile.h"
#include "aisov/Scoring.h"

#include <optional>
#include <string>
#include <vector>

namespace aisov {

struct LeverOptions
{
    // The standard step: this share of the indicator's goalpost range, in
    // transformed space (so a log indicator steps by a factor), in the
    // direction that improves the score.
    double stepFraction = 0.10;
};

struct Lever
{
    std::string indicator; // indicator id
    std::string pillar;    // pillar id
    // Raw value now; empty when the profile has none.
    std::optional<double> currentValue;
    // Raw value the step starts from: the current value held within the
    // goalposts, or, when missing, the worst goalpost (normalised 0).
    double startValue = 0.0;
    double improvedValue = 0.0; // raw value after one step

    double scoreBefore = 0.0; // overall, 0-100 (0 when the profile has no score)
    double scoreAfter = 0.0;
    double gain = 0.0; // scoreAfter - scoreBefore, in points
    std::optional<double> pillarBefore;
    std::optional<double> pillarAfter;
    // The indicator's pillar goes from below its threshold to at or above it.
    bool crossesThreshold = false;

    // Reverse question: smallest raw value of this indicator alone that puts
    // the profile in the next band; empty when even the best goalpost does
    // not (or when there is no next band).
    std::optional<double> valueForNextBand;
};

struct LeverAnalysis
{
    std::string code;
    std::string name;
    std::optional<double> score;
    std::string band;
    std::optional<Band> nextBand; // empty in the top band or without bands
    double stepFraction = 0.10;
    // Largest gain first; equal gains keep the methodology's order.
    std::vector<Lever> levers;
};

// Levers of `profile` as it is (a bloc must be pooled first), with the
// other profiles' normalisation context held fixed.
LeverAnalysis analyzeLevers(const Profile& profile, const Methodology& methodology,
                            const NormalizationContext& context = {},
                            const LeverOptions& options = {});

// Levers of profiles[index] scored among `profiles`, as scoreProfiles does:
// a bloc with members and no values is pooled first, and minmax/percentile
// normalisation sees the whole set.
LeverAnalysis analyzeLeversAmong(const std::vector<Profile>& profiles, std::size_t index,
                                 const Methodology& methodology, const LeverOptions& options = {});

} // namespace aisov
