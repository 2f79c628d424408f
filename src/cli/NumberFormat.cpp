#include "NumberFormat.h"

#include "CliLanguage.h"

#include <cstdio>

std::string formatFixed(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::string formatScore(const std::optional<double>& score)
{
    return score ? formatFixed(*score, 1) : std::string("-");
}

std::string formatSigned(double value, int decimals)
{
    // append(), not "+" + string: GCC 12 warns wrongly about the latter at
    // -O3 (-Wrestrict, its bug 105651).
    std::string text = value >= 0.0 ? "+" : "";
    return text.append(formatFixed(value, decimals));
}

std::string formatScoreSummary(const aisov::Methodology& methodology,
                               const aisov::ScoreResult& result)
{
    return formatScore(result.score) + ", " +
           (result.score ? cliBand(methodology, result.band) : "no data") + ", " +
           std::to_string(result.met) + "/" + std::to_string(result.pillars.size()) +
           " pillars met, coverage " + formatFixed(100.0 * result.coverage, 0) + "%";
}

std::string formatRaw(double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.4g", value);
    return buffer;
}

std::string formatWithUnit(double value, const std::string& unit)
{
    std::string text = formatRaw(value);
    if (!unit.empty())
        text.append(" ").append(unit);
    return text;
}
