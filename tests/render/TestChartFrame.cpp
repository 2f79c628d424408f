// Chart text sizes (ChartMetrics) and the frame around every plot: text
// scales with the bounds, with a floor a window sets for legibility.

#include "RenderTestSupport.h"

#include "ChartExporter.h"
#include "ChartFrame.h"

#include <catch2/catch.hpp>

#include <QFontInfo>

#include <cmath>

using namespace aisov::render;
using aisov::test::ensureGuiApplication;
using aisov::test::fixtureChartData;

namespace {

// 900 x 500, a chart in a window: scale = sqrt(900 * 500) / sqrt(1920 * 1080)
// = 670.82 / 1440.0 = 0.46585.
const QRectF kWindow(0, 0, 900, 500);
const double kWindowScale = std::sqrt(900.0 * 500.0) / std::sqrt(1920.0 * 1080.0);

ChartTheme themeWithFloor(double pixels)
{
    ChartTheme theme = ChartTheme::light();
    theme.minimumTextPixels = pixels;
    return theme;
}

} // namespace

TEST_CASE("by default chart text scales with the bounds alone", "[render][frame]")
{
    const ChartMetrics metrics = ChartMetrics::forBounds(kWindow, ChartTheme::light());
    CHECK(metrics.scale == Approx(kWindowScale));
    CHECK(metrics.textScale == metrics.scale);
    // 20 px and 16 px at 1920 x 1080: about 9.3 px and 7.5 px in a window.
    CHECK(metrics.labelSize() == Approx(20 * kWindowScale));
    CHECK(metrics.labelSize() < 9.5);
    CHECK(metrics.smallSize() == Approx(16 * kWindowScale));
    // At the reference size nothing changes.
    const ChartMetrics full = ChartMetrics::forBounds(QRectF(0, 0, 1920, 1080), ChartTheme::dark());
    CHECK(full.labelSize() == Approx(20.0));
    CHECK(full.titleSize() == Approx(40.0));
}

TEST_CASE("a text floor makes a chart in a window legible", "[render][frame]")
{
    ensureGuiApplication();
    // The platform font of 13 px: the smallest text (16 at scale 1) becomes
    // 13 px, so textScale = 13 / 16 = 0.8125 and the labels 20 * 0.8125 = 16.25 px.
    const ChartTheme theme = themeWithFloor(13.0);
    const ChartMetrics metrics = ChartMetrics::forBounds(kWindow, theme);
    CHECK(metrics.textScale == Approx(13.0 / 16.0));
    CHECK(metrics.smallSize() == Approx(13.0));
    CHECK(metrics.labelSize() == Approx(16.25));
    // The title rises as a heading above the labels, 26 * 0.8125 = 21.125 px
    // (not 40 * 0.8125, which would crowd the plot); 40 * scale would be 18.6.
    CHECK(metrics.titleSize() == Approx(21.125));
    CHECK(metrics.subtitleSize() == Approx(17 * 13.0 / 16.0));
    // Geometry (margins, strokes) still follows the bounds.
    CHECK(metrics.scale == Approx(kWindowScale));
    CHECK(metrics.margin() == Approx(36 * kWindowScale));

    // The fonts the charts paint with are at least 13 px.
    const ChartFonts fonts(theme, metrics);
    CHECK(QFontInfo(fonts.small).pixelSize() >= 13);
    CHECK(QFontInfo(fonts.label).pixelSize() >= 13);
    CHECK(fonts.smallMetrics.height() >= 13.0);

    // Bigger title and note leave a smaller plot inside the same bounds.
    const ChartData data = fixtureChartData();
    const QRectF plain = ChartFrame::plotRect(kWindow, data, ChartTheme::light());
    const QRectF floored = ChartFrame::plotRect(kWindow, data, theme);
    CHECK(floored.top() > plain.top());
    CHECK(floored.bottom() < plain.bottom());
}

TEST_CASE("a floor below the bounds' own text size changes nothing", "[render][frame]")
{
    ensureGuiApplication();
    // At 1920 x 1080 the smallest text is 16 px already: a 13 px floor is
    // met, so the chart is the same, pixel for pixel.
    const ChartMetrics metrics =
        ChartMetrics::forBounds(QRectF(0, 0, 1920, 1080), themeWithFloor(13.0));
    CHECK(metrics.textScale == Approx(1.0));
    ExportOptions options;
    options.kind = ChartKind::Radar;
    options.size = QSizeF(1920, 1080);
    options.dpi = 96;
    const QImage plain = ChartExporter::renderImage(fixtureChartData(), options);
    options.theme = themeWithFloor(13.0);
    CHECK(ChartExporter::renderImage(fixtureChartData(), options) == plain);
}

TEST_CASE("a title too long for a narrow chart shrinks to fit before it is elided",
          "[render][frame]")
{
    ensureGuiApplication();
    const ChartTheme theme = themeWithFloor(13.0);
    const QString title = QStringLiteral("Position on the sovereignty spectrum");
    // 1280 wide: the title fits at its own size.
    const QRectF wide(0, 0, 1280, 720);
    const ChartMetrics wideMetrics = ChartMetrics::forBounds(wide, theme);
    CHECK(ChartFrame::titleFont(wide, theme, title).pixelSize() ==
          std::lround(wideMetrics.titleSize()));

    // 420 x 280, the profile view's chart beside its table: the whole title
    // fits the width, in a smaller font, but not below the subtitle's size.
    const QRectF narrow(0, 0, 420, 280);
    const ChartMetrics metrics = ChartMetrics::forBounds(narrow, theme);
    const QFont full = theme.font(metrics.titleSize(), QFont::Bold);
    const double inner = narrow.width() - 2 * metrics.margin();
    REQUIRE(QFontMetricsF(full).horizontalAdvance(title) > inner);
    const QFont fitted = ChartFrame::titleFont(narrow, theme, title);
    CHECK(fitted.pixelSize() < full.pixelSize());
    CHECK(fitted.pixelSize() >= metrics.subtitleSize() - 0.5);
    CHECK(QFontMetricsF(fitted).horizontalAdvance(title) <= inner);
    CHECK(fitted.bold());

    // A title that cannot fit even at the subtitle's size stops there (and
    // is elided when painted).
    const QString longTitle = title + title + title;
    CHECK(ChartFrame::titleFont(narrow, theme, longTitle).pixelSize() ==
          static_cast<int>(std::ceil(metrics.subtitleSize())));
}
