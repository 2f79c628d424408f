#include "CompareChart.h"

#include "ChartFrame.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace aisov::render {

namespace {

// Diagonal hatching drawn as lines (pattern brushes do not survive SVG export).
void hatch(QPainter& painter, const QRectF& rect, const QColor& color, double spacing, double width)
{
    painter.save();
    painter.setClipRect(rect, Qt::IntersectClip);
    painter.setPen(QPen(color, width));
    for (double x = rect.left() - rect.height(); x < rect.right(); x += spacing)
        painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()));
    painter.restore();
}

} // namespace

QRectF CompareLayout::barSlot(std::size_t group, std::size_t profile, std::size_t count) const
{
    const QRectF& area = groups[group];
    const double inner = area.width() * 0.84;
    const double width = inner / static_cast<double>(std::max<std::size_t>(count, 1));
    return {area.left() + (area.width() - inner) / 2 + width * static_cast<double>(profile),
            axes.top(), width, axes.height()};
}

QString CompareChart::defaultTitle()
{
    return tr("Pillar scores compared");
}

CompareLayout CompareChart::layout(const QRectF& bounds, const ChartData& data,
                                   const ChartTheme& theme)
{
    const ChartMetrics metrics = ChartMetrics::forBounds(bounds, theme);
    CompareLayout layout;
    layout.plot = ChartFrame::plotRect(bounds, data, theme);
    const ChartFonts fonts(theme, metrics);
    // Legend: up to four entries per row above the bars.
    const std::size_t legendRows = (data.profiles.size() + 3) / 4 + 1;
    layout.legend = QRectF(layout.plot.left(), layout.plot.top(), layout.plot.width(),
                           static_cast<double>(legendRows) * fonts.labelMetrics.height() * 1.3);
    const double axisLabelWidth =
        fonts.smallMetrics.horizontalAdvance(QStringLiteral("100%")) + 10 * metrics.scale;
    const double groupLabelHeight = fonts.labelMetrics.height() * 2.3;
    layout.axes = QRectF(QPointF(layout.plot.left() + axisLabelWidth,
                                 layout.legend.bottom() + fonts.smallMetrics.height() * 1.5),
                         QPointF(layout.plot.right(), layout.plot.bottom() - groupLabelHeight));
    const std::size_t groups = std::max<std::size_t>(data.pillars.size(), 1);
    const double groupWidth = layout.axes.width() / static_cast<double>(groups);
    for (std::size_t g = 0; g < data.pillars.size(); ++g)
        layout.groups.emplace_back(layout.axes.left() + groupWidth * static_cast<double>(g),
                                   layout.axes.top(), groupWidth, layout.axes.height());
    return layout;
}

namespace {

// The painting steps of the chart, in the order paint() calls them.
class CompareSteps : public ChartSteps<CompareLayout>
{
public:
    using ChartSteps::ChartSteps;
    void paintLegend() const;
    void paintKey() const;
    void paintValueAxis() const;
    void paintBar(std::size_t g, std::size_t p) const;
    void paintGroups() const;
};

// Legend: one entry per profile, up to four to a row.
void CompareSteps::paintLegend() const
{
    const double swatch = fonts.labelMetrics.height() * 0.7;
    const double entryWidth = layout.legend.width() / 4;
    painter.setFont(fonts.label);
    constexpr std::size_t kLegendColumns = 4;
    for (std::size_t p = 0; p < data.profiles.size(); ++p) {
        const ChartProfile& profile = data.profiles[p];
        const std::size_t column = p % kLegendColumns;
        const std::size_t row = p / kLegendColumns; // whole rows, by intent
        const QPointF at(layout.legend.left() + entryWidth * static_cast<double>(column),
                         layout.legend.top() +
                             fonts.labelMetrics.height() * 1.3 * static_cast<double>(row));
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme.seriesColor(p));
        painter.drawRect(
            QRectF(at.x(), at.y() + (fonts.labelMetrics.height() - swatch) / 2, swatch, swatch));
        painter.setPen(theme.foreground);
        const QString text = profile.score ? CompareChart::tr("%1 (%2, %3/%4 met)")
                                                 .arg(profile.name, formatPercent(*profile.score))
                                                 .arg(profile.met)
                                                 .arg(data.pillars.size())
                                           : CompareChart::tr("%1 (no data)").arg(profile.name);
        const double width = entryWidth - swatch * 1.8;
        painter.drawText(QRectF(at.x() + swatch * 1.4, at.y(), width, fonts.labelMetrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         fonts.labelMetrics.elidedText(text, Qt::ElideRight, width));
    }
}

// The key under the legend: solid, hatched, and the dashed threshold.
void CompareSteps::paintKey() const
{
    const double swatch = fonts.labelMetrics.height() * 0.7;
    const double keyY = layout.legend.bottom() - fonts.labelMetrics.height() * 1.1;
    painter.setFont(fonts.small);
    const QRectF solidKey(layout.legend.left(), keyY + 2, swatch, swatch);
    painter.fillRect(solidKey, theme.muted);
    painter.setPen(theme.muted);
    const QString solidText = CompareChart::tr("solid: meets threshold");
    painter.drawText(QPointF(solidKey.right() + swatch * 0.5, solidKey.bottom()), solidText);
    const QRectF hatchKey(solidKey.right() + swatch +
                              fonts.smallMetrics.horizontalAdvance(solidText) + swatch,
                          keyY + 2, swatch, swatch);
    painter.setPen(QPen(theme.muted, metrics.line() * 0.6));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(hatchKey);
    hatch(painter, hatchKey, theme.muted, 5 * metrics.scale, metrics.line() * 0.5);
    const QString hatchText = CompareChart::tr("hatched: below threshold");
    painter.setPen(theme.muted);
    painter.drawText(QPointF(hatchKey.right() + swatch * 0.5, hatchKey.bottom()), hatchText);
    const double dashX =
        hatchKey.right() + swatch + fonts.smallMetrics.horizontalAdvance(hatchText) + swatch;
    painter.setPen(QPen(theme.threshold, metrics.line(), Qt::DashLine));
    painter.drawLine(QPointF(dashX, hatchKey.center().y()),
                     QPointF(dashX + swatch * 2, hatchKey.center().y()));
    painter.setPen(theme.muted);
    painter.drawText(QPointF(dashX + swatch * 2.5, hatchKey.bottom()),
                     CompareChart::tr("threshold"));
}

// Value axis: grid lines and their percentages.
void CompareSteps::paintValueAxis() const
{
    painter.setFont(fonts.small);
    for (int level = 0; level <= 100; level += 25) {
        const double y = layout.yForScore(level);
        painter.setPen(QPen(theme.grid, metrics.line() * 0.5));
        painter.drawLine(QPointF(layout.axes.left(), y), QPointF(layout.axes.right(), y));
        painter.setPen(theme.muted);
        painter.drawText(QRectF(layout.plot.left(), y - fonts.smallMetrics.height() / 2,
                                layout.axes.left() - layout.plot.left() - 6 * metrics.scale,
                                fonts.smallMetrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, CompareChart::tr("%1%").arg(level));
    }
}

// The bar of profile `p` in pillar group `g`: solid when it meets the
// threshold, hatched when not, "n/a" without data; its score above it.
void CompareSteps::paintBar(std::size_t g, std::size_t p) const
{
    const std::size_t count = data.profiles.size();
    const ChartProfile& profile = data.profiles[p];
    const QRectF slot = layout.barSlot(g, p, count);
    const QRectF barArea = slot.adjusted(slot.width() * 0.08, 0, -slot.width() * 0.08, 0);
    const QColor color = theme.seriesColor(p);
    const auto score = g < profile.pillarScores.size() ? profile.pillarScores[g] : std::nullopt;
    if (!score) {
        painter.setPen(theme.muted);
        painter.setFont(fonts.small);
        painter.drawText(QRectF(barArea.left() - 20,
                                layout.axes.bottom() - fonts.smallMetrics.height() * 1.2,
                                barArea.width() + 40, fonts.smallMetrics.height()),
                         Qt::AlignHCenter | Qt::AlignBottom, CompareChart::tr("n/a"));
        return;
    }
    const QRectF bar(QPointF(barArea.left(), layout.yForScore(std::clamp(*score, 0.0, 100.0))),
                     QPointF(barArea.right(), layout.axes.bottom()));
    const bool meets = g < profile.pillarMeets.size() && profile.pillarMeets[g];
    if (meets) {
        painter.fillRect(bar, color);
    } else {
        QColor light = color;
        light.setAlphaF(0.18f);
        painter.fillRect(bar, light);
        hatch(painter, bar, color, 7 * metrics.scale, metrics.line() * 0.8);
        painter.setPen(QPen(color, metrics.line()));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(bar);
    }
    if (barArea.width() >= fonts.smallMetrics.horizontalAdvance(QStringLiteral("100")) * 0.9) {
        painter.setPen(theme.foreground);
        painter.setFont(fonts.small);
        painter.drawText(QRectF(barArea.left() - 10, bar.top() - fonts.smallMetrics.height(),
                                barArea.width() + 20, fonts.smallMetrics.height()),
                         Qt::AlignHCenter | Qt::AlignBottom, QLocale().toString(*score, 'f', 0));
    }
}

// Each pillar's group: its bars, its threshold and its name; then the axis line.
void CompareSteps::paintGroups() const
{
    const std::size_t count = data.profiles.size();
    for (std::size_t g = 0; g < layout.groups.size(); ++g) {
        const QRectF& group = layout.groups[g];
        for (std::size_t p = 0; p < count; ++p)
            paintBar(g, p);
        // The pillar's threshold across its group, above the bars.
        const double thresholdY =
            layout.yForScore(std::clamp(data.pillars[g].threshold, 0.0, 100.0));
        painter.setPen(QPen(theme.threshold, metrics.line(), Qt::DashLine));
        painter.drawLine(QPointF(group.left() + group.width() * 0.04, thresholdY),
                         QPointF(group.right() - group.width() * 0.04, thresholdY));
        // Group label below the axis.
        painter.setPen(theme.foreground);
        painter.setFont(fonts.label);
        const QRectF labelRect(group.left(), layout.axes.bottom() + 6 * metrics.scale,
                               group.width(), fonts.labelMetrics.height() * 2.2);
        painter.drawText(labelRect, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         data.pillars[g].name);
    }
    painter.setPen(QPen(theme.muted, metrics.line() * 0.6));
    painter.drawLine(layout.axes.bottomLeft(), layout.axes.bottomRight());
}

} // namespace

void CompareChart::paint(QPainter& painter, const QRectF& bounds, const ChartData& data,
                         const ChartTheme& theme)
{
    const ChartCanvas canvas(painter, bounds, data, theme, defaultTitle());
    const CompareLayout layout = CompareChart::layout(bounds, data, theme);
    const CompareSteps steps(canvas, layout);
    steps.paintLegend();
    steps.paintKey();
    steps.paintValueAxis();
    steps.paintGroups();
}

} // namespace aisov::render
