#pragma once

// Loading what a sub-command works on, the same way for every command:
// the methodology (--methodology FILE or the bundled default) and the
// profiles (--profiles FILE or --db FILE).

#include "CliArguments.h"

#include "aisov/Methodology.h"
#include "aisov/Profile.h"

#include <optional>
#include <string>
#include <vector>

aisov::Methodology loadMethodologyArgument(const CliArguments& arguments);

struct LoadedProfiles
{
    std::vector<aisov::Profile> profiles;
    std::string sourceName; // file the profiles came from, for messages
};

// Exactly one of --profiles / --db must be given (UsageError otherwise).
// Profiles are validated against `methodology` (InputError).
LoadedProfiles loadProfilesArgument(const CliArguments& arguments,
                                    const aisov::Methodology& methodology);

// A user-built coalition from "--coalition NAME=A,B,C": appended to
// `loaded` as a bloc with those members and no values, scored like any
// other bloc. Returns its index, or nothing without the option. A malformed
// value or a name already in use is a UsageError; an unknown member an
// InputError naming the source.
std::optional<std::size_t> addCoalitionArgument(const CliArguments& arguments,
                                                LoadedProfiles& loaded);

// The profiles named by --codes, in the order given; all when absent.
// An unknown code is an InputError naming the source.
std::vector<std::size_t> selectCodes(const CliArguments& arguments, const LoadedProfiles& loaded);
