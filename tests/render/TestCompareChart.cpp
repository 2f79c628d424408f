// The comparison chart: grouped bars at the pillar scores, thresholds, and
// met (solid) versus not met (hatched).

#include "RenderTestSupport.h"

#include "ChartExporter.h"
#include "CompareChart.h"

#include <catch2/catch.hpp>

using namespace aisov::render;
using aisov::test::countColorPixels;
using aisov::test::countInkPixels;
using aisov::test::ensureGuiApplication;
using aisov::test::fixtureChartData;
using aisov::test::syntheticChartData;

namespace {

ExportOptions compareOptions()
{
    ExportOptions options;
    options.kind = ChartKind::Compare;
    options.size = {1280, 720};
    options.dpi = 96;
    return options;
}

} // namespace

TEST_CASE("bars reach their pillar score", "[render][compare]")
{
    ensureGuiApplication();
    const ChartData data = fixtureChartData();
    const ExportOptions options = compareOptions();
    const QImage image = ChartExporter::renderImage(data, options);
    const CompareLayout layout = CompareChart::layout(QRectF(0, 0, 1280, 720), data, options.theme);
    REQUIRE(layout.groups.size() == 3);
    for (std::size_t g = 0; g < 3; ++g) {
        for (std::size_t p = 0; p < 3; ++p) {
            const auto score = data.profiles[p].pillarScores[g];
            const QRectF slot = layout.barSlot(g, p, 3);
            const QColor color = options.theme.seriesColor(p);
            INFO("pillar " << g << " profile " << p);
            if (!score) {
                // No bar where there is no data.
                CHECK(countColorPixels(image,
                                       QRectF(slot.left(), layout.yForScore(40), slot.width(),
                                              layout.yForScore(5) - layout.yForScore(40))
                                           .toAlignedRect(),
                                       color, 20) == 0);
                continue;
            }
            const double top = layout.yForScore(*score);
            // Bar colour just below the top; none a few pixels above it
            // (above is the value text, in the foreground colour).
            CHECK(countColorPixels(image,
                                   QRectF(slot.center().x() - 3, top + 3, 6, 4).toAlignedRect(),
                                   color, 20) > 10);
            CHECK(countColorPixels(image,
                                   QRectF(slot.center().x() - 3, top - 30, 6, 6).toAlignedRect(),
                                   color, 20) == 0);
        }
    }
}

TEST_CASE("bars below the threshold are hatched, bars that meet it solid", "[render][compare]")
{
    ensureGuiApplication();
    ChartData data = syntheticChartData(2, 2);
    data.profiles[0].pillarScores = {80.0, 80.0};
    data.profiles[0].pillarMeets = {true, true};
    data.profiles[1].pillarScores = {40.0, 40.0};
    data.profiles[1].pillarMeets = {false, false};
    const ExportOptions options = compareOptions();
    const QImage image = ChartExporter::renderImage(data, options);
    const CompareLayout layout = CompareChart::layout(QRectF(0, 0, 1280, 720), data, options.theme);
    const auto fullColourShare = [&](std::size_t profile) {
        const QRectF slot = layout.barSlot(0, profile, 2);
        const QRectF sample(slot.center().x() - 20, layout.yForScore(30), 40,
                            layout.yForScore(10) - layout.yForScore(30));
        const double total = sample.width() * sample.height();
        return countColorPixels(image, sample.toAlignedRect(), options.theme.seriesColor(profile),
                                20) /
               total;
    };
    CHECK(fullColourShare(0) > 0.95);
    CHECK(fullColourShare(1) > 0.05);
    CHECK(fullColourShare(1) < 0.6);
    // The threshold (60) crosses each group as a dashed line: ink on it
    // between the bars' tops.
    const QRectF thresholdBand(layout.groups[1].left() + 10, layout.yForScore(60) - 2,
                               layout.groups[1].width() - 20, 4);
    CHECK(countInkPixels(image, thresholdBand.toAlignedRect(), options.theme.background) > 40);
}

TEST_CASE("compare lays out up to eight profiles side by side", "[render][compare]")
{
    ensureGuiApplication();
    const ChartData data = syntheticChartData(8, 6);
    const CompareLayout layout =
        CompareChart::layout(QRectF(0, 0, 1920, 1080), data, ChartTheme::light());
    REQUIRE(layout.groups.size() == 6);
    for (std::size_t g = 0; g < 6; ++g) {
        for (std::size_t p = 0; p + 1 < 8; ++p) {
            const QRectF a = layout.barSlot(g, p, 8);
            const QRectF b = layout.barSlot(g, p + 1, 8);
            CHECK(a.right() <= b.left() + 1e-9);
            CHECK(layout.groups[g].contains(a));
        }
    }
    CHECK(layout.legend.bottom() < layout.axes.top());
    const QImage image = ChartExporter::renderImage(data, compareOptions());
    CHECK_FALSE(image.isNull());
}
