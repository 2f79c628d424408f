#include "CliInputs.h"

#include "aisov/BlocComparison.h"
#include "aisov/BundledData.h"
#include "aisov/InputError.h"
#include "aisov/MethodologyIO.h"
#include "aisov/Pooling.h"
#include "aisov/ProfileIO.h"
#include "aisov/Scoring.h"
#include "aisov/Store.h"

#include <algorithm>
#include <limits>

aisov::Methodology loadMethodologyArgument(const CliArguments& arguments)
{
    if (const auto path = arguments.value("--methodology"))
        return aisov::loadMethodologyFile(*path);
    return aisov::defaultMethodology();
}

LoadedProfiles loadProfilesArgument(const CliArguments& arguments,
                                    const aisov::Methodology& methodology)
{
    const auto profilesPath = arguments.value("--profiles");
    const auto databasePath = arguments.value("--db");
    if (profilesPath && databasePath)
        throw UsageError("give either --profiles FILE or --db FILE, not both");
    if (!profilesPath && !databasePath)
        throw UsageError("missing --profiles FILE or --db FILE");
    LoadedProfiles loaded;
    if (databasePath) {
        // Existing: reading a write-protected database works (read-only).
        const aisov::Store store = aisov::Store::open(*databasePath, aisov::OpenMode::Existing);
        loaded.sourceName = *databasePath;
        loaded.profiles = store.profiles();
    } else {
        loaded.sourceName = *profilesPath;
        loaded.profiles = aisov::loadProfilesFile(*profilesPath);
    }
    aisov::validateProfiles(loaded.profiles, methodology, loaded.sourceName);
    return loaded;
}

std::vector<std::size_t> selectCodes(const CliArguments& arguments, const LoadedProfiles& loaded)
{
    std::vector<std::size_t> selected;
    const auto codes = arguments.list("--codes");
    if (codes.empty() && arguments.has("--codes"))
        throw UsageError("option --codes needs at least one code, e.g. --codes CHE,USA");
    if (codes.empty()) {
        for (std::size_t i = 0; i < loaded.profiles.size(); ++i)
            selected.push_back(i);
        return selected;
    }
    for (const auto& code : codes) {
        const auto index = aisov::profileIndex(loaded.profiles, code);
        if (!index)
            throw aisov::InputError(loaded.sourceName, "--codes",
                                    "no profile with code \"" + code + "\"");
        selected.push_back(*index);
    }
    return selected;
}

std::optional<std::size_t> addCoalitionArgument(const CliArguments& arguments,
                                                LoadedProfiles& loaded)
{
    const auto text = arguments.value("--coalition");
    if (!text)
        return std::nullopt;
    const auto equals = text->find('=');
    if (equals == std::string::npos || equals == 0)
        throw UsageError("--coalition needs NAME=A,B,C, found \"" + *text + "\"");
    const std::string code = text->substr(0, equals);
    // Reuse the list splitting of --codes on the part after '='.
    const CliArguments members({"--members", text->substr(equals + 1)}, {"--members"});
    const std::vector<std::string> memberCodes = members.list("--members");
    if (memberCodes.empty())
        throw UsageError("--coalition " + code + " needs at least one member, e.g. " + code +
                         "=CHE,AUT");
    if (aisov::findProfile(loaded.profiles, code) != nullptr)
        throw UsageError("--coalition name \"" + code + "\" is already a profile code");
    for (const auto& member : memberCodes)
        if (aisov::findProfile(loaded.profiles, member) == nullptr)
            throw aisov::InputError(loaded.sourceName, "--coalition",
                                    "no profile with code \"" + member + "\"");
    loaded.profiles.push_back(aisov::makeCoalition(code, memberCodes));
    return loaded.profiles.size() - 1;
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

ScoredProfiles scoreArguments(const CliArguments& arguments, const aisov::Methodology& methodology,
                              LoadedProfiles& loaded,
                              const std::optional<aisov::UncertaintyOptions>& uncertainty)
{
    const auto coalition = addCoalitionArgument(arguments, loaded);
    ScoredProfiles scored;
    scored.selected = selectCodes(arguments, loaded);
    if (coalition && std::find(scored.selected.begin(), scored.selected.end(), *coalition) ==
                         scored.selected.end())
        scored.selected.push_back(*coalition); // asked for by --coalition: always shown
    scored.all = aisov::scoreProfiles(loaded.profiles, methodology);
    if (uncertainty) {
        // Ranked among the profiles shown, the ones the user compares; all
        // are still scored together (blocs need their members).
        aisov::UncertaintyOptions options = *uncertainty;
        options.computeRanks = scored.selected.size() >= 2;
        for (const std::size_t index : scored.selected)
            options.rankAmong.push_back(loaded.profiles[index].code);
        scored.uncertainty = aisov::analyzeUncertainty(loaded.profiles, methodology, options);
    }
    return scored;
}

void checkScenarioArgument(const CliArguments& arguments)
{
    if (arguments.has("--scenario") && !arguments.has("--db"))
        throw UsageError("--scenario NAME needs --db FILE: scenarios are kept in the database");
}

std::optional<aisov::Profile> scenarioProfile(const aisov::Store& store, const std::string& name,
                                              const aisov::Methodology& methodology,
                                              const LoadedProfiles& loaded, std::size_t index)
{
    const aisov::Profile& base = loaded.profiles[index];
    const auto scenario = store.scenario(base.code, name);
    if (!scenario)
        return std::nullopt;
    aisov::Profile profile =
        aisov::applyOverrides(base, scenario->overrides, loaded.profiles, methodology);
    aisov::validateProfiles({profile}, methodology,
                            loaded.sourceName + " (scenario \"" + name + "\" of " + base.code +
                                ")");
    return profile;
}

void applyScenarioArgument(const CliArguments& arguments, const aisov::Methodology& methodology,
                           LoadedProfiles& loaded, std::size_t index)
{
    const auto name = arguments.value("--scenario");
    if (!name)
        return;
    checkScenarioArgument(arguments);
    const aisov::Store store = aisov::Store::open(loaded.sourceName, aisov::OpenMode::Existing);
    auto profile = scenarioProfile(store, *name, methodology, loaded, index);
    if (!profile)
        throw aisov::InputError(loaded.sourceName, "--scenario",
                                "no scenario \"" + *name + "\" on " + loaded.profiles[index].code);
    loaded.profiles[index] = std::move(*profile);
}

std::vector<ScenarioResult> scoreScenarioArgument(const CliArguments& arguments,
                                                  const aisov::Methodology& methodology,
                                                  const LoadedProfiles& loaded,
                                                  const std::vector<std::size_t>& selected)
{
    const auto name = arguments.value("--scenario");
    if (!name)
        return {};
    checkScenarioArgument(arguments);
    const aisov::Store store = aisov::Store::open(loaded.sourceName, aisov::OpenMode::Existing);
    std::vector<ScenarioResult> results;
    std::string codes;
    for (const std::size_t index : selected) {
        codes += (codes.empty() ? "" : ",") + loaded.profiles[index].code;
        auto profile = scenarioProfile(store, *name, methodology, loaded, index);
        if (!profile)
            continue;
        std::vector<aisov::Profile> all = loaded.profiles;
        all[index] = std::move(*profile);
        results.push_back({index, aisov::scoreProfiles(all, methodology)[index]});
    }
    if (results.empty())
        throw aisov::InputError(loaded.sourceName, "--scenario",
                                "no scenario \"" + *name + "\" on " + codes);
    return results;
}
