#pragma once

// Score over time: one profile's snapshots placed by the time they were
// taken (x) and their overall score (y, 0-100 over the shaded bands),
// joined by a line, with the score today as a hollow point after them. A
// dashed vertical line marks where the methodology changed between two
// snapshots, since their scores are not comparable across it.

#include "ChartData.h"
#include "ChartTheme.h"

#include <QCoreApplication>
#include <QRectF>

#include <vector>

class QPainter;

namespace aisov::render {

struct HistoryLayout
{
    QRectF plot;
    QRectF axes;                // the 0-100 scale over the time span
    qint64 firstTime = 0;       // ms since the epoch at axes.left() (with padding)
    qint64 lastTime = 0;        // ms since the epoch at axes.right()
    double labelFontSize = 0.0; // pixel size of the score and tick labels
    double pointRadius = 0.0;
    // Points (ChartHistory::points, then today last when present) whose
    // score label and time tick are drawn; the others would overlap a
    // neighbour's.
    std::vector<std::size_t> labelled;
    // Indices i of points whose methodology differs from point i - 1.
    std::vector<std::size_t> methodologyChanges;
    // What the marks mean, right of the profile's name when it fits there,
    // else wrapped on lines of its own below it: never cut off.
    QString legend;
    QRectF legendRect;
    bool legendBesideName = false; // else wrapped below the name

    double xForTime(const QDateTime& time) const;
    double yForScore(double score) const { return axes.bottom() - axes.height() * score / 100.0; }
};

class HistoryChart
{
    Q_DECLARE_TR_FUNCTIONS(HistoryChart)

public:
    static QString defaultTitle();
    static HistoryLayout layout(const QRectF& bounds, const ChartData& data,
                                const ChartTheme& theme);
    static void paint(QPainter& painter, const QRectF& bounds, const ChartData& data,
                      const ChartTheme& theme);
    // The snapshots and today in one list, in the order they are drawn.
    static std::vector<ChartHistoryPoint> allPoints(const ChartHistory& history);
};

} // namespace aisov::render
