#pragma once

// A snapshot as the History tab shows it: what the store froze (profiles,
// methodology, summary) and the result it froze, computed again by the core
// from exactly that (aisov::frozenResult). Snapshots never change, so the
// Session reads and scores each one once.

#include "aisov/ScoreResult.h"
#include "aisov/Store.h"

struct FrozenSnapshot
{
    aisov::Snapshot snapshot;
    aisov::ScoreResult result;

    const aisov::SnapshotSummary& summary() const { return snapshot.summary; }
    // The profile (or scenario) the snapshot is of, as it was then.
    const aisov::Profile& subject() const { return snapshot.profiles.front(); }
};
