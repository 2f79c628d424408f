// Investment levers: one bar per indicator, as long as what one step of it
// adds to the overall score.

#include "RenderTestSupport.h"

#include "ChartExporter.h"
#include "ChartFrame.h"
#include "LeversChart.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace aisov::render;
using aisov::test::countColorPixels;
using aisov::test::ensureGuiApplication;
using aisov::test::fixtureChartData;
using aisov::test::fixtureChartDataWithLevers;
using Catch::Matchers::WithinAbs;

namespace {

ExportOptions leversOptions()
{
    ExportOptions options;
    options.kind = ChartKind::Levers;
    options.size = {1280, 720};
    options.dpi = 96;
    return options;
}

} // namespace

TEST_CASE("levers chart data: names, units and values, largest gain first", "[render][levers]")
{
    const ChartData data = fixtureChartDataWithLevers();
    REQUIRE(data.levers.has_value());
    const ChartLevers& levers = *data.levers;
    CHECK(levers.profileName == QStringLiteral("Country Y"));
    CHECK(levers.nextBand == QStringLiteral("High"));
    CHECK(levers.nextBandFrom == 75.0);
    REQUIRE(levers.levers.size() == 4); // every indicator of the fixture
    // Y: a = 1.0 (a2 at its best goalpost, a1 missing), c = 0.5, b missing:
    // (1 * 0.5^2)^(1/3) = 63.0. One step of c1 (15 -> 16) makes c 0.6.
    const ChartLever& first = levers.levers[0];
    CHECK(first.indicatorName == QStringLiteral("c1")); // the fixture has no names: the id
    CHECK(first.pillarName == QStringLiteral("Gamma"));
    CHECK_THAT(first.gain, WithinAbs(100.0 * (std::cbrt(0.36) - std::cbrt(0.25)), 1e-9)); // +8.14
    CHECK_FALSE(first.crossesThreshold); // Gamma is at its threshold (50) already
    CHECK(first.valueNow == QStringLiteral("15 score"));
    CHECK(first.valueAfter == QStringLiteral("16 score"));
    for (std::size_t i = 1; i < levers.levers.size(); ++i)
        CHECK(levers.levers[i - 1].gain >= levers.levers[i].gain);
    // A missing indicator says so.
    bool missingShown = false;
    for (const auto& lever : levers.levers)
        missingShown = missingShown || lever.valueNow == QStringLiteral("missing");
    CHECK(missingShown);

    CHECK(fixtureChartDataWithLevers(2).levers->levers.size() == 2); // --top
}

TEST_CASE("each lever's bar runs from the zero line to its gain", "[render][levers]")
{
    ensureGuiApplication();
    const ChartData data = fixtureChartDataWithLevers();
    const auto& levers = data.levers->levers;
    const QRectF bounds(0, 0, 1280, 720);
    const LeversLayout layout = LeversChart::layout(bounds, data, ChartTheme::light());
    REQUIRE(layout.rows.size() == levers.size());
    // The scale holds every gain, the losses of missing indicators too.
    CHECK(layout.minGain <= levers.back().gain);
    CHECK(layout.maxGain >= levers.front().gain);
    const double zero = layout.xForGain(0.0);
    for (std::size_t r = 0; r < levers.size(); ++r) {
        const QRectF bar = layout.bar(r, levers[r].gain);
        CHECK(bar.center().y() == Approx(layout.rows[r].center().y()));
        if (levers[r].gain >= 0.0) {
            CHECK(bar.left() == Approx(zero));
            CHECK(bar.right() == Approx(layout.xForGain(levers[r].gain)));
        } else {
            CHECK(bar.right() == Approx(zero));
        }
        if (r > 0)
            CHECK(layout.rows[r].top() >= layout.rows[r - 1].bottom() - 1e-9); // top to bottom
    }
    // Lengths are proportional to the gains.
    const double unit = (layout.xForGain(1.0) - zero);
    CHECK(layout.bar(0, levers[0].gain).width() == Approx(levers[0].gain * unit));

    // Painted: a gain in the first series colour, a loss (a missing
    // indicator counted from its worst goalpost) in grey, and a gain that
    // lifts its pillar to the threshold in the "crossing" colour.
    const ChartTheme theme = ChartTheme::light();
    // The crossing's longer text ("pillar meets its threshold") makes its
    // bars shorter, so each image is measured against its own layout.
    const auto share = [&](const QImage& image, const ChartData& drawn, std::size_t row,
                           QColor color) {
        const QRect bar = LeversChart::layout(bounds, drawn, theme)
                              .bar(row, levers[row].gain)
                              .adjusted(2, 2, -2, -2)
                              .toAlignedRect();
        REQUIRE(bar.width() > 4);
        return countColorPixels(image, bar, color) / double(bar.width() * bar.height());
    };
    const std::size_t last = levers.size() - 1;
    REQUIRE(levers[last].gain < 0.0);
    const QImage plain = ChartExporter::renderImage(data, leversOptions());
    CHECK(share(plain, data, 0, theme.seriesColor(0)) > 0.8);
    CHECK(share(plain, data, last, theme.muted) > 0.8);
    ChartData crossing = data;
    crossing.levers->levers[0].crossesThreshold = true;
    const QImage crossed = ChartExporter::renderImage(crossing, leversOptions());
    CHECK(share(crossed, crossing, 0, theme.seriesColor(2)) > 0.8);
    CHECK(share(crossed, crossing, 0, theme.seriesColor(0)) < 0.05);
}

// The longest bar with the longest text: the lever at the top of the
// Swiss levers of the bundled data, and a long indicator name.
ChartData leversWithLongText()
{
    ChartData data = fixtureChartDataWithLevers();
    ChartLever& first = data.levers->levers.front();
    first.indicatorName = QStringLiteral("Share of AI GPU-cluster performance");
    first.valueNow = QStringLiteral("8.685 million people");
    first.valueAfter = QStringLiteral("21.82 million people");
    data.levers->levers[1].valueNow = QStringLiteral("3.405 % of world Rmax");
    data.levers->levers[1].valueAfter = QStringLiteral("8.405 % of world Rmax");
    return data;
}

TEST_CASE("every lever's name and values are whole, the bars scaled to leave them room",
          "[render][levers]")
{
    ensureGuiApplication();
    const ChartData data = leversWithLongText();
    const ChartTheme theme = ChartTheme::light();
    for (const QRectF bounds : {QRectF(0, 0, 1280, 720), QRectF(0, 0, 960, 540)}) {
        CAPTURE(bounds.width());
        const LeversLayout layout = LeversChart::layout(bounds, data, theme);
        const ChartFonts fonts(theme, ChartMetrics::forBounds(bounds, theme));
        const auto& levers = data.levers->levers;
        REQUIRE(layout.values.size() == levers.size());
        REQUIRE(layout.names.size() == levers.size());
        for (std::size_t r = 0; r < levers.size(); ++r) {
            CAPTURE(r);
            const LeverValueText text = LeversChart::valueText(levers[r]);
            const QRectF bar = layout.bar(r, levers[r].gain);
            CHECK(layout.values[r].left() > std::max(bar.right(), layout.xForGain(0.0)));
            CHECK(layout.values[r].right() <= layout.plot.right() + 1e-9);
            CHECK(fonts.smallMetrics.horizontalAdvance(text.values) <= layout.values[r].width());
            CHECK(fonts.labelMetrics.horizontalAdvance(text.gain) <= layout.values[r].width());
            CHECK(fonts.labelMetrics.horizontalAdvance(levers[r].indicatorName) <=
                  layout.names[r].width());
            CHECK(layout.names[r].right() < layout.bars.left());
        }
        // The text takes room from the bars, but only what it needs: the
        // top lever's text ends at the plot's right edge.
        const double firstEnd =
            layout.values[0].left() +
            fonts.smallMetrics.horizontalAdvance(LeversChart::valueText(levers[0]).values);
        CHECK(firstEnd >= layout.plot.right() - 20.0);
        CHECK(layout.bars.width() >= layout.plot.width() / 3.0);
    }
    // Drawn whole, not elided.
    const QString svg = QString::fromUtf8(ChartExporter::renderSvg(data, leversOptions()));
    CHECK(svg.contains(QStringLiteral("8.685 million people \u2192 21.82 million people")));
    CHECK(svg.contains(QStringLiteral("3.405 % of world Rmax \u2192 8.405 % of world Rmax")));
    CHECK(svg.contains(QStringLiteral(">Share of AI GPU-cluster performance<")));
    CHECK_FALSE(svg.contains(QStringLiteral("\u2026")));
}

TEST_CASE("text too long for any bar is elided, and the bars keep a third of the plot",
          "[render][levers]")
{
    ensureGuiApplication();
    ChartData data = leversWithLongText();
    data.levers->levers.front().valueAfter = QString(400, QLatin1Char('x'));
    const QRectF bounds(0, 0, 1280, 720);
    const LeversLayout layout = LeversChart::layout(bounds, data, ChartTheme::light());
    CHECK(layout.bars.width() == Approx(layout.plot.width() / 3.0));
    CHECK(layout.values[0].right() == Approx(layout.plot.right()));
    const QString svg = QString::fromUtf8(ChartExporter::renderSvg(data, leversOptions()));
    CHECK(svg.contains(QStringLiteral("8.685 million people \u2192 xxx")));
    CHECK(svg.contains(QStringLiteral("\u2026")));
}

TEST_CASE("the levers SVG keeps names and gains as text", "[render][levers]")
{
    ensureGuiApplication();
    const QString svg =
        QString::fromUtf8(ChartExporter::renderSvg(fixtureChartDataWithLevers(), leversOptions()));
    CHECK(svg.contains(QStringLiteral("Investment levers")));
    CHECK(svg.contains(QStringLiteral("Country Y: 63.0%, Mid")));
    CHECK(svg.contains(QStringLiteral(">+8.14<")));
    CHECK(svg.contains(QStringLiteral("15 score \u2192 16 score")));

    // Without levers the chart says so instead of drawing an empty plot.
    const QString empty =
        QString::fromUtf8(ChartExporter::renderSvg(fixtureChartData(), leversOptions()));
    CHECK(empty.contains(QStringLiteral("No levers to show.")));
}
