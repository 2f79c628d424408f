#include "CountryBrief.h"

#include <algorithm>
#include <map>
#include <utility>

namespace aisov::render {

namespace {

std::vector<BriefRequirement> requirementsOf(const ScoreResult& result,
                                             const Methodology& methodology, Language language)
{
    std::vector<BriefRequirement> requirements;
    for (std::size_t i = 0; i < methodology.pillars.size(); ++i) {
        const Pillar& pillar = methodology.pillars[i];
        BriefRequirement requirement;
        requirement.pillarName = toQString(displayName(pillar, language));
        requirement.threshold = pillar.threshold;
        if (i < result.pillars.size()) {
            requirement.score = result.pillars[i].score;
            requirement.meets = result.pillars[i].meets;
            requirement.coverage = result.pillars[i].coverage;
        }
        requirements.push_back(requirement);
    }
    return requirements;
}

QString indicatorName(const Methodology& methodology, const std::string& id, Language language)
{
    const Indicator* indicator = methodology.findIndicator(id);
    return toQString(indicator != nullptr ? displayName(*indicator, language) : id);
}

void addValue(BriefSource& source, const IndicatorValue& value, const Methodology& methodology,
              Language language)
{
    const QString name = indicatorName(methodology, value.indicator, language);
    if (!source.indicators.contains(name))
        source.indicators.append(name);
    if (value.year) {
        source.firstYear = std::min(source.firstYear.value_or(*value.year), *value.year);
        source.lastYear = std::max(source.lastYear.value_or(*value.year), *value.year);
    }
}

// The values behind the profile, grouped by source and url. For a pooled
// bloc these are its members' values, not the pooled ones (whose "source"
// only says that they were pooled).
std::vector<BriefSource> sourcesOf(const std::vector<const Profile*>& provenance,
                                   const Methodology& methodology, Language language,
                                   int& valueCount)
{
    std::map<std::pair<std::string, std::string>, BriefSource> bySource;
    valueCount = 0;
    for (const Profile* profile : provenance) {
        for (const auto& value : profile->values) {
            ++valueCount;
            BriefSource& source = bySource[{value.source, value.url}];
            source.source = toQString(value.source);
            source.url = toQString(value.url);
            addValue(source, value, methodology, language);
        }
    }
    std::vector<BriefSource> sources;
    sources.reserve(bySource.size());
    for (auto& [key, source] : bySource)
        sources.push_back(std::move(source));
    // The sources most of the brief rests on first; ties by name (the map's order).
    std::stable_sort(sources.begin(), sources.end(), [](const auto& a, const auto& b) {
        return a.indicators.size() > b.indicators.size();
    });
    return sources;
}

} // namespace

CountryBrief makeCountryBrief(const Analysis& analysis, const std::string& code,
                              std::size_t topLevers, Language language)
{
    const LeverAnalysis levers = analysis.levers(code); // throws for an unknown code
    const ScoreResult& result = *analysis.result(code);
    const Methodology& methodology = analysis.methodology();
    const Profile& profile = analysis.profiles()[*analysis.indexOf(code)];

    CountryBrief brief;
    brief.code = toQString(result.code);
    brief.name = toQString(displayResultName(result.name, code, analysis.profiles(), language));
    brief.pooled = profile.isPooledBloc();
    brief.chart = makeChartData(methodology, {result}, analysis.profiles(), language);
    attachLevers(brief.chart, levers, methodology, analysis.profiles(), topLevers, language);
    brief.coverage = result.coverage;
    brief.insufficientData = result.insufficientData;
    brief.requirements = requirementsOf(result, methodology, language);
    brief.sources = sourcesOf(provenanceProfiles(code, analysis.profiles()), methodology, language,
                              brief.valueCount);
    return brief;
}

} // namespace aisov::render
