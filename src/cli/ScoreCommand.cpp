#include "CliInputs.h"
#include "Commands.h"
#include "ExitCode.h"
#include "TableWriter.h"

#include "aisov/ResultIO.h"
#include "aisov/Scoring.h"

#include <cstdio>

namespace {

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

void writeTable(const aisov::Methodology& methodology,
                const std::vector<aisov::ScoreResult>& results, std::ostream& out)
{
    out << methodology.name << " " << methodology.version << " (" << methodology.id << ")\n\n";
    TableWriter table;
    table.addColumn("Code");
    table.addColumn("Name");
    table.addColumn("Score", TableWriter::Align::Right);
    table.addColumn("Band");
    table.addColumn("Met", TableWriter::Align::Right);
    table.addColumn("Coverage", TableWriter::Align::Right);
    for (const auto& pillar : methodology.pillars)
        table.addColumn(pillar.name, TableWriter::Align::Right);
    for (const auto& result : results) {
        std::vector<std::string> row{result.code,
                                     result.name,
                                     formatScore(result.score),
                                     result.score ? result.band : std::string("no data"),
                                     std::to_string(result.met) + "/" +
                                         std::to_string(result.pillars.size()),
                                     formatFixed(100.0 * result.coverage, 0) + "%"};
        for (const auto& pillar : result.pillars)
            row.push_back(formatScore(pillar.score) + (pillar.meets ? "*" : ""));
        table.addRow(std::move(row));
    }
    table.write(out);
    out << "\nScores on 0-100. * = pillar meets its threshold. - = no data.\n";
}

} // namespace

int runScoreCommand(const std::vector<std::string>& arguments, std::ostream& out)
{
    const CliArguments args(arguments,
                            {"--methodology", "--profiles", "--db", "--codes", "--format"});
    if (!args.positional().empty())
        throw UsageError("score takes no positional argument, found \"" +
                         args.positional().front() + "\"");
    const std::string format = args.value("--format").value_or("table");
    if (format != "json" && format != "table" && format != "csv")
        throw UsageError("--format must be json, table or csv, found \"" + format + "\"");

    const aisov::Methodology methodology = loadMethodologyArgument(args);
    const LoadedProfiles loaded = loadProfilesArgument(args, methodology);
    const std::vector<std::size_t> selected = selectCodes(args, loaded);

    // Score everything loaded together (blocs need their members, minmax and
    // percentile need the whole set), then report the selection.
    const std::vector<aisov::ScoreResult> all = aisov::scoreProfiles(loaded.profiles, methodology);
    std::vector<aisov::ScoreResult> results;
    results.reserve(selected.size());
    for (const std::size_t index : selected)
        results.push_back(all[index]);

    if (format == "json")
        out << aisov::resultsToJson(methodology, results);
    else if (format == "csv")
        out << aisov::resultsToCsv(methodology, results);
    else
        writeTable(methodology, results, out);
    return static_cast<int>(ExitCode::Success);
}
