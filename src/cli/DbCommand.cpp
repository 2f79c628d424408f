// aisov-cli db: the SQLite store from the command line (docs/cli.md, "db";
// docs/store.md).

#include "CliArguments.h"
#include "CliLanguage.h"
#include "Commands.h"
#include "ExitCode.h"
#include "NumberFormat.h"
#include "TableWriter.h"

#include "aisov/Analysis.h"
#include "aisov/Pooling.h"
#include "aisov/ProfileIO.h"
#include "aisov/Scoring.h"
#include "aisov/Store.h"
#include "aisov/ValueCheck.h"

#include <map>

namespace {

constexpr const char* kDbUsage =
    "db --db FILE (init | import FILE | export FILE | list | show CODE [--format table|json|csv] "
    "| set CODE IND=VALUE --source TEXT --year N [--url URL] [--confidence high|medium|low] "
    "[--note TEXT] | check "
    "| snapshot CODE --label TEXT [--scenario NAME] | snapshots CODE "
    "| scenario CODE --name NAME (--set IND=VALUE[,IND=VALUE] [--description TEXT] | --delete) "
    "| scenarios CODE) | db recover FILE --out NEW";

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
    // A JSON import replaces whole profiles: say what went with the old ones.
    for (const aisov::ImportRemoval& removal : summary.removed) {
        std::string what;
        for (const auto& indicator : removal.indicators)
            what += (what.empty() ? "" : ", ") + indicator;
        for (const auto& attribute : removal.attributes)
            what += (what.empty() ? "" : ", ") + std::string(aisov::toString(attribute));
        out << "Removed from " << removal.code << " (not in " << file << "): " << what << "\n";
    }
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
        table.addRow({summary.code,
                      aisov::displayText(summary.translations, cliLanguage(),
                                         &aisov::Translation::name, summary.name),
                      aisov::toString(summary.kind), std::to_string(summary.valueCount),
                      summary.lastChangedAt.value_or("-")});
    table.write(out);
    return static_cast<int>(ExitCode::Success);
}

// One profile as stored: what it is, its score, and each indicator of the
// active methodology with its value and provenance (or "missing"). A pooled
// bloc shows the values pooled from its members.
// `all` are the store's profiles, `index` the one shown, with `shown` its
// values (pooled for a pooled bloc).
void writeProfileTable(const aisov::Store& store, const aisov::Methodology& methodology,
                       const std::vector<aisov::Profile>& all, std::size_t index,
                       const aisov::Profile& shown, std::ostream& out)
{
    const aisov::Profile& stored = all[index];
    const aisov::ScoreResult result =
        aisov::Analysis(all, methodology, store.path()).results().at(index);

    out << cliNameWithCode(cliName(stored), stored.code) << ", " << aisov::toString(stored.kind);
    if (stored.population)
        out << ", population " << formatFixed(*stored.population / 1e6, 1) << " million";
    if (stored.gdpUsd)
        out << ", GDP " << formatFixed(*stored.gdpUsd / 1e9, 0) << " billion USD";
    out << "\n";
    if (!stored.members.empty()) {
        std::string members;
        for (const auto& member : stored.members)
            members += (members.empty() ? "" : " ") + member;
        out << "Members (" << stored.members.size() << "): " << members << "\n";
    }
    out << "Score " << formatScoreSummary(methodology, result) << " (methodology " << methodology.id
        << " " << methodology.version << ")\n\n";

    std::map<std::string, std::string> changedAt;
    for (const auto& record : store.valueRecords(stored.code))
        changedAt[record.value.indicator] = record.changedAt.value_or("-").substr(0, 10);
    constexpr std::size_t kSourceWidth = 48;
    TableWriter table;
    table.addColumn("Pillar");
    table.addColumn("Indicator");
    table.addColumn("Value", TableWriter::Align::Right);
    table.addColumn("Year", TableWriter::Align::Right);
    table.addColumn("Confidence");
    table.addColumn("Source");
    table.addColumn("Changed");
    for (const auto& pillar : methodology.pillars)
        for (const auto& indicator : methodology.indicators) {
            if (indicator.pillar != pillar.id)
                continue;
            const aisov::IndicatorValue* value = shown.findValue(indicator.id);
            if (value == nullptr) {
                table.addRow({cliName(pillar), indicator.id, "missing"});
                continue;
            }
            const auto changed = changedAt.find(indicator.id);
            table.addRow({cliName(pillar), indicator.id,
                          formatWithUnit(value->value, cliUnit(indicator)),
                          value->year ? std::to_string(*value->year) : "-",
                          aisov::toString(value->confidence),
                          value->source.empty() ? "-" : elideToWidth(value->source, kSourceWidth),
                          changed == changedAt.end() ? "-" : changed->second});
        }
    table.write(out);
    out << "\nFull provenance (url, note): db show " << stored.code << " --format csv\n";
}

int show(const std::string& database, const std::string& code, const std::string& format,
         std::ostream& out)
{
    const aisov::Store store = aisov::Store::open(database, aisov::OpenMode::Existing);
    const aisov::Methodology methodology = store.activeMethodology();
    const std::vector<aisov::Profile> all = store.profiles();
    const auto index = aisov::profileIndex(all, code);
    if (!index)
        throw aisov::InputError(database, code, {aisov::InputProblem::NoProfile, {code}});
    const aisov::Profile& stored = all[*index];
    const aisov::Profile shown =
        stored.isPooledBloc() ? aisov::poolBloc(stored, all, methodology) : stored;
    if (format == "json")
        out << aisov::profilesToJson({shown});
    else if (format == "csv")
        out << aisov::profilesToCsv({shown});
    else
        writeProfileTable(store, methodology, all, *index, shown, out);
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
                                {aisov::InputProblem::StoreCheckFailed,
                                 {std::to_string(report.problems.size()), problems}});
    }
    out << database << ": ok (integrity check, foreign key check; schema version "
        << report.schemaVersion << (store.isReadOnly() ? "; opened read-only" : "") << ")\n";
    return static_cast<int>(ExitCode::Success);
}

// A snapshot of the profile, or of its scenario `scenarioName` when given.
int snapshot(const std::string& database, const std::string& code, const std::string& label,
             const std::optional<std::string>& scenarioName, std::ostream& out)
{
    aisov::Store store = aisov::Store::open(database, aisov::OpenMode::Existing);
    const std::int64_t id = scenarioName ? store.snapshotScenario(code, *scenarioName, label)
                                         : store.snapshotProfile(code, label);
    const aisov::SnapshotSummary summary = store.snapshot(id).summary;
    out << "Snapshot " << id << " of " << code;
    if (scenarioName)
        out << " scenario \"" << *scenarioName << "\"";
    out << " \"" << label << "\": score " << formatScore(summary.score) << ", methodology "
        << summary.methodologyId << " " << summary.methodologyVersion << ", taken "
        << summary.takenAt << "\n";
    return static_cast<int>(ExitCode::Success);
}

int snapshots(const std::string& database, const std::string& code, std::ostream& out)
{
    const aisov::Store store = aisov::Store::open(database, aisov::OpenMode::Existing);
    const auto history = store.snapshots(code);
    if (history.empty()) {
        if (!store.profile(code))
            throw aisov::InputError(database, code,
                                    {aisov::InputProblem::NoProfileOrSnapshots, {code}});
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

// "--set compute_gpus=5000,energy_price=0.1" as override values. Malformed
// pairs are usage errors; whether the indicators exist is the store's check
// (exit 3), made against the database's active methodology.
// "researchers=6000" as an indicator and its value; `what` names the
// argument in the usage error.
aisov::IndicatorValue parseIndicatorValue(const std::string& pair, const std::string& what)
{
    const auto equals = pair.find('=');
    if (equals == std::string::npos || equals == 0 || equals + 1 == pair.size())
        throw UsageError(what + ": expected INDICATOR=VALUE, found \"" + pair + "\"");
    const auto value = aisov::parseNumber(std::string_view(pair).substr(equals + 1));
    if (!value)
        throw UsageError(what + ": " + pair + ": the value is not a finite number");
    aisov::IndicatorValue parsed;
    parsed.indicator = pair.substr(0, equals);
    parsed.value = *value;
    return parsed;
}

std::vector<aisov::IndicatorValue> parseOverrides(const std::vector<std::string>& pairs,
                                                  const std::string& scenarioName)
{
    if (pairs.empty())
        throw UsageError("db scenario needs --set INDICATOR=VALUE[,INDICATOR=VALUE]");
    std::vector<aisov::IndicatorValue> overrides;
    for (const auto& pair : pairs) {
        aisov::IndicatorValue override = parseIndicatorValue(pair, "--set");
        override.source = "what-if (scenario " + scenarioName + ")";
        override.confidence = aisov::Confidence::Low;
        overrides.push_back(override);
    }
    return overrides;
}

// db set: one value with its provenance, validated against the active
// methodology and written in one transaction.
aisov::IndicatorValue parseSetArguments(const CliArguments& args)
{
    aisov::IndicatorValue value = parseIndicatorValue(args.positional()[2], "db set");
    const auto source = args.value("--source");
    if (!source || source->empty())
        throw UsageError("db set needs --source TEXT: every value says where it was read");
    value.source = *source;
    value.year = static_cast<int>(args.integer("--year", 1900, 2100).value_or(0));
    if (!args.has("--year"))
        throw UsageError("db set needs --year N: the year the value describes");
    value.url = args.value("--url").value_or("");
    value.note = args.value("--note").value_or("");
    const std::string confidence = args.value("--confidence").value_or("medium");
    const auto parsed = aisov::confidenceFromString(confidence);
    if (!parsed)
        throw UsageError("--confidence must be high, medium or low, found \"" + confidence + "\"");
    value.confidence = *parsed;
    return value;
}

int setValue(const std::string& database, const std::string& code,
             const aisov::IndicatorValue& value, std::ostream& out)
{
    aisov::Store store = aisov::Store::open(database, aisov::OpenMode::Existing);
    const auto scoreOf = [&] {
        const aisov::Analysis analysis(store.profiles(), store.activeMethodology(), database);
        const aisov::ScoreResult* result = analysis.result(code);
        return result ? result->score : std::nullopt;
    };
    const std::optional<double> before = scoreOf();
    store.setValue(code, value);
    out << "Set " << code << " " << value.indicator << " = " << formatRaw(value.value) << " ("
        << *value.year << ", " << aisov::toString(value.confidence) << "): score "
        << formatScore(before) << " -> " << formatScore(scoreOf()) << "\n";
    return static_cast<int>(ExitCode::Success);
}

int saveScenario(const std::string& database, const std::string& code, const std::string& name,
                 const std::vector<aisov::IndicatorValue>& overrides,
                 const std::string& description, std::ostream& out)
{
    aisov::Store store = aisov::Store::open(database, aisov::OpenMode::Existing);
    const bool replacing = store.scenario(code, name).has_value();
    aisov::Scenario scenario;
    scenario.baseCode = code;
    scenario.name = name;
    scenario.description = description;
    scenario.overrides = overrides;
    store.saveScenario(scenario);
    const aisov::ScenarioScore score = store.scoreScenario(code, name);
    out << (replacing ? "Replaced" : "Saved") << " scenario \"" << name << "\" of " << code << " ("
        << overrides.size() << " override" << (overrides.size() == 1 ? "" : "s") << "): score "
        << formatScore(score.base.score) << " -> " << formatScore(score.scenario.score) << "\n";
    return static_cast<int>(ExitCode::Success);
}

int listScenarios(const std::string& database, const std::string& code, std::ostream& out)
{
    const aisov::Store store = aisov::Store::open(database, aisov::OpenMode::Existing);
    if (!store.profile(code))
        throw aisov::InputError(database, code, {aisov::InputProblem::NoProfile, {code}});
    const auto scenarios = store.scenarios(code);
    if (scenarios.empty()) {
        out << "No scenarios on " << code << " yet.\n";
        return static_cast<int>(ExitCode::Success);
    }
    TableWriter table;
    table.addColumn("Name");
    table.addColumn("Description");
    table.addColumn("Overrides");
    table.addColumn("Base", TableWriter::Align::Right);
    table.addColumn("Scenario", TableWriter::Align::Right);
    table.addColumn("Change", TableWriter::Align::Right);
    for (const auto& scenario : scenarios) {
        std::string overrides;
        for (const auto& value : scenario.overrides) {
            overrides +=
                (overrides.empty() ? "" : ", ") + value.indicator + "=" + formatRaw(value.value);
        }
        const aisov::ScenarioScore score = store.scoreScenario(code, scenario.name);
        table.addRow({scenario.name, scenario.description.empty() ? "-" : scenario.description,
                      overrides, formatScore(score.base.score), formatScore(score.scenario.score),
                      score.base.score && score.scenario.score
                          ? formatSigned(*score.scenario.score - *score.base.score)
                          : std::string("-")});
    }
    table.write(out);
    return static_cast<int>(ExitCode::Success);
}

// db recover: what can still be read of a damaged store, into a new file.
int recover(const std::string& damaged, const std::string& out, std::ostream& stream)
{
    const aisov::RecoveryReport report = aisov::Store::recover(damaged, out);
    std::size_t rows = 0;
    for (const auto& [table, copied] : report.copiedRows)
        rows += copied;
    stream << "Recovered " << damaged << " into " << out << ": " << rows << " rows of "
           << report.copiedRows.size() << " tables; " << damaged << " was left unchanged\n";
    if (report.complete())
        stream << "Lost nothing that could be read.\n";
    for (const auto& lost : report.lost)
        stream << "Lost: " << lost << "\n";
    return static_cast<int>(ExitCode::Success);
}

} // namespace

int runDbCommand(const std::vector<std::string>& arguments, std::ostream& out)
{
    const CliArguments args(arguments,
                            {"--db", "--label", "--name", "--set", "--description", "--scenario",
                             "--format", "--source", "--url", "--year", "--confidence", "--note",
                             "--out"},
                            {"--delete"});
    const auto& positional = args.positional();
    if (positional.empty())
        throw UsageError(std::string("missing sub-command: ") + kDbUsage);
    const std::string& action = positional.front();
    if (action == "recover") {
        requireOperands(positional, 2, "recover FILE --out NEW");
        const auto outPath = args.value("--out");
        if (!outPath || outPath->empty() || args.has("--db"))
            throw UsageError("expected \"db recover FILE --out NEW\" (no --db: FILE is the "
                             "damaged store)");
        return recover(positional[1], *outPath, out);
    }
    // Without --db: the application's own database in the user's data
    // directory, created and seeded on first use as the application does.
    std::string database;
    if (const auto given = args.value("--db"))
        database = *given;
    else
        database = aisov::openDefaultStore().path();
    // Each option belongs to one sub-command.
    static const std::map<std::string, std::string> ownerOf{
        {"--label", "snapshot"},  {"--scenario", "snapshot"}, {"--format", "show"},
        {"--name", "scenario"},   {"--set", "scenario"},      {"--description", "scenario"},
        {"--delete", "scenario"}, {"--source", "set"},        {"--url", "set"},
        {"--year", "set"},        {"--confidence", "set"},    {"--note", "set"},
        {"--out", "recover"},
    };
    for (const auto& [option, owner] : ownerOf)
        if (args.has(option) && action != owner) {
            std::string message = option;
            message.append(" belongs to \"db ").append(owner).append("\", not \"db ");
            throw UsageError(message.append(action).append("\""));
        }

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
    if (action == "show") {
        requireOperands(positional, 2, "show CODE");
        const std::string format = args.value("--format").value_or("table");
        if (format != "table" && format != "json" && format != "csv")
            throw UsageError("--format must be table, json or csv, found \"" + format + "\"");
        return show(database, positional[1], format, out);
    }
    if (action == "set") {
        requireOperands(positional, 3, "set CODE IND=VALUE --source TEXT --year N");
        return setValue(database, positional[1], parseSetArguments(args), out);
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
        const auto scenarioName = args.value("--scenario");
        if (scenarioName && scenarioName->empty())
            throw UsageError("db snapshot --scenario needs a scenario name");
        return snapshot(database, positional[1], *label, scenarioName, out);
    }
    if (action == "snapshots") {
        requireOperands(positional, 2, "snapshots CODE");
        return snapshots(database, positional[1], out);
    }
    if (action == "scenario") {
        requireOperands(positional, 2, "scenario CODE --name NAME --set IND=VALUE[,IND=VALUE]");
        const auto name = args.value("--name");
        if (!name || name->empty())
            throw UsageError("db scenario needs --name NAME");
        if (args.has("--delete")) {
            if (args.has("--set") || args.has("--description"))
                throw UsageError("db scenario --delete takes no --set or --description");
            aisov::Store store = aisov::Store::open(database, aisov::OpenMode::Existing);
            store.deleteScenario(positional[1], *name);
            out << "Deleted scenario \"" << *name << "\" of " << positional[1] << "\n";
            return static_cast<int>(ExitCode::Success);
        }
        const auto overrides = parseOverrides(args.list("--set"), *name);
        return saveScenario(database, positional[1], *name, overrides,
                            args.value("--description").value_or(""), out);
    }
    if (action == "scenarios") {
        requireOperands(positional, 2, "scenarios CODE");
        return listScenarios(database, positional[1], out);
    }
    throw UsageError("unknown db sub-command \"" + action + "\": " + kDbUsage);
}
