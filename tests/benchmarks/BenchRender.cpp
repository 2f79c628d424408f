// Render benchmark (docs/performance.md, section "Render"): a spectrum of
// 30 countries exported to PNG 1920 x 1080 at 2x, to SVG and to PDF.
// Target: each under 300 ms. Run:
//   cmake -S . -B build -DAISOV_BUILD_BENCHMARKS=ON && cmake --build build --target BenchRender
//   QT_QPA_PLATFORM=offscreen build/tests/BenchRender --benchmark-samples 20

// Own main: benchmarking must be enabled where Catch2 is implemented.
#define CATCH_CONFIG_RUNNER
#define CATCH_CONFIG_ENABLE_BENCHMARKING
#include "../render/RenderTestSupport.h"

#include "BriefRenderer.h"
#include "ChartExporter.h"
#include "CountryBrief.h"

#include <catch2/catch.hpp>

#include "BenchMedian.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <iostream>

using namespace aisov::render;

namespace {

ExportOptions spectrumOptions(double dpi)
{
    ExportOptions options;
    options.kind = ChartKind::Spectrum;
    options.size = {1920, 1080};
    options.dpi = dpi;
    return options;
}

using aisov::bench::medianMilliseconds;

ChartData thirtyCountries()
{
    ChartData data = aisov::test::syntheticChartData(30, 6, 5.0, 75.0);
    // Whiskers on every profile: the heavier case.
    for (auto& profile : data.profiles)
        profile.uncertainty = ScoreInterval{*profile.score - 6.0, *profile.score + 5.0};
    return data;
}

} // namespace

TEST_CASE("export a 30-country spectrum", "[benchmark][render]")
{
    aisov::test::ensureGuiApplication();
    const ChartData data = thirtyCountries();
    const ExportOptions png = spectrumOptions(192);
    const ExportOptions vector = spectrumOptions(96);
    // Sanity: what is measured is what the issue asks for.
    REQUIRE(ChartExporter::renderImage(data, png).size() == QSize(3840, 2160));

    BENCHMARK("PNG 1920x1080 @2x (3840x2160), encoded")
    {
        return ChartExporter::renderPng(data, png).size();
    };
    BENCHMARK("PNG 1920x1080 @2x, painted only (no PNG encoding)")
    {
        return ChartExporter::renderImage(data, png).width();
    };
    BENCHMARK("SVG 1920x1080")
    {
        return ChartExporter::renderSvg(data, vector).size();
    };
    BENCHMARK("PDF 1920x1080 (1440x810 pt)")
    {
        return ChartExporter::renderPdf(data, vector).size();
    };
}

TEST_CASE("median export times of a 30-country spectrum", "[benchmark][render][median]")
{
    aisov::test::ensureGuiApplication();
    const ChartData data = thirtyCountries();
    const ExportOptions png = spectrumOptions(192);
    const ExportOptions vector = spectrumOptions(96);
    constexpr int kRuns = 21;
    std::cout << "median of " << kRuns << " runs (ms):\n"
              << "  PNG 3840x2160: "
              << medianMilliseconds(kRuns, [&] { ChartExporter::renderPng(data, png); }) << '\n'
              << "  SVG:           "
              << medianMilliseconds(kRuns, [&] { ChartExporter::renderSvg(data, vector); }) << '\n'
              << "  PDF:           "
              << medianMilliseconds(kRuns, [&] { ChartExporter::renderPdf(data, vector); }) << '\n';
}

// The country brief (issue 15): Switzerland among the bundled profiles,
// brief built (levers included) and painted to a one-page PDF.
TEST_CASE("median time of a country brief", "[benchmark][render][brief][median]")
{
    aisov::test::ensureGuiApplication();
    const aisov::Analysis analysis(
        aisov::loadProfilesFile(std::string(AISOV_SOURCE_DIR) +
                                "/data/profiles/bundled-profiles.json"),
        aisov::loadMethodologyFile(std::string(AISOV_SOURCE_DIR) +
                                   "/data/methodology/ai-sovereignty.json"));
    constexpr int kRuns = 21;
    std::cout << "median of " << kRuns << " runs (ms):\n"
              << "  brief built:       "
              << medianMilliseconds(kRuns, [&] { (void)makeCountryBrief(analysis, "CHE"); }) << '\n'
              << "  brief built + PDF: "
              << medianMilliseconds(kRuns,
                                    [&] {
                                        (void)BriefRenderer::renderPdf(
                                            makeCountryBrief(analysis, "CHE"), ChartTheme::light());
                                    })
              << '\n';
}

// As tests/catch_gui_main.cpp: a QGuiApplication for the whole run, offscreen.
int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QGuiApplication application(argc, argv);
    return Catch::Session().run(argc, argv);
}
