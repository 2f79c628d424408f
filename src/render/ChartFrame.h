#pragma once

// What every chart carries around its plot: background, title, the
// methodology (name and version) and the data note. Also the text sizes,
// which scale with the chart so that a thumbnail and a slide look alike
// (with a floor the theme may set, for charts on screen).

#include "ChartData.h"
#include "ChartTheme.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QRectF>

#include <algorithm>
#include <optional>

class QPainter;

namespace aisov::render {

struct ChartMetrics
{
    double scale = 1.0;     // geometry: 1 for a 1920 × 1080 chart
    double textScale = 1.0; // text: `scale`, or more to meet the theme's minimumTextPixels
    // Titles grow with the chart; a text floor (on screen) lifts them only as
    // far as a heading above the labels needs, so a small chart keeps room
    // for its plot. At the default floor of 0 both are 40 and 22 × scale.
    double titleSize() const { return std::max(40 * scale, 26 * textScale); }
    double subtitleSize() const { return std::max(22 * scale, 17 * textScale); }
    double labelSize() const { return 20 * textScale; }
    double smallSize() const { return kSmallTextAtScaleOne * textScale; } // the smallest text
    double margin() const { return 36 * scale; }
    // Markers (dots, whisker caps, the lanes they sit on) grow with the text
    // when a floor lifts it, so that a dot in a narrow panel stays as
    // visible as the label naming it.
    double markScale() const { return std::max(scale, textScale); }
    double strokeScale = 1.0;                                              // the theme's
    double line() const { return std::max(1.0, 2 * scale) * strokeScale; } // stroke width

    static constexpr double kSmallTextAtScaleOne = 16.0;
    static ChartMetrics forBounds(const QRectF& bounds, const ChartTheme& theme);
};

// The two text styles of a plot (axis and legend labels, small print), made
// once per layout or paint so that every chart measures text the same way.
struct ChartFonts
{
    ChartFonts(const ChartTheme& theme, const ChartMetrics& metrics)
        : label(theme.font(metrics.labelSize()))
        , small(theme.font(metrics.smallSize()))
        , labelMetrics(label)
        , smallMetrics(small)
    {}

    QFont label;
    QFont small;
    QFontMetricsF labelMetrics;
    QFontMetricsF smallMetrics;
};

// What every chart's paint() starts with: the frame painted into `bounds`,
// the metrics and fonts of `bounds`, and the painter saved with
// antialiasing on for the plot; the painter is restored when it goes.
class ChartCanvas
{
public:
    ChartCanvas(QPainter& painter, const QRectF& bounds, const ChartData& data,
                const ChartTheme& theme, const QString& defaultTitle);
    ~ChartCanvas();
    ChartCanvas(const ChartCanvas&) = delete;
    ChartCanvas& operator=(const ChartCanvas&) = delete;
    ChartCanvas(ChartCanvas&&) = delete;
    ChartCanvas& operator=(ChartCanvas&&) = delete;

    QPainter& painter() const { return m_painter; }
    const ChartData& data() const { return m_data; }
    const ChartTheme& theme() const { return m_theme; }
    const ChartMetrics& metrics() const { return m_metrics; }
    const ChartFonts& fonts() const { return m_fonts; }

    // Says in the middle of `plot` why there is nothing to draw.
    void paintMessage(const QRectF& plot, const QString& message) const;

private:
    QPainter& m_painter;
    const ChartData& m_data;
    const ChartTheme& m_theme;
    ChartMetrics m_metrics;
    ChartFonts m_fonts;
};

// Base of a chart's painting steps: member functions over what every step
// uses, the canvas unpacked once and the chart's layout.
template <typename Layout>
class ChartSteps
{
public:
    ChartSteps(const ChartCanvas& canvas, const Layout& chartLayout)
        : painter(canvas.painter())
        , data(canvas.data())
        , theme(canvas.theme())
        , metrics(canvas.metrics())
        , fonts(canvas.fonts())
        , layout(chartLayout)
    {}

protected:
    QPainter& painter;
    const ChartData& data;
    const ChartTheme& theme;
    const ChartMetrics& metrics;
    const ChartFonts& fonts;
    const Layout& layout;
};

class ChartFrame
{
    Q_DECLARE_TR_FUNCTIONS(ChartFrame)

public:
    // The rectangle left for the plot inside `bounds` (what paint() returns).
    static QRectF plotRect(const QRectF& bounds, const ChartData& data, const ChartTheme& theme);

    // Paints background, title, subtitle and data note into `bounds`;
    // returns the rectangle left for the plot.
    static QRectF paint(QPainter& painter, const QRectF& bounds, const ChartData& data,
                        const ChartTheme& theme, const QString& defaultTitle);

    // "Methodology: AI Sovereignty Spectrum, version 2026.1"
    static QString methodologyLine(const ChartData& data);

    // The title's font in `bounds`: bold at titleSize(), smaller when the
    // whole title does not fit the width (a chart in a narrow panel), but
    // not below subtitleSize(); only past that is the title elided.
    static QFont titleFont(const QRectF& bounds, const ChartTheme& theme, const QString& title);

private:
    struct Geometry
    {
        QRectF title;
        QRectF subtitle;
        QRectF note;
        QRectF plot;
    };
    static Geometry geometry(const QRectF& bounds, const ChartTheme& theme);
    // titleFont() for a title line `width` wide, for paint(), which has
    // the metrics and the geometry already.
    static QFont titleFont(const ChartMetrics& metrics, const ChartTheme& theme, double width,
                           const QString& title);
};

// Text helpers shared by the charts.
QString formatPercent(double score, int decimals = 1);      // "34.5%"
QString formatScore(const std::optional<double>& score);    // "34.5%" or "no data"
QString formatSignedPoints(double delta, int decimals = 1); // "+4.2" / "−1.0" / "±0.0"

} // namespace aisov::render
