#pragma once

// Scenario delta: for each profile that has a scenario, the overall score
// and every pillar score before (hollow) and after (filled), joined by an
// arrow and labelled with the change in points.

#include "ChartData.h"
#include "ChartTheme.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace aisov::render {

struct ScenarioDeltaLayout
{
    QRectF plot;
    QRectF axes;                       // the 0-100 scale, all rows
    std::vector<std::size_t> profiles; // indices of the profiles with a scenario
    std::vector<QRectF> rows;          // overall first, then one per pillar
    double deltaColumn = 0.0;          // left edge of the "+4.2" texts
    // The legend's "hollow = base, filled = scenario" goes on a line of its
    // own when it does not fit beside the profiles' names.
    bool legendHintBelow = false;

    double xForScore(double score) const { return axes.left() + axes.width() * score / 100.0; }
    // Vertical centre of `profile`'s line (index into `profiles`) in row `row`.
    double lineY(std::size_t row, std::size_t profile) const;
    // The height each profile's line takes in row `row`.
    double lineSpacing(std::size_t row) const;
};

class ScenarioDeltaChart
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioDeltaChart)

public:
    static QString defaultTitle();
    static ScenarioDeltaLayout layout(const QRectF& bounds, const ChartData& data,
                                      const ChartTheme& theme);
    static void paint(QPainter& painter, const QRectF& bounds, const ChartData& data,
                      const ChartTheme& theme);
};

} // namespace aisov::render
