// aisov-cli db: the SQLite store from the command line (DESIGN.md section 5).

#include "CliArguments.h"
#include "Commands.h"
#include "ExitCode.h"
#include "TableWriter.h"

#include "aisov/Store.h"

#include <cstdio>

namespace {

constexpr const char* kDbUsage =
    "db --db FILE (init | import FILE | export FILE | list | check | snapshot CODE --label TEXT "
    "| snapshots CODE)";

std::string formatScore(const std::optional<double>& score)
{
    if (!score)
        return "-";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", *score);
    return buffer;
}

void requireOperands(const std::vector<std::string>& positional, std::size_t count,
                     const std::string& form)
{
    if (positional.size() != count)
        throw UsageError("db " + positional.front() + ": expected \"db --db FILE " + form + "\"");
}

int init(const std::string& database, std::ostream& out)
{
    const aisov::Store store = aisov::Store::open(database, aisov::OpenMode::Create);
    const aisov::Methodology methodology = store.activeMethodology();
    out << (store.wasCreated() ? "Created " : "Opened ") << database << ": schema version "
        << store.schemaVersion() << ", methodology " << methodology.id << " " << methodology.version
        << ", " << store.profileSummaries().size() << " profiles\n";
    return static_cast<int>(ExitCode::Success);
}

int importFile(const std::string& database, const std::string& file, std::ostream& out)
{
    aisov::Store store = aisov::Store::open(database, aisov::OpenMode::Create);
    const aisov::ImportSummary summary = store.importFile(file);
    out << "Imported " << file << " into " << database << ": "
        << summary.profilesAdded + summary.profilesUpdated << " profiles (" << summary.profilesAdded
        << " new, " << summary.profilesUpdated << " updated), " << summary.valuesWritten
        << " values new or changed\n";
    return static_cast<int>(ExitCode::Success);
}

int exportFile(const std::string& database, const std::string& file, std::ostream& out)
{
    if (!aisov::profilesFormatFromPath(file))
        throw UsageError("db export: the file name must end in .json or .csv, found \"" + file +
                         "\"");
    const aisov::Store store = aisov::Store::open(database, aisov::OpenMode::Existing);
    store.exportFile(file);
    out << "Exported " << store.profileSummaries().size() << " profiles to " << file << "\n";
    return static_cast<int>(ExitCode::Success);
}

int list(const std::string& database, std::ostream& out)
{
    const aisov::Store store = aisov::Store::open(database, aisov::OpenMode::Existing);
    const auto summaries = store.profileSummaries();
    if (summaries.empty()) {
        out << "No profiles in " << database << ".\n";
        return static_cast<int>(ExitCode::Success);
    }
    TableWriter table;
    table.addColumn("Code");
    table.addColumn("Name");
    table.addColumn("Kind");
    table.addColumn("Values", TableWriter::Align::Right);
    table.addColumn("Last change");
    for (const auto& summary : summaries)
        table.addRow({summary.code, summary.name, aisov::toString(summary.kind),
                      std::to_string(summary.valueCount), summary.lastChangedAt.value_or("-")});
    table.write(out);
    return static_cast<int>(ExitCode::Success);
}

int check(const std::string& database, std::ostream& out)
{
    const aisov::Store store = aisov::Store::open(database, aisov::OpenMode::Existing);
    const aisov::CheckReport report = store.check();
    if (!report.ok()) {
        std::string problems;
        for (const auto& problem : report.problems)
            problems += (problems.empty() ? "" : "; ") + problem;
        throw aisov::InputError(database, "",
                                "check found " + std::to_string(report.problems.size()) +
                                    " problem(s): " + problems);
    }
    out << database << ": ok (integrity check, foreign key check; schema version "
        << report.schemaVersion << (store.isReadOnly() ? "; opened read-only" : "") << ")\n";
    return static_cast<int>(ExitCode::Success);
}

int snapshot(const std::string& database, const std::string& code, const std::string& label,
             std::ostream& out)
{
    aisov::Store store = aisov::Store::open(database, aisov::OpenMode::Existing);
    const std::int64_t id = store.snapshotProfile(code, label);
    const aisov::SnapshotSummary summary = store.snapshot(id).summary;
    out << "Snapshot " << id << " of " << code << " \"" << label << "\": score "
        << formatScore(summary.score) << ", methodology " << summary.methodologyId << " "
        << summary.methodologyVersion << ", taken " << summary.takenAt << "\n";
    return static_cast<int>(ExitCode::Success);
}

int snapshots(const std::string& database, const std::string& code, std::ostream& out)
{
    const aisov::Store store = aisov::Store::open(database, aisov::OpenMode::Existing);
    const auto history = store.snapshots(code);
    if (history.empty()) {
        if (!store.profile(code))
            throw aisov::InputError(database, code,
                                    "no profile and no snapshots with code \"" + code + "\"");
        out << "No snapshots of " << code << " yet.\n";
        return static_cast<int>(ExitCode::Success);
    }
    TableWriter table;
    table.addColumn("Id", TableWriter::Align::Right);
    table.addColumn("Taken");
    table.addColumn("Label");
    table.addColumn("Scenario");
    table.addColumn("Score", TableWriter::Align::Right);
    table.addColumn("Methodology");
    for (const auto& entry : history)
        table.addRow({std::to_string(entry.id), entry.takenAt, entry.label,
                      entry.scenarioName.empty() ? "-" : entry.scenarioName,
                      formatScore(entry.score),
                      entry.methodologyId + " " + entry.methodologyVersion});
    table.write(out);
    return static_cast<int>(ExitCode::Success);
}

} // namespace

int runDbCommand(const std::vector<std::string>& arguments, std::ostream& out)
{
    const CliArguments args(arguments, {"--db", "--label"});
    const auto& positional = args.positional();
    if (positional.empty())
        throw UsageError(std::string("missing sub-command: ") + kDbUsage);
    const std::string& action = positional.front();
    // Without --db: the application's own database in the user's data
    // directory, created and seeded on first use as the application does.
    std::string database;
    if (const auto given = args.value("--db"))
        database = *given;
    else
        database = aisov::openDefaultStore().path();
    if (args.has("--label") && action != "snapshot")
        throw UsageError("--label belongs to \"db snapshot CODE --label TEXT\"");

    if (action == "init") {
        requireOperands(positional, 1, "init");
        return init(database, out);
    }
    if (action == "import") {
        requireOperands(positional, 2, "import FILE");
        return importFile(database, positional[1], out);
    }
    if (action == "export") {
        requireOperands(positional, 2, "export FILE");
        return exportFile(database, positional[1], out);
    }
    if (action == "list") {
        requireOperands(positional, 1, "list");
        return list(database, out);
    }
    if (action == "check") {
        requireOperands(positional, 1, "check");
        return check(database, out);
    }
    if (action == "snapshot") {
        requireOperands(positional, 2, "snapshot CODE --label TEXT");
        const auto label = args.value("--label");
        if (!label || label->empty())
            throw UsageError("db snapshot needs --label TEXT");
        return snapshot(database, positional[1], *label, out);
    }
    if (action == "snapshots") {
        requireOperands(positional, 2, "snapshots CODE");
        return snapshots(database, positional[1], out);
    }
    throw UsageError("unknown db sub-command \"" + action + "\": " + kDbUsage);
}
