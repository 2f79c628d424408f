#pragma once

// Reading and writing profile files: JSON ("aisov.profiles/1") and the CSV
// value form (code,indicator,value,year,source,url,confidence,note).

#include "aisov/InputProblem.h"
#include "aisov/Methodology.h"
#include "aisov/Profile.h"

#include <optional>
#include <string>
#include <vector>

namespace aisov {

inline constexpr const char* kProfilesFormat = "aisov.profiles/1";
inline constexpr const char* kProfilesCsvHeader =
    "code,indicator,value,year,source,url,confidence,note";

std::vector<Profile> parseProfilesJson(const std::string& jsonText, const std::string& sourceName);
// CSV rows are grouped by code, in order of first appearance; a profile read
// from CSV has its code as name and kind "country".
std::vector<Profile> parseProfilesCsv(const std::string& csvText, const std::string& sourceName);
// Picks the reader from the extension (.csv, otherwise JSON).
std::vector<Profile> loadProfilesFile(const std::string& path);

std::string profilesToJson(const std::vector<Profile>& profiles);
std::string profilesToCsv(const std::vector<Profile>& profiles);

// Checks profiles against a methodology: every value names a known
// indicator, log-transformed indicators have positive values, texts fit
// their fields, no bloc lists itself. (Whether bloc members exist is a
// property of the whole set: validateBlocMembers.)
void validateProfiles(const std::vector<Profile>& profiles, const Methodology& methodology,
                      const std::string& sourceName);

// Checks what a profile file's reader checks about one profile apart from
// its values' numbers: the code suits the kind, the name is not empty,
// population and GDP are positive, only a bloc has members, each an
// ISO 3166-1 alpha-3 code listed once, and no indicator has two values. For
// profiles built in code (an editor), which no reader has seen.
void validateProfileAttributes(const Profile& profile, const std::string& sourceName);

// The first member code of a bloc in `profiles` that is not itself one of
// `profiles`, as "bloc "EU27" lists member "XYZ", which is not ...", or
// nothing. A bloc pools its members' values: one that is not there would
// silently weaken the bloc's data (its values counted as missing).
std::optional<Problem> missingBlocMemberProblem(const std::vector<Profile>& profiles);

// Throws InputError naming the bloc and the missing code (see
// missingBlocMemberProblem). Applied to a profiles file that is scored or
// validated as a whole (the CLI's --profiles, `validate`); the store applies
// the same rule to the blocs an import or an edit writes, against what it
// holds.
void validateBlocMembers(const std::vector<Profile>& profiles, const std::string& sourceName);

} // namespace aisov
