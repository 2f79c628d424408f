#pragma once

// The spectrum: a horizontal 0-100% bar divided into the methodology's
// named bands, one marker per profile with its label and score, optional
// p5-p95 whiskers and optional "before -> after" arrows for scenarios.
// Labels go in rows above and below the bar (LabelLayout), so they never
// overlap.

#include "ChartData.h"
#include "ChartFrame.h"
#include "ChartTheme.h"
#include "LabelLayout.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace aisov::render {

struct SpectrumMarker
{
    std::size_t profile = 0;     // index into ChartData::profiles
    double x = 0.0;              // where the (final) score sits on the bar
    double y = 0.0;              // centre line of the marker's lane
    int lane = 0;                // 0 = first lane; markers whose whiskers, arrows or
                                 // dots would overlap get lanes of their own
    std::optional<double> baseX; // scenario: where the base score sits
    QString label;
    bool labelled = true; // false when there was no room for its label row
    QRectF labelRect;     // empty when not labelled
    bool above = true;    // label row above or below the bar
};

struct SpectrumLayout
{
    QRectF plot;
    QRectF bar;
    double markerY = 0.0; // centre line of lane 0
    double laneGap = 0.0; // between the centre lines of two lanes
    int laneCount = 1;
    double labelFontSize = 0.0;
    double tickZoneHeight = 0.0;
    // Each band's name as painted in the top of the bar: one line, or two
    // where a name does not fit its band (a narrow chart: "Partial" over
    // "autonomy") unless the second line would take a profile label's room;
    // a line is elided only when it still does not fit.
    std::vector<QStringList> bandLabels;
    double bandLabelHeight = 0.0;        // of the names' zone, above lane 0
    std::vector<SpectrumMarker> markers; // profiles with a score
    QStringList withoutScore;            // names of profiles without any data
    QStringList unlabelled;              // names of profiles whose label did not fit
    // "Estonia 4/6" for each scored profile with pillars without data; its
    // label carries kPartialCoverageMark.
    QStringList partialCoverage;

    double xForScore(double score) const { return bar.left() + bar.width() * score / 100.0; }
};

class SpectrumChart
{
    Q_DECLARE_TR_FUNCTIONS(SpectrumChart)

public:
    static QString defaultTitle();
    // Geometry of the chart drawn into `bounds`, without painting; the tests
    // and paint() share it.
    static SpectrumLayout layout(const QRectF& bounds, const ChartData& data,
                                 const ChartTheme& theme);
    static void paint(QPainter& painter, const QRectF& bounds, const ChartData& data,
                      const ChartTheme& theme);
    // What a tooltip says at `point` (in the coordinates of `bounds`): the
    // profile whose dot or label is there, else the band under the point,
    // else the whole legend line; empty elsewhere. The chart shortens what
    // it draws where room is short (band names and the legend elided,
    // labels left out); the tooltip says it in full.
    static QString toolTipAt(const QRectF& bounds, const ChartData& data, const ChartTheme& theme,
                             const QPointF& point);

private:
    // layout() with the band names allowed onto two lines or kept on one.
    static SpectrumLayout layout(const QRectF& bounds, const ChartData& data,
                                 const ChartTheme& theme, bool wrapBandNames);
};

} // namespace aisov::render
