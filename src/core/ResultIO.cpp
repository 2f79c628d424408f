#include "aisov/ResultIO.h"

#include "JsonWriter.h"
#include "TextFormat.h"
#include "aisov/Uncertainty.h"

namespace aisov {

namespace {

std::string csvNumber(const std::optional<double>& value)
{
    return value ? detail::fixedNumber(*value, 2) : std::string();
}

// The score fields of one result, into the object being written.
void writeScoreFields(detail::JsonWriter& json, const ScoreResult& result)
{
    json.field("score", result.score);
    json.field("band", result.band);
    json.field("coverage", result.coverage);
    json.field("met", result.met);
    json.field("insufficient_data", result.insufficientData);
    json.key("pillars");
    json.beginArray();
    for (const auto& pillar : result.pillars) {
        json.beginObject();
        json.field("id", pillar.id);
        json.field("score", pillar.score);
        json.field("meets", pillar.meets);
        json.field("coverage", pillar.coverage);
        json.endObject();
    }
    json.endArray();
    json.key("indicators");
    json.beginArray();
    for (const auto& indicator : result.indicators) {
        json.beginObject();
        json.field("id", indicator.id);
        json.field("value", indicator.value);
        json.field("normalized", indicator.normalized);
        json.field("contribution", indicator.contribution);
        json.endObject();
    }
    json.endArray();
}

// A profile without a score has no interval: null, like its score.
void writeUncertainty(detail::JsonWriter& json, const UncertaintySummary& summary)
{
    if (!summary.scored) {
        json.null();
        return;
    }
    json.beginObject();
    json.field("p5", summary.p5);
    json.field("p50", summary.p50);
    json.field("p95", summary.p95);
    if (!summary.rankFrequency.empty()) {
        json.key("rank_frequency");
        json.beginArray();
        for (const double share : summary.rankFrequency)
            json.value(share);
        json.endArray();
    }
    json.endObject();
}

// One CSV row: the columns before the uncertainty ones.
std::string csvScoreRow(const ScoreResult& result)
{
    std::string row = detail::csvField(result.code) + "," + detail::csvField(result.name) + "," +
                      csvNumber(result.score) + "," + detail::csvField(result.band) + "," +
                      csvNumber(result.coverage) + "," + std::to_string(result.met);
    for (const auto& pillar : result.pillars)
        row.append(",").append(csvNumber(pillar.score));
    return row;
}

} // namespace

std::string resultsToJson(const Methodology& methodology, const std::vector<ScoreResult>& results,
                          const std::vector<UncertaintySummary>& uncertainty,
                          const std::vector<std::optional<ScenarioOutput>>& scenarios)
{
    // Written directly rather than through a DOM: the same text, a fraction
    // of the allocations (issue 18).
    std::string text;
    detail::JsonWriter json(text);
    json.beginObject();
    json.key("methodology");
    json.beginObject();
    json.field("id", methodology.id);
    json.field("version", methodology.version);
    json.endObject();
    json.key("results");
    json.beginArray();
    for (std::size_t r = 0; r < results.size(); ++r) {
        const ScoreResult& result = results[r];
        json.beginObject();
        json.field("code", result.code);
        json.field("name", result.name);
        writeScoreFields(json, result);
        if (r < uncertainty.size()) {
            json.key("uncertainty");
            writeUncertainty(json, uncertainty[r]);
        }
        if (r < scenarios.size() && scenarios[r]) {
            json.key("scenario");
            json.beginObject();
            json.field("name", scenarios[r]->name);
            writeScoreFields(json, scenarios[r]->result);
            json.endObject();
        }
        json.endObject();
    }
    json.endArray();
    json.endObject();
    text += '\n';
    return text;
}

std::string resultsToCsv(const Methodology& methodology, const std::vector<ScoreResult>& results,
                         const std::vector<UncertaintySummary>& uncertainty,
                         const std::vector<std::optional<ScenarioOutput>>& scenarios)
{
    const bool withUncertainty = !uncertainty.empty();
    const bool withScenarios = !scenarios.empty();
    // append(), not "," + string: GCC 12 warns wrongly about the latter at -O3
    // (-Wrestrict, its bug 105651).
    std::string text = "code,name,score,band,coverage,met";
    for (const auto& pillar : methodology.pillars)
        text.append(",").append(detail::csvField(pillar.id));
    if (withUncertainty)
        text += ",p5,p50,p95,likely_rank,likely_rank_share";
    if (withScenarios)
        text += ",scenario";
    text += "\n";
    for (std::size_t r = 0; r < results.size(); ++r) {
        text += csvScoreRow(results[r]);
        if (withUncertainty) {
            const bool scored = r < uncertainty.size() && uncertainty[r].scored;
            for (const double UncertaintySummary::*field :
                 {&UncertaintySummary::p5, &UncertaintySummary::p50, &UncertaintySummary::p95})
                text.append(",").append(scored ? csvNumber(uncertainty[r].*field) : std::string());
            const auto likely = scored ? mostLikelyRank(uncertainty[r]) : std::nullopt;
            text.append(",").append(likely ? std::to_string(likely->rank) : std::string());
            text.append(",").append(likely ? csvNumber(likely->share) : std::string());
        }
        if (withScenarios)
            text += ",";
        text += "\n";
        if (r < scenarios.size() && scenarios[r]) {
            text += csvScoreRow(scenarios[r]->result);
            if (withUncertainty)
                text += ",,,,,";
            text.append(",").append(detail::csvField(scenarios[r]->name)).append("\n");
        }
    }
    return text;
}

} // namespace aisov
