#pragma once

// What an import would do to the stored profiles, worked out before anything
// is written, so that a user can read it and confirm (the application's
// import preview) and so that nothing is removed silently.

#include "aisov/Profile.h"

#include <optional>

#include <string>
#include <vector>

namespace aisov {

// How an import treats profiles that are already stored.
enum class ImportMode
{
    // The file describes whole profiles (JSON): name, translated names, kind,
    // population, members and the set of values are replaced.
    ReplaceProfiles,
    // The file holds values only (CSV): values are added or updated, other
    // values and the profile's attributes stay; missing profiles are
    // created with their code as name.
    MergeValues,
};

enum class ChangeKind
{
    Added,
    Changed,
    Removed
};

struct ValueChange
{
    std::string indicator;
    ChangeKind kind = ChangeKind::Added;
    std::optional<double> before; // empty when added
    std::optional<double> after;  // empty when removed
    // True when only the provenance (year, source, url, confidence, note)
    // differs; the number itself stays.
    bool provenanceOnly = false;
};

// A profile's attributes besides its values, as an import changes them.
enum class ProfileAttribute
{
    Name,
    TranslatedNames,
    Kind,
    Population,
    Gdp,
    Members
};
// "name", "translated names", "kind", "population", "GDP", "members": the
// words of the CLI; the application shows its own, translated.
const char* toString(ProfileAttribute attribute);

struct ProfileChange
{
    std::string code;
    std::string name;          // as the profile will be named
    Translations translations; // and named in other languages
    ChangeKind kind = ChangeKind::Added;
    std::vector<ProfileAttribute> attributes; // those that change
    std::vector<ValueChange> values;          // in the methodology's order of the file
};

struct ImportPlan
{
    // Only profiles the import adds or changes; unchanged ones are left out.
    std::vector<ProfileChange> profiles;
    std::size_t unchangedProfiles = 0;

    std::size_t count(ChangeKind profileKind) const;
    std::size_t valueCount(ChangeKind valueKind) const;
    bool empty() const { return profiles.empty(); }
};

// The changes that importing `incoming` under `mode` makes to `stored`.
// An import never deletes a profile; under ReplaceProfiles it removes the
// values a stored profile has and the file's profile lacks.
ImportPlan planImport(const std::vector<Profile>& stored, const std::vector<Profile>& incoming,
                      ImportMode mode);

} // namespace aisov
