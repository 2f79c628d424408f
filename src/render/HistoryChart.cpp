#include "HistoryChart.h"

#include "ChartFrame.h"

#include <QFontMetricsF>
#include <QPainter>
#include <tuple>

#include <algorithm>

namespace aisov::render {

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;

// The tick under a point: the snapshot's label, elided, and its date.
QString tickLabel(const ChartHistoryPoint& point, const QFontMetricsF& metrics, double maxWidth)
{
    return metrics.elidedText(point.label, Qt::ElideRight, maxWidth);
}

QString tickDate(const ChartHistoryPoint& point)
{
    return point.takenAt.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

double maxTickWidth(const ChartMetrics& metrics)
{
    return 12 * metrics.labelSize();
}

// Width a point's texts (score, label, date) need on the time axis.
double pointTextWidth(const ChartHistoryPoint& point, const ChartFonts& fonts,
                      const ChartMetrics& metrics)
{
    const QString label = tickLabel(point, fonts.labelMetrics, maxTickWidth(metrics));
    return std::max({fonts.labelMetrics.horizontalAdvance(formatScore(point.score)),
                     fonts.labelMetrics.horizontalAdvance(label),
                     fonts.smallMetrics.horizontalAdvance(tickDate(point))});
}

// The time span of the axis: the points' span padded on both sides, or a
// day either side of a single moment.
std::pair<qint64, qint64> timeSpan(const std::vector<ChartHistoryPoint>& points)
{
    qint64 first = points.front().takenAt.toMSecsSinceEpoch();
    qint64 last = first;
    for (const auto& point : points) {
        first = std::min(first, point.takenAt.toMSecsSinceEpoch());
        last = std::max(last, point.takenAt.toMSecsSinceEpoch());
    }
    const qint64 padding = last > first ? (last - first) / 16 : kDayMs;
    return {first - padding, last + padding};
}

// Latest first, keep each point whose texts clear those of the last kept.
std::vector<std::size_t> labelledPoints(const HistoryLayout& layout,
                                        const std::vector<ChartHistoryPoint>& points,
                                        const ChartFonts& fonts, const ChartMetrics& metrics)
{
    std::vector<std::size_t> kept;
    const double gap = fonts.labelMetrics.averageCharWidth() * 2;
    for (std::size_t i = points.size(); i-- > 0;) {
        const double x = layout.xForTime(points[i].takenAt);
        const double half = pointTextWidth(points[i], fonts, metrics) / 2;
        if (!kept.empty()) {
            const std::size_t previous = kept.back();
            const double previousHalf = pointTextWidth(points[previous], fonts, metrics) / 2;
            if (layout.xForTime(points[previous].takenAt) - x < half + previousHalf + gap)
                continue;
        }
        kept.push_back(i);
    }
    std::reverse(kept.begin(), kept.end());
    return kept;
}

std::vector<std::size_t> methodologyChanges(const std::vector<ChartHistoryPoint>& points)
{
    std::vector<std::size_t> changes;
    for (std::size_t i = 1; i < points.size(); ++i)
        if (points[i].methodology != points[i - 1].methodology)
            changes.push_back(i);
    return changes;
}

QString legendText(bool hasToday, bool methodologyChanged)
{
    QString legend = HistoryChart::tr("filled = snapshot");
    if (hasToday)
        legend = HistoryChart::tr("%1, hollow = today").arg(legend);
    if (methodologyChanged)
        legend = HistoryChart::tr("%1, dashed line = methodology changed").arg(legend);
    return legend;
}

QFont nameFont(const ChartTheme& theme, const ChartMetrics& metrics)
{
    return theme.font(metrics.labelSize(), QFont::Bold);
}

// Beside the name when the whole legend fits there; otherwise below it,
// wrapped to the plot's width.
void placeLegend(HistoryLayout& layout, const QString& name, const ChartFonts& fonts,
                 const QFontMetricsF& nameMetrics)
{
    const QRectF plot = layout.plot;
    const double besideName =
        plot.left() + nameMetrics.horizontalAdvance(name) + fonts.labelMetrics.height();
    const double lineHeight = fonts.labelMetrics.height();
    layout.legendBesideName =
        besideName + fonts.smallMetrics.horizontalAdvance(layout.legend) <= plot.right();
    if (layout.legendBesideName) {
        layout.legendRect = {QPointF(besideName, plot.top()),
                             QPointF(plot.right(), plot.top() + lineHeight)};
        return;
    }
    const QRectF wrapped = fonts.smallMetrics.boundingRect(
        QRectF(plot.left(), plot.top() + lineHeight, plot.width(), plot.height()),
        Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, layout.legend);
    layout.legendRect = {QPointF(plot.left(), wrapped.top()),
                         QPointF(plot.right(), wrapped.bottom())};
}

} // namespace

double HistoryLayout::xForTime(const QDateTime& time) const
{
    const double span = static_cast<double>(std::max<qint64>(lastTime - firstTime, 1));
    const auto at = static_cast<double>(time.toMSecsSinceEpoch() - firstTime);
    return axes.left() + axes.width() * at / span;
}

QString HistoryChart::defaultTitle()
{
    return tr("Score over time");
}

std::vector<ChartHistoryPoint> HistoryChart::allPoints(const ChartHistory& history)
{
    std::vector<ChartHistoryPoint> points = history.points;
    if (history.today)
        points.push_back(*history.today);
    return points;
}

HistoryLayout HistoryChart::layout(const QRectF& bounds, const ChartData& data,
                                   const ChartTheme& theme)
{
    const ChartMetrics metrics = ChartMetrics::forBounds(bounds, theme);
    const ChartFonts fonts(theme, metrics);
    HistoryLayout layout;
    layout.plot = ChartFrame::plotRect(bounds, data, theme);
    layout.labelFontSize = metrics.labelSize();
    layout.pointRadius = std::max(4.0, 8 * metrics.scale);
    const std::vector<ChartHistoryPoint> points =
        data.history ? allPoints(*data.history) : std::vector<ChartHistoryPoint>{};
    layout.methodologyChanges = methodologyChanges(points);
    if (data.history) {
        layout.legend =
            legendText(data.history->today.has_value(), !layout.methodologyChanges.empty());
        placeLegend(layout, data.history->profileName, fonts,
                    QFontMetricsF(nameFont(theme, metrics)));
    }
    double edge = fonts.labelMetrics.horizontalAdvance(QStringLiteral("100.0%")) / 2;
    for (const auto& point : points)
        edge = std::max(edge, pointTextWidth(point, fonts, metrics) / 2);
    // Legend, then room for the score label above a point at 100 %.
    const double legendBottom =
        std::max(layout.legendRect.bottom(), layout.plot.top() + fonts.labelMetrics.height());
    const double top = legendBottom + fonts.labelMetrics.height() * 1.6;
    const double scaleWidth =
        fonts.smallMetrics.horizontalAdvance(QStringLiteral("100%")) + 12 * metrics.scale;
    const double ticks = fonts.labelMetrics.height() + fonts.smallMetrics.height() * 1.4;
    // The bands are named in a column right of the axes, clear of the points.
    double bandWidth = 0.0;
    for (const auto& band : data.bands)
        bandWidth = std::max(bandWidth, fonts.smallMetrics.horizontalAdvance(band.label));
    const double right = std::max(edge, bandWidth + 10 * metrics.scale);
    layout.axes = QRectF(QPointF(layout.plot.left() + std::max(scaleWidth, edge), top),
                         QPointF(layout.plot.right() - right, layout.plot.bottom() - ticks));
    if (points.empty())
        return layout;
    std::tie(layout.firstTime, layout.lastTime) = timeSpan(points);
    layout.labelled = labelledPoints(layout, points, fonts, metrics);
    return layout;
}

namespace {

// The painting steps of the chart, in the order paint() calls them.
class HistorySteps : public ChartSteps<HistoryLayout>
{
public:
    HistorySteps(const ChartCanvas& canvas, const HistoryLayout& chartLayout)
        : ChartSteps(canvas, chartLayout)
        , points(HistoryChart::allPoints(*data.history))
        , hasToday(data.history->today.has_value())
    {}
    void paintBands() const;
    void paintScale() const;
    void paintMethodologyChanges() const;
    void paintLine() const;
    void paintPoints() const;
    void paintLabels() const;
    void paintLegend() const;

private:
    QPointF at(std::size_t i) const
    {
        return {layout.xForTime(points[i].takenAt), layout.yForScore(*points[i].score)};
    }
    bool isToday(std::size_t i) const { return hasToday && i + 1 == points.size(); }
    double radius() const { return layout.pointRadius; }

    std::vector<ChartHistoryPoint> points;
    bool hasToday = false;
};

// The bands as pale stripes across the time axis, named right of it.
void HistorySteps::paintBands() const
{
    painter.setFont(fonts.small);
    for (std::size_t b = 0; b < data.bands.size(); ++b) {
        const double to = b + 1 < data.bands.size() ? data.bands[b + 1].from : 100.0;
        const QRectF stripe(QPointF(layout.axes.left(), layout.yForScore(to)),
                            QPointF(layout.axes.right(), layout.yForScore(data.bands[b].from)));
        QColor fill = theme.bandColor(b, data.bands.size());
        fill.setAlphaF(0.22F);
        painter.fillRect(stripe, fill);
        painter.setPen(theme.muted);
        const QRectF name(QPointF(layout.axes.right() + 8 * metrics.scale, stripe.top()),
                          QPointF(layout.plot.right(), stripe.bottom()));
        painter.drawText(name, Qt::AlignLeft | Qt::AlignVCenter, data.bands[b].label);
    }
}

// Horizontal grid and its 0-100 % labels.
void HistorySteps::paintScale() const
{
    painter.setFont(fonts.small);
    for (int level = 0; level <= 100; level += 25) {
        const double y = layout.yForScore(level);
        painter.setPen(QPen(theme.grid, metrics.line() * 0.5));
        painter.drawLine(QPointF(layout.axes.left(), y), QPointF(layout.axes.right(), y));
        painter.setPen(theme.muted);
        painter.drawText(QRectF(layout.plot.left(), y - fonts.smallMetrics.height() / 2,
                                layout.axes.left() - layout.plot.left() - 8 * metrics.scale,
                                fonts.smallMetrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, HistoryChart::tr("%1%").arg(level));
    }
}

// A dashed line halfway between two points scored with different methodologies.
void HistorySteps::paintMethodologyChanges() const
{
    for (const std::size_t i : layout.methodologyChanges) {
        const double x =
            (layout.xForTime(points[i - 1].takenAt) + layout.xForTime(points[i].takenAt)) / 2;
        painter.setPen(QPen(theme.threshold, metrics.line(), Qt::DashLine));
        painter.drawLine(QPointF(x, layout.axes.top()), QPointF(x, layout.axes.bottom()));
    }
}

// Solid through the snapshots, dashed on to today.
void HistorySteps::paintLine() const
{
    const QColor color = theme.seriesColor(0);
    std::optional<std::size_t> previous;
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (!points[i].score)
            continue;
        if (previous) {
            painter.setPen(
                QPen(color, metrics.line() * 1.5, isToday(i) ? Qt::DashLine : Qt::SolidLine));
            painter.drawLine(at(*previous), at(i));
        }
        previous = i;
    }
}

void HistorySteps::paintPoints() const
{
    const QColor color = theme.seriesColor(0);
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (!points[i].score)
            continue;
        painter.setPen(QPen(isToday(i) ? color : theme.background, metrics.line()));
        painter.setBrush(isToday(i) ? theme.background : color);
        painter.drawEllipse(at(i), radius(), radius());
    }
}

// Above each labelled point its score; below the axis its label and date.
void HistorySteps::paintLabels() const
{
    const double labelHeight = fonts.labelMetrics.height();
    for (const std::size_t i : layout.labelled) {
        const ChartHistoryPoint& point = points[i];
        const double x = layout.xForTime(point.takenAt);
        const double width = pointTextWidth(point, fonts, metrics) + 4;
        const double y = point.score ? at(i).y() - radius() - labelHeight - 2
                                     : layout.axes.bottom() - labelHeight - 2;
        painter.setFont(fonts.label);
        painter.setPen(point.score ? theme.foreground : theme.muted);
        painter.drawText(QRectF(x - width / 2, y, width, labelHeight), Qt::AlignCenter,
                         formatScore(point.score));
        const double tickTop = layout.axes.bottom() + 4 * metrics.scale;
        painter.setPen(theme.foreground);
        painter.drawText(QRectF(x - width / 2, tickTop, width, labelHeight), Qt::AlignCenter,
                         tickLabel(point, fonts.labelMetrics, maxTickWidth(metrics)));
        painter.setFont(fonts.small);
        painter.setPen(theme.muted);
        painter.drawText(
            QRectF(x - width / 2, tickTop + labelHeight, width, fonts.smallMetrics.height()),
            Qt::AlignCenter, tickDate(point));
    }
}

// Who, and what the marks mean.
void HistorySteps::paintLegend() const
{
    painter.setFont(nameFont(theme, metrics));
    painter.setPen(theme.foreground);
    painter.drawText(QPointF(layout.plot.left(), layout.plot.top() + fonts.labelMetrics.ascent()),
                     data.history->profileName);
    painter.setFont(fonts.small);
    painter.setPen(theme.muted);
    // Beside the name, the legend shares its baseline; below it, it wraps.
    if (layout.legendBesideName) {
        const double baseline = layout.plot.top() + fonts.labelMetrics.ascent();
        painter.drawText(QPointF(layout.legendRect.left(), baseline), layout.legend);
    } else {
        painter.drawText(layout.legendRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         layout.legend);
    }
}

} // namespace

void HistoryChart::paint(QPainter& painter, const QRectF& bounds, const ChartData& data,
                         const ChartTheme& theme)
{
    const ChartCanvas canvas(painter, bounds, data, theme, defaultTitle());
    const HistoryLayout layout = HistoryChart::layout(bounds, data, theme);
    if (!data.history || allPoints(*data.history).empty()) {
        canvas.paintMessage(layout.plot, tr("No snapshots yet."));
        return;
    }
    const HistorySteps steps(canvas, layout);
    steps.paintBands();
    steps.paintScale();
    steps.paintMethodologyChanges();
    steps.paintLine();
    steps.paintPoints();
    steps.paintLabels();
    steps.paintLegend();
}

} // namespace aisov::render
