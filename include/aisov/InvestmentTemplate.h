#pragma once

// Investment templates: real investments (an Alps-class supercomputer, an
// open national model, ...) as named sets of indicator changes in a
// methodology's own units, each magnitude with its source
// (data/templates/investment-templates.json). A template applies to any
// profile as a scenario: the changed values are overrides.

#include "aisov/Methodology.h"
#include "aisov/Profile.h"

#include <optional>
#include <string>
#include <vector>

namespace aisov {

inline constexpr const char* kTemplatesFormat = "aisov.templates/1";

struct TemplateChange
{
    std::string indicator;
    double amount = 0.0; // added to the profile's value, in the indicator's unit
    // The amount is a head count: it is added as amount / (population in
    // millions), for indicators counted per million people.
    bool perMillionPeople = false;
    std::optional<int> year;
    std::string source;
    std::string url;
    std::string note;
};

struct InvestmentTemplate
{
    std::string id;
    std::string name;
    std::string description;
    std::vector<TemplateChange> changes;
    Translations translations{}; // name and description; never English
};

// The template of `templates` with this id; null when there is none.
const InvestmentTemplate* findTemplate(const std::vector<InvestmentTemplate>& templates,
                                       const std::string& id);

// The template's name and description in `language` (the methodology's
// rule, aisov::displayText): the translation, else the English text.
std::string displayName(const InvestmentTemplate& investment, Language language);
std::string displayDescription(const InvestmentTemplate& investment, Language language);

// Reads a template library; InputError naming the JSON path for bad input.
std::vector<InvestmentTemplate> parseInvestmentTemplates(const std::string& jsonText,
                                                         const std::string& sourceName);

// Every change names an indicator of `methodology`; InputError otherwise.
void validateInvestmentTemplates(const std::vector<InvestmentTemplate>& templates,
                                 const Methodology& methodology, const std::string& sourceName);

// The values `investment` sets on `profile`: its value plus the amount,
// with the template's source. A change to a value the profile does not have
// is left out: without the base, the result is unknown (see
// templateSkippedIndicators). An amount per million people needs the
// profile's population (InputError without).
std::vector<IndicatorValue> templateOverrides(const Profile& profile,
                                              const InvestmentTemplate& investment);

// The indicators of `investment` that `profile` has no value for.
std::vector<std::string> templateSkippedIndicators(const Profile& profile,
                                                   const InvestmentTemplate& investment);

// `profile` with the overrides of `investment` applied.
Profile applyTemplate(const Profile& profile, const InvestmentTemplate& investment);

// What one template does to one profile's score.
struct TemplateGain
{
    std::string id;
    std::string name;
    std::optional<double> scoreBefore;
    std::optional<double> scoreAfter;
    double gain = 0.0; // scoreAfter - scoreBefore, 0 when either is missing
    std::string bandBefore;
    std::string bandAfter;
    int metBefore = 0;
    int metAfter = 0;
    std::vector<std::string> skipped; // changes left out: the profile has no base value
};

// The templates applied one at a time to profiles[index] (a bloc without
// values pooled from its members first), best gain first.
std::vector<TemplateGain> rankTemplates(const std::vector<Profile>& profiles, std::size_t index,
                                        const Methodology& methodology,
                                        const std::vector<InvestmentTemplate>& templates);

} // namespace aisov
