#pragma once

// Investment levers: "which investment would make us a bit more
// sovereign?" One bar per indicator, as long as the overall score points
// that one step of it adds, largest first; the pillars that would reach
// their threshold are marked.

#include "ChartData.h"
#include "ChartTheme.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace aisov::render {

struct LeversLayout
{
    QRectF plot;
    QRectF summary;           // the line naming the profile, its score and next band
    QRectF bars;              // the area the bars grow in, all rows
    std::vector<QRectF> rows; // one per lever, top to bottom
    // Per lever: its name and pillar, right-aligned against the bars, and
    // its gain with the values before and after the step, right of its bar.
    std::vector<QRectF> names;
    std::vector<QRectF> values;
    double minGain = 0.0; // the scale: <= 0
    double maxGain = 1.0; // > minGain

    double xForGain(double gain) const
    {
        return bars.left() + bars.width() * (gain - minGain) / (maxGain - minGain);
    }
    // The bar of lever `row`, from the zero line to its gain.
    QRectF bar(std::size_t row, double gain) const;
};

// The two lines right of a lever's bar: "+1.97" (and whether its pillar
// meets its threshold) over "121 \u2192 214 facilities".
struct LeverValueText
{
    QString gain;
    QString values;
};

class LeversChart
{
    Q_DECLARE_TR_FUNCTIONS(LeversChart)

public:
    static QString defaultTitle();
    static LeverValueText valueText(const ChartLever& lever);
    // The bars are scaled so that every lever's value text fits right of
    // its bar and every name fits left of the bars, as long as the bars
    // keep at least a third of the plot; only past that is text elided.
    static LeversLayout layout(const QRectF& bounds, const ChartData& data,
                               const ChartTheme& theme);
    static void paint(QPainter& painter, const QRectF& bounds, const ChartData& data,
                      const ChartTheme& theme);
};

} // namespace aisov::render
