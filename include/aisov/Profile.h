#pragma once

// A profile is one country or bloc with its sourced indicator values
// (docs/file-formats.md).

#include "aisov/Translation.h"

#include <optional>
#include <string>
#include <vector>

namespace aisov {

enum class Confidence
{
    High,
    Medium,
    Low
};
enum class ProfileKind
{
    Country,
    Bloc
};

struct IndicatorValue
{
    std::string indicator;
    double value = 0.0;
    std::optional<int> year;
    std::string source;
    std::string url;
    Confidence confidence = Confidence::Medium;
    std::string note;
    // Where the value was read ("$.profiles[2].values[5]" or "line 14"), so
    // that checks made after parsing can still name the place. Not persisted.
    std::string origin;
};

struct Profile
{
    std::string code;
    std::string name;
    Translations translations{}; // the name in other languages; never English
    ProfileKind kind = ProfileKind::Country;
    std::optional<double> population;
    std::optional<double> gdpUsd;
    std::vector<std::string> members; // country codes of a bloc
    std::vector<IndicatorValue> values;
    std::string origin; // where the profile was read; not persisted

    const IndicatorValue* findValue(const std::string& indicatorId) const;
    // Sets or replaces the value of `value.indicator`.
    void setValue(const IndicatorValue& value);
    // A bloc with members and no values of its own is scored by pooling.
    bool isPooledBloc() const
    {
        return kind == ProfileKind::Bloc && !members.empty() && values.empty();
    }
};

const char* toString(Confidence value);
const char* toString(ProfileKind value);
std::optional<Confidence> confidenceFromString(const std::string& text);
std::optional<ProfileKind> profileKindFromString(const std::string& text);

// The profile's name in `language` (aisov::displayText): its translation,
// else the English name. What the application, the charts and `aisov-cli
// --lang` show; files, JSON results and the store keep the English name.
std::string displayName(const Profile& profile, Language language);
// What a result, a lever analysis or a partner ranking named `englishName`
// after the profile `code` is shown as in `language`: the profile's display
// name in place of its English name, and a label after it (" (a scenario)")
// kept. A name that does not start with its profile's English name (a
// coalition's) and a code without a profile in `profiles` keep `englishName`.
std::string displayResultName(const std::string& englishName, const std::string& code,
                              const std::vector<Profile>& profiles, Language language);

const Profile* findProfile(const std::vector<Profile>& profiles, const std::string& code);
// Index of the profile with `code`; nullopt when there is none.
std::optional<std::size_t> profileIndex(const std::vector<Profile>& profiles,
                                        const std::string& code);

} // namespace aisov
