#pragma once

// A methodology says how raw indicator values become a 0-100 score
// (the method: docs/methodology.md; the file: docs/file-formats.md). Plain
// value types: the engine in Scoring.h reads them, MethodologyIO.h loads
// and saves them.

#include "aisov/Translation.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace aisov {

enum class Transform
{
    Linear,
    Log
};
enum class Direction
{
    Higher,
    Lower
};
enum class Normalization
{
    Goalposts,
    MinMax,
    Percentile
};
enum class Aggregation
{
    Arithmetic,
    Geometric,
    Minimum
};
enum class MissingPolicy
{
    Reweight,
    Zero
};
enum class Pooling
{
    Sum,
    MeanPopulation,
    MeanGdp,
    Max,
    Min
};

struct Pillar
{
    std::string id;
    std::string name;
    double weight = 1.0;
    double threshold = 60.0; // 0-100: a pillar at or above it "meets the requirement"
    std::string description;
    Translations translations{}; // never English

    friend bool operator==(const Pillar&, const Pillar&) = default;
};

struct Indicator
{
    std::string id;
    std::string pillar; // id of the pillar it belongs to
    std::string name;
    std::string unit;
    Direction direction = Direction::Higher;
    Transform transform = Transform::Linear;
    double goalpostLow = 0.0;
    double goalpostHigh = 1.0;
    double weight = 1.0;
    Pooling pooling = Pooling::Sum;
    std::string description;
    std::string sourceHint;
    // Log transform only: a value below the floor, a known zero included,
    // is scored as the floor. Without it a log indicator refuses zero.
    // With the low goalpost below the floor, a known zero scores a small
    // positive amount, so one pillar of known zeros does not zero the
    // geometric mean, and any presence scores more than absence.
    std::optional<double> logFloor;
    Translations translations{}; // never English

    friend bool operator==(const Indicator&, const Indicator&) = default;
};

struct Band
{
    double from = 0.0; // lower bound, inclusive, on 0-100
    std::string label;
    Translations translations{}; // name = the label; never English

    friend bool operator==(const Band&, const Band&) = default;
};

struct Methodology
{
    std::string id;
    std::string name;
    std::string version;
    std::string description;
    std::vector<Pillar> pillars;
    std::vector<Indicator> indicators;
    Aggregation indicatorAggregation = Aggregation::Arithmetic;
    Aggregation pillarAggregation = Aggregation::Geometric;
    Normalization normalization = Normalization::Goalposts;
    MissingPolicy missing = MissingPolicy::Reweight;
    std::vector<Band> bands;
    // 0-1: a profile whose coverage is below it is reported as "insufficient
    // data" rather than ranked with the others; 0 = no rule.
    double minimumCoverage = 0.0;

    // Field by field: an editor tells an edited methodology from the saved one.
    friend bool operator==(const Methodology&, const Methodology&) = default;

    const Pillar* findPillar(const std::string& pillarId) const;
    const Indicator* findIndicator(const std::string& indicatorId) const;
    std::optional<std::size_t> indicatorIndex(const std::string& indicatorId) const;
    // Indices into `indicators` of the indicators of one pillar, in file order.
    std::vector<std::size_t> indicatorsOfPillar(const std::string& pillarId) const;
    // Label of the band holding `score` (0-100); empty when there are no bands.
    std::string bandFor(double score) const;
};

// Names used in the file format, shared by the reader, the writer and
// the CLI so that one spelling lives in one place.
const char* toString(Transform value);
const char* toString(Direction value);
const char* toString(Normalization value);
const char* toString(Aggregation value);
const char* toString(MissingPolicy value);
const char* toString(Pooling value);

std::optional<Transform> transformFromString(const std::string& text);
std::optional<Direction> directionFromString(const std::string& text);
std::optional<Normalization> normalizationFromString(const std::string& text);
std::optional<Aggregation> aggregationFromString(const std::string& text);
std::optional<MissingPolicy> missingPolicyFromString(const std::string& text);
std::optional<Pooling> poolingFromString(const std::string& text);

// What a front end (the application, the charts, the CLI) shows for a
// pillar, an indicator or a band in `language`: the translation when the
// methodology has one, else the English name (else the id). One rule for
// every front end.
std::string displayName(const Pillar& pillar, Language language);
std::string displayName(const Indicator& indicator, Language language);
std::string displayDescription(const Pillar& pillar, Language language);
std::string displayDescription(const Indicator& indicator, Language language);
std::string displayUnit(const Indicator& indicator, Language language);
std::string displayLabel(const Band& band, Language language);
// A result's band (ScoreResult::band holds the English label) in
// `language`; a label no band of `methodology` has is returned as it is.
std::string displayBandLabel(const Methodology& methodology, const std::string& englishLabel,
                             Language language);

} // namespace aisov
