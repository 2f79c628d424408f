// The pillar radar: polygons where the pillar scores say, any number of
// pillars, threshold ring and legend.

#include "RenderTestSupport.h"

#include "BriefRenderer.h"
#include "ChartExporter.h"
#include "ChartFrame.h"
#include "CountryBrief.h"
#include "RadarChart.h"
#include "SizePreset.h"

#include "aisov/Analysis.h"

#include <catch2/catch.hpp>

#include <QFontMetricsF>

#include <cmath>

using namespace aisov::render;
using aisov::test::countColorPixels;
using aisov::test::countInkPixels;
using aisov::test::devicePixels;
using aisov::test::ensureGuiApplication;
using aisov::test::fixtureChartData;
using aisov::test::syntheticChartData;

namespace {

ExportOptions radarOptions()
{
    ExportOptions options;
    options.kind = ChartKind::Radar;
    options.size = {1280, 720};
    options.dpi = 96;
    return options;
}

// The bundled methodology and profiles (what `aisov-cli brief` and the app show).
aisov::Analysis bundledAnalysis()
{
    return {aisov::loadProfilesFile(AISOV_SOURCE_DIR "/data/profiles/bundled-profiles.json"),
            aisov::loadMethodologyFile(AISOV_SOURCE_DIR "/data/methodology/ai-sovereignty.json")};
}

// Every text of the radar lies inside `bounds`, each in a rectangle it
// fits whole (nothing elided, nothing cut off), and the axis labels stay
// clear of the legend.
void checkNothingClipped(const QRectF& bounds, const ChartData& data, const ChartTheme& theme)
{
    const RadarLayout layout = RadarChart::layout(bounds, data, theme);
    const ChartFonts fonts(theme, ChartMetrics::forBounds(bounds, theme));
    const double slack = 0.5;
    const QRectF inside = bounds.adjusted(-slack, -slack, slack, slack);
    REQUIRE(layout.entries.size() == data.profiles.size());
    for (std::size_t p = 0; p < layout.entries.size(); ++p) {
        const RadarLegendEntry& entry = layout.entries[p];
        INFO("legend entry " << p << ": " << entry.nameText.toStdString() << " / "
                             << entry.detailText.toStdString());
        CHECK(entry.nameText == data.profiles[p].name);
        CHECK_FALSE(entry.detailText.contains(QChar(0x2026)));
        CHECK(inside.contains(entry.name));
        CHECK(inside.contains(entry.detail));
        CHECK(fonts.labelMetrics.horizontalAdvance(entry.nameText) <= entry.name.width() + slack);
        CHECK(fonts.smallMetrics.horizontalAdvance(entry.detailText) <=
              entry.detail.width() + slack);
        CHECK(entry.name.height() >= fonts.labelMetrics.height() - slack);
        CHECK(entry.detail.height() >= fonts.smallMetrics.height() - slack);
    }
    {
        INFO("threshold note " << layout.thresholdNote.width() << " x "
                               << layout.thresholdNote.height());
        const QRectF needed = fonts.smallMetrics.boundingRect(
            QRectF(0, 0, layout.thresholdNote.width(), 1e4),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, layout.thresholdText);
        CHECK_FALSE(layout.thresholdText.isEmpty());
        CHECK(needed.width() <= layout.thresholdNote.width() + slack);
        CHECK(needed.height() <= layout.thresholdNote.height() + slack);
        CHECK(inside.contains(layout.thresholdNote));
        CHECK(layout.plot.adjusted(-slack, -slack, slack, slack).contains(layout.legend));
    }
    REQUIRE(layout.axisLabels.size() == data.pillars.size());
    for (const RadarAxisLabel& label : layout.axisLabels) {
        INFO("axis label " << label.text.toStdString());
        CHECK(inside.contains(label.box));
        CHECK_FALSE(label.box.intersects(layout.legend));
    }
}

QRect around(QPointF point, double half)
{
    return QRectF(point.x() - half, point.y() - half, 2 * half, 2 * half).toAlignedRect();
}

} // namespace

TEST_CASE("radar axes start at the top and go clockwise", "[render][radar]")
{
    CHECK(RadarLayout::axisAngle(0, 4) == Approx(-M_PI / 2));
    CHECK(RadarLayout::axisAngle(1, 4) == Approx(0.0).margin(1e-12));
    RadarLayout layout;
    layout.centre = {100, 100};
    layout.radius = 50;
    const QPointF top = layout.pointFor(0, 4, 100);
    CHECK(top.x() == Approx(100));
    CHECK(top.y() == Approx(50));
    const QPointF right = layout.pointFor(1, 4, 50);
    CHECK(right.x() == Approx(125));
    CHECK(right.y() == Approx(100));
    // Scores are clamped to the rings.
    CHECK(layout.pointFor(1, 4, 150).x() == Approx(150));
}

TEST_CASE("each profile's vertices sit at its pillar scores", "[render][radar]")
{
    ensureGuiApplication();
    const ChartData data = fixtureChartData();
    const ExportOptions options = radarOptions();
    const QImage image = ChartExporter::renderImage(data, options);
    const RadarLayout layout = RadarChart::layout(QRectF(0, 0, 1280, 720), data, options.theme);
    CHECK(layout.radius > 100);
    // Country Y (series 1) scores 100 on Alpha: its vertex is at the top of the outer ring.
    const QPointF yAlpha = layout.pointFor(0, 3, *data.profiles[1].pillarScores[0]);
    CHECK(countColorPixels(image, around(yAlpha, 4), options.theme.seriesColor(1), 20) > 6);
    // Country X (series 0) on Beta scores 80.
    const QPointF xBeta = layout.pointFor(1, 3, *data.profiles[0].pillarScores[1]);
    CHECK(countColorPixels(image, around(xBeta, 4), options.theme.seriesColor(0), 20) +
              countColorPixels(image, around(xBeta, 4), options.theme.seriesColor(2), 20) >
          6);
    // The threshold ring (50 on every axis) is drawn: ink on it at Gamma.
    const QPointF threshold = layout.pointFor(2, 3, 50);
    CHECK(countInkPixels(image, around(threshold, 3), options.theme.background) > 0);
    // The legend names every profile: ink in the legend's top rows.
    CHECK(
        countInkPixels(image,
                       QRectF(layout.legend.left(), layout.legend.top(), layout.legend.width(), 120)
                           .toAlignedRect(),
                       options.theme.background) > 300);
}

TEST_CASE("the radar handles any number of pillars", "[render][radar]")
{
    ensureGuiApplication();
    for (const std::size_t pillars :
         {std::size_t{1}, std::size_t{2}, std::size_t{5}, std::size_t{12}}) {
        INFO(pillars << " pillars");
        const ChartData data = syntheticChartData(3, pillars);
        const ExportOptions options = radarOptions();
        const QImage image = ChartExporter::renderImage(data, options);
        const RadarLayout layout = RadarChart::layout(QRectF(0, 0, 1280, 720), data, options.theme);
        // Every axis reaches the outer ring: ink at its end.
        for (std::size_t axis = 0; axis < pillars; ++axis)
            CHECK(countInkPixels(image, around(layout.pointFor(axis, pillars, 100), 3),
                                 options.theme.background) > 0);
    }
    // And no pillars at all: a message instead of a crash.
    ChartData empty = syntheticChartData(2, 0);
    const QImage image = ChartExporter::renderImage(empty, radarOptions());
    CHECK_FALSE(image.isNull());
}

TEST_CASE("radar axis labels sit outside the outer ring", "[render][radar]")
{
    ensureGuiApplication();
    const ChartData data = syntheticChartData(2, 6);
    const ExportOptions options = radarOptions();
    const QImage image = ChartExporter::renderImage(data, options);
    const RadarLayout layout = RadarChart::layout(QRectF(0, 0, 1280, 720), data, options.theme);
    // Just beyond each axis end there is label text.
    for (std::size_t axis = 0; axis < 6; ++axis) {
        const double angle = RadarLayout::axisAngle(axis, 6);
        const QPointF beyond(layout.centre.x() + (layout.radius + 40) * std::cos(angle),
                             layout.centre.y() + (layout.radius + 30) * std::sin(angle));
        INFO("axis " << axis);
        CHECK(countInkPixels(image, around(beyond, 30), options.theme.background) > 20);
    }
    // The radar stays clear of the legend.
    CHECK(layout.centre.x() + layout.radius < layout.legend.left());
}

TEST_CASE("on a portrait page the legend goes below the radar", "[render][radar]")
{
    ensureGuiApplication();
    const ChartData data = syntheticChartData(8, 6);
    const auto a4 = findSizePreset(QStringLiteral("a4"));
    REQUIRE(a4.has_value());
    const QRectF page(QPointF(0, 0), a4->size);
    const RadarLayout layout = RadarChart::layout(page, data, ChartTheme::light());
    CHECK(layout.legend.top() > layout.centre.y() + layout.radius);
    CHECK(layout.legend.bottom() <= layout.plot.bottom() + 1e-6);
    // The radar uses most of the page width.
    CHECK(2 * layout.radius > page.width() * 0.45);
    const RadarLayout landscape =
        RadarChart::layout(QRectF(0, 0, 1920, 1080), data, ChartTheme::light());
    CHECK(landscape.legend.left() > landscape.centre.x() + landscape.radius);
}

TEST_CASE("the radar legend says how many pillars have no data", "[render][radar]")
{
    ensureGuiApplication();
    // Fixture: Country X has all three pillars, Country Y none on Beta.
    const QString svg =
        QString::fromUtf8(ChartExporter::renderSvg(fixtureChartData(), radarOptions()));
    CHECK(svg.contains(QStringLiteral("79.5% · 3 of 3 pillars met<")));
    CHECK(svg.contains(QStringLiteral("63.0% · 2 of 3 pillars met, 1 without data")));
}

TEST_CASE("the radar's legend and labels are whole at the brief's size and the export sizes",
          "[render][radar]")
{
    ensureGuiApplication();
    const aisov::Analysis analysis = bundledAnalysis();
    SECTION("the country brief's radar, on its page")
    {
        const CountryBrief brief = makeCountryBrief(analysis, "CHE", 5);
        const QRectF area =
            BriefRenderer::radarArea(QRectF(QPointF(0, 0), BriefRenderer::pageSize()));
        for (const ChartTheme& theme : {ChartTheme::light(), ChartTheme::highContrast()}) {
            ChartData data = brief.chart;
            data.title = BriefRenderer::tr("Pillars");
            checkNothingClipped(area, data, BriefRenderer::chartTheme(theme));
        }
    }
    SECTION("the export presets and the dialog's default size, with eight profiles")
    {
        std::vector<aisov::ScoreResult> results;
        for (const char* code : {"USA", "CHN", "EU27", "CHE", "KOR", "ARE", "GBR", "DEU"})
            results.push_back(analysis.results()[*analysis.indexOf(code)]);
        const ChartData data = makeChartData(analysis.methodology(), results, analysis.profiles());
        std::vector<QSizeF> sizes{QSizeF(1280, 720)};
        for (const SizePreset& preset : sizePresets())
            sizes.push_back(preset.size);
        for (const QSizeF& size : sizes) {
            INFO(size.width() << " x " << size.height());
            checkNothingClipped(QRectF(QPointF(0, 0), size), data, ChartTheme::light());
        }
    }
}
