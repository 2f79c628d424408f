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

} // namespace aisov
