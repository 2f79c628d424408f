#pragma once

// How the command line prints numbers in tables and messages: one place, so
// that "score 56.5" reads the same in score, levers and db.

#include "aisov/Methodology.h"
#include "aisov/ScoreResult.h"

#include <optional>
#include <string>

std::string formatFixed(double value, int decimals);         // "56.50" for (56.5, 2)
std::string formatScore(const std::optional<double>& score); // "56.5", or "-" without one
std::string formatSigned(double value, int decimals = 1);    // "+2.3", "-0.4"
// "56.5, Partial autonomy, 2/6 pillars met, coverage 85%" (the band in --lang's language)
std::string formatScoreSummary(const aisov::Methodology& methodology,
                               const aisov::ScoreResult& result);
// Raw indicator values span 0.01 to millions: four significant digits.
std::string formatRaw(double value); // "0.125", "1.2e+06"
// A raw value with its indicator's unit: "121 facilities"; the bare number
// when the unit is empty.
std::string formatWithUnit(double value, const std::string& unit);
