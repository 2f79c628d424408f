#pragma once

// A profile as frozen in a snapshot next to the profile today, value by
// value: what changed, by how much, and what each change is worth to
// today's score. Front ends (the application's History tab) only display
// what these functions return.

#include "aisov/Analysis.h"
#include "aisov/Methodology.h"
#include "aisov/Profile.h"
#include "aisov/ScoreResult.h"

#include <optional>
#include <string>
#include <vector>

namespace aisov {

// The result a snapshot froze, computed again from what it froze: its
// profiles (the subject first, then the members or every profile scored
// with it) under its own methodology. Equal to the stored result, because
// scoring is deterministic. An InputError naming `sourceName` when the
// frozen profiles do not fit the frozen methodology (a damaged snapshot).
ScoreResult frozenResult(const std::vector<Profile>& frozenProfiles,
                         const Methodology& frozenMethodology, const std::string& sourceName);

// Whether two methodologies score alike: the same id, version and content
// (everything the methodology file holds but the translations, which are
// display text and score nothing).
bool sameMethodology(const Methodology& a, const Methodology& b);

// One indicator whose value differs between the snapshot and today.
struct SnapshotValueChange
{
    std::string indicator;
    std::optional<double> then; // in the snapshot; empty: the value was added since
    std::optional<double> now;  // today; empty: the value was removed since
    // Today's score of the profile with only this value as in the snapshot
    // (today's methodology, everything else as today). Empty when that
    // cannot be scored: the indicator is not in today's methodology, the
    // snapshot's value is not valid under it, or the profile has no score.
    std::optional<double> scoreWithThen;

    std::optional<double> delta() const; // now - then, when both exist
};

struct SnapshotComparison
{
    std::string code;
    std::optional<double> scoreThen;  // frozen, under the snapshot's methodology
    std::optional<double> scoreToday; // under today's methodology
    // Changed values: today's methodology's indicators in its order, then
    // those only the snapshot has, in the snapshot's order.
    std::vector<SnapshotValueChange> changes;

    // What the change of `change` did to today's score: today's score minus
    // the score with that one value put back (positive: the change raised it).
    std::optional<double> scoreEffect(const SnapshotValueChange& change) const;
};

// Compares `frozenSubject` (the snapshot's first profile) with the profile
// of the same code in `today`. A value counts as changed when it was added,
// removed or its number differs; provenance alone (source, year) does not.
// A pooled bloc has no values of its own, so it lists none. An InputError
// naming today's source when `today` has no profile with that code.
SnapshotComparison compareWithSnapshot(const Analysis& today, const Profile& frozenSubject,
                                       std::optional<double> frozenScore);

} // namespace aisov
