#include "aisov/InvestmentTemplate.h"

#include "JsonReader.h"
#include "TextFormat.h"
#include "TranslationsJson.h"
#include "aisov/InputError.h"
#include "aisov/Pooling.h"
#include "aisov/Scoring.h"

#include <algorithm>
#include <set>

namespace aisov {

using detail::JsonReader;

namespace {

TemplateChange readChange(const JsonReader& reader)
{
    reader.requireObject();
    reader.allowOnlyKeys(
        {"indicator", "add", "per_million_people", "year", "source", "url", "note"});
    TemplateChange change;
    change.indicator = reader.requiredString("indicator");
    change.amount = reader.requiredNumber("add");
    if (reader.has("per_million_people")) {
        const JsonReader flag = reader.child("per_million_people");
        if (!flag.node().is_boolean())
            flag.fail({InputProblem::ExpectedBoolean});
        change.perMillionPeople = flag.node().get<bool>();
    }
    change.year = reader.optionalInteger("year", 1900, 2100);
    // Every magnitude is sourced: a change without its source is refused.
    change.source = reader.requiredString("source");
    change.url = reader.requiredString("url");
    change.note = reader.optionalString("note");
    return change;
}

InvestmentTemplate readTemplate(const JsonReader& reader)
{
    reader.requireObject();
    reader.allowOnlyKeys({"id", "name", "description", "changes", "translations"});
    InvestmentTemplate investment;
    investment.id = reader.requiredString("id");
    investment.name = reader.optionalString("name", investment.id);
    investment.description = reader.optionalString("description");
    const JsonReader changes = reader.child("changes");
    changes.requireArray();
    if (changes.size() == 0)
        changes.fail({InputProblem::TemplateWithoutChanges});
    for (std::size_t i = 0; i < changes.size(); ++i)
        investment.changes.push_back(readChange(changes.element(i)));
    investment.translations = detail::readTranslations(reader, detail::kTemplateKeys);
    detail::checkTranslations(reader.file(), reader.path(), investment.translations, "name");
    return investment;
}

std::string templatePath(std::size_t index)
{
    return "$.templates[" + std::to_string(index) + "]";
}

} // namespace

std::vector<InvestmentTemplate> parseInvestmentTemplates(const std::string& jsonText,
                                                         const std::string& sourceName)
{
    const nlohmann::json document = detail::parseJsonDocument(jsonText, sourceName);
    const JsonReader root(document, "$", sourceName);
    root.requireObject();
    root.allowOnlyKeys({"format", "methodology", "description", "templates"});
    const JsonReader format = root.child("format");
    if (format.asString() != kTemplatesFormat)
        format.fail({InputProblem::UnknownFormat, {format.asString(), kTemplatesFormat}});
    const JsonReader list = root.child("templates");
    list.requireArray();
    std::vector<InvestmentTemplate> templates;
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list.size(); ++i) {
        templates.push_back(readTemplate(list.element(i)));
        if (!ids.insert(templates.back().id).second)
            throw InputError(sourceName, templatePath(i) + ".id",
                             {InputProblem::DuplicateTemplate, {templates.back().id}});
    }
    return templates;
}

void validateInvestmentTemplates(const std::vector<InvestmentTemplate>& templates,
                                 const Methodology& methodology, const std::string& sourceName)
{
    for (std::size_t t = 0; t < templates.size(); ++t)
        for (std::size_t c = 0; c < templates[t].changes.size(); ++c) {
            const std::string& indicator = templates[t].changes[c].indicator;
            if (methodology.findIndicator(indicator) == nullptr)
                throw InputError(sourceName,
                                 templatePath(t) + ".changes[" + std::to_string(c) + "].indicator",
                                 {InputProblem::UnknownIndicator, {indicator, methodology.id}});
        }
}

const InvestmentTemplate* findTemplate(const std::vector<InvestmentTemplate>& templates,
                                       const std::string& id)
{
    const auto found = std::find_if(templates.begin(), templates.end(),
                                    [&](const InvestmentTemplate& each) { return each.id == id; });
    return found != templates.end() ? &*found : nullptr;
}

std::string displayName(const InvestmentTemplate& investment, Language language)
{
    return displayText(investment.translations, language, &Translation::name, investment.name,
                       investment.id);
}

std::string displayDescription(const InvestmentTemplate& investment, Language language)
{
    return displayText(investment.translations, language, &Translation::description,
                       investment.description);
}

std::vector<IndicatorValue> templateOverrides(const Profile& profile,
                                              const InvestmentTemplate& investment)
{
    std::vector<IndicatorValue> overrides;
    for (const TemplateChange& change : investment.changes) {
        const IndicatorValue* current = profile.findValue(change.indicator);
        if (current == nullptr)
            continue;
        double amount = change.amount;
        if (change.perMillionPeople) {
            if (!profile.population || *profile.population <= 0.0)
                throw InputError("template " + investment.id, profile.code,
                                 {InputProblem::PerMillionWithoutPopulation, {change.indicator}});
            amount = change.amount / (*profile.population / 1e6);
        }
        IndicatorValue value;
        value.indicator = change.indicator;
        value.value = current->value + amount;
        value.year = change.year;
        value.source = "Template \"" + investment.name + "\": " + change.source;
        value.url = change.url;
        value.confidence = current->confidence;
        value.note = detail::shortestNumber(current->value) + " + " +
                     detail::shortestNumber(amount) + ". " + change.note;
        overrides.push_back(value);
    }
    return overrides;
}

std::vector<std::string> templateSkippedIndicators(const Profile& profile,
                                                   const InvestmentTemplate& investment)
{
    std::vector<std::string> skipped;
    for (const TemplateChange& change : investment.changes)
        if (profile.findValue(change.indicator) == nullptr)
            skipped.push_back(change.indicator);
    return skipped;
}

Profile applyTemplate(const Profile& profile, const InvestmentTemplate& investment)
{
    Profile changed = profile;
    for (const IndicatorValue& value : templateOverrides(profile, investment))
        changed.setValue(value);
    return changed;
}

std::vector<TemplateGain> rankTemplates(const std::vector<Profile>& profiles, std::size_t index,
                                        const Methodology& methodology,
                                        const std::vector<InvestmentTemplate>& templates)
{
    const ScoredSet set = scoreProfileSet(profiles, methodology);
    const Profile& profile = set.profiles.at(index);
    const ScoreResult& before = set.results.at(index);
    std::vector<TemplateGain> gains;
    for (const InvestmentTemplate& investment : templates) {
        const ScoreResult after =
            scoreProfile(applyTemplate(profile, investment), methodology, set.context);
        TemplateGain gain;
        gain.id = investment.id;
        gain.name = investment.name;
        gain.scoreBefore = before.score;
        gain.scoreAfter = after.score;
        if (before.score && after.score)
            gain.gain = *after.score - *before.score;
        gain.bandBefore = before.band;
        gain.bandAfter = after.band;
        gain.metBefore = before.met;
        gain.metAfter = after.met;
        gain.skipped = templateSkippedIndicators(profile, investment);
        gains.push_back(gain);
    }
    std::stable_sort(gains.begin(), gains.end(),
                     [](const TemplateGain& a, const TemplateGain& b) { return a.gain > b.gain; });
    return gains;
}

} // namespace aisov
