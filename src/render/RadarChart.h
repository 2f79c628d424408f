#pragma once

// The pillar radar: one axis per pillar (any number), one polygon per
// profile, the pillars' thresholds as a dashed ring, and a legend.

#include "ChartData.h"
#include "ChartTheme.h"

#include <QCoreApplication>
#include <QPointF>
#include <QRectF>

class QPainter;

namespace aisov::render {

struct RadarLayout
{
    QRectF plot;
    QPointF centre;
    double radius = 0.0;
    QRectF legend;

    // Angle of axis `index` of `count`: the first points up, then clockwise.
    static double axisAngle(std::size_t index, std::size_t count);
    QPointF pointFor(std::size_t axis, std::size_t count, double score) const;
};

class RadarChart
{
    Q_DECLARE_TR_FUNCTIONS(RadarChart)

public:
    static QString defaultTitle();
    static RadarLayout layout(const QRectF& bounds, const ChartData& data, const ChartTheme& theme);
    static void paint(QPainter& painter, const QRectF& bounds, const ChartData& data,
                      const ChartTheme& theme);
};

} // namespace aisov::render
