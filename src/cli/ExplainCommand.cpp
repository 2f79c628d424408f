// aisov-cli explain CODE: why a profile scores what it scores, indicator by
// indicator (the breakdown of aisov::scoreProfile, docs/methodology.md).

#include "CliInputs.h"
#include "CliLanguage.h"
#include "Commands.h"
#include "ExitCode.h"
#include "NumberFormat.h"
#include "TableWriter.h"

#include "aisov/Analysis.h"

namespace {

// Pillar weights as shares of their sum: "25%" reads better than "1".
std::vector<double> pillarWeightShares(const aisov::Methodology& methodology)
{
    double sum = 0.0;
    for (const auto& pillar : methodology.pillars)
        sum += pillar.weight;
    std::vector<double> shares;
    for (const auto& pillar : methodology.pillars)
        shares.push_back(sum > 0.0 ? pillar.weight / sum : 0.0);
    return shares;
}

void writeExplanation(const aisov::Methodology& methodology, const aisov::Profile& profile,
                      const aisov::ScoreResult& result, const std::optional<std::string>& scenario,
                      std::ostream& out)
{
    out << cliNameWithCode(cliName(profile), result.code);
    if (scenario)
        out << " in scenario \"" << *scenario << "\"";
    out << ": score " << formatScoreSummary(methodology, result) << "\n"
        << "Methodology " << methodology.id << " " << methodology.version << ": indicators "
        << aisov::toString(methodology.indicatorAggregation) << " within a pillar, pillars "
        << aisov::toString(methodology.pillarAggregation) << ", missing values "
        << aisov::toString(methodology.missing) << "\n\n";

    const std::vector<double> shares = pillarWeightShares(methodology);
    TableWriter table;
    table.addColumn("Pillar");
    table.addColumn("Weight", TableWriter::Align::Right);
    table.addColumn("Score", TableWriter::Align::Right);
    table.addColumn("Indicator");
    table.addColumn("Value", TableWriter::Align::Right);
    table.addColumn("Normalised", TableWriter::Align::Right);
    table.addColumn("Points", TableWriter::Align::Right);
    for (std::size_t k = 0; k < methodology.pillars.size(); ++k) {
        const aisov::Pillar& pillar = methodology.pillars[k];
        const aisov::PillarResult* pillarResult = result.findPillar(pillar.id);
        const std::optional<double> pillarScore =
            pillarResult != nullptr ? pillarResult->score : std::nullopt;
        bool first = true;
        for (const std::size_t i : methodology.indicatorsOfPillar(pillar.id)) {
            const aisov::Indicator& indicator = methodology.indicators[i];
            const aisov::IndicatorResult* indicatorResult = result.findIndicator(indicator.id);
            const aisov::IndicatorValue* value = profile.findValue(indicator.id);
            const bool known = indicatorResult != nullptr && indicatorResult->normalized;
            table.addRow(
                {first ? cliName(pillar) : "", first ? formatFixed(100.0 * shares[k], 0) + "%" : "",
                 first ? formatScore(pillarScore) +
                             (pillarResult != nullptr && pillarResult->meets ? "*" : "")
                       : "",
                 indicator.id,
                 value != nullptr ? formatWithUnit(value->value, cliUnit(indicator)) : "missing",
                 known ? formatFixed(100.0 * *indicatorResult->normalized, 1) : "-",
                 known ? formatFixed(indicatorResult->contribution, 2) : "-"});
            first = false;
        }
    }
    table.write(out);
    out << "\nNormalised: 0-100 between the goalposts (after the transform and direction). "
           "Points: the share of the score owed to the indicator; they add up to the score. "
           "* = pillar meets its threshold.\n";
}

} // namespace

int runExplainCommand(const std::vector<std::string>& arguments, std::ostream& out)
{
    const CliArguments args(arguments,
                            {"--methodology", "--profiles", "--db", "--coalition", "--scenario"});
    if (args.positional().size() != 1)
        throw UsageError("explain needs exactly one profile code, e.g. explain CHE");
    checkScenarioArgument(args);
    const CliAnalysis loaded = loadAnalysisArguments(args);
    const aisov::Analysis& analysis = loaded.analysis;
    const std::size_t index = codeArgument(args, analysis);
    const std::string& code = analysis.profiles()[index].code;
    // Scored with every loaded profile, as score does (blocs pooled; minmax
    // and percentile normalisation need the others).
    if (const auto scenario = scenarioArgument(args, analysis, code))
        writeExplanation(analysis.methodology(),
                         analysis.applyScenario(code, scenario->overrides, scenario->where),
                         analysis.scoreScenario(code, scenario->overrides, scenario->where),
                         scenario->name, out);
    else
        writeExplanation(analysis.methodology(), analysis.scoredProfiles()[index],
                         analysis.results()[index], std::nullopt, out);
    return static_cast<int>(ExitCode::Success);
}
