#include "aisov/BundledData.h"

#include "aisov/MethodologyIO.h"
#include "aisov/ProfileIO.h"

#include <algorithm>

namespace aisov {

const Methodology& defaultMethodology()
{
    static const Methodology methodology = parseMethodology(
        std::string(embeddedDefaultMethodologyJson()), "data/methodology/ai-sovereignty.json");
    return methodology;
}

const std::vector<Profile>& bundledProfiles()
{
    static const std::vector<Profile> profiles = parseProfilesJson(
        std::string(embeddedBundledProfilesJson()), "data/profiles/bundled-profiles.json");
    return profiles;
}

const std::vector<Methodology>& bundledMethodologies()
{
    static const std::vector<Methodology> methodologies{
        parseMethodology(std::string(embeddedPreviousMethodologyJson()),
                         "data/methodology/ai-sovereignty-2026.1.json"),
        defaultMethodology()};
    return methodologies;
}

Methodology withoutTranslations(Methodology methodology)
{
    for (auto& pillar : methodology.pillars)
        pillar.translations.clear();
    for (auto& indicator : methodology.indicators)
        indicator.translations.clear();
    for (auto& band : methodology.bands)
        band.translations.clear();
    return methodology;
}

namespace {

bool hasTranslations(const Methodology& methodology)
{
    const auto translated = [](const auto& item) { return !item.translations.empty(); };
    return std::any_of(methodology.pillars.begin(), methodology.pillars.end(), translated) ||
           std::any_of(methodology.indicators.begin(), methodology.indicators.end(), translated) ||
           std::any_of(methodology.bands.begin(), methodology.bands.end(), translated);
}

} // namespace

Methodology withBundledTranslations(Methodology methodology)
{
    if (hasTranslations(methodology))
        return methodology;
    for (const Methodology& bundled : bundledMethodologies())
        if (bundled.id == methodology.id && bundled.version == methodology.version &&
            hasTranslations(bundled) && withoutTranslations(bundled) == methodology)
            return bundled;
    return methodology;
}

const std::vector<InvestmentTemplate>& bundledInvestmentTemplates()
{
    static const std::vector<InvestmentTemplate> templates = [] {
        const std::string source = "data/templates/investment-templates.json";
        auto parsed =
            parseInvestmentTemplates(std::string(embeddedInvestmentTemplatesJson()), source);
        validateInvestmentTemplates(parsed, defaultMethodology(), source);
        return parsed;
    }();
    return templates;
}

} // namespace aisov
