#include "aisov/Profile.h"

namespace aisov {

const IndicatorValue* Profile::findValue(const std::string& indicatorId) const
{
    for (const auto& value : values)
        if (value.indicator == indicatorId)
            return &value;
    return nullptr;
}

void Profile::setValue(const IndicatorValue& value)
{
    for (auto& existing : values) {
        if (existing.indicator == value.indicator) {
            existing = value;
            return;
        }
    }
    values.push_back(value);
}

const char* toString(Confidence value)
{
    switch (value) {
    case Confidence::High:
        return "high";
    case Confidence::Medium:
        return "medium";
    case Confidence::Low:
        return "low";
    }
    return "";
}

const char* toString(ProfileKind value)
{
    return value == ProfileKind::Bloc ? "bloc" : "country";
}

std::optional<Confidence> confidenceFromString(const std::string& text)
{
    if (text == "high")
        return Confidence::High;
    if (text == "medium")
        return Confidence::Medium;
    if (text == "low")
        return Confidence::Low;
    return std::nullopt;
}

std::optional<ProfileKind> profileKindFromString(const std::string& text)
{
    if (text == "country")
        return ProfileKind::Country;
    if (text == "bloc")
        return ProfileKind::Bloc;
    return std::nullopt;
}

std::string displayName(const Profile& profile, Language language)
{
    return displayText(profile.translations, language, &Translation::name, profile.name,
                       profile.code);
}

std::string displayResultName(const std::string& englishName, const std::string& code,
                              const std::vector<Profile>& profiles, Language language)
{
    const Profile* profile = findProfile(profiles, code);
    if (profile == nullptr || language == Language::English || profile->name.empty() ||
        !englishName.starts_with(profile->name))
        return englishName;
    return displayName(*profile, language) + englishName.substr(profile->name.size());
}

const Profile* findProfile(const std::vector<Profile>& profiles, const std::string& code)
{
    const auto index = profileIndex(profiles, code);
    return index ? &profiles[*index] : nullptr;
}

std::optional<std::size_t> profileIndex(const std::vector<Profile>& profiles,
                                        const std::string& code)
{
    for (std::size_t i = 0; i < profiles.size(); ++i)
        if (profiles[i].code == code)
            return i;
    return std::nullopt;
}

} // namespace aisov
