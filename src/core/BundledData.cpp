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

// Every text of `stored` is the same in `bundled` (which may have more).
bool translationsWithin(const Translations& stored, const Translations& bundled)
{
    for (const auto& [language, text] : stored) {
        const auto found = bundled.find(language);
        const Translation none;
        const Translation& other = found != bundled.end() ? found->second : none;
        const auto same = [](const std::string& a, const std::string& b) {
            return a.empty() || a == b;
        };
        if (!same(text.name, other.name) || !same(text.description, other.description) ||
            !same(text.unit, other.unit))
            return false;
    }
    return true;
}

// Called with methodologies equal but for their translations, so the lists
// have the same lengths.
bool translationsWithin(const Methodology& stored, const Methodology& bundled)
{
    const auto within = [](const auto& storedItems, const auto& bundledItems) {
        return std::equal(storedItems.begin(), storedItems.end(), bundledItems.begin(),
                          [](const auto& a, const auto& b) {
                              return translationsWithin(a.translations, b.translations);
                          });
    };
    return within(stored.pillars, bundled.pillars) &&
           within(stored.indicators, bundled.indicators) && within(stored.bands, bundled.bands);
}

} // namespace

Methodology withBundledTranslations(Methodology methodology)
{
    for (const Methodology& bundled : bundledMethodologies())
        if (bundled.id == methodology.id && bundled.version == methodology.version &&
            hasTranslations(bundled) &&
            withoutTranslations(bundled) == withoutTranslations(methodology) &&
            translationsWithin(methodology, bundled))
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
