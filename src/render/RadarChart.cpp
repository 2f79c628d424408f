#include "RadarChart.h"

#include "ChartFrame.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace aisov::render {

double RadarLayout::axisAngle(std::size_t index, std::size_t count)
{
    return -std::numbers::pi / 2 +
           2 * std::numbers::pi * static_cast<double>(index) / static_cast<double>(count);
}

QPointF RadarLayout::pointFor(std::size_t axis, std::size_t count, double score) const
{
    const double angle = axisAngle(axis, count);
    const double r = radius * std::clamp(score, 0.0, 100.0) / 100.0;
    return {centre.x() + r * std::cos(angle), centre.y() + r * std::sin(angle)};
}

QString RadarChart::defaultTitle()
{
    return tr("Pillar profile");
}

RadarLayout RadarChart::layout(const QRectF& bounds, const ChartData& data, const ChartTheme& theme)
{
    const ChartMetrics metrics = ChartMetrics::forBounds(bounds, theme);
    RadarLayout layout;
    layout.plot = ChartFrame::plotRect(bounds, data, theme);
    // Legend on the right, radar in the rest; axis labels need room around
    // the outer ring.
    const ChartFonts fonts(theme, metrics);
    QRectF radarArea;
    if (layout.plot.height() > layout.plot.width() * 1.1) {
        // Portrait (A4): the legend goes below the radar, which keeps the width.
        const double legendHeight =
            static_cast<double>(data.profiles.size()) *
                (fonts.labelMetrics.height() + fonts.smallMetrics.height() * 1.6) +
            fonts.smallMetrics.height() * 2.6;
        layout.legend =
            QRectF(layout.plot.left() + layout.plot.width() * 0.1,
                   layout.plot.bottom() - legendHeight, layout.plot.width() * 0.8, legendHeight);
        radarArea = QRectF(layout.plot.left(), layout.plot.top(), layout.plot.width(),
                           layout.plot.height() - legendHeight - 20 * metrics.scale);
    } else {
        // Landscape (slides): the legend goes to the right.
        const double legendWidth = std::min(layout.plot.width() * 0.32, 460 * metrics.scale);
        layout.legend = QRectF(layout.plot.right() - legendWidth, layout.plot.top(), legendWidth,
                               layout.plot.height());
        radarArea =
            QRectF(layout.plot.left(), layout.plot.top(),
                   layout.plot.width() - legendWidth - 20 * metrics.scale, layout.plot.height());
    }
    const double labelRoom = fonts.labelMetrics.height() * 2.2;
    layout.centre = radarArea.center();
    layout.radius = std::max(10.0, std::min(radarArea.width() / 2 - labelRoom * 2.2,
                                            radarArea.height() / 2 - labelRoom));
    return layout;
}

namespace {

// A closed ring through one score per axis (polygons, like the data).
template <typename ScoreOfAxis>
QPolygonF ring(const RadarLayout& layout, std::size_t axes, const ScoreOfAxis& scoreOfAxis)
{
    QPolygonF polygon;
    for (std::size_t axis = 0; axis < axes; ++axis)
        polygon << layout.pointFor(axis, axes, scoreOfAxis(axis));
    return polygon;
}

// The painting steps of the chart, in the order paint() calls them.
class RadarSteps : public ChartSteps<RadarLayout>
{
public:
    using ChartSteps::ChartSteps;
    void paintGrid() const;
    void paintThresholds() const;
    void paintProfiles() const;
    void paintAxisLabels() const;
    void paintLegend() const;

private:
    std::size_t axes = data.pillars.size();
};

// Grid rings at 25, 50, 75, 100 and spokes. With fewer than three axes a
// polygon degenerates to a line, so the rings become circles (and the
// thresholds short dashed ticks across each axis).
void RadarSteps::paintGrid() const
{
    painter.setBrush(Qt::NoBrush);
    painter.setFont(fonts.small);
    for (int level = 25; level <= 100; level += 25) {
        painter.setPen(QPen(theme.grid, metrics.line() * 0.75));
        if (axes >= 3)
            painter.drawPolygon(ring(layout, axes, [&](std::size_t) { return double(level); }));
        else
            painter.drawEllipse(layout.centre, layout.radius * level / 100.0,
                                layout.radius * level / 100.0);
        painter.setPen(theme.muted);
        const QPointF at = layout.pointFor(0, axes, level);
        painter.drawText(
            QPointF(at.x() + 8 * metrics.scale, at.y() + fonts.smallMetrics.ascent() * 0.9),
            RadarChart::tr("%1%").arg(level));
    }
    for (std::size_t axis = 0; axis < axes; ++axis) {
        painter.setPen(QPen(theme.grid, metrics.line() * 0.75));
        painter.drawLine(layout.centre, layout.pointFor(axis, axes, 100));
    }
}

// Thresholds: a dashed ring through each pillar's own threshold.
void RadarSteps::paintThresholds() const
{
    painter.setPen(QPen(theme.threshold, metrics.line(), Qt::DashLine));
    if (axes >= 3) {
        painter.drawPolygon(
            ring(layout, axes, [&](std::size_t axis) { return data.pillars[axis].threshold; }));
    } else {
        for (std::size_t axis = 0; axis < axes; ++axis) {
            const QPointF at = layout.pointFor(axis, axes, data.pillars[axis].threshold);
            const double angle = RadarLayout::axisAngle(axis, axes);
            const QPointF across(-std::sin(angle) * 16 * metrics.scale,
                                 std::cos(angle) * 16 * metrics.scale);
            painter.drawLine(at - across, at + across);
        }
    }
}

// One polygon per profile; a pillar without data sits at the centre and
// gets a hollow point.
void RadarSteps::paintProfiles() const
{
    for (std::size_t p = 0; p < data.profiles.size(); ++p) {
        const ChartProfile& profile = data.profiles[p];
        const QColor color = theme.seriesColor(p);
        QColor fill = color;
        fill.setAlphaF(0.12f);
        QPolygonF polygon;
        for (std::size_t axis = 0; axis < axes; ++axis) {
            const auto score =
                axis < profile.pillarScores.size() ? profile.pillarScores[axis] : std::nullopt;
            polygon << layout.pointFor(axis, axes, score.value_or(0.0));
        }
        painter.setPen(QPen(color, metrics.line() * 1.5));
        painter.setBrush(fill);
        painter.drawPolygon(polygon);
        for (std::size_t axis = 0; axis < axes; ++axis) {
            const bool known =
                axis < profile.pillarScores.size() && profile.pillarScores[axis].has_value();
            painter.setPen(QPen(color, metrics.line()));
            painter.setBrush(known ? QBrush(color) : QBrush(theme.background));
            painter.drawEllipse(polygon[static_cast<qsizetype>(axis)], 5 * metrics.scale,
                                5 * metrics.scale);
        }
    }
}

// Axis labels outside the outer ring, aligned away from the centre.
void RadarSteps::paintAxisLabels() const
{
    painter.setFont(fonts.label);
    painter.setPen(theme.foreground);
    const double labelWidth = std::max(120.0 * metrics.scale, layout.radius * 0.9);
    for (std::size_t axis = 0; axis < axes; ++axis) {
        const double angle = RadarLayout::axisAngle(axis, axes);
        const double dx = std::cos(angle);
        const double dy = std::sin(angle);
        const QPointF anchor(layout.centre.x() + (layout.radius + 14 * metrics.scale) * dx,
                             layout.centre.y() + (layout.radius + 14 * metrics.scale) * dy);
        const QString text = data.pillars[axis].name + QLatin1Char('\n') +
                             RadarChart::tr("threshold %1%")
                                 .arg(QLocale().toString(data.pillars[axis].threshold, 'g', 3));
        const QRectF measured = fonts.labelMetrics.boundingRect(
            QRectF(0, 0, labelWidth, 1e4), Qt::TextWordWrap | Qt::AlignLeft, text);
        QRectF box(QPointF(0, 0), measured.size());
        Qt::Alignment align = Qt::AlignHCenter;
        if (dx > 0.3) {
            box.moveLeft(anchor.x());
            align = Qt::AlignLeft;
        } else if (dx < -0.3) {
            box.moveRight(anchor.x());
            align = Qt::AlignRight;
        } else {
            box.moveLeft(anchor.x() - box.width() / 2);
        }
        if (dy > 0.3)
            box.moveTop(anchor.y());
        else if (dy < -0.3)
            box.moveBottom(anchor.y());
        else
            box.moveTop(anchor.y() - box.height() / 2);
        painter.drawText(box, static_cast<int>(align | Qt::AlignVCenter) | Qt::TextWordWrap, text);
    }
}

// "34.5% · 2 of 6 pillars met", and how many pillars have no data.
QString legendDetail(const ChartProfile& profile, std::size_t axes)
{
    // A hollow vertex at the centre is a pillar without data; say how many.
    const std::size_t withoutData = axes - std::min(axes, pillarsWithData(profile));
    QString detail = RadarChart::tr("no data");
    if (profile.score && withoutData == 0)
        detail = RadarChart::tr("%1 · %2 of %3 pillars met")
                     .arg(formatPercent(*profile.score))
                     .arg(profile.met)
                     .arg(axes);
    else if (profile.score)
        detail = RadarChart::tr("%1 · %2 of %3 pillars met, %4 without data")
                     .arg(formatPercent(*profile.score))
                     .arg(profile.met)
                     .arg(axes)
                     .arg(withoutData);
    return detail;
}

// Legend: colour, name, overall score and pillars met.
void RadarSteps::paintLegend() const
{
    const double swatch = fonts.labelMetrics.height() * 0.7;
    double y = layout.legend.top();
    for (std::size_t p = 0; p < data.profiles.size(); ++p) {
        const ChartProfile& profile = data.profiles[p];
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme.seriesColor(p));
        painter.drawRect(QRectF(layout.legend.left(),
                                y + (fonts.labelMetrics.height() - swatch) / 2, swatch, swatch));
        painter.setPen(theme.foreground);
        painter.setFont(fonts.label);
        const QRectF nameRect(layout.legend.left() + swatch * 1.6, y,
                              layout.legend.width() - swatch * 1.6, fonts.labelMetrics.height());
        painter.drawText(
            nameRect, Qt::AlignLeft | Qt::AlignVCenter,
            fonts.labelMetrics.elidedText(profile.name, Qt::ElideRight, nameRect.width()));
        y += fonts.labelMetrics.height();
        painter.setPen(theme.muted);
        painter.setFont(fonts.small);
        const QString detail = legendDetail(profile, axes);
        painter.drawText(QRectF(nameRect.left(), y, nameRect.width(), fonts.smallMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         fonts.smallMetrics.elidedText(detail, Qt::ElideRight, nameRect.width()));
        y += fonts.smallMetrics.height() * 1.6;
    }
    painter.setPen(QPen(theme.threshold, metrics.line(), Qt::DashLine));
    painter.drawLine(
        QPointF(layout.legend.left(), y + fonts.smallMetrics.height() / 2),
        QPointF(layout.legend.left() + swatch * 1.2, y + fonts.smallMetrics.height() / 2));
    painter.setPen(theme.muted);
    painter.setFont(fonts.small);
    painter.drawText(
        QRectF(layout.legend.left() + swatch * 1.6, y, layout.legend.width() - swatch * 1.6,
               fonts.smallMetrics.height() * 2.4),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
        RadarChart::tr("Threshold: a pillar on or outside the dashed ring meets the requirement"));
}

} // namespace

void RadarChart::paint(QPainter& painter, const QRectF& bounds, const ChartData& data,
                       const ChartTheme& theme)
{
    const ChartCanvas canvas(painter, bounds, data, theme, defaultTitle());
    const RadarLayout layout = RadarChart::layout(bounds, data, theme);
    const RadarSteps steps(canvas, layout);
    if (data.pillars.empty()) {
        canvas.paintMessage(layout.plot, tr("The methodology has no pillars."));
        return;
    }
    steps.paintGrid();
    steps.paintThresholds();
    steps.paintProfiles();
    steps.paintAxisLabels();
    steps.paintLegend();
}

} // namespace aisov::render
