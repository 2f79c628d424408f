#include "CliInputs.h"

#include "aisov/BundledData.h"
#include "aisov/InputError.h"
#include "aisov/MethodologyIO.h"
#include "aisov/ProfileIO.h"
#include "aisov/ScenarioDelta.h"
#include "aisov/Store.h"

#include <algorithm>
#include <limits>

aisov::Methodology loadMethodologyArgument(const CliArguments& arguments)
{
    if (const auto path = arguments.value("--methodology"))
        return aisov::loadMethodologyFile(*path);
    return aisov::defaultMethodology();
}

namespace {

// "--coalition NAME=A,B,C" as a coalition; UsageError when malformed.
std::optional<aisov::CoalitionSpec> coalitionArgument(const CliArguments& arguments)
{
    const auto text = arguments.value("--coalition");
    if (!text)
        return std::nullopt;
    const auto equals = text->find('=');
    if (equals == std::string::npos || equals == 0)
        throw UsageError("--coalition needs NAME=A,B,C, found \"" + *text + "\"");
    aisov::CoalitionSpec coalition;
    coalition.code = text->substr(0, equals);
    // Reuse the list splitting of --codes on the part after '='.
    const CliArguments members({"--members", text->substr(equals + 1)}, {"--members"});
    coalition.members = members.list("--members");
    if (coalition.members.empty())
        throw UsageError("--coalition " + coalition.code + " needs at least one member, e.g. " +
                         coalition.code + "=CHE,AUT");
    return coalition;
}

// The analysis of the --profiles file or the --db store. The methodology
// file, when given, is read first, so that its errors come before those of
// the profiles; without it a store is scored with its own active
// methodology, the one its values were checked against.
aisov::Analysis loadSourceArguments(const CliArguments& arguments)
{
    std::optional<aisov::Methodology> methodology;
    if (const auto path = arguments.value("--methodology"))
        methodology = aisov::loadMethodologyFile(*path);
    const auto profilesPath = arguments.value("--profiles");
    const auto databasePath = arguments.value("--db");
    if (profilesPath && databasePath)
        throw UsageError("give either --profiles FILE or --db FILE, not both");
    if (!profilesPath && !databasePath)
        throw UsageError("missing --profiles FILE or --db FILE");
    if (databasePath) {
        // Existing: reading a write-protected database works (read-only).
        const aisov::Store store = aisov::Store::open(*databasePath, aisov::OpenMode::Existing);
        if (!methodology)
            methodology = store.activeMethodology();
        return {store.profiles(), std::move(*methodology), *databasePath};
    }
    std::vector<aisov::Profile> profiles = aisov::loadProfilesFile(*profilesPath);
    aisov::validateBlocMembers(profiles, *profilesPath); // the file is the whole set scored
    if (!methodology)
        methodology = aisov::defaultMethodology();
    return {std::move(profiles), std::move(*methodology), *profilesPath};
}

} // namespace

CliAnalysis loadAnalysisArguments(const CliArguments& arguments)
{
    CliAnalysis loaded{loadSourceArguments(arguments), std::nullopt};
    if (const auto coalition = coalitionArgument(arguments)) {
        // A name clash is the command line's mistake, not the file's.
        if (loaded.analysis.indexOf(coalition->code))
            throw UsageError("--coalition name \"" + coalition->code +
                             "\" is already a profile code");
        loaded.coalition = loaded.analysis.addCoalition(*coalition, "--coalition");
    }
    return loaded;
}

std::optional<aisov::UncertaintyOptions> uncertaintyArguments(const CliArguments& arguments)
{
    // Up to 100,000 draws: the draws of all profiles are kept for the
    // percentiles (8 bytes each), 160 MB for 200 profiles at the limit.
    const auto draws = arguments.integer("--uncertainty", 1, 100000);
    const auto seed = arguments.integer("--seed", 0, std::numeric_limits<long long>::max());
    if (seed && !draws)
        throw UsageError("--seed needs --uncertainty N");
    if (!draws)
        return std::nullopt;
    aisov::UncertaintyOptions options;
    options.draws = static_cast<int>(*draws);
    options.seed = static_cast<std::uint64_t>(seed.value_or(1));
    return options;
}

CliSelection selectArguments(const CliArguments& arguments, const CliAnalysis& loaded,
                             const std::optional<aisov::UncertaintyOptions>& uncertainty)
{
    const auto codes = arguments.list("--codes");
    if (codes.empty() && arguments.has("--codes"))
        throw UsageError("option --codes needs at least one code, e.g. --codes CHE,USA");
    const aisov::Analysis& analysis = loaded.analysis;
    CliSelection selection;
    selection.selected = analysis.select(codes, "--codes");
    auto& selected = selection.selected;
    if (loaded.coalition &&
        std::find(selected.begin(), selected.end(), *loaded.coalition) == selected.end())
        selected.push_back(*loaded.coalition); // asked for by --coalition: always shown
    if (uncertainty) {
        // Ranked among the profiles shown, the ones the user compares.
        std::vector<std::string> shown;
        shown.reserve(selected.size());
        for (const std::size_t index : selected)
            shown.push_back(analysis.profiles()[index].code);
        selection.uncertainty = analysis.uncertainty(*uncertainty, shown);
    }
    return selection;
}

std::size_t codeArgument(const CliArguments& arguments, const aisov::Analysis& analysis)
{
    return analysis.select({arguments.positional().front()}, "CODE").front();
}

void checkScenarioArgument(const CliArguments& arguments)
{
    if (arguments.has("--scenario") && !arguments.has("--db"))
        throw UsageError("--scenario NAME needs --db FILE: scenarios are kept in the database");
}

namespace {

std::optional<CliScenario> findScenario(const aisov::Store& store, const std::string& name,
                                        const aisov::Analysis& analysis, const std::string& code)
{
    auto scenario = store.scenario(code, name);
    if (!scenario)
        return std::nullopt;
    return CliScenario{name, std::move(scenario->overrides),
                       analysis.sourceName() + " (" + aisov::scenarioSourceName(code, name) + ")"};
}

} // namespace

std::optional<CliScenario> scenarioArgument(const CliArguments& arguments,
                                            const aisov::Analysis& analysis,
                                            const std::string& code)
{
    const auto name = arguments.value("--scenario");
    if (!name)
        return std::nullopt;
    checkScenarioArgument(arguments);
    const aisov::Store store = aisov::Store::open(analysis.sourceName(), aisov::OpenMode::Existing);
    auto scenario = findScenario(store, *name, analysis, code);
    if (!scenario)
        throw aisov::InputError(analysis.sourceName(), "--scenario",
                                {aisov::InputProblem::NoScenario, {*name, code}});
    return scenario;
}

std::vector<ScenarioResult> scoreScenarioArgument(const CliArguments& arguments,
                                                  const aisov::Analysis& analysis,
                                                  const std::vector<std::size_t>& selected)
{
    const auto name = arguments.value("--scenario");
    if (!name)
        return {};
    checkScenarioArgument(arguments);
    const aisov::Store store = aisov::Store::open(analysis.sourceName(), aisov::OpenMode::Existing);
    std::vector<ScenarioResult> results;
    std::string codes;
    for (const std::size_t index : selected) {
        const std::string& code = analysis.profiles()[index].code;
        codes += (codes.empty() ? "" : ",") + code;
        const auto scenario = findScenario(store, *name, analysis, code);
        if (scenario)
            results.push_back(
                {index, analysis.scoreScenario(code, scenario->overrides, scenario->where)});
    }
    if (results.empty())
        throw aisov::InputError(analysis.sourceName(), "--scenario",
                                {aisov::InputProblem::NoScenario, {*name, codes}});
    return results;
}
