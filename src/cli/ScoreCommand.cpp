#include "CliInputs.h"
#include "CliLanguage.h"
#include "Commands.h"
#include "ExitCode.h"
#include "NumberFormat.h"
#include "TableWriter.h"

#include "aisov/Analysis.h"
#include "aisov/BlocComparison.h"
#include "aisov/ResultIO.h"
#include "aisov/Scoring.h"
#include "aisov/Uncertainty.h"

namespace {

// The band column: a profile below the minimum coverage is not placed in a band.
std::string bandCell(const aisov::Methodology& methodology, const aisov::ScoreResult& result)
{
    if (!result.score)
        return "no data";
    return result.insufficientData ? std::string(aisov::kInsufficientDataLabel)
                                   : cliBand(methodology, result.band);
}

// One table row: the score columns of `result`, the interval when asked.
std::vector<std::string> rowFor(const aisov::Methodology& methodology,
                                const std::vector<aisov::Profile>& profiles,
                                const std::string& code, const aisov::ScoreResult& result,
                                const aisov::UncertaintySummary* uncertainty, bool withInterval)
{
    std::vector<std::string> row{code,
                                 cliProfileName(result.name, result.code, profiles),
                                 formatScore(result.score),
                                 bandCell(methodology, result),
                                 std::to_string(result.met) + "/" +
                                     std::to_string(result.pillars.size()),
                                 formatFixed(100.0 * result.coverage, 0) + "%"};
    if (withInterval) {
        const bool scored = uncertainty != nullptr && uncertainty->scored;
        row.push_back(scored
                          ? formatFixed(uncertainty->p5, 1) + "-" + formatFixed(uncertainty->p95, 1)
                          : std::string("-"));
        const auto likely = scored ? aisov::mostLikelyRank(*uncertainty) : std::nullopt;
        row.push_back(likely ? std::to_string(likely->rank) + " (" +
                                   formatFixed(100.0 * likely->share, 0) + "%)"
                             : std::string("-"));
    }
    for (const auto& pillar : result.pillars)
        row.push_back(formatScore(pillar.score) + (pillar.meets ? "*" : ""));
    return row;
}

// What the table shows besides the analysis: the uncertainty (empty or one
// per profile) and the scenarios (empty or one per profile).
struct TableExtras
{
    const std::vector<aisov::UncertaintySummary>& uncertainty;
    const std::vector<std::optional<aisov::ScenarioOutput>>& scenarios;
};

void writeTable(const aisov::Analysis& analysis, const TableExtras& extras,
                const std::vector<std::size_t>& selected, std::ostream& out)
{
    const aisov::Methodology& methodology = analysis.methodology();
    const std::vector<aisov::Profile>& profiles = analysis.profiles();
    const std::vector<aisov::ScoreResult>& results = analysis.results();
    out << methodology.name << " " << methodology.version << " (" << methodology.id << ")\n\n";
    const bool withInterval = !extras.uncertainty.empty();
    const auto uncertaintyOf = [&](std::size_t index) {
        return withInterval ? &extras.uncertainty[index] : nullptr;
    };
    TableWriter table;
    table.addColumn("Code");
    table.addColumn("Name");
    table.addColumn("Score", TableWriter::Align::Right);
    table.addColumn("Band");
    table.addColumn("Met", TableWriter::Align::Right);
    table.addColumn("Coverage", TableWriter::Align::Right);
    if (withInterval) {
        table.addColumn("p5-p95", TableWriter::Align::Right);
        table.addColumn("Likely rank", TableWriter::Align::Right);
    }
    for (const auto& pillar : methodology.pillars)
        table.addColumn(cliName(pillar), TableWriter::Align::Right);
    std::vector<aisov::BlocComparison> blocs;
    for (const std::size_t index : selected) {
        const aisov::Profile& profile = profiles[index];
        table.addRow(rowFor(methodology, profiles, profile.code, results[index],
                            uncertaintyOf(index), withInterval));
        if (index < extras.scenarios.size() && extras.scenarios[index]) {
            std::vector<std::string> row =
                rowFor(methodology, profiles, "  what-if", extras.scenarios[index]->result, nullptr,
                       withInterval);
            row[1] = extras.scenarios[index]->name;
            table.addRow(std::move(row));
        }
        if (profile.kind != aisov::ProfileKind::Bloc || profile.members.empty())
            continue;
        // A bloc: its members' own scores under it, indented.
        for (const auto& code : profile.members) {
            std::size_t member = 0;
            while (member < profiles.size() && (profiles[member].code != code || member == index))
                ++member;
            if (member == profiles.size()) {
                table.addRow({"  " + code, "(not loaded)", "-"});
                continue;
            }
            table.addRow(rowFor(methodology, profiles, "  " + code, results[member],
                                uncertaintyOf(member), withInterval));
        }
        blocs.push_back(analysis.compareBloc(profile.code));
    }
    table.write(out);
    out << "\nScores on 0-100. * = pillar meets its threshold. - = no data.";
    if (withInterval)
        out << " p5-p95: 90% of the uncertainty draws. Likely rank: the rank among the"
               " profiles asked for that most draws give, and in what share of them.";
    if (!extras.scenarios.empty())
        out << " what-if: the scenario of that name on the profile above.";
    out << "\n";
    for (const auto& bloc : blocs) {
        if (!bloc.score)
            continue;
        out << bloc.code << ": pooling gain";
        if (bloc.gainOverBestMember)
            out << " " << formatSigned(*bloc.gainOverBestMember) << " over its best member ("
                << bloc.bestMemberCode << " " << formatFixed(*bloc.bestMemberScore, 1) << ")";
        if (bloc.gainOverMean)
            out << (bloc.gainOverBestMember ? "," : "") << " " << formatSigned(*bloc.gainOverMean)
                << " over the population-weighted mean of its members ("
                << formatFixed(*bloc.populationWeightedMean, 1) << ")";
        if (!bloc.gainOverBestMember && !bloc.gainOverMean)
            out << ": no member scored";
        out << ".\n";
    }
}

} // namespace

int runScoreCommand(const std::vector<std::string>& arguments, std::ostream& out)
{
    const CliArguments args(arguments,
                            {"--methodology", "--profiles", "--db", "--codes", "--format",
                             "--uncertainty", "--seed", "--coalition", "--scenario"});
    if (!args.positional().empty())
        throw UsageError("score takes no positional argument, found \"" +
                         args.positional().front() + "\"");
    const std::string format = args.value("--format").value_or("table");
    if (format != "json" && format != "table" && format != "csv")
        throw UsageError("--format must be json, table or csv, found \"" + format + "\"");
    checkScenarioArgument(args);
    const auto uncertainty = uncertaintyArguments(args);
    const CliAnalysis loaded = loadAnalysisArguments(args);
    const aisov::Analysis& analysis = loaded.analysis;
    const CliSelection scored = selectArguments(args, loaded, uncertainty);
    // Scenarios by profile index (empty without --scenario).
    std::vector<std::optional<aisov::ScenarioOutput>> scenarios;
    const std::string scenarioName = args.value("--scenario").value_or("");
    std::vector<ScenarioResult> scenarioResults =
        scoreScenarioArgument(args, analysis, scored.selected);
    if (!scenarioResults.empty())
        scenarios.resize(analysis.profiles().size());
    for (auto& scenario : scenarioResults)
        scenarios[scenario.index] = aisov::ScenarioOutput{scenarioName, std::move(scenario.result)};
    std::vector<aisov::ScoreResult> results;
    results.reserve(scored.selected.size());
    std::vector<aisov::UncertaintySummary> selectedUncertainty;
    std::vector<std::optional<aisov::ScenarioOutput>> selectedScenarios;
    for (const std::size_t index : scored.selected) {
        results.push_back(analysis.results()[index]);
        if (!scored.uncertainty.empty())
            selectedUncertainty.push_back(scored.uncertainty[index]);
        if (!scenarios.empty())
            selectedScenarios.push_back(scenarios[index]);
    }

    const aisov::Methodology& methodology = analysis.methodology();
    if (format == "json")
        out << aisov::resultsToJson(methodology, results, selectedUncertainty, selectedScenarios);
    else if (format == "csv")
        out << aisov::resultsToCsv(methodology, results, selectedUncertainty, selectedScenarios);
    else
        writeTable(analysis, {scored.uncertainty, scenarios}, scored.selected, out);
    return static_cast<int>(ExitCode::Success);
}
