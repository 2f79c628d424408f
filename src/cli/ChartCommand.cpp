// aisov-cli chart: renders a spectrum, radar, comparison, scenario delta,
// levers or history chart to PNG, SVG or PDF (docs/cli.md, "chart"; docs/charts.md). The
// only command that needs Qt GUI: it starts a QGuiApplication on the
// offscreen platform, so that it runs without a display.

#include "CliInputs.h"
#include "CliLanguage.h"
#include "Commands.h"
#include "ExitCode.h"
#include "OffscreenApplication.h"

#include "ChartData.h"
#include "ChartExporter.h"
#include "ChartTheme.h"
#include "CompareChart.h"
#include "SizePreset.h"

#include "aisov/InputError.h"
#include "aisov/SnapshotComparison.h"
#include "aisov/Store.h"
#include "aisov/TextFile.h"

#include <cstdlib>
#include <memory>

namespace {

// Larger images would need gigabytes of memory.
constexpr long long kMaxPixelsPerSide = 20000;

std::string presetList()
{
    std::string names;
    for (const auto& preset : aisov::render::sizePresets())
        names += (names.empty() ? "" : ", ") + preset.id.toStdString();
    return names;
}

aisov::render::ChartKind parseChartKind(const CliArguments& args)
{
    if (args.positional().size() != 1)
        throw UsageError("chart needs exactly one chart type: spectrum, radar, compare, delta, "
                         "levers or history");
    const std::string& name = args.positional().front();
    if (name == "spectrum")
        return aisov::render::ChartKind::Spectrum;
    if (name == "radar")
        return aisov::render::ChartKind::Radar;
    if (name == "compare")
        return aisov::render::ChartKind::Compare;
    if (name == "delta")
        return aisov::render::ChartKind::ScenarioDelta;
    if (name == "levers")
        return aisov::render::ChartKind::Levers;
    if (name == "history")
        return aisov::render::ChartKind::History;
    throw UsageError("unknown chart type \"" + name +
                     "\" (use spectrum, radar, compare, delta, levers or history)");
}

aisov::render::ExportOptions parseExportOptions(const CliArguments& args)
{
    aisov::render::ExportOptions options;
    if (const auto presetName = args.value("--preset")) {
        const auto preset = aisov::render::findSizePreset(QString::fromStdString(*presetName));
        if (!preset)
            throw UsageError("unknown --preset \"" + *presetName + "\" (use " + presetList() + ")");
        options.size = preset->size;
    }
    if (const auto width = args.integer("--width", 100, kMaxPixelsPerSide))
        options.size.setWidth(static_cast<double>(*width));
    if (const auto height = args.integer("--height", 100, kMaxPixelsPerSide))
        options.size.setHeight(static_cast<double>(*height));
    if (const auto dpi = args.integer("--dpi", 24, 1200))
        options.dpi = static_cast<double>(*dpi);
    const double ratio = options.devicePixelRatio();
    if (options.size.width() * ratio > kMaxPixelsPerSide ||
        options.size.height() * ratio > kMaxPixelsPerSide)
        throw UsageError("--width/--height at --dpi " + std::to_string(std::lround(options.dpi)) +
                         " exceed " + std::to_string(kMaxPixelsPerSide) + " pixels per side");
    const std::string themeName = args.value("--theme").value_or("light");
    const auto theme = aisov::render::ChartTheme::fromName(QString::fromStdString(themeName));
    if (!theme)
        throw UsageError("--theme must be light, dark or high-contrast, found \"" + themeName +
                         "\"");
    options.theme = *theme;
    return options;
}

// `chart history`: one profile of a store, its snapshots (of the profile,
// not of its scenarios, which are what-ifs) and its score today.
void checkHistoryArguments(const CliArguments& args)
{
    if (!args.has("--db"))
        throw UsageError("chart history needs --db FILE: snapshots are kept in the database");
    if (args.list("--codes").size() != 1)
        throw UsageError("chart history needs exactly one profile in --codes, found " +
                         std::to_string(args.list("--codes").size()));
    for (const char* option : {"--profiles", "--coalition", "--scenario", "--uncertainty", "--top"})
        if (args.has(option))
            throw UsageError(std::string(option) + " does not belong to \"chart history\"");
}

void attachHistory(aisov::render::ChartData& data, const aisov::Analysis& today, std::size_t index,
                   const std::string& database)
{
    const aisov::Store store = aisov::Store::open(database, aisov::OpenMode::ReadOnly);
    const aisov::Profile& profile = today.profiles()[index];
    aisov::render::ChartHistory history;
    history.profileName = QString::fromStdString(profile.name);
    for (const auto& summary : store.snapshots(profile.code)) {
        if (!summary.scenarioName.empty())
            continue;
        const aisov::Snapshot snapshot = store.snapshot(summary.id);
        const aisov::ScoreResult result =
            aisov::frozenResult(snapshot.profiles, snapshot.methodology,
                                database + " (snapshot " + std::to_string(summary.id) + ")");
        history.points.push_back(aisov::render::makeHistoryPoint(
            aisov::render::timeFromTimestamp(summary.takenAt),
            QString::fromStdString(summary.label), result, snapshot.methodology, cliLanguage()));
    }
    history.today =
        aisov::render::makeHistoryPoint(QDateTime::currentDateTimeUtc(), QStringLiteral("Today"),
                                        today.results()[index], today.methodology(), cliLanguage());
    data.history = std::move(history);
}

} // namespace

int runChartCommand(const std::vector<std::string>& arguments, std::ostream& out)
{
    const CliArguments args(arguments,
                            {"--methodology", "--profiles", "--db", "--codes", "--out", "--width",
                             "--height", "--dpi", "--theme", "--preset", "--title", "--uncertainty",
                             "--seed", "--coalition", "--scenario", "--top"});
    aisov::render::ExportOptions options = parseExportOptions(args);
    options.kind = parseChartKind(args);
    const auto outPath = args.value("--out");
    if (!outPath)
        throw UsageError("missing --out FILE.png, FILE.svg or FILE.pdf");
    const QString path = QString::fromStdString(*outPath);
    const auto format = aisov::render::exportFormatForPath(path);
    if (!format)
        throw UsageError("--out must end in .png, .svg or .pdf, found \"" + *outPath + "\"");
    for (const char* input : {"--methodology", "--profiles", "--db"})
        if (const auto inputPath = args.value(input))
            aisov::refuseOverwritingInput(*outPath, *inputPath);
    if (!args.has("--codes"))
        throw UsageError("missing --codes A,B (the profiles to chart)");
    // Checked before any file is read where the codes alone decide it; a
    // --coalition adds one profile, known only once the profiles are loaded.
    const std::size_t codeCount = args.list("--codes").size();
    // A --coalition adds a profile, and so does a --scenario on radar and
    // compare, where a scenario is a series of its own.
    const bool addsProfiles = args.has("--coalition") || args.has("--scenario");
    const auto compareCountError = [](std::size_t count) {
        return UsageError("compare needs 2 to 8 profiles, found " + std::to_string(count));
    };
    if (options.kind == aisov::render::ChartKind::Compare &&
        (codeCount > aisov::render::kCompareMaxProfiles ||
         (!addsProfiles && codeCount < aisov::render::kCompareMinProfiles)))
        throw compareCountError(codeCount);

    const bool levers = options.kind == aisov::render::ChartKind::Levers;
    if (args.has("--top") && !levers)
        throw UsageError("--top belongs to \"chart levers\"");
    // Eight levers fit a 16:9 slide with room to read them; twenty at most.
    const auto top = args.integer("--top", 1, 20).value_or(8);
    if (levers && (codeCount != 1 || args.has("--coalition")))
        throw UsageError("chart levers needs exactly one profile in --codes, found " +
                         std::to_string(codeCount) +
                         (args.has("--coalition") ? " and a --coalition" : ""));
    checkScenarioArgument(args);
    const bool history = options.kind == aisov::render::ChartKind::History;
    if (history)
        checkHistoryArguments(args);
    if (options.kind == aisov::render::ChartKind::ScenarioDelta && !args.has("--scenario"))
        throw UsageError("chart delta needs --scenario NAME (and --db FILE, which keeps it)");

    const auto uncertainty = uncertaintyArguments(args);
    const CliAnalysis loaded = loadAnalysisArguments(args);
    const aisov::Analysis& analysis = loaded.analysis;
    const aisov::Methodology& methodology = analysis.methodology();
    const CliSelection scored = selectArguments(args, loaded, uncertainty);
    // The levers chart draws the levers from where a scenario leaves the profile.
    const std::vector<ScenarioResult> scenarios =
        levers ? std::vector<ScenarioResult>{}
               : scoreScenarioArgument(args, analysis, scored.selected);
    const std::string scenarioName = args.value("--scenario").value_or("");
    // Spectrum and delta draw a scenario with its base; radar and compare
    // show it as a series of its own, next to its base.
    const bool scenarioAsSeries = options.kind == aisov::render::ChartKind::Radar ||
                                  options.kind == aisov::render::ChartKind::Compare;
    std::vector<aisov::ScoreResult> results;
    for (const std::size_t index : scored.selected) {
        results.push_back(analysis.results()[index]);
        if (!scenarioAsSeries)
            continue;
        for (const auto& scenario : scenarios)
            if (scenario.index == index) {
                results.push_back(scenario.result);
                results.back().name += " (" + scenarioName + ")";
            }
    }
    if (options.kind == aisov::render::ChartKind::Compare &&
        (results.size() < aisov::render::kCompareMinProfiles ||
         results.size() > aisov::render::kCompareMaxProfiles))
        throw compareCountError(results.size());

    const auto application = startOffscreenApplication();

    aisov::render::ChartData data =
        aisov::render::makeChartData(methodology, results, analysis.profiles(), cliLanguage());
    aisov::render::attachUncertainty(data, scored.uncertainty); // whiskers on the spectrum
    if (levers) {
        const std::string& code = analysis.profiles()[scored.selected.front()].code;
        const auto scenario = scenarioArgument(args, analysis, code);
        aisov::LeverAnalysis leverAnalysis =
            scenario ? analysis.scenarioLevers(code, scenario->overrides, scenario->where)
                     : analysis.levers(code);
        if (scenario)
            leverAnalysis.name += " (" + scenarioName + ")";
        aisov::render::attachLevers(data, leverAnalysis, methodology, analysis.profiles(),
                                    static_cast<std::size_t>(top), cliLanguage());
    }
    if (history)
        attachHistory(data, analysis, scored.selected.front(), *args.value("--db"));
    if (!scenarioAsSeries)
        for (const auto& scenario : scenarios)
            aisov::render::attachScenario(data, scenario.result,
                                          QString::fromStdString(scenarioName));
    if (const auto title = args.value("--title"))
        data.title = QString::fromStdString(*title);
    aisov::render::ChartExporter::exportToFile(path, *format, data, options);

    const double ratio =
        *format == aisov::render::ExportFormat::Png ? options.devicePixelRatio() : 1.0;
    out << "wrote " << *outPath << " (" << std::lround(options.size.width() * ratio) << " x "
        << std::lround(options.size.height() * ratio)
        << (*format == aisov::render::ExportFormat::Png ? " pixels" : " logical pixels") << ")\n";
    return static_cast<int>(ExitCode::Success);
}
