#pragma once

// What a chart shows, as plain data: built once from the engine's results
// (aisov::ScoreResult + aisov::Methodology + the profiles' provenance) and
// painted by any chart. The GUI builds the same structs, so the screen and
// the exported files always show the same thing.

#include "aisov/Levers.h"
#include "aisov/Methodology.h"
#include "aisov/Profile.h"
#include "aisov/ScoreResult.h"
#include "aisov/Uncertainty.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace aisov::render {

struct ChartPillar
{
    QString id;
    QString name;
    double threshold = 60.0; // 0-100
};

struct ChartBand
{
    double from = 0.0; // 0-100, inclusive lower bound
    QString label;
};

// A 90% interval of the overall score (Monte Carlo p5-p95), drawn as whiskers.
struct ScoreInterval
{
    double p5 = 0.0;
    double p95 = 0.0;
};

// A what-if variant of a profile, drawn as "before -> after".
struct ChartScenario
{
    QString label;
    std::optional<double> score;
    std::vector<std::optional<double>> pillarScores; // parallel to ChartData::pillars
};

struct ChartProfile
{
    QString code;
    QString name;
    std::optional<double> score; // 0-100; empty when there is no data at all
    QString band;
    int met = 0;
    std::vector<std::optional<double>> pillarScores; // parallel to ChartData::pillars
    std::vector<bool> pillarMeets;                   // parallel to ChartData::pillars
    std::optional<ScoreInterval> uncertainty;
    std::optional<ChartScenario> scenario;
};

// One investment lever: what one step of one indicator adds to the score.
struct ChartLever
{
    QString indicatorName;
    QString pillarName;
    double gain = 0.0;             // overall score points after one step
    bool crossesThreshold = false; // the pillar reaches its threshold
    QString valueNow;              // "121 facilities", or "missing"
    QString valueAfter;            // "214 facilities"
};

// The levers of one profile (aisov::analyzeLevers), largest gain first.
struct ChartLevers
{
    QString profileName;
    std::optional<double> score;
    QString band;
    QString nextBand; // empty in the top band
    double nextBandFrom = 0.0;
    double stepFraction = 0.1;
    std::vector<ChartLever> levers;
};

// One snapshot of a profile on the history chart (or the score today).
struct ChartHistoryPoint
{
    QDateTime takenAt; // UTC
    QString label;
    std::optional<double> score; // empty: no data then
    QString band;
    // "id version" of the methodology it was scored with: scores under
    // different methodologies are not comparable, so a change is marked.
    QString methodology;
};

// A profile's score over time: its snapshots, oldest first, and optionally
// the score today (drawn hollow, after the last snapshot).
struct ChartHistory
{
    QString profileName;
    std::vector<ChartHistoryPoint> points;
    std::optional<ChartHistoryPoint> today;
};

// Where the numbers come from, so that a slide explains itself.
struct DataNote
{
    QStringList sources; // most used first
    std::optional<int> firstYear;
    std::optional<int> lastYear;
    int valueCount = 0;
};

struct ChartData
{
    QString title; // empty: each chart uses its own default title
    QString methodologyName;
    QString methodologyVersion;
    std::vector<ChartPillar> pillars;
    std::vector<ChartBand> bands; // ascending `from`
    std::vector<ChartProfile> profiles;
    DataNote note;
    std::optional<ChartLevers> levers;   // for the levers chart only
    std::optional<ChartHistory> history; // for the history chart only
};

// Builds the chart data of `results` (in their order). Sources and years
// are read from `profiles` (matched by code; a pooled bloc uses its members').
// Pillar and band names are the methodology's display names in `language`
// (aisov::displayName: English where a translation is missing), and so are
// the profiles' names (aisov::displayResultName).
ChartData makeChartData(const Methodology& methodology, const std::vector<ScoreResult>& results,
                        const std::vector<Profile>& profiles,
                        Language language = Language::English);

// The profiles whose values stand behind `code` in `profiles` (as loaded,
// not pooled): the profile itself, or the members of a bloc that is scored
// by pooling them. Empty when no profile has `code`.
std::vector<const Profile*> provenanceProfiles(const std::string& code,
                                               const std::vector<Profile>& profiles);
// Adds p5-p95 whiskers to the profiles whose code has a summary.
void attachUncertainty(ChartData& data, const std::vector<UncertaintySummary>& summaries);

// Adds a scenario to the profile with the scenario's code; false when there is none.
bool attachScenario(ChartData& data, const ScoreResult& scenario, const QString& label);

// Pillars of `profile` that have a score. Fewer than all means its overall
// score rests on the others alone (missing: reweight), which a chart must say.
std::size_t pillarsWithData(const ChartProfile& profile);

// Sets the levers chart's data: the first `top` levers of `analysis`, with
// the methodology's indicator, pillar and band names in `language` and units,
// and the profile's name in `language` (aisov::displayResultName, from
// `profiles`).
void attachLevers(ChartData& data, const LeverAnalysis& analysis, const Methodology& methodology,
                  const std::vector<Profile>& profiles, std::size_t top,
                  Language language = Language::English);

// A point of the history chart: `result`, scored with `methodology`, at `takenAt`.
// Its band is named in `language`.
ChartHistoryPoint makeHistoryPoint(const QDateTime& takenAt, const QString& label,
                                   const ScoreResult& result, const Methodology& methodology,
                                   Language language = Language::English);
// The time of a store timestamp ("2026-11-25T05:51:04.123Z", UTC); invalid
// for anything else.
QDateTime timeFromTimestamp(const std::string& timestamp);

// The data note as one line: "Data years 2022–2025 · 40 values · Sources: A; B (+3 more)".
QString dataNoteText(const DataNote& note);

QString toQString(const std::string& utf8);

} // namespace aisov::render
