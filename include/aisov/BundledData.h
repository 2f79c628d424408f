#pragma once

// The default methodology and the bundled profiles of data/, compiled into
// the library so that every program has them without locating data files.

#include "aisov/Methodology.h"
#include "aisov/Profile.h"

#include <string_view>
#include <vector>

namespace aisov {

std::string_view embeddedDefaultMethodologyJson();
std::string_view embeddedBundledProfilesJson();

// Parsed and validated; the bundled files are tested, so these do not throw.
const Methodology& defaultMethodology();
const std::vector<Profile>& bundledProfiles();

} // namespace aisov
