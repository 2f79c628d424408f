#pragma once

// A country brief: one page on one profile for a reader who has five
// minutes (its place on the spectrum, the radar, the six requirements,
// coverage, the top levers and where its numbers come from). Built from the
// core's analysis, painted by BriefRenderer; the CLI (`aisov-cli brief`) and
// the application build the same brief from the same call.

#include "ChartData.h"

#include "aisov/Analysis.h"

#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace aisov::render {

struct BriefRequirement
{
    QString pillarName;
    std::optional<double> score; // 0-100; empty when the pillar has no data
    double threshold = 0.0;
    bool meets = false;
    double coverage = 0.0; // 0-1
};

// One source and what the profile takes from it.
struct BriefSource
{
    QString source;
    QString url;
    QStringList indicators; // indicator names, in methodology order
    std::optional<int> firstYear;
    std::optional<int> lastYear;
};

struct CountryBrief
{
    QString code;
    QString name;
    bool pooled = false;                        // a bloc scored from its members' values
    ChartData chart;                            // the profile alone, with its levers
    double coverage = 0.0;                      // 0-1
    bool insufficientData = false;              // under the methodology's minimum coverage
    std::vector<BriefRequirement> requirements; // in methodology order
    std::vector<BriefSource> sources;           // most indicators first
    int valueCount = 0;
};

// The brief of the profile with `code` in `analysis` (an unknown code is an
// aisov::InputError), with its first `topLevers` levers, pillars,
// indicators and bands named in `language`.
CountryBrief makeCountryBrief(const Analysis& analysis, const std::string& code,
                              std::size_t topLevers = 5, Language language = Language::English);

} // namespace aisov::render
