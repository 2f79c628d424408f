// aisov-cli levers CODE: which single improvement moves a profile most
// (aisov/Levers.h, docs/methodology-advanced.md); with --templates, which
// bundled investment template does (aisov/InvestmentTemplate.h).

#include "CliInputs.h"
#include "CliLanguage.h"
#include "Commands.h"
#include "ExitCode.h"
#include "NumberFormat.h"
#include "TableWriter.h"

#include "aisov/Analysis.h"
#include "aisov/BundledData.h"
#include "aisov/InvestmentTemplate.h"
#include "aisov/Levers.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace {

nlohmann::ordered_json optionalNumber(const std::optional<double>& value)
{
    return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

void writeJson(const aisov::LeverAnalysis& analysis, const std::optional<std::string>& scenario,
               std::size_t top, std::ostream& out)
{
    nlohmann::ordered_json root;
    root["code"] = analysis.code;
    root["name"] = analysis.name;
    root["scenario"] =
        scenario ? nlohmann::ordered_json(*scenario) : nlohmann::ordered_json(nullptr);
    root["score"] = optionalNumber(analysis.score);
    root["band"] = analysis.band;
    root["next_band"] = analysis.nextBand
                            ? nlohmann::ordered_json{{"label", analysis.nextBand->label},
                                                     {"from", analysis.nextBand->from}}
                            : nlohmann::ordered_json(nullptr);
    root["step_fraction"] = analysis.stepFraction;
    root["levers"] = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < top; ++i) {
        const aisov::Lever& lever = analysis.levers[i];
        root["levers"].push_back({{"indicator", lever.indicator},
                                  {"pillar", lever.pillar},
                                  {"value", optionalNumber(lever.currentValue)},
                                  {"start_value", lever.startValue},
                                  {"improved_value", lever.improvedValue},
                                  {"score_after", lever.scoreAfter},
                                  {"gain", lever.gain},
                                  {"pillar_before", optionalNumber(lever.pillarBefore)},
                                  {"pillar_after", optionalNumber(lever.pillarAfter)},
                                  {"crosses_threshold", lever.crossesThreshold},
                                  {"value_for_next_band", optionalNumber(lever.valueForNextBand)}});
    }
    out << root.dump(2) << "\n";
}

void writeTable(const aisov::Methodology& methodology, const std::vector<aisov::Profile>& profiles,
                const aisov::LeverAnalysis& analysis, const std::optional<std::string>& scenario,
                std::size_t top, std::ostream& out)
{
    out << "Investment levers for "
        << cliNameWithCode(cliProfileName(analysis.name, analysis.code, profiles), analysis.code);
    if (scenario)
        out << " in scenario \"" << *scenario << "\"";
    out << ": score " << formatScore(analysis.score) << ", "
        << (analysis.score ? cliBand(methodology, analysis.band) : std::string("no data"));
    if (analysis.nextBand)
        out << "; next band \"" << aisov::displayLabel(*analysis.nextBand, cliLanguage())
            << "\" from " << formatFixed(analysis.nextBand->from, 0);
    else
        out << "; already in the top band";
    out << "\nStep: " << formatFixed(100.0 * analysis.stepFraction, 0)
        << "% of each indicator's goalpost range, toward the better goalpost.\n\n";

    TableWriter table;
    table.addColumn("#", TableWriter::Align::Right);
    table.addColumn("Indicator");
    table.addColumn("Pillar");
    table.addColumn("Now", TableWriter::Align::Right);
    table.addColumn("After step", TableWriter::Align::Right);
    table.addColumn("Gain", TableWriter::Align::Right);
    table.addColumn("Pillar score", TableWriter::Align::Right);
    table.addColumn("For next band", TableWriter::Align::Right);
    for (std::size_t i = 0; i < top; ++i) {
        const aisov::Lever& lever = analysis.levers[i];
        const aisov::Indicator* indicator = methodology.findIndicator(lever.indicator);
        const aisov::Pillar* pillar = methodology.findPillar(lever.pillar);
        const std::string unit = indicator != nullptr ? cliUnit(*indicator) : std::string();
        std::string forNextBand = "-";
        if (analysis.nextBand)
            forNextBand = lever.valueForNextBand ? formatWithUnit(*lever.valueForNextBand, unit)
                                                 : std::string("not alone");
        table.addRow({std::to_string(i + 1),
                      indicator != nullptr ? cliName(*indicator) : lever.indicator,
                      pillar != nullptr ? cliName(*pillar) : lever.pillar,
                      lever.currentValue ? formatWithUnit(*lever.currentValue, unit)
                                         : std::string("missing"),
                      formatWithUnit(lever.improvedValue, unit), formatSigned(lever.gain, 2),
                      formatScore(lever.pillarBefore) + " -> " + formatScore(lever.pillarAfter) +
                          (lever.crossesThreshold ? " (meets)" : ""),
                      forNextBand});
    }
    table.write(out);
    out << "\nGain: overall score points after one step. (meets): the pillar reaches its "
           "threshold.\nFor next band: smallest value of that indicator alone that reaches the "
           "next band; \"not alone\": not reachable by this indicator alone.\nA missing "
           "indicator starts from its worst goalpost.\n";
}

void writeTemplatesJson(const aisov::Profile& profile,
                        const std::vector<aisov::TemplateGain>& gains, std::size_t top,
                        std::ostream& out)
{
    nlohmann::ordered_json root;
    root["code"] = profile.code;
    root["name"] = profile.name;
    root["templates"] = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < top; ++i) {
        const aisov::TemplateGain& gain = gains[i];
        root["templates"].push_back({{"id", gain.id},
                                     {"name", gain.name},
                                     {"score_before", optionalNumber(gain.scoreBefore)},
                                     {"score_after", optionalNumber(gain.scoreAfter)},
                                     {"gain", gain.gain},
                                     {"band_before", gain.bandBefore},
                                     {"band_after", gain.bandAfter},
                                     {"met_before", gain.metBefore},
                                     {"met_after", gain.metAfter},
                                     {"skipped", gain.skipped}});
    }
    out << root.dump(2) << "\n";
}

// The name of the template `gain` is about, in the language of --lang.
std::string templateName(const std::vector<aisov::InvestmentTemplate>& templates,
                         const aisov::TemplateGain& gain)
{
    const aisov::InvestmentTemplate* found = aisov::findTemplate(templates, gain.id);
    return found != nullptr ? cliName(*found) : gain.name;
}

void writeTemplatesTable(const aisov::Methodology& methodology,
                         const std::vector<aisov::InvestmentTemplate>& templates,
                         const aisov::Profile& profile,
                         const std::vector<aisov::TemplateGain>& gains, std::size_t top,
                         std::ostream& out)
{
    out << "Investment templates for " << cliNameWithCode(cliName(profile), profile.code)
        << ", best first (data/templates/investment-templates.json)\n\n";
    TableWriter table;
    table.addColumn("#", TableWriter::Align::Right);
    table.addColumn("Template");
    table.addColumn("Score", TableWriter::Align::Right);
    table.addColumn("Gain", TableWriter::Align::Right);
    table.addColumn("Band after");
    table.addColumn("Met", TableWriter::Align::Right);
    table.addColumn("Not applied (no base value)");
    for (std::size_t i = 0; i < top; ++i) {
        const aisov::TemplateGain& gain = gains[i];
        std::string skipped;
        for (const auto& indicator : gain.skipped)
            skipped += (skipped.empty() ? "" : ", ") + indicator;
        table.addRow({std::to_string(i + 1), templateName(templates, gain),
                      formatScore(gain.scoreBefore) + " -> " + formatScore(gain.scoreAfter),
                      formatSigned(gain.gain, 2), cliBand(methodology, gain.bandAfter),
                      std::to_string(gain.metBefore) + " -> " + std::to_string(gain.metAfter),
                      skipped.empty() ? std::string("-") : skipped});
    }
    table.write(out);
    out << "\nEach template applied alone, as a scenario; sources of every magnitude in the "
           "template file.\n";
}

} // namespace

int runLeversCommand(const std::vector<std::string>& arguments, std::ostream& out)
{
    const CliArguments args(
        arguments,
        {"--methodology", "--profiles", "--db", "--top", "--format", "--coalition", "--scenario"},
        {"--templates"});
    if (args.positional().size() != 1)
        throw UsageError("levers needs exactly one profile code, e.g. levers CHE");
    const std::string format = args.value("--format").value_or("table");
    if (format != "json" && format != "table")
        throw UsageError("--format must be json or table, found \"" + format + "\"");
    const auto top = args.integer("--top", 1, 1000000);
    checkScenarioArgument(args);

    const CliAnalysis loaded = loadAnalysisArguments(args);
    const aisov::Analysis& analysis = loaded.analysis;
    const std::string& code = analysis.profiles()[codeArgument(args, analysis)].code;
    // With --scenario: the levers from where the scenario leaves the profile.
    const auto scenario = scenarioArgument(args, analysis, code);
    const aisov::LeverAnalysis levers =
        scenario ? analysis.scenarioLevers(code, scenario->overrides, scenario->where)
                 : analysis.levers(code);

    if (args.has("--templates")) {
        // From where the scenario (if any) leaves the profile, among all the others.
        std::vector<aisov::Profile> profiles = analysis.profiles();
        const std::size_t index = *analysis.indexOf(code);
        if (scenario)
            profiles[index] = analysis.applyScenario(code, scenario->overrides, scenario->where);
        const auto& templates = aisov::bundledInvestmentTemplates();
        aisov::validateInvestmentTemplates(templates, analysis.methodology(),
                                           "data/templates/investment-templates.json");
        const auto gains = aisov::rankTemplates(profiles, index, analysis.methodology(), templates);
        const std::size_t shownTemplates =
            std::min(gains.size(), static_cast<std::size_t>(top.value_or(1000000)));
        if (format == "json")
            writeTemplatesJson(profiles[index], gains, shownTemplates, out);
        else
            writeTemplatesTable(analysis.methodology(), templates, profiles[index], gains,
                                shownTemplates, out);
        return static_cast<int>(ExitCode::Success);
    }
    const std::size_t shown =
        std::min(levers.levers.size(), static_cast<std::size_t>(top.value_or(1000000)));
    const auto scenarioName = args.value("--scenario");
    if (format == "json")
        writeJson(levers, scenarioName, shown, out);
    else
        writeTable(analysis.methodology(), analysis.profiles(), levers, scenarioName, shown, out);
    return static_cast<int>(ExitCode::Success);
}
