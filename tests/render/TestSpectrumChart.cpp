// The spectrum chart, rendered offscreen and checked pixel by pixel where
// the layout says things are.

#include "RenderTestSupport.h"

#include "ChartExporter.h"
#include "ChartRenderer.h"
#include "SpectrumChart.h"

#include <catch2/catch.hpp>

#include <QFontMetricsF>

#include <algorithm>

using namespace aisov::render;
using aisov::test::countColorPixels;
using aisov::test::countInkPixels;
using aisov::test::devicePixels;
using aisov::test::ensureGuiApplication;
using aisov::test::fixtureChartData;
using aisov::test::similarColor;
using aisov::test::syntheticChartData;

namespace {

ExportOptions spectrumOptions(QSizeF size = {1280, 720}, double dpi = 192)
{
    ExportOptions options;
    options.kind = ChartKind::Spectrum;
    options.size = size;
    options.dpi = dpi;
    return options;
}

QRectF bounds(const ExportOptions& options)
{
    return {QPointF(0, 0), options.size};
}

QPoint devicePoint(double x, double y, double ratio)
{
    return {static_cast<int>(x * ratio), static_cast<int>(y * ratio)};
}

} // namespace

TEST_CASE("spectrum image has the requested size, pixel ratio and DPI", "[render][spectrum]")
{
    ensureGuiApplication();
    const ExportOptions options = spectrumOptions({1920, 1080}, 192);
    const QImage image = ChartExporter::renderImage(fixtureChartData(), options);
    CHECK(image.width() == 3840);
    CHECK(image.height() == 2160);
    CHECK(image.devicePixelRatio() == 2.0);
    // 192 dpi = 7559 dots per metre.
    CHECK(image.dotsPerMeterX() == 7559);
    CHECK(image.dotsPerMeterY() == 7559);
}

TEST_CASE("each profile's marker sits at its score on the bar", "[render][spectrum]")
{
    ensureGuiApplication();
    const ChartData data = fixtureChartData();
    const ExportOptions options = spectrumOptions();
    const QImage image = ChartExporter::renderImage(data, options);
    const SpectrumLayout layout = SpectrumChart::layout(bounds(options), data, options.theme);
    REQUIRE(layout.markers.size() == 3);
    for (const auto& marker : layout.markers) {
        const ChartProfile& profile = data.profiles[marker.profile];
        INFO(profile.code.toStdString());
        CHECK(marker.x == Approx(layout.xForScore(*profile.score)));
        const QColor expected = options.theme.seriesColor(marker.profile);
        CHECK(similarColor(image.pixelColor(devicePoint(marker.x, layout.markerY, 2.0)), expected,
                           12));
        // Five units left of the score is no longer the marker.
        CHECK_FALSE(similarColor(image.pixelColor(devicePoint(layout.xForScore(*profile.score - 5),
                                                              layout.markerY, 2.0)),
                                 expected, 12));
        // The label box holds text.
        CHECK(countInkPixels(image, devicePixels(marker.labelRect.adjusted(4, 4, -4, -4), 2.0),
                             options.theme.background) > 100);
        CHECK(marker.label.startsWith(profile.name));
    }
    // The bar is painted with the bands: the lowest band's colour left of 50%.
    const QColor lowBand = options.theme.bandColor(0, 3);
    CHECK(similarColor(
        image.pixelColor(devicePoint(layout.xForScore(25), layout.bar.bottom() - 3, 2.0)), lowBand,
        6));
    // Nothing is drawn in the empty space between the title block and the labels.
    const double highestLabel = std::min_element(layout.markers.begin(), layout.markers.end(),
                                                 [](const auto& a, const auto& b) {
                                                     return a.labelRect.top() < b.labelRect.top();
                                                 })
                                    ->labelRect.top();
    const QRectF emptyBand(layout.plot.left(), layout.plot.top(), layout.plot.width(),
                           std::max(0.0, highestLabel - layout.plot.top() - 4));
    CHECK(countInkPixels(image, devicePixels(emptyBand, 2.0), options.theme.background) == 0);
}

TEST_CASE("thirty crowded labels never overlap and stay on the chart", "[render][spectrum]")
{
    ensureGuiApplication();
    for (const double to : {30.0, 60.0, 100.0}) {
        const ChartData data = syntheticChartData(30, 6, 20.0, to);
        const ExportOptions options = spectrumOptions({1920, 1080}, 96);
        const SpectrumLayout layout = SpectrumChart::layout(bounds(options), data, options.theme);
        REQUIRE(layout.markers.size() == 30);
        for (std::size_t i = 0; i < layout.markers.size(); ++i) {
            const QRectF& a = layout.markers[i].labelRect;
            CHECK(a.left() >= layout.plot.left() - 1e-6);
            CHECK(a.right() <= layout.plot.right() + 1e-6);
            CHECK(a.top() >= 0);
            CHECK(a.bottom() <= options.size.height());
            // Labels stay clear of the bar.
            CHECK_FALSE(a.intersects(layout.bar));
            for (std::size_t j = i + 1; j < layout.markers.size(); ++j) {
                INFO("labels " << i << " and " << j);
                CHECK_FALSE(a.intersects(layout.markers[j].labelRect));
            }
        }
        // The label text fits its box.
        const QFontMetricsF metrics(options.theme.font(layout.labelFontSize));
        for (const auto& marker : layout.markers)
            CHECK(metrics.horizontalAdvance(marker.label) < marker.labelRect.width());
    }
}

TEST_CASE("uncertainty whiskers span p5 to p95", "[render][spectrum]")
{
    ensureGuiApplication();
    ChartData data = fixtureChartData();
    data.profiles[1].uncertainty = ScoreInterval{40.0, 70.0}; // Country Y at 63
    const ExportOptions options = spectrumOptions();
    const QImage image = ChartExporter::renderImage(data, options);
    const SpectrumLayout layout = SpectrumChart::layout(bounds(options), data, options.theme);
    const QColor color = options.theme.seriesColor(1);
    // The whisker line between p5 and the marker, and the caps at both ends.
    CHECK(similarColor(image.pixelColor(devicePoint(layout.xForScore(50), layout.markerY, 2.0)),
                       color, 12));
    for (const double end : {40.0, 70.0}) {
        const QRectF cap(layout.xForScore(end) - 2, layout.markerY - 8, 4, 6);
        CHECK(countColorPixels(image, devicePixels(cap, 2.0), color, 12) > 4);
    }
    // Outside the interval the bar shows through.
    CHECK_FALSE(similarColor(
        image.pixelColor(devicePoint(layout.xForScore(35), layout.markerY, 2.0)), color, 12));
}

TEST_CASE("scenario arrows run from the base score to the scenario score", "[render][spectrum]")
{
    ensureGuiApplication();
    ChartData data = fixtureChartData();
    data.profiles[1].scenario = ChartScenario{QStringLiteral("More compute"), 30.0, {}};
    const ExportOptions options = spectrumOptions();
    const QImage image = ChartExporter::renderImage(data, options);
    const SpectrumLayout layout = SpectrumChart::layout(bounds(options), data, options.theme);
    const auto marker = std::find_if(layout.markers.begin(), layout.markers.end(),
                                     [](const auto& m) { return m.profile == 1; });
    REQUIRE(marker != layout.markers.end());
    CHECK(marker->x == Approx(layout.xForScore(30)));
    REQUIRE(marker->baseX.has_value());
    CHECK(*marker->baseX == Approx(layout.xForScore(*data.profiles[1].score)));
    CHECK(marker->label.contains(QStringLiteral("→")));
    const QColor color = options.theme.seriesColor(1);
    // The arrow shaft half way, and the filled marker at the scenario score.
    CHECK(similarColor(image.pixelColor(devicePoint(layout.xForScore(46), layout.markerY, 2.0)),
                       color, 12));
    CHECK(similarColor(image.pixelColor(devicePoint(layout.xForScore(30), layout.markerY, 2.0)),
                       color, 12));
    // The base marker is hollow: its centre is the background colour.
    CHECK(similarColor(image.pixelColor(devicePoint(*marker->baseX, layout.markerY, 2.0)),
                       options.theme.background, 12));
}

TEST_CASE("profiles without a score are named, not placed", "[render][spectrum]")
{
    ensureGuiApplication();
    ChartData data = fixtureChartData();
    data.profiles[0].score.reset();
    const SpectrumLayout layout =
        SpectrumChart::layout(QRectF(0, 0, 1280, 720), data, ChartTheme::light());
    CHECK(layout.markers.size() == 2);
    CHECK(layout.withoutScore == QStringList{QStringLiteral("Country X")});
}

TEST_CASE("a score that rests on fewer pillars is marked and named", "[render][spectrum]")
{
    ensureGuiApplication();
    // In the fixture Country Y has no value on pillar b (Beta): scored on 2 of 3.
    const ChartData data = fixtureChartData();
    REQUIRE(pillarsWithData(data.profiles[1]) == 2);
    REQUIRE(pillarsWithData(data.profiles[0]) == 3);
    const SpectrumLayout layout =
        SpectrumChart::layout(QRectF(0, 0, 1280, 720), data, ChartTheme::light());
    CHECK(layout.partialCoverage == QStringList{QStringLiteral("Country Y 2/3")});
    for (const auto& marker : layout.markers) {
        const bool marked = marker.label.contains(QChar(0x2020));
        CHECK(marked == (marker.profile == 1));
    }
    // The legend says what the mark means, in the SVG as text.
    const ExportOptions options = spectrumOptions();
    const QString svg = QString::fromUtf8(ChartExporter::renderSvg(data, options));
    CHECK(svg.contains(QStringLiteral("scored on the pillars with data only: Country Y 2/3")));
}

TEST_CASE("dark theme paints a dark background and light text", "[render][spectrum][theme]")
{
    ensureGuiApplication();
    ExportOptions options = spectrumOptions();
    options.theme = ChartTheme::dark();
    const ChartData data = fixtureChartData();
    const QImage image = ChartExporter::renderImage(data, options);
    for (const QPoint corner : {QPoint(2, 2), QPoint(image.width() - 3, image.height() - 3)})
        CHECK(image.pixelColor(corner).lightnessF() < 0.15);
    // Title text is light: some pixels of the title area are near the foreground.
    const QRect titleArea = devicePixels(QRectF(0, 0, 640, 60), 2.0);
    CHECK(countColorPixels(image, titleArea, options.theme.foreground, 30) > 200);
}

TEST_CASE("Korean labels render with a CJK font", "[render][spectrum][korean]")
{
    ensureGuiApplication();
    const ChartTheme theme = ChartTheme::light();
    const QFontMetricsF metrics(theme.font(20));
    // 한, 국: the font chain resolves Hangul to real glyphs, not boxes.
    CHECK(metrics.inFontUcs4(0xD55C));
    CHECK(metrics.inFontUcs4(0xAD6D));

    ChartData data = fixtureChartData();
    data.profiles[0].name = QStringLiteral("대한민국");
    data.title = QStringLiteral("AI 주권 스펙트럼");
    const ExportOptions options = spectrumOptions();
    const QImage image = ChartExporter::renderImage(data, options);
    const SpectrumLayout layout = SpectrumChart::layout(bounds(options), data, theme);
    const auto marker = std::find_if(layout.markers.begin(), layout.markers.end(),
                                     [](const auto& m) { return m.profile == 0; });
    REQUIRE(marker != layout.markers.end());
    CHECK(marker->label.startsWith(QStringLiteral("대한민국")));
    // Glyphs are drawn where the Korean name goes (the label's left part).
    const QRectF nameArea(marker->labelRect.left() + marker->labelRect.height() * 0.6,
                          marker->labelRect.top() + 2,
                          metrics.horizontalAdvance(QStringLiteral("대한민국")) * 0.6,
                          marker->labelRect.height() - 4);
    CHECK(countInkPixels(image, devicePixels(nameArea, 2.0), theme.background) > 80);
}

TEST_CASE("labels that cannot fit are left out and named, never drawn off the chart",
          "[render][spectrum]")
{
    ensureGuiApplication();
    // 120 profiles within two points on a small chart: far more rows than room.
    const ChartData data = syntheticChartData(120, 3, 40.0, 42.0);
    const ExportOptions options = spectrumOptions({800, 450}, 96);
    const SpectrumLayout layout = SpectrumChart::layout(bounds(options), data, options.theme);
    REQUIRE(layout.markers.size() == 120);
    CHECK_FALSE(layout.unlabelled.isEmpty());
    int labelled = 0;
    for (std::size_t i = 0; i < layout.markers.size(); ++i) {
        const auto& a = layout.markers[i];
        if (!a.labelled)
            continue;
        ++labelled;
        CHECK(a.labelRect.top() >= layout.plot.top() - 1e-6);
        CHECK(a.labelRect.bottom() <= layout.plot.bottom() + 1e-6);
        for (std::size_t j = i + 1; j < layout.markers.size(); ++j)
            if (layout.markers[j].labelled)
                CHECK_FALSE(a.labelRect.intersects(layout.markers[j].labelRect));
    }
    CHECK(labelled + layout.unlabelled.size() == 120);
    CHECK(labelled > 0);
    // Shrunk as far as allowed (a small chart may start below the minimum).
    CHECK(layout.labelFontSize <= 9.0 + 1e-9);
    // And it paints.
    CHECK_FALSE(ChartExporter::renderImage(data, options).isNull());
}

TEST_CASE("labels are not shrunk below the theme's text floor", "[render][spectrum]")
{
    ensureGuiApplication();
    // The crowded chart above, in a 900 x 500 window with the platform's
    // 13 px font: the labels stay at 13 px at least (rows that do not fit
    // are named in the legend instead), where without the floor they shrink
    // to 9 px.
    const ChartData data = syntheticChartData(120, 3, 40.0, 42.0);
    ExportOptions options = spectrumOptions({900, 500}, 96);
    const SpectrumLayout plain = SpectrumChart::layout(bounds(options), data, options.theme);
    CHECK(plain.labelFontSize <= 9.0 + 1e-9);
    options.theme.minimumTextPixels = 13.0;
    const SpectrumLayout floored = SpectrumChart::layout(bounds(options), data, options.theme);
    CHECK(floored.labelFontSize >= 13.0);
    CHECK_FALSE(floored.unlabelled.isEmpty());
    // A few profiles fit at the full label size: 20 * 13 / 16 = 16.25 px.
    const ChartData few = fixtureChartData();
    CHECK(SpectrumChart::layout(bounds(options), few, options.theme).labelFontSize ==
          Approx(16.25));
}

TEST_CASE("markers whose whiskers would overlap get lanes of their own", "[render][spectrum]")
{
    ensureGuiApplication();
    const ExportOptions options = spectrumOptions();
    const ChartData apart = fixtureChartData();
    const SpectrumLayout single = SpectrumChart::layout(bounds(options), apart, options.theme);
    REQUIRE(single.markers.size() >= 2);
    // The fixture's markers sit apart: one lane, every marker on it.
    CHECK(single.laneCount == 1);
    for (const auto& marker : single.markers)
        CHECK(marker.y == Approx(single.markerY));

    ChartData data = fixtureChartData();
    data.profiles[0].uncertainty = ScoreInterval{5.0, 95.0};
    data.profiles[1].uncertainty = ScoreInterval{5.0, 95.0};
    const SpectrumLayout layout = SpectrumChart::layout(bounds(options), data, options.theme);
    const auto markerOf = [&](std::size_t profile) {
        return *std::find_if(layout.markers.begin(), layout.markers.end(),
                             [&](const auto& m) { return m.profile == profile; });
    };
    const SpectrumMarker first = markerOf(0);
    const SpectrumMarker second = markerOf(1);
    CHECK(first.lane != second.lane);
    CHECK(std::abs(first.y - second.y) == Approx(layout.laneGap));
    CHECK(layout.laneCount >= 2);
    // The bar grows by one lane gap per extra lane and holds every lane.
    CHECK(layout.bar.height() ==
          Approx(single.bar.height() + (layout.laneCount - 1) * layout.laneGap));
    for (const auto& marker : layout.markers)
        CHECK(marker.y < layout.bar.bottom());

    // Each dot is painted on its own lane, in its own colour.
    const QImage image = ChartExporter::renderImage(data, options);
    for (const auto& marker : {first, second})
        CHECK(similarColor(image.pixelColor(devicePoint(marker.x, marker.y, 2.0)),
                           options.theme.seriesColor(marker.profile), 12));
}

TEST_CASE("in a narrow chart with a text floor the markers grow with the text",
          "[render][spectrum]")
{
    ensureGuiApplication();
    // 440 x 330, the profile view's chart: geometry scale sqrt(440 * 330) /
    // 1440 = 0.264 would make a 9 px marker 2.4 px across; with the 13 px
    // floor the text scale is 13 / 16 = 0.8125 and the marker radius
    // 9 * 0.8125 = 7.3 px, as visible as the label naming it.
    const ChartData data = fixtureChartData();
    ExportOptions options = spectrumOptions({440, 330}, 96);
    options.theme.minimumTextPixels = 13.0;
    const SpectrumLayout layout = SpectrumChart::layout(bounds(options), data, options.theme);
    const QImage image = ChartExporter::renderImage(data, options);
    REQUIRE_FALSE(layout.markers.empty());
    CHECK(layout.laneGap >= 2 * 9.0 * 13.0 / 16.0);
    for (const auto& marker : layout.markers) {
        INFO(data.profiles[marker.profile].code.toStdString());
        const QColor color = options.theme.seriesColor(marker.profile);
        // 5 px either side and above the centre is still the marker's fill.
        CHECK(similarColor(image.pixelColor(devicePoint(marker.x - 5, marker.y, 1.0)), color, 16));
        CHECK(similarColor(image.pixelColor(devicePoint(marker.x + 5, marker.y, 1.0)), color, 16));
        CHECK(similarColor(image.pixelColor(devicePoint(marker.x, marker.y - 5, 1.0)), color, 16));
        // The marker stays inside the bar.
        CHECK(marker.y + 9.0 * 13.0 / 16.0 <= layout.bar.bottom() + 0.5);
    }
}

TEST_CASE("band names too long for a narrow bar wrap onto two lines instead of being elided",
          "[render][spectrum]")
{
    ensureGuiApplication();
    const ChartData data = syntheticChartData(3, 6, 30.0, 70.0);
    const auto bandWidth = [](const SpectrumLayout& layout, std::size_t band) {
        const double to = band + 1 < 5 ? 20.0 * static_cast<double>(band + 1) : 100.0;
        return layout.bar.width() * (to - 20.0 * static_cast<double>(band)) / 100.0;
    };

    // An exported slide: every name fits on one line, the bar as before.
    const ExportOptions wide = spectrumOptions();
    const SpectrumLayout slide = SpectrumChart::layout(bounds(wide), data, wide.theme);
    REQUIRE(slide.bandLabels.size() == 5);
    for (const QStringList& lines : slide.bandLabels)
        CHECK(lines.size() == 1);
    CHECK(slide.bandLabels[2] == QStringList{QStringLiteral("Partial autonomy")});

    // The profile view's chart (440 x 330, 13 px floor): "Partial autonomy"
    // and "Strategic autonomy" are wider than a fifth of the bar.
    ExportOptions narrow = spectrumOptions({440, 330}, 96);
    narrow.theme.minimumTextPixels = 13.0;
    const QRectF area = bounds(narrow);
    const SpectrumLayout layout = SpectrumChart::layout(area, data, narrow.theme);
    const ChartMetrics metrics = ChartMetrics::forBounds(area, narrow.theme);
    const QFontMetricsF bandMetrics(narrow.theme.font(metrics.smallSize(), QFont::DemiBold));
    REQUIRE(bandMetrics.horizontalAdvance(QStringLiteral("Partial autonomy")) >
            bandWidth(layout, 2));
    REQUIRE(layout.bandLabels.size() == 5);
    CHECK(layout.bandLabels[0] == QStringList{QStringLiteral("Dependent")});
    CHECK(layout.bandLabels[2] ==
          (QStringList{QStringLiteral("Partial"), QStringLiteral("autonomy")}));
    CHECK(layout.bandLabels[3] ==
          (QStringList{QStringLiteral("Strategic"), QStringLiteral("autonomy")}));
    for (std::size_t band = 0; band < layout.bandLabels.size(); ++band)
        for (const QString& line : layout.bandLabels[band]) {
            INFO(line.toStdString());
            CHECK_FALSE(line.contains(QChar(0x2026))); // not elided
            CHECK(bandMetrics.horizontalAdvance(line) <= bandWidth(layout, band));
        }
    // The names' zone holds both lines, and the markers sit below it, in the bar.
    CHECK(layout.bandLabelHeight >= 2 * bandMetrics.height());
    const double radius = 9.0 * metrics.markScale();
    for (const auto& marker : layout.markers) {
        CHECK(marker.y - radius >= layout.bar.top() + layout.bandLabelHeight);
        CHECK(marker.y + radius <= layout.bar.bottom() + 0.5);
    }

    // Both lines are painted: ink in the upper and the lower half of the
    // names' zone inside the "Partial autonomy" band.
    const QImage image = ChartExporter::renderImage(data, narrow);
    const QColor fill = narrow.theme.bandColor(2, 5);
    const double left = layout.xForScore(40) + 4;
    const double width = layout.xForScore(60) - layout.xForScore(40) - 8;
    const double middle = layout.bar.top() + 2 + layout.bandLabelHeight / 2;
    CHECK(countInkPixels(
              image,
              QRectF(left, layout.bar.top() + 2, width, middle - layout.bar.top() - 2).toRect(),
              fill) > 20);
    CHECK(countInkPixels(image, QRectF(left, middle, width, layout.bandLabelHeight / 2).toRect(),
                         fill) > 20);
}

TEST_CASE("band names stay on one line where a second would leave a profile without its label",
          "[render][spectrum]")
{
    ensureGuiApplication();
    // One profile in the profile view's width, from short to tall. The
    // same chart with one-letter band names, which never wrap, shows at
    // which heights a one-line bar leaves room for the label: there the
    // label must be shown with the long names too (a short chart, a large
    // font: the label wins over the names' second line).
    const ChartData data = syntheticChartData(1, 6, 38.0, 39.0);
    ChartData shortNames = data;
    for (ChartBand& band : shortNames.bands)
        band.label = band.label.left(1);
    bool sawWrapped = false;
    bool sawElidedForLabel = false;
    for (int height = 120; height <= 400; height += 5) {
        INFO("height " << height);
        ExportOptions options = spectrumOptions({440, static_cast<double>(height)}, 96);
        options.theme.minimumTextPixels = 13.0;
        const SpectrumLayout layout = SpectrumChart::layout(bounds(options), data, options.theme);
        const SpectrumLayout oneLine =
            SpectrumChart::layout(bounds(options), shortNames, options.theme);
        REQUIRE(layout.bandLabels.size() == 5);
        if (oneLine.unlabelled.isEmpty())
            CHECK(layout.unlabelled.isEmpty());
        const bool wrapped = layout.bandLabels[2].size() == 2;
        sawWrapped = sawWrapped || wrapped;
        sawElidedForLabel = sawElidedForLabel ||
                            (!wrapped && layout.bandLabels[2].front().contains(QChar(0x2026)) &&
                             layout.unlabelled.isEmpty());
    }
    CHECK(sawWrapped);
    CHECK(sawElidedForLabel);
}

TEST_CASE("the spectrum's tooltip names the profile at a marker and the band under the bar",
          "[render][spectrum][tooltip]")
{
    ensureGuiApplication();
    ChartData data = fixtureChartData();
    data.profiles[0].uncertainty = ScoreInterval{70.4, 84.5};
    const ExportOptions options = spectrumOptions({800, 450}, 96);
    const QRectF area = bounds(options);
    const SpectrumLayout layout = SpectrumChart::layout(area, data, options.theme);
    REQUIRE(layout.markers.size() == 3);
    const auto markerOf = [&](std::size_t profile) {
        for (const auto& marker : layout.markers)
            if (marker.profile == profile)
                return marker;
        FAIL("no marker for profile " << profile);
        return SpectrumMarker{};
    };

    // XAA, 79.5 in the fixture's band "High" (from 75), with its interval.
    const SpectrumMarker xaa = markerOf(0);
    CHECK(SpectrumChart::toolTipAt(area, data, options.theme, QPointF(xaa.x + 2, xaa.y)) ==
          QStringLiteral("Country X: 79.5%, High\n90% interval: 70.4% to 84.5%"));
    // Its label box says the same.
    REQUIRE(xaa.labelled);
    CHECK(SpectrumChart::toolTipAt(area, data, options.theme, xaa.labelRect.center())
              .startsWith(QStringLiteral("Country X: 79.5%")));
    // YBB, 63.0 with pillar b missing: two of three pillars.
    const SpectrumMarker ybb = markerOf(1);
    CHECK(SpectrumChart::toolTipAt(area, data, options.theme, QPointF(ybb.x, ybb.y - 3)) ==
          QStringLiteral("Country Y: 63.0%, Mid\nScored on 2 of 3 pillars (the others have no "
                         "data)"));

    // In the bar, clear of the markers (their lane is in its lower part):
    // the band, with its range.
    const double top = layout.bar.top() + 3;
    CHECK(SpectrumChart::toolTipAt(area, data, options.theme, QPointF(layout.xForScore(10), top)) ==
          QStringLiteral("Low: 0% to 50%"));
    CHECK(SpectrumChart::toolTipAt(area, data, options.theme, QPointF(layout.xForScore(60), top)) ==
          QStringLiteral("Mid: 50% to 75%"));
    CHECK(SpectrumChart::toolTipAt(area, data, options.theme, QPointF(layout.xForScore(99), top)) ==
          QStringLiteral("High: 75% to 100%"));
    // Above the bar, where the title is, nothing.
    CHECK(SpectrumChart::toolTipAt(area, data, options.theme, QPointF(area.center().x(), 2))
              .isEmpty());
    // ChartRenderer passes the spectrum's on; the other charts have none.
    CHECK(ChartRenderer::toolTipAt(area, ChartKind::Spectrum, data, options.theme,
                                   QPointF(layout.xForScore(10), top)) ==
          QStringLiteral("Low: 0% to 50%"));
    CHECK(ChartRenderer::toolTipAt(area, ChartKind::Radar, data, options.theme, area.center())
              .isEmpty());
}

TEST_CASE("the spectrum's tooltip says in full what the chart had to shorten",
          "[render][spectrum][tooltip]")
{
    ensureGuiApplication();
    // The crowded chart of "labels that cannot fit": band names wrapped in a
    // narrow bar, most markers without a label, the legend line elided.
    const ChartData data = syntheticChartData(120, 3, 40.0, 42.0);
    ExportOptions options = spectrumOptions({420, 300}, 96);
    options.theme.minimumTextPixels = 13.0;
    const QRectF area = bounds(options);
    const SpectrumLayout layout = SpectrumChart::layout(area, data, options.theme);
    const ChartFonts fonts(options.theme, ChartMetrics::forBounds(area, options.theme));
    const QFont bandFont = options.theme.font(
        ChartMetrics::forBounds(area, options.theme).smallSize(), QFont::DemiBold);
    // "Strategic autonomy" does not fit its fifth of the bar: painted on two lines.
    REQUIRE(QFontMetricsF(bandFont).horizontalAdvance(QStringLiteral("Strategic autonomy")) >
            layout.bar.width() / 5);
    CHECK(SpectrumChart::toolTipAt(area, data, options.theme,
                                   QPointF(layout.xForScore(70), layout.bar.top() + 3)) ==
          QStringLiteral("Strategic autonomy: 60% to 80%"));

    // A marker whose label was left out is named by its tooltip.
    const auto unlabelled = std::find_if(layout.markers.begin(), layout.markers.end(),
                                         [](const SpectrumMarker& m) { return !m.labelled; });
    REQUIRE(unlabelled != layout.markers.end());
    const ChartProfile& profile = data.profiles[unlabelled->profile];
    REQUIRE(layout.unlabelled.contains(profile.name));
    const QString tip =
        SpectrumChart::toolTipAt(area, data, options.theme, QPointF(unlabelled->x, unlabelled->y));
    // Lanes keep two dots from sharing a centre, so at this one it is this
    // profile's tooltip, though others crowd near.
    CHECK(tip == profile.name + QStringLiteral(": ") + formatPercent(*profile.score));

    // The legend line, elided on the chart, is whole in its tooltip.
    const double legendY = layout.plot.bottom() - fonts.smallMetrics.height() / 2;
    const QString legend = SpectrumChart::toolTipAt(area, data, options.theme,
                                                    QPointF(layout.plot.left() + 5, legendY));
    CHECK(legend.startsWith(QStringLiteral("Not labelled for lack of room: ")));
    CHECK(legend.contains(profile.name));
    CHECK(fonts.smallMetrics.horizontalAdvance(legend) > layout.plot.width());
}
