#include "aisov/ImportPlan.h"

#include <algorithm>

namespace aisov {

const char* toString(ProfileAttribute attribute)
{
    switch (attribute) {
    case ProfileAttribute::Name:
        return "name";
    case ProfileAttribute::TranslatedNames:
        return "translated names";
    case ProfileAttribute::Kind:
        return "kind";
    case ProfileAttribute::Population:
        return "population";
    case ProfileAttribute::Gdp:
        return "GDP";
    case ProfileAttribute::Members:
        return "members";
    }
    return "attribute";
}

namespace {

bool sameProvenance(const IndicatorValue& a, const IndicatorValue& b)
{
    return a.year == b.year && a.source == b.source && a.url == b.url &&
           a.confidence == b.confidence && a.note == b.note;
}

std::vector<ProfileAttribute> changedAttributes(const Profile& before, const Profile& after)
{
    std::vector<ProfileAttribute> attributes;
    if (before.name != after.name)
        attributes.push_back(ProfileAttribute::Name);
    if (before.translations != after.translations)
        attributes.push_back(ProfileAttribute::TranslatedNames);
    if (before.kind != after.kind)
        attributes.push_back(ProfileAttribute::Kind);
    if (before.population != after.population)
        attributes.push_back(ProfileAttribute::Population);
    if (before.gdpUsd != after.gdpUsd)
        attributes.push_back(ProfileAttribute::Gdp);
    if (before.members != after.members)
        attributes.push_back(ProfileAttribute::Members);
    return attributes;
}

std::vector<ValueChange> changedValues(const Profile& before, const Profile& after, ImportMode mode)
{
    std::vector<ValueChange> changes;
    for (const auto& value : after.values) {
        const IndicatorValue* old = before.findValue(value.indicator);
        if (old == nullptr)
            changes.push_back({value.indicator, ChangeKind::Added, std::nullopt, value.value});
        else if (old->value != value.value || !sameProvenance(*old, value))
            changes.push_back({value.indicator, ChangeKind::Changed, old->value, value.value,
                               old->value == value.value});
    }
    if (mode == ImportMode::ReplaceProfiles)
        for (const auto& old : before.values)
            if (after.findValue(old.indicator) == nullptr)
                changes.push_back({old.indicator, ChangeKind::Removed, old.value, std::nullopt});
    return changes;
}

// The profile as the import leaves it (MergeValues keeps what the file lacks).
Profile importedProfile(const Profile* stored, const Profile& incoming, ImportMode mode)
{
    if (stored == nullptr || mode == ImportMode::ReplaceProfiles)
        return incoming;
    Profile merged = *stored;
    for (const auto& value : incoming.values)
        merged.setValue(value);
    return merged;
}

} // namespace

std::size_t ImportPlan::count(ChangeKind profileKind) const
{
    return static_cast<std::size_t>(
        std::count_if(profiles.begin(), profiles.end(),
                      [&](const ProfileChange& change) { return change.kind == profileKind; }));
}

std::size_t ImportPlan::valueCount(ChangeKind valueKind) const
{
    std::size_t total = 0;
    for (const auto& profile : profiles)
        total += static_cast<std::size_t>(
            std::count_if(profile.values.begin(), profile.values.end(),
                          [&](const ValueChange& change) { return change.kind == valueKind; }));
    return total;
}

ImportPlan planImport(const std::vector<Profile>& stored, const std::vector<Profile>& incoming,
                      ImportMode mode)
{
    ImportPlan plan;
    for (const auto& profile : incoming) {
        const Profile* old = findProfile(stored, profile.code);
        const Profile after = importedProfile(old, profile, mode);
        ProfileChange change;
        change.code = after.code;
        change.name = after.name;
        change.translations = after.translations;
        if (old == nullptr) {
            change.kind = ChangeKind::Added;
            change.values = changedValues(Profile{}, after, mode);
        } else {
            change.kind = ChangeKind::Changed;
            change.attributes = changedAttributes(*old, after);
            change.values = changedValues(*old, after, mode);
            if (change.attributes.empty() && change.values.empty()) {
                ++plan.unchangedProfiles;
                continue;
            }
        }
        plan.profiles.push_back(std::move(change));
    }
    return plan;
}

} // namespace aisov
