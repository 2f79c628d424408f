#include "aisov/ResultIO.h"

#include "TextFormat.h"
#include "aisov/Uncertainty.h"

#include <nlohmann/json.hpp>

namespace aisov {

namespace {

nlohmann::ordered_json optionalNumber(const std::optional<double>& value)
{
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

std::string csvNumber(const std::optional<double>& value)
{
    return value ? detail::fixedNumber(*value, 2) : std::string();
}

// The score fields of one result, added to `item`.
void addScoreFields(nlohmann::ordered_json& item, const ScoreResult& result)
{
    item["score"] = optionalNumber(result.score);
    item["band"] = result.band;
    item["coverage"] = result.coverage;
    item["met"] = result.met;
    item["insufficient_data"] = result.insufficientData;
    item["pillars"] = nlohmann::ordered_json::array();
    for (const auto& pillar : result.pillars)
        item["pillars"].push_back({{"id", pillar.id},
                                   {"score", optionalNumber(pillar.score)},
                                   {"meets", pillar.meets},
                                   {"coverage", pillar.coverage}});
    item["indicators"] = nlohmann::ordered_json::array();
    for (const auto& indicator : result.indicators)
        item["indicators"].push_back({{"id", indicator.id},
                                      {"value", optionalNumber(indicator.value)},
                                      {"normalized", optionalNumber(indicator.normalized)},
                                      {"contribution", indicator.contribution}});
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
    nlohmann::ordered_json root;
    root["methodology"] = {{"id", methodology.id}, {"version", methodology.version}};
    root["results"] = nlohmann::ordered_json::array();
    for (std::size_t r = 0; r < results.size(); ++r) {
        const ScoreResult& result = results[r];
        nlohmann::ordered_json item;
        item["code"] = result.code;
        item["name"] = result.name;
        addScoreFields(item, result);
        if (r < uncertainty.size()) {
            // A profile without a score has no interval: null, like its score.
            const UncertaintySummary& summary = uncertainty[r];
            item["uncertainty"] = summary.scored ? nlohmann::ordered_json{{"p5", summary.p5},
                                                                          {"p50", summary.p50},
                                                                          {"p95", summary.p95}}
                                                 : nlohmann::ordered_json(nullptr);
            if (summary.scored && !summary.rankFrequency.empty())
                item["uncertainty"]["rank_frequency"] = summary.rankFrequency;
        }
        if (r < scenarios.size() && scenarios[r]) {
            nlohmann::ordered_json scenario;
            scenario["name"] = scenarios[r]->name;
            addScoreFields(scenario, scenarios[r]->result);
            item["scenario"] = scenario;
        }
        root["results"].push_back(item);
    }
    return root.dump(2) + "\n";
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
