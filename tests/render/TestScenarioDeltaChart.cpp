// Scenario delta: overall and per-pillar change from base to scenario.

#include "RenderTestSupport.h"

#include "ChartExporter.h"
#include "ChartFrame.h"
#include "ScenarioDeltaChart.h"

#include <catch2/catch.hpp>

using namespace aisov::render;
using aisov::test::countColorPixels;
using aisov::test::countInkPixels;
using aisov::test::ensureGuiApplication;
using aisov::test::fixtureChartData;

namespace {

ExportOptions deltaOptions()
{
    ExportOptions options;
    options.kind = ChartKind::ScenarioDelta;
    options.size = {1280, 720};
    options.dpi = 96;
    return options;
}

QRect around(double x, double y, double half)
{
    return QRectF(x - half, y - half, 2 * half, 2 * half).toAlignedRect();
}

} // namespace

TEST_CASE("delta rows show base and scenario at their scores", "[render][delta]")
{
    ensureGuiApplication();
    ChartData data = fixtureChartData();
    // Country X: overall 79.5 -> 90, Alpha 50 -> 20, Beta unchanged, Gamma missing.
    data.profiles[0].scenario =
        ChartScenario{QStringLiteral("Talent programme"), 90.0, {20.0, 80.0, std::nullopt}};
    const ExportOptions options = deltaOptions();
    const QImage image = ChartExporter::renderImage(data, options);
    const ScenarioDeltaLayout layout =
        ScenarioDeltaChart::layout(QRectF(0, 0, 1280, 720), data, options.theme);
    REQUIRE(layout.profiles == std::vector<std::size_t>{0});
    REQUIRE(layout.rows.size() == 4); // overall + three pillars
    const QColor color = options.theme.seriesColor(0);
    // Overall: filled scenario marker at 90, hollow base at 79.5, arrow between.
    const double y0 = layout.lineY(0, 0);
    CHECK(countColorPixels(image, around(layout.xForScore(90), y0, 2), color, 15) >= 12);
    CHECK(countColorPixels(image, around(layout.xForScore(*data.profiles[0].score), y0, 1.5),
                           options.theme.background, 10) >= 4);
    CHECK(countColorPixels(image, around(layout.xForScore(85), y0, 1), color, 15) > 0);
    // Alpha went down: filled marker at 20, arrow at 35.
    const double y1 = layout.lineY(1, 0);
    CHECK(countColorPixels(image, around(layout.xForScore(20), y1, 2), color, 15) >= 12);
    CHECK(countColorPixels(image, around(layout.xForScore(35), y1, 1), color, 15) > 0);
    // The change is written in the delta column.
    const QRectF deltaText(layout.deltaColumn, y0 - 12, 80, 24);
    CHECK(countInkPixels(image, deltaText.toAlignedRect(), options.theme.background) > 30);
}

TEST_CASE("delta without scenarios says so", "[render][delta]")
{
    ensureGuiApplication();
    const ChartData data = fixtureChartData();
    const ScenarioDeltaLayout layout =
        ScenarioDeltaChart::layout(QRectF(0, 0, 1280, 720), data, ChartTheme::light());
    CHECK(layout.profiles.empty());
    const QImage image = ChartExporter::renderImage(data, deltaOptions());
    // The message sits in the middle of the plot.
    const QRectF middle(layout.plot.center().x() - 200, layout.plot.center().y() - 20, 400, 40);
    CHECK(countInkPixels(image, middle.toAlignedRect(), ChartTheme::light().background) > 50);
}

TEST_CASE("signed point changes are formatted with their sign", "[render][delta]")
{
    CHECK(formatSignedPoints(4.23) == QStringLiteral("+4.2"));
    CHECK(formatSignedPoints(-1.0) == QStringLiteral("\u22121.0"));
    CHECK(formatSignedPoints(0.01) == QStringLiteral("\u00B10.0"));
}

TEST_CASE("a long pillar name fits its row on a narrow chart", "[render][delta]")
{
    ensureGuiApplication();
    ChartData data = fixtureChartData();
    data.pillars[1].name = QStringLiteral("Infrastructure");
    data.profiles[0].scenario =
        ChartScenario{QStringLiteral("Plan"), 90.0, {20.0, 80.0, std::nullopt}};
    ExportOptions options = deltaOptions();
    // The chart beside the scenario editor in the application: its text
    // never smaller than the platform's (13 px here).
    options.theme.minimumTextPixels = 13;
    const QRectF bounds(0, 0, 440, 560);
    const ScenarioDeltaLayout layout = ScenarioDeltaChart::layout(bounds, data, options.theme);
    const ChartFonts fonts(options.theme, ChartMetrics::forBounds(bounds, options.theme));
    // paintRowFrame draws the name right-aligned in [plot.left, axes.left - 12].
    const double room = layout.axes.left() - layout.plot.left() - 12;
    CHECK(room >= fonts.labelMetrics.horizontalAdvance(QStringLiteral("Infrastructure")));
    // And the name never takes more than 40 % of the plot.
    CHECK(layout.axes.left() - layout.plot.left() <= layout.plot.width() * 0.4 + 1e-9);
}

TEST_CASE("the legend's hint moves below the names when the line is too narrow", "[render][delta]")
{
    ensureGuiApplication();
    ChartData data = fixtureChartData();
    data.profiles[0].scenario =
        ChartScenario{QStringLiteral("10,000-GPU supercomputer"), 90.0, {20.0, 80.0, 100.0}};
    ExportOptions options = deltaOptions();
    options.theme.minimumTextPixels = 13;
    const ScenarioDeltaLayout wide =
        ScenarioDeltaChart::layout(QRectF(0, 0, 1280, 720), data, options.theme);
    CHECK_FALSE(wide.legendHintBelow);
    const ScenarioDeltaLayout narrow =
        ScenarioDeltaChart::layout(QRectF(0, 0, 440, 560), data, options.theme);
    CHECK(narrow.legendHintBelow);
    // The rows start below the second legend line: the hint's line
    // (1.2 small-text heights) more than the one-line legend's 1.5 label heights.
    const ChartFonts fonts(options.theme,
                           ChartMetrics::forBounds(QRectF(0, 0, 440, 560), options.theme));
    CHECK(narrow.axes.top() - narrow.plot.top() ==
          Approx(fonts.labelMetrics.height() * 1.5 + fonts.smallMetrics.height() * 1.2));
}

TEST_CASE("the scale's labels are whole on a narrow chart", "[render][delta]")
{
    ensureGuiApplication();
    ChartData data = fixtureChartData();
    data.profiles[0].scenario =
        ChartScenario{QStringLiteral("Plan"), 90.0, {20.0, 80.0, std::nullopt}};
    ExportOptions options = deltaOptions();
    options.theme.minimumTextPixels = 13;
    const QRectF bounds(0, 0, 440, 560);
    options.size = bounds.size();
    const ScenarioDeltaLayout layout = ScenarioDeltaChart::layout(bounds, data, options.theme);
    const ChartMetrics metrics = ChartMetrics::forBounds(bounds, options.theme);
    const ChartFonts fonts(options.theme, metrics);
    const QImage image = ChartExporter::renderImage(data, options);
    // "100%" at 13 px is wider than the 80 * scale = 27.7 px a label once
    // had, which cut both its ends: ink must reach past that width on both
    // sides of the tick.
    const double x = layout.xForScore(100);
    const double half = fonts.smallMetrics.horizontalAdvance(QStringLiteral("100%")) / 2;
    const double oldHalf = 40 * metrics.scale;
    REQUIRE(half > oldHalf + 3);
    const double top = layout.axes.bottom() + 4 * metrics.scale;
    const double height = fonts.smallMetrics.height();
    const QRectF left(x - half - 1, top, half - oldHalf, height);
    const QRectF right(x + oldHalf + 1, top, half - oldHalf, height);
    CHECK(countInkPixels(image, left.toAlignedRect(), options.theme.background) > 3);
    CHECK(countInkPixels(image, right.toAlignedRect(), options.theme.background) > 3);
}
