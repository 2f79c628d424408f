#include "aisov/MethodologyChange.h"

#include <algorithm>
#include <cstddef>
#include <functional>
#include <stdexcept>

namespace aisov {

namespace {

bool isRanked(const ScoreResult& result)
{
    return result.score.has_value() && !result.insufficientData;
}

std::string shownBand(const ScoreResult& result)
{
    return isRanked(result) ? result.band : std::string();
}

} // namespace

std::vector<std::optional<int>> rankResults(const std::vector<ScoreResult>& results)
{
    std::vector<double> ranked;
    for (const auto& result : results)
        if (isRanked(result))
            ranked.push_back(*result.score);
    std::sort(ranked.begin(), ranked.end(), std::greater<>());
    std::vector<std::optional<int>> ranks;
    ranks.reserve(results.size());
    for (const auto& result : results) {
        if (!isRanked(result)) {
            ranks.emplace_back();
            continue;
        }
        // 1 + how many score strictly higher: ties share the better rank.
        const auto higher =
            std::lower_bound(ranked.begin(), ranked.end(), *result.score, std::greater<>()) -
            ranked.begin();
        ranks.emplace_back(static_cast<int>(higher) + 1);
    }
    return ranks;
}

std::vector<StandingChange> compareStandings(const std::vector<ScoreResult>& before,
                                             const std::vector<ScoreResult>& after)
{
    if (before.size() != after.size())
        throw std::invalid_argument("compareStandings: the two result lists differ in length");
    const auto ranksBefore = rankResults(before);
    const auto ranksAfter = rankResults(after);
    std::vector<StandingChange> changes;
    changes.reserve(before.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
        if (before[i].code != after[i].code)
            throw std::invalid_argument("compareStandings: profile " + before[i].code +
                                        " is not where it was (" + after[i].code + ")");
        changes.push_back({after[i].code, after[i].name, before[i].score, after[i].score,
                           ranksBefore[i], ranksAfter[i], shownBand(before[i]),
                           shownBand(after[i])});
    }
    return changes;
}

} // namespace aisov
