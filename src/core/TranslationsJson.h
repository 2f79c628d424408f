#pragma once

// Internal to aisov_core: the "translations" object that the methodology,
// investment-template and profiles files share, read and written one way:
//   "translations": {"ko": {"name": ..., "description": ..., "unit": ...}}

#include "JsonReader.h"
#include "aisov/Translation.h"

#include <nlohmann/json.hpp>

#include <string>

namespace aisov::detail {

// What a translation may hold: a pillar or a template its name and
// description, an indicator those and its unit, a band its label (written
// `label`), a profile its name.
struct TranslatedKeys
{
    const char* name;
    bool description;
    bool unit;
};
inline constexpr TranslatedKeys kPillarKeys{"name", true, false};
inline constexpr TranslatedKeys kIndicatorKeys{"name", true, true};
inline constexpr TranslatedKeys kBandKeys{"label", false, false};
inline constexpr TranslatedKeys kTemplateKeys{"name", true, false};
inline constexpr TranslatedKeys kProfileKeys{"name", false, false};

// `parent`'s "translations" (none when absent). English and an unknown
// language code are refused, so a misspelt "kr" is not silently ignored,
// and so is a key the item's translation may not hold.
Translations readTranslations(const JsonReader& parent, const TranslatedKeys& keys);

nlohmann::ordered_json translationsToJson(const Translations& translations, const char* nameKey);

// Each translated text held to the rule of the English text it stands for
// (a name, a description); InputError at `where`.translations.<language>.
void checkTranslations(const std::string& sourceName, const std::string& where,
                       const Translations& translations, const char* nameKey);

} // namespace aisov::detail
