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

namespace {

QString legendDetail(const ChartProfile& profile, std::size_t axes);

QString thresholdNoteText()
{
    return RadarChart::tr(
        "Threshold: a pillar on or outside the dashed ring meets the requirement");
}

// The widest line among the legend's names (label font) and details (small font).
double widestLegendLine(const ChartData& data, const ChartFonts& fonts)
{
    double widest = 0.0;
    for (const ChartProfile& profile : data.profiles) {
        widest = std::max(widest, fonts.labelMetrics.horizontalAdvance(profile.name));
        widest = std::max(widest, fonts.smallMetrics.horizontalAdvance(
                                      legendDetail(profile, data.pillars.size())));
    }
    return std::ceil(widest) + 1.0;
}

// The threshold note word-wrapped to `width`: its height.
double thresholdNoteHeight(const ChartFonts& fonts, double width)
{
    return std::ceil(fonts.smallMetrics
                         .boundingRect(QRectF(0, 0, width, 1e4),
                                       Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                                       thresholdNoteText())
                         .height()) +
           1.0;
}

// Entries top-down from `legend`'s top-left, then the threshold sample and note.
void placeLegend(RadarLayout& layout, const ChartData& data, const ChartFonts& fonts)
{
    const double swatch = fonts.labelMetrics.height() * 0.7;
    const double indent = swatch * 1.6;
    const double textWidth = layout.legend.width() - indent;
    double y = layout.legend.top();
    for (const ChartProfile& profile : data.profiles) {
        RadarLegendEntry entry;
        entry.swatch = QRectF(layout.legend.left(), y + (fonts.labelMetrics.height() - swatch) / 2,
                              swatch, swatch);
        entry.name =
            QRectF(layout.legend.left() + indent, y, textWidth, fonts.labelMetrics.height());
        entry.nameText = fonts.labelMetrics.elidedText(profile.name, Qt::ElideRight, textWidth);
        y += fonts.labelMetrics.height();
        entry.detail = QRectF(entry.name.left(), y, textWidth, fonts.smallMetrics.height());
        entry.detailText = fonts.smallMetrics.elidedText(legendDetail(profile, data.pillars.size()),
                                                         Qt::ElideRight, textWidth);
        y += fonts.smallMetrics.height() * 1.6;
        layout.entries.push_back(entry);
    }
    const double sampleY = y + fonts.smallMetrics.height() / 2;
    layout.thresholdSample =
        QLineF(layout.legend.left(), sampleY, layout.legend.left() + swatch * 1.2, sampleY);
    layout.thresholdText = thresholdNoteText();
    layout.thresholdNote =
        QRectF(layout.legend.left() + indent, y, textWidth, thresholdNoteHeight(fonts, textWidth));
}

// The axis labels for the layout's centre and radius, aligned away from
// the centre.
void placeAxisLabels(RadarLayout& layout, const ChartData& data, const ChartMetrics& metrics,
                     const ChartFonts& fonts)
{
    layout.axisLabels.clear();
    const std::size_t axes = data.pillars.size();
    const double labelWidth = std::max(120.0 * metrics.scale, layout.radius * 0.9);
    for (std::size_t axis = 0; axis < axes; ++axis) {
        const double angle = RadarLayout::axisAngle(axis, axes);
        const double dx = std::cos(angle);
        const double dy = std::sin(angle);
        const QPointF anchor(layout.centre.x() + (layout.radius + 14 * metrics.scale) * dx,
                             layout.centre.y() + (layout.radius + 14 * metrics.scale) * dy);
        RadarAxisLabel label;
        label.text = data.pillars[axis].name + QLatin1Char('\n') +
                     RadarChart::tr("threshold %1%")
                         .arg(QLocale().toString(data.pillars[axis].threshold, 'g', 3));
        const QRectF measured = fonts.labelMetrics.boundingRect(
            QRectF(0, 0, labelWidth, 1e4), Qt::TextWordWrap | Qt::AlignLeft, label.text);
        QRectF box(QPointF(0, 0), measured.size());
        label.align = Qt::AlignHCenter;
        if (dx > 0.3) {
            box.moveLeft(anchor.x());
            label.align = Qt::AlignLeft;
        } else if (dx < -0.3) {
            box.moveRight(anchor.x());
            label.align = Qt::AlignRight;
        } else {
            box.moveLeft(anchor.x() - box.width() / 2);
        }
        if (dy > 0.3)
            box.moveTop(anchor.y());
        else if (dy < -0.3)
            box.moveBottom(anchor.y());
        else
            box.moveTop(anchor.y() - box.height() / 2);
        label.box = box;
        layout.axisLabels.push_back(label);
    }
}

// How far the axis labels reach out of `area` on their worst side.
double labelOverflow(const RadarLayout& layout, const QRectF& area)
{
    double overflow = 0.0;
    for (const RadarAxisLabel& label : layout.axisLabels) {
        overflow =
            std::max({overflow, area.left() - label.box.left(), label.box.right() - area.right(),
                      area.top() - label.box.top(), label.box.bottom() - area.bottom()});
    }
    return overflow;
}

} // namespace

RadarLayout RadarChart::layout(const QRectF& bounds, const ChartData& data, const ChartTheme& theme)
{
    const ChartMetrics metrics = ChartMetrics::forBounds(bounds, theme);
    RadarLayout layout;
    layout.plot = ChartFrame::plotRect(bounds, data, theme);
    // Legend on the right, radar in the rest; axis labels need room around
    // the outer ring. The legend is as wide as its longest line needs (up
    // to a limit) and its note as tall as its lines, so a small chart (the
    // country brief's) elides and clips nothing.
    const ChartFonts fonts(theme, metrics);
    const double swatch = fonts.labelMetrics.height() * 0.7;
    const double indent = swatch * 1.6;
    const double entriesHeight = static_cast<double>(data.profiles.size()) *
                                 (fonts.labelMetrics.height() + fonts.smallMetrics.height() * 1.6);
    QRectF radarArea;
    if (layout.plot.height() > layout.plot.width() * 1.1) {
        // Portrait (A4): the legend goes below the radar, which keeps the width.
        const double legendWidth = layout.plot.width() * 0.8;
        const double legendHeight =
            entriesHeight + thresholdNoteHeight(fonts, legendWidth - indent);
        layout.legend = QRectF(layout.plot.left() + layout.plot.width() * 0.1,
                               layout.plot.bottom() - legendHeight, legendWidth, legendHeight);
        radarArea = QRectF(layout.plot.left(), layout.plot.top(), layout.plot.width(),
                           layout.plot.height() - legendHeight - 20 * metrics.scale);
    } else {
        // Landscape (slides, the brief): the legend goes to the right.
        const double preferred = std::min(layout.plot.width() * 0.32, 460 * metrics.scale);
        const double legendWidth =
            std::min(std::max(preferred, indent + widestLegendLine(data, fonts)),
                     layout.plot.width() * 0.45);
        const double legendHeight =
            entriesHeight + thresholdNoteHeight(fonts, legendWidth - indent);
        layout.legend =
            QRectF(layout.plot.right() - legendWidth, layout.plot.top(), legendWidth, legendHeight);
        radarArea =
            QRectF(layout.plot.left(), layout.plot.top(),
                   layout.plot.width() - legendWidth - 20 * metrics.scale, layout.plot.height());
    }
    placeLegend(layout, data, fonts);
    const double labelRoom = fonts.labelMetrics.height() * 2.2;
    layout.centre = radarArea.center();
    layout.radius = std::max(10.0, std::min(radarArea.width() / 2 - labelRoom * 2.2,
                                            radarArea.height() / 2 - labelRoom));
    // A smaller radar until its axis labels stay inside its area (clear of
    // the legend and of the chart's edges; the top one may use the frame's
    // 24-pixel gap below the subtitle), as far as the smallest radar lets.
    const QRectF labelArea = radarArea.adjusted(0, -24 * metrics.scale, 0, 0);
    placeAxisLabels(layout, data, metrics, fonts);
    for (int step = 0; step < 16; ++step) {
        const double overflow = labelOverflow(layout, labelArea);
        if (overflow <= 0.0 || layout.radius <= 10.0)
            break;
        layout.radius = std::max(10.0, layout.radius - std::ceil(overflow));
        placeAxisLabels(layout, data, metrics, fonts);
    }
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

// Axis labels outside the outer ring, where the layout put them.
void RadarSteps::paintAxisLabels() const
{
    painter.setFont(fonts.label);
    painter.setPen(theme.foreground);
    for (const RadarAxisLabel& label : layout.axisLabels)
        painter.drawText(label.box,
                         static_cast<int>(label.align | Qt::AlignVCenter) | Qt::TextWordWrap,
                         label.text);
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

// Legend: colour, name, overall score and pillars met, then the threshold.
void RadarSteps::paintLegend() const
{
    for (std::size_t p = 0; p < layout.entries.size(); ++p) {
        const RadarLegendEntry& entry = layout.entries[p];
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme.seriesColor(p));
        painter.drawRect(entry.swatch);
        painter.setPen(theme.foreground);
        painter.setFont(fonts.label);
        painter.drawText(entry.name, Qt::AlignLeft | Qt::AlignVCenter, entry.nameText);
        painter.setPen(theme.muted);
        painter.setFont(fonts.small);
        painter.drawText(entry.detail, Qt::AlignLeft | Qt::AlignVCenter, entry.detailText);
    }
    painter.setPen(QPen(theme.threshold, metrics.line(), Qt::DashLine));
    painter.drawLine(layout.thresholdSample);
    painter.setPen(theme.muted);
    painter.setFont(fonts.small);
    painter.drawText(layout.thresholdNote, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     layout.thresholdText);
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
