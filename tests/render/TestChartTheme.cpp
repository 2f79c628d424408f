// Themes: colour-blind-safe palette, readable band text, fonts with Korean.

#include "RenderTestSupport.h"

#include "ChartTheme.h"

#include <catch2/catch.hpp>

#include <QFontInfo>
#include <QFontMetricsF>

using aisov::render::ChartTheme;
using aisov::test::ensureGuiApplication;

TEST_CASE("themes by name", "[render][theme]")
{
    CHECK(ChartTheme::fromName(QStringLiteral("light"))->name == QStringLiteral("light"));
    CHECK(ChartTheme::fromName(QStringLiteral("dark"))->name == QStringLiteral("dark"));
    CHECK_FALSE(ChartTheme::fromName(QStringLiteral("sepia")).has_value());
    CHECK(ChartTheme::light().background.lightnessF() > 0.9);
    CHECK(ChartTheme::dark().background.lightnessF() < 0.15);
    CHECK(ChartTheme::dark().foreground.lightnessF() > 0.85);
}

TEST_CASE("the series palette is Okabe-Ito and cycles", "[render][theme]")
{
    const ChartTheme theme = ChartTheme::light();
    REQUIRE(theme.series.size() == 8);
    CHECK(theme.seriesColor(0) == QColor(0x00, 0x72, 0xB2)); // blue
    CHECK(theme.seriesColor(1) == QColor(0xE6, 0x9F, 0x00)); // orange
    CHECK(theme.seriesColor(2) == QColor(0x00, 0x9E, 0x73)); // bluish green
    CHECK(theme.seriesColor(8) == theme.seriesColor(0));
    // The neutral eighth colour contrasts with the background in both themes.
    CHECK(ChartTheme::light().seriesColor(7).lightnessF() < 0.2);
    CHECK(ChartTheme::dark().seriesColor(7).lightnessF() > 0.8);
}

TEST_CASE("bands darken (light) or brighten (dark) monotonically", "[render][theme]")
{
    for (const auto& theme : {ChartTheme::light(), ChartTheme::dark()}) {
        INFO(theme.name.toStdString());
        const double sign = theme.name == QStringLiteral("light") ? -1.0 : 1.0;
        for (const std::size_t count : {std::size_t{2}, std::size_t{5}, std::size_t{7}}) {
            for (std::size_t i = 0; i + 1 < count; ++i) {
                const double step = theme.bandColor(i + 1, count).lightnessF() -
                                    theme.bandColor(i, count).lightnessF();
                CHECK(sign * step > 0.0);
            }
        }
        CHECK(theme.bandColor(0, 1) == theme.bandRamp.front());
    }
}

TEST_CASE("text on a fill picks the readable colour", "[render][theme]")
{
    const ChartTheme theme = ChartTheme::light();
    CHECK(theme.textOn(QColor(0x08, 0x30, 0x6B)).lightnessF() > 0.9);
    CHECK(theme.textOn(QColor(0xEF, 0xF3, 0xFF)).lightnessF() < 0.2);
}

TEST_CASE("the chart font chain covers Korean", "[render][theme][korean]")
{
    ensureGuiApplication();
    const ChartTheme theme = ChartTheme::light();
    CHECK(theme.fontFamilies.contains(QStringLiteral("Noto Sans CJK KR")));
    const QFont font = theme.font(20, QFont::Bold);
    CHECK(font.pixelSize() == 20);
    CHECK(font.weight() == QFont::Bold);
    // Some family of the chain is installed (setup.sh installs fonts-noto-cjk).
    const QString resolved = QFontInfo(font).family();
    CHECK_FALSE(resolved.isEmpty());
    const QFontMetricsF metrics(font);
    CHECK(metrics.inFontUcs4(0xD55C)); // 한
    CHECK(metrics.inFontUcs4(0xAE00)); // 글
}
