#include "aisov/SnapshotComparison.h"

#include "aisov/BundledData.h"
#include "aisov/InputError.h"
#include "aisov/MethodologyIO.h"
#include "aisov/Scoring.h"
#include "aisov/ValueCheck.h"

#include <algorithm>

namespace aisov {

ScoreResult frozenResult(const std::vector<Profile>& frozenProfiles,
                         const Methodology& frozenMethodology, const std::string& sourceName)
{
    if (frozenProfiles.empty())
        throw InputError(sourceName, "profiles", {InputProblem::SnapshotWithoutProfile});
    return Analysis(frozenProfiles, frozenMethodology, sourceName).results().front();
}

bool sameMethodology(const Methodology& a, const Methodology& b)
{
    // The file form holds everything that scores, so equal text is equal scoring.
    return a.id == b.id && a.version == b.version &&
           methodologyToJson(withoutTranslations(a)) == methodologyToJson(withoutTranslations(b));
}

std::optional<double> SnapshotValueChange::delta() const
{
    if (!then || !now)
        return std::nullopt;
    return *now - *then;
}

std::optional<double> SnapshotComparison::scoreEffect(const SnapshotValueChange& change) const
{
    if (!scoreToday || !change.scoreWithThen)
        return std::nullopt;
    return *scoreToday - *change.scoreWithThen;
}

namespace {

std::optional<double> numberOf(const Profile& profile, const std::string& indicator)
{
    const IndicatorValue* value = profile.findValue(indicator);
    return value ? std::optional<double>(value->value) : std::nullopt;
}

// Today's profile `current` with the value of `indicator` as in `frozen`
// (set, or removed when the snapshot had none); nullopt when that value
// does not fit today's methodology.
std::optional<Profile> withFrozenValue(const Methodology& methodology, const Profile& current,
                                       const Profile& frozen, const std::string& indicator)
{
    const Indicator* known = methodology.findIndicator(indicator);
    if (known == nullptr)
        return std::nullopt;
    Profile changed = current;
    if (const IndicatorValue* then = frozen.findValue(indicator)) {
        if (valueProblem(*known, then->value))
            return std::nullopt;
        changed.setValue(*then);
    } else {
        std::erase_if(changed.values,
                      [&](const IndicatorValue& v) { return v.indicator == indicator; });
    }
    return changed;
}

std::optional<double> scoreWithFrozenValue(const Analysis& today, std::size_t index,
                                           const Profile& frozen, const std::string& indicator)
{
    const Methodology& methodology = today.methodology();
    auto changed = withFrozenValue(methodology, today.profiles()[index], frozen, indicator);
    if (!changed)
        return std::nullopt;
    // Under goalposts a profile with values of its own scores alone (only a
    // pooled bloc needs its members, and it has no values to compare), so it
    // is scored alone, many times faster; minmax and percentile normalise
    // over the whole set.
    if (methodology.normalization == Normalization::Goalposts && !changed->isPooledBloc())
        return scoreProfiles({std::move(*changed)}, methodology).front().score;
    std::vector<Profile> profiles = today.profiles();
    profiles[index] = std::move(*changed);
    return scoreProfiles(profiles, methodology)[index].score;
}

// Indicators of either profile: today's methodology's order first, then the
// snapshot's values that today's methodology does not know.
std::vector<std::string> comparedIndicators(const Methodology& methodology, const Profile& frozen,
                                            const Profile& current)
{
    std::vector<std::string> ids;
    for (const auto& indicator : methodology.indicators)
        if (frozen.findValue(indicator.id) || current.findValue(indicator.id))
            ids.push_back(indicator.id);
    for (const auto& value : frozen.values)
        if (std::find(ids.begin(), ids.end(), value.indicator) == ids.end())
            ids.push_back(value.indicator);
    return ids;
}

} // namespace

SnapshotComparison compareWithSnapshot(const Analysis& today, const Profile& frozenSubject,
                                       std::optional<double> frozenScore)
{
    const auto index = today.indexOf(frozenSubject.code);
    if (!index)
        throw InputError(today.sourceName(), frozenSubject.code,
                         {InputProblem::NoProfileToday, {frozenSubject.code}});
    const Profile& current = today.profiles()[*index];
    SnapshotComparison comparison;
    comparison.code = frozenSubject.code;
    comparison.scoreThen = frozenScore;
    comparison.scoreToday = today.results()[*index].score;
    for (const auto& id : comparedIndicators(today.methodology(), frozenSubject, current)) {
        SnapshotValueChange change{id, numberOf(frozenSubject, id), numberOf(current, id),
                                   std::nullopt};
        if (change.then == change.now)
            continue;
        change.scoreWithThen = scoreWithFrozenValue(today, *index, frozenSubject, id);
        comparison.changes.push_back(std::move(change));
    }
    return comparison;
}

} // namespace aisov
