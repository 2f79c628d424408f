#include "aisov/Analysis.h"

#include "aisov/InputError.h"
#include "aisov/Pooling.h"
#include "aisov/ProfileIO.h"
#include "aisov/ValueCheck.h"

#include <algorithm>

namespace aisov {

Analysis::Analysis(std::vector<Profile> profiles, Methodology methodology, std::string sourceName)
    : m_profiles(std::make_shared<const std::vector<Profile>>(std::move(profiles)))
    , m_methodology(std::move(methodology))
    , m_sourceName(std::move(sourceName))
{
    validateProfiles(*m_profiles, m_methodology, m_sourceName);
    m_scored = scoreProfileSet(*m_profiles, m_methodology);
}

Analysis::Analysis(const Analysis& sameProfiles, Methodology methodology, std::string sourceName)
    : m_profiles(sameProfiles.m_profiles)
    , m_methodology(std::move(methodology))
    , m_sourceName(std::move(sourceName))
{
    // The profiles passed these rules already: a move of a weight, a
    // threshold or a goalpost leaves the verdict as it was.
    if (!sameValueRules(sameProfiles.m_methodology, m_methodology))
        validateProfiles(*m_profiles, m_methodology, m_sourceName);
    m_scored = scoreProfileSet(*m_profiles, m_methodology);
}

std::optional<std::size_t> Analysis::indexOf(const std::string& code) const
{
    return profileIndex(*m_profiles, code);
}

const ScoreResult* Analysis::result(const std::string& code) const
{
    const auto index = indexOf(code);
    return index ? &m_scored.results[*index] : nullptr;
}

const Profile* Analysis::scoredProfile(const std::string& code) const
{
    const auto index = indexOf(code);
    return index ? &m_scored.profiles[*index] : nullptr;
}

std::size_t Analysis::requireIndex(const std::string& code, const std::string& where) const
{
    const auto index = indexOf(code);
    if (!index)
        throw InputError(m_sourceName, where, {InputProblem::NoProfile, {code}});
    return *index;
}

std::size_t Analysis::addCoalition(const CoalitionSpec& coalition, const std::string& where)
{
    if (indexOf(coalition.code))
        throw InputError(m_sourceName, where, {InputProblem::CoalitionNameTaken, {coalition.code}});
    if (coalition.members.empty())
        throw InputError(m_sourceName, where,
                         {InputProblem::CoalitionWithoutMembers, {coalition.code}});
    for (const auto& member : coalition.members)
        requireIndex(member, where);
    // Copied, not changed in place: other analyses may share the profiles.
    auto profiles = std::make_shared<std::vector<Profile>>(*m_profiles);
    profiles->push_back(makeCoalition(coalition.code, coalition.members));
    m_profiles = std::move(profiles);
    m_scored = scoreProfileSet(*m_profiles, m_methodology);
    return m_profiles->size() - 1;
}

std::vector<std::size_t> Analysis::select(const std::vector<std::string>& codes,
                                          const std::string& where) const
{
    std::vector<std::size_t> selected;
    if (codes.empty()) {
        for (std::size_t i = 0; i < m_profiles->size(); ++i)
            selected.push_back(i);
        return selected;
    }
    selected.reserve(codes.size());
    for (const auto& code : codes)
        selected.push_back(requireIndex(code, where));
    return selected;
}

Profile Analysis::applyScenario(const std::string& baseCode,
                                const std::vector<IndicatorValue>& overrides,
                                const std::string& where) const
{
    const std::size_t index = requireIndex(baseCode, where);
    validateScenarioOverrides(baseCode, overrides, m_methodology, where);
    return applyOverrides((*m_profiles)[index], overrides, *m_profiles, m_methodology);
}

ScoredSet Analysis::scoreWith(std::size_t index, Profile replacement) const
{
    std::vector<Profile> profiles = *m_profiles;
    profiles[index] = std::move(replacement);
    return scoreProfileSet(profiles, m_methodology);
}

ScoreResult Analysis::scoreScenario(const std::string& baseCode,
                                    const std::vector<IndicatorValue>& overrides,
                                    const std::string& where) const
{
    const std::size_t index = requireIndex(baseCode, where);
    return scoreWith(index, applyScenario(baseCode, overrides, where)).results[index];
}

LeverAnalysis Analysis::levers(const std::string& code, const LeverOptions& options) const
{
    const std::size_t index = requireIndex(code, "code");
    return analyzeLevers(m_scored.profiles[index], m_methodology, m_scored.context, options);
}

LeverAnalysis Analysis::scenarioLevers(const std::string& baseCode,
                                       const std::vector<IndicatorValue>& overrides,
                                       const std::string& where, const LeverOptions& options) const
{
    const std::size_t index = requireIndex(baseCode, where);
    const ScoredSet scored = scoreWith(index, applyScenario(baseCode, overrides, where));
    return analyzeLevers(scored.profiles[index], m_methodology, scored.context, options);
}

BlocComparison Analysis::compareBloc(const std::string& blocCode) const
{
    return aisov::compareBloc(*m_profiles, requireIndex(blocCode, "bloc"), m_scored.results);
}

PartnerRanking Analysis::partners(const std::string& code) const
{
    return rankPartners(m_scored, requireIndex(code, "code"), m_methodology);
}

std::vector<UncertaintySummary> Analysis::uncertainty(UncertaintyOptions options,
                                                      const std::vector<std::string>& rankAmong,
                                                      const UncertaintyControl& control) const
{
    options.rankAmong.clear();
    for (const std::size_t index : select(rankAmong, "rank among"))
        options.rankAmong.push_back((*m_profiles)[index].code);
    // Ranking one profile alone says nothing; an empty rankAmong would mean
    // "rank all" to analyzeUncertainty, which is not what was asked.
    options.computeRanks = options.computeRanks && rankAmong.size() >= 2;
    return analyzeUncertainty(m_scored, m_methodology, options, control);
}

void validateScenarioOverrides(const std::string& baseCode,
                               const std::vector<IndicatorValue>& overrides,
                               const Methodology& methodology, const std::string& where)
{
    Profile overridesOnly;
    overridesOnly.code = baseCode;
    for (const auto& value : overrides) {
        if (overridesOnly.findValue(value.indicator) != nullptr)
            throw InputError(where, value.indicator, {InputProblem::OverriddenTwice});
        overridesOnly.values.push_back(value);
    }
    validateProfiles({overridesOnly}, methodology, where);
}

} // namespace aisov
