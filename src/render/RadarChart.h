#pragma once

// The pillar radar: one axis per pillar (any number), one polygon per
// profile, the pillars' thresholds as a dashed ring, and a legend.

#include "ChartData.h"
#include "ChartTheme.h"

#include <QCoreApplication>
#include <QLineF>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace aisov::render {

// One profile in the legend: a swatch, its name (the label font, one line)
// and its score and pillars met (the small font, one line).
struct RadarLegendEntry
{
    QRectF swatch;
    QRectF name;
    QRectF detail;
    QString nameText;
    QString detailText; // elided only when even the widest legend is too narrow
};

// A pillar's name and threshold outside the outer ring (the label font,
// word-wrapped in `box`).
struct RadarAxisLabel
{
    QRectF box;
    Qt::Alignment align;
    QString text;
};

struct RadarLayout
{
    QRectF plot;
    QPointF centre;
    double radius = 0.0;
    QRectF legend; // the legend's entries and the threshold note
    std::vector<RadarLegendEntry> entries;
    QLineF thresholdSample;
    QRectF thresholdNote; // the small font, word-wrapped
    QString thresholdText;
    std::vector<RadarAxisLabel> axisLabels;

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
