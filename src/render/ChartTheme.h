#pragma once

// Colours and fonts of a chart. The series palette is Okabe-Ito, which stays
// distinguishable under the common colour-vision deficiencies; the spectrum
// bands use one hue with rising darkness, so their order reads without colour.
// The high-contrast theme (black, white and yellow, thicker strokes) is for
// low vision: every text colour has a WCAG contrast of at least 7:1.

#include <QColor>
#include <QFont>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace aisov::render {

struct ChartTheme
{
    QString name; // "light", "dark" or "high-contrast"
    QColor background;
    QColor foreground; // titles, labels
    QColor muted;      // subtitles, notes, axis labels
    QColor grid;
    QColor threshold;
    std::vector<QColor> series;   // one per profile, cycled
    std::vector<QColor> bandRamp; // lightest to strongest; interpolated over the bands
    QStringList fontFamilies;     // first available wins; later ones fill missing glyphs
    // Text on a light fill (textOn); white is the text on a dark one.
    QColor darkText = QColor(0x1A, 0x1A, 0x1A);
    // Every stroke's width is multiplied by this (thicker lines read better).
    double strokeScale = 1.0;
    // The smallest chart text (notes, ticks) is at least this many pixels,
    // the rest keeping its proportions above it: a window passes the
    // platform font's pixel size so that a chart in 900 x 500 stays legible.
    // 0, the default (exports), lets text scale with the chart's bounds alone.
    double minimumTextPixels = 0.0;

    static ChartTheme light();
    static ChartTheme dark();
    static ChartTheme highContrast();
    // "light", "dark" or "high-contrast"; empty for anything else.
    static std::optional<ChartTheme> fromName(const QString& name);
    // The names fromName accepts, in the order a user is offered them.
    static QStringList names();

    QColor seriesColor(std::size_t index) const { return series[index % series.size()]; }
    // Colour of band `index` of `count`, interpolated along bandRamp.
    QColor bandColor(std::size_t index, std::size_t count) const;
    // darkText or white, whichever reads better on `fill`.
    QColor textOn(const QColor& fill) const;
    // The chart font at a pixel size. Pixel sizes keep text the same relative
    // size on every device (PNG at any DPI, SVG, PDF).
    QFont font(double pixelSize, QFont::Weight weight = QFont::Normal) const;
};

// Families tried in order: Latin first, then Noto Sans CJK KR so that Korean
// (and other CJK) labels render, then generic fallbacks.
QStringList defaultChartFontFamilies();

// WCAG 2 relative luminance of a colour (0 black, 1 white) and the contrast
// ratio of two colours (1 to 21; WCAG AAA asks 7 for text).
double relativeLuminance(const QColor& color);
double contrastRatio(const QColor& first, const QColor& second);

} // namespace aisov::render
