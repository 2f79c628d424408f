#pragma once

// Colours and fonts of a chart. The series palette is Okabe-Ito, which stays
// distinguishable under the common colour-vision deficiencies; the spectrum
// bands use one hue with rising darkness, so their order reads without colour.

#include <QColor>
#include <QFont>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace aisov::render {

struct ChartTheme
{
    QString name; // "light" or "dark"
    QColor background;
    QColor foreground; // titles, labels
    QColor muted;      // subtitles, notes, axis labels
    QColor grid;
    QColor threshold;
    std::vector<QColor> series;   // one per profile, cycled
    std::vector<QColor> bandRamp; // lightest to strongest; interpolated over the bands
    QStringList fontFamilies;     // first available wins; later ones fill missing glyphs
    // The smallest chart text (notes, ticks) is at least this many pixels,
    // the rest keeping its proportions above it: a window passes the
    // platform font's pixel size so that a chart in 900 x 500 stays legible.
    // 0, the default (exports), lets text scale with the chart's bounds alone.
    double minimumTextPixels = 0.0;

    static ChartTheme light();
    static ChartTheme dark();
    // "light" or "dark"; empty for anything else.
    static std::optional<ChartTheme> fromName(const QString& name);

    QColor seriesColor(std::size_t index) const { return series[index % series.size()]; }
    // Colour of band `index` of `count`, interpolated along bandRamp.
    QColor bandColor(std::size_t index, std::size_t count) const;
    // Black or white text, whichever reads better on `fill`.
    QColor textOn(const QColor& fill) const;
    // The chart font at a pixel size. Pixel sizes keep text the same relative
    // size on every device (PNG at any DPI, SVG, PDF).
    QFont font(double pixelSize, QFont::Weight weight = QFont::Normal) const;
};

// Families tried in order: Latin first, then Noto Sans CJK KR so that Korean
// (and other CJK) labels render, then generic fallbacks.
QStringList defaultChartFontFamilies();

} // namespace aisov::render
