#pragma once

#include <optional>
#include <string>
#include <vector>

namespace aisov {

struct IndicatorResult
{
    std::string id;
    std::string pillar;
    std::optional<double> value;      // raw value; empty when missing
    std::optional<double> normalized; // 0-1 after transform, normalisation, direction
    // Share of the overall score (0-100 points) owed to this indicator. The
    // contributions of all indicators add up to the overall score; see
    // docs/methodology.md for how they are split under each aggregation.
    double contribution = 0.0;
};

struct PillarResult
{
    std::string id;
    std::optional<double> score; // 0-100; empty when the pillar has no data (reweight)
    bool meets = false;          // score >= the pillar's threshold
    double coverage = 0.0;       // 0-1: weight share of its indicators that have data
};

struct ScoreResult
{
    std::string code;
    std::string name;
    std::optional<double> score; // 0-100; empty when there is no data at all
    std::string band;
    double coverage = 0.0; // 0-1: pillar-weighted mean of the pillar coverages
    int met = 0;           // pillars that meet their threshold
    // Coverage below the methodology's minimum_coverage: the score is
    // computed (explain needs it) but is not to be ranked with the others.
    bool insufficientData = false;
    std::vector<PillarResult> pillars;
    std::vector<IndicatorResult> indicators;

    const PillarResult* findPillar(const std::string& pillarId) const;
    const IndicatorResult* findIndicator(const std::string& indicatorId) const;
};

} // namespace aisov
