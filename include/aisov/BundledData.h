#pragma once

// The default methodology and the bundled profiles of data/, compiled into
// the library so that every program has them without locating data files.

#include "aisov/InvestmentTemplate.h"
#include "aisov/Methodology.h"
#include "aisov/Profile.h"

#include <string_view>
#include <vector>

namespace aisov {

std::string_view embeddedDefaultMethodologyJson();
std::string_view embeddedBundledProfilesJson();
std::string_view embeddedPreviousMethodologyJson();
std::string_view embeddedInvestmentTemplatesJson();

// Parsed and validated; the bundled files are tested, so these do not throw.
const Methodology& defaultMethodology();
const std::vector<Profile>& bundledProfiles();
// Every bundled methodology version, oldest first; the default is the last.
// A new store keeps them all, with the default active.
const std::vector<Methodology>& bundledMethodologies();
// `methodology` with the display names of the bundled version it is, for a
// store written before the bundled files had (all of their) translations:
// when a bundled methodology has its id and version, has translations,
// equals it field by field once those are left out, and has every
// translated text it has (the Korean names, say, before the units came),
// that bundled methodology is returned. Anything else (an edited copy, one
// with translations of its own) is returned as it is. Nothing is written:
// the names are filled in on reading.
Methodology withBundledTranslations(Methodology methodology);
// `methodology` with every translation left out, as such a store holds it.
Methodology withoutTranslations(Methodology methodology);
// The investment templates of data/templates, checked against the default.
const std::vector<InvestmentTemplate>& bundledInvestmentTemplates();

} // namespace aisov
