#include "aisov/Levers.h"

#include "aisov/Pooling.h"

#include <algorithm>
#include <cmath>

namespace aisov {

namespace {

constexpr int kBisectionSteps = 60; // far below the resolution of any raw unit

double untransformed(double t, Transform transform)
{
    return transform == Transform::Log ? std::exp(t) : t;
}

// What one indicator can do: its transformed value where it scores 0
// (worst) and 1 (best), for the direction it has.
struct IndicatorRange
{
    double worst = 0.0;
    double best = 0.0;
};

IndicatorRange rangeOf(const Indicator& indicator)
{
    const double low = transformValue(indicator.goalpostLow, indicator.transform);
    const double high = transformValue(indicator.goalpostHigh, indicator.transform);
    if (indicator.direction == Direction::Lower)
        return {high, low};
    return {low, high};
}

// `t` held between `a` and `b`, whichever order they come in.
double clampBetween(double t, double a, double b)
{
    return std::clamp(t, std::min(a, b), std::max(a, b));
}

class Rescorer
{
public:
    Rescorer(const Profile& profile, const Methodology& methodology,
             const NormalizationContext& context)
        : m_profile(profile)
        , m_methodology(methodology)
        , m_context(context)
    {}

    // The profile scored with `indicator` set to `rawValue`, nothing else changed.
    ScoreResult with(const Indicator& indicator, double rawValue) const
    {
        Profile changed = m_profile;
        IndicatorValue value;
        if (const IndicatorValue* existing = m_profile.findValue(indicator.id))
            value = *existing;
        value.indicator = indicator.id;
        value.value = rawValue;
        changed.setValue(value);
        return scoreProfile(changed, m_methodology, m_context);
    }

private:
    const Profile& m_profile;
    const Methodology& m_methodology;
    const NormalizationContext& m_context;
};

std::optional<Band> nextBandAbove(const Methodology& methodology, double score)
{
    for (const auto& band : methodology.bands)
        if (band.from > score)
            return band;
    return std::nullopt;
}

// Smallest raw value between the start and the best goalpost that brings
// the score to `target`; bisection in transformed space, each candidate
// checked as the raw value it reports, so the answer reaches the band.
std::optional<double> valueReaching(const Rescorer& rescorer, const Indicator& indicator,
                                    double startT, double bestT, double target)
{
    const auto reaches = [&](double t) {
        const auto score = rescorer.with(indicator, untransformed(t, indicator.transform)).score;
        return score && *score >= target;
    };
    if (!reaches(bestT))
        return std::nullopt;
    double failing = startT;
    double reaching = bestT;
    if (reaches(failing))
        return untransformed(failing, indicator.transform);
    for (int step = 0; step < kBisectionSteps; ++step) {
        const double middle = 0.5 * (failing + reaching);
        if (middle == failing || middle == reaching)
            break;
        (reaches(middle) ? reaching : failing) = middle;
    }
    return untransformed(reaching, indicator.transform);
}

} // namespace

LeverAnalysis analyzeLevers(const Profile& profile, const Methodology& methodology,
                            const NormalizationContext& context, const LeverOptions& options)
{
    const ScoreResult before = scoreProfile(profile, methodology, context);
    LeverAnalysis analysis;
    analysis.code = profile.code;
    analysis.name = profile.name;
    analysis.score = before.score;
    analysis.band = before.band;
    analysis.stepFraction = options.stepFraction;
    const double scoreBefore = before.score.value_or(0.0);
    analysis.nextBand = nextBandAbove(methodology, scoreBefore);

    const Rescorer rescorer(profile, methodology, context);
    for (const Indicator& indicator : methodology.indicators) {
        const IndicatorRange range = rangeOf(indicator);
        Lever lever;
        lever.indicator = indicator.id;
        lever.pillar = indicator.pillar;
        // A missing value starts at the worst goalpost: the step then
        // measures what a first, modest level would bring. Under "reweight"
        // that can be a loss, since a low value now counts where nothing did.
        double startT = range.worst;
        if (const IndicatorValue* value = profile.findValue(indicator.id)) {
            lever.currentValue = value->value;
            const double t = transformIndicatorValue(value->value, indicator);
            // Far beyond a goalpost a step would change nothing; start from
            // the goalpost so that the step shows the indicator's leverage.
            startT = std::isfinite(t) ? clampBetween(t, range.worst, range.best) : range.worst;
        }
        const double stepT = options.stepFraction * (range.best - range.worst);
        const double improvedT = clampBetween(startT + stepT, range.worst, range.best);
        lever.startValue =
            lever.currentValue && transformIndicatorValue(*lever.currentValue, indicator) == startT
                ? *lever.currentValue
                : untransformed(startT, indicator.transform);
        lever.improvedValue = untransformed(improvedT, indicator.transform);
        if (lever.currentValue && startT == range.best)
            lever.improvedValue = *lever.currentValue; // at or past the best goalpost already

        const ScoreResult after = rescorer.with(indicator, lever.improvedValue);
        lever.scoreBefore = scoreBefore;
        lever.scoreAfter = after.score.value_or(0.0);
        lever.gain = lever.scoreAfter - lever.scoreBefore;
        const PillarResult* pillarBefore = before.findPillar(indicator.pillar);
        const PillarResult* pillarAfter = after.findPillar(indicator.pillar);
        if (pillarBefore != nullptr)
            lever.pillarBefore = pillarBefore->score;
        if (pillarAfter != nullptr) {
            lever.pillarAfter = pillarAfter->score;
            lever.crossesThreshold =
                pillarAfter->meets && (pillarBefore == nullptr || !pillarBefore->meets);
        }
        if (analysis.nextBand)
            lever.valueForNextBand =
                valueReaching(rescorer, indicator, startT, range.best, analysis.nextBand->from);
        analysis.levers.push_back(std::move(lever));
    }
    std::stable_sort(analysis.levers.begin(), analysis.levers.end(),
                     [](const Lever& a, const Lever& b) { return a.gain > b.gain; });
    return analysis;
}

LeverAnalysis analyzeLeversAmong(const std::vector<Profile>& profiles, std::size_t index,
                                 const Methodology& methodology, const LeverOptions& options)
{
    std::vector<Profile> scored;
    scored.reserve(profiles.size());
    for (const auto& profile : profiles)
        scored.push_back(profile.isPooledBloc() ? poolBloc(profile, profiles, methodology)
                                                : profile);
    const NormalizationContext context = makeNormalizationContext(scored, methodology);
    return analyzeLevers(scored.at(index), methodology, context, options);
}

} // namespace aisov
