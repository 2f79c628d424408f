#include "aisov/BundledData.h"

#include "aisov/MethodologyIO.h"
#include "aisov/ProfileIO.h"

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
