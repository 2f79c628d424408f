#include "aisov/Scoring.h"

#include "aisov/Pooling.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace aisov {

namespace {

// Scores compare against thresholds with this slack so that a pillar
// computed as 59.99999999999 from exact inputs of 60 still meets 60.
constexpr double kThresholdSlack = 1e-9;

double clamp01(double value)
{
    if (std::isnan(value))
        return 0.0;
    return std::clamp(value, 0.0, 1.0);
}

// Rank of `x` within `sorted` as a fraction of 0 (lowest) to 1 (highest);
// ties share their mean rank. A value not in the set is ranked as if it
// had been added to it.
double percentileRank(double x, const std::vector<double>& sorted)
{
    const auto lower = std::lower_bound(sorted.begin(), sorted.end(), x);
    const auto upper = std::upper_bound(sorted.begin(), sorted.end(), x);
    const auto less = static_cast<double>(lower - sorted.begin());
    auto equal = static_cast<double>(upper - lower);
    auto count = static_cast<double>(sorted.size());
    if (equal == 0.0) {
        equal = 1.0;
        count += 1.0;
    }
    if (count <= 1.0)
        return 0.5;
    return (less + (equal - 1.0) / 2.0) / (count - 1.0);
}

} // namespace

double transformValue(double value, Transform transform)
{
    if (transform == Transform::Log)
        return value > 0.0 ? std::log(value) : -HUGE_VAL;
    return value;
}

double transformIndicatorValue(double value, const Indicator& indicator)
{
    if (indicator.transform == Transform::Log && indicator.logFloor)
        return transformValue(std::max(value, *indicator.logFloor), indicator.transform);
    return transformValue(value, indicator.transform);
}

NormalizationContext makeNormalizationContext(const std::vector<Profile>& profiles,
                                              const Methodology& methodology)
{
    NormalizationContext context;
    if (methodology.normalization == Normalization::Goalposts)
        return context;
    context.sortedTransformedValues.resize(methodology.indicators.size());
    for (std::size_t i = 0; i < methodology.indicators.size(); ++i) {
        const auto& indicator = methodology.indicators[i];
        auto& values = context.sortedTransformedValues[i];
        for (const auto& profile : profiles) {
            const IndicatorValue* value = profile.findValue(indicator.id);
            if (value == nullptr)
                continue;
            const double t = transformIndicatorValue(value->value, indicator);
            if (std::isfinite(t))
                values.push_back(t);
        }
        std::sort(values.begin(), values.end());
    }
    return context;
}

double normalizeValue(double value, std::size_t indicatorIndex, const Methodology& methodology,
                      const NormalizationContext& context)
{
    const Indicator& indicator = methodology.indicators.at(indicatorIndex);
    const double t = transformIndicatorValue(value, indicator);
    double normalized = 0.0;
    if (!std::isfinite(t)) {
        normalized = 0.0; // log of a non-positive value: validation refuses it; stay safe
    } else if (methodology.normalization == Normalization::Goalposts) {
        const double low = transformValue(indicator.goalpostLow, indicator.transform);
        const double high = transformValue(indicator.goalpostHigh, indicator.transform);
        normalized = clamp01((t - low) / (high - low));
    } else {
        static const std::vector<double> kNone;
        const auto& sorted = indicatorIndex < context.sortedTransformedValues.size()
                                 ? context.sortedTransformedValues[indicatorIndex]
                                 : kNone;
        if (methodology.normalization == Normalization::Percentile) {
            normalized = percentileRank(t, sorted);
        } else {
            const double low = sorted.empty() ? t : std::min(sorted.front(), t);
            const double high = sorted.empty() ? t : std::max(sorted.back(), t);
            // All profiles equal: nothing tells them apart, so all sit mid-range.
            normalized = high - low > 0.0 ? clamp01((t - low) / (high - low)) : 0.5;
        }
    }
    return indicator.direction == Direction::Lower ? 1.0 - normalized : normalized;
}

bool meetsThreshold(double score, double threshold)
{
    return score >= threshold - kThresholdSlack;
}

double aggregate(Aggregation method, const std::vector<double>& parts,
                 const std::vector<double>& weights)
{
    return aggregate(method, std::span<const double>(parts), std::span<const double>(weights));
}

namespace {

ScoreResult computeScore(const Profile& profile, const Methodology& methodology,
                         const NormalizationContext& context)
{
    ScoreResult result;
    result.code = profile.code;
    result.name = profile.name;

    result.indicators.reserve(methodology.indicators.size());
    for (std::size_t i = 0; i < methodology.indicators.size(); ++i) {
        IndicatorResult indicatorResult;
        indicatorResult.id = methodology.indicators[i].id;
        indicatorResult.pillar = methodology.indicators[i].pillar;
        if (const IndicatorValue* value = profile.findValue(indicatorResult.id)) {
            indicatorResult.value = value->value;
            indicatorResult.normalized = normalizeValue(value->value, i, methodology, context);
        }
        result.indicators.push_back(indicatorResult);
    }

    const bool missingIsZero = methodology.missing == MissingPolicy::Zero;
    std::vector<double> pillarParts;
    std::vector<double> pillarWeights;
    std::vector<std::size_t> pillarOfPart; // index into result.pillars
    double coverageSum = 0.0;
    double pillarWeightSum = 0.0;
    // Each pillar's indicators, looked up once for the aggregation and the
    // contributions below.
    std::vector<std::vector<std::size_t>> pillarMembers;
    pillarMembers.reserve(methodology.pillars.size());
    for (const auto& pillar : methodology.pillars) {
        PillarResult pillarResult;
        pillarResult.id = pillar.id;
        const std::vector<std::size_t>& members =
            pillarMembers.emplace_back(methodology.indicatorsOfPillar(pillar.id));
        std::vector<double> parts;
        std::vector<double> weights;
        parts.reserve(members.size());
        weights.reserve(members.size());
        double totalWeight = 0.0;
        double presentWeight = 0.0;
        for (const std::size_t i : members) {
            const double weight = methodology.indicators[i].weight;
            totalWeight += weight;
            const auto& normalized = result.indicators[i].normalized;
            if (normalized) {
                presentWeight += weight;
                parts.push_back(*normalized);
                weights.push_back(weight);
            } else if (missingIsZero) {
                parts.push_back(0.0);
                weights.push_back(weight);
            }
        }
        pillarResult.coverage = totalWeight > 0.0 ? presentWeight / totalWeight : 0.0;
        const bool hasData = missingIsZero ? !parts.empty() : presentWeight > 0.0;
        if (hasData) {
            // The 0-1 aggregate goes into the overall score as it is (not
            // score / 100), as in the Monte Carlo loop of Uncertainty.cpp.
            const double part = aggregate(methodology.indicatorAggregation, parts, weights);
            const double score = 100.0 * part;
            pillarResult.score = score;
            pillarResult.meets = meetsThreshold(score, pillar.threshold);
            pillarParts.push_back(part);
            pillarWeights.push_back(pillar.weight);
            pillarOfPart.push_back(result.pillars.size());
        }
        coverageSum += pillar.weight * pillarResult.coverage;
        pillarWeightSum += pillar.weight;
        if (pillarResult.meets)
            ++result.met;
        result.pillars.push_back(pillarResult);
    }
    result.coverage = pillarWeightSum > 0.0 ? coverageSum / pillarWeightSum : 0.0;
    result.insufficientData = result.coverage < methodology.minimumCoverage - kThresholdSlack;

    double pillarWeightPresent = 0.0;
    for (const double weight : pillarWeights)
        pillarWeightPresent += weight;
    if (pillarParts.empty() || pillarWeightPresent <= 0.0)
        return result; // no data at all: no score, no band

    const double overall = std::clamp(
        100.0 * aggregate(methodology.pillarAggregation, pillarParts, pillarWeights), 0.0, 100.0);
    result.score = overall;
    result.band = methodology.bandFor(overall);

    // Contributions: split the overall score among pillars in proportion to
    // weight x pillar score, then within a pillar in proportion to
    // weight x normalised value. They add up to the overall score whatever
    // the aggregation, which is what a reader of "why this score?" needs.
    double pillarShareSum = 0.0;
    for (std::size_t k = 0; k < pillarParts.size(); ++k)
        pillarShareSum += pillarWeights[k] * pillarParts[k];
    if (overall <= 0.0 || pillarShareSum <= 0.0)
        return result;
    for (std::size_t k = 0; k < pillarParts.size(); ++k) {
        const double pillarPoints = overall * pillarWeights[k] * pillarParts[k] / pillarShareSum;
        const std::vector<std::size_t>& members = pillarMembers[pillarOfPart[k]];
        double indicatorShareSum = 0.0;
        for (const std::size_t i : members)
            if (result.indicators[i].normalized)
                indicatorShareSum +=
                    methodology.indicators[i].weight * *result.indicators[i].normalized;
        if (indicatorShareSum <= 0.0)
            continue;
        for (const std::size_t i : members)
            if (result.indicators[i].normalized)
                result.indicators[i].contribution =
                    pillarPoints * methodology.indicators[i].weight *
                    *result.indicators[i].normalized / indicatorShareSum;
    }
    return result;
}

// "score", "pillar compute" or "indicator researchers (contribution)": the
// first number of `result` that is NaN or infinite, or empty.
std::optional<std::string> firstNonFinite(const ScoreResult& result)
{
    const auto bad = [](std::optional<double> number) { return number && !std::isfinite(*number); };
    if (bad(result.score) || bad(result.coverage))
        return std::string("score");
    for (const auto& pillar : result.pillars)
        if (bad(pillar.score) || bad(pillar.coverage))
            return "pillar " + pillar.id;
    for (const auto& indicator : result.indicators)
        if (bad(indicator.value) || bad(indicator.normalized) || bad(indicator.contribution))
            return "indicator " + indicator.id;
    return std::nullopt;
}

} // namespace

ScoreResult scoreProfile(const Profile& profile, const Methodology& methodology,
                         const NormalizationContext& context)
{
    ScoreResult result = computeScore(profile, methodology, context);
    // Inputs are bounded (ValueCheck.h) and the arithmetic kept from
    // overflowing, so a NaN or an infinity here is a bug: it must never be
    // shown as a score, ranked (a NaN compares false with everything) or
    // saved in a snapshot.
    if (const auto where = firstNonFinite(result))
        throw std::logic_error("scoring " + profile.code + " gave a number that is not finite (" +
                               *where +
                               "); nothing was saved. This is a bug: please report it with "
                               "the profile and methodology used");
    return result;
}

ScoredSet scoreProfileSet(const std::vector<Profile>& profiles, const Methodology& methodology)
{
    ScoredSet set;
    set.profiles.reserve(profiles.size());
    for (const auto& profile : profiles)
        set.profiles.push_back(profile.isPooledBloc() ? poolBloc(profile, profiles, methodology)
                                                      : profile);
    set.context = makeNormalizationContext(set.profiles, methodology);
    set.results.reserve(set.profiles.size());
    for (const auto& profile : set.profiles)
        set.results.push_back(scoreProfile(profile, methodology, set.context));
    return set;
}

std::vector<ScoreResult> scoreProfiles(const std::vector<Profile>& profiles,
                                       const Methodology& methodology)
{
    return scoreProfileSet(profiles, methodology).results;
}

} // namespace aisov
