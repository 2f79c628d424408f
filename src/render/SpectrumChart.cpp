#include "SpectrumChart.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace aisov::render {

namespace {

// Vertical rhythm of the spectrum, in units of the chart scale.
constexpr double kBarHeight = 64.0;

// The bar's height above the marker lanes: 64 at scale 1; where a text floor
// lifts the band labels (on screen), tall enough that they fit above lane 0.
double barBaseHeight(const ChartMetrics& metrics)
{
    return std::max(kBarHeight * metrics.scale, 3.0 * metrics.smallSize());
}
constexpr double kRowGap = 14.0;        // between the bar (or tick labels) and the first row
constexpr double kMinLabelPixels = 9.0; // labels are not shrunk below this
constexpr double kMarkerRadius = 9.0;
constexpr double kWhiskerCap = 10.0; // half height of a whisker's end caps
constexpr int kMaxLanes = 8;         // beyond this, lanes are shared again

double labelBoxHeight(const QFontMetricsF& metrics)
{
    return metrics.height() * 1.3;
}

double labelRowHeight(const QFontMetricsF& metrics)
{
    return labelBoxHeight(metrics) + metrics.height() * 0.35;
}

bool hasPartialCoverage(const ChartProfile& profile)
{
    return pillarsWithData(profile) < profile.pillarScores.size();
}

// The dagger after a name whose score rests on fewer pillars than the
// methodology has; the legend names them.
const QString kPartialCoverageMark = QStringLiteral("\u2020");

QString markerLabel(const ChartProfile& profile)
{
    QString text = profile.name + (hasPartialCoverage(profile) ? kPartialCoverageMark : QString()) +
                   QStringLiteral("  ") + formatPercent(*profile.score);
    if (profile.scenario && profile.scenario->score)
        text += QStringLiteral(" \u2192 ") + formatPercent(*profile.scenario->score);
    return text;
}

double finalScore(const ChartProfile& profile)
{
    if (profile.scenario && profile.scenario->score)
        return *profile.scenario->score;
    return *profile.score;
}

// Horizontal extent of everything drawn for a profile on the bar: its dot,
// the hollow base dot of a scenario and the whiskers, in bar coordinates.
std::pair<double, double> markerExtent(const ChartProfile& profile, double barLeft, double barWidth,
                                       double scale)
{
    const auto xFor = [&](double score) {
        return barLeft + barWidth * std::clamp(score, 0.0, 100.0) / 100.0;
    };
    double low = xFor(finalScore(profile));
    double high = low;
    if (profile.score) {
        low = std::min(low, xFor(*profile.score));
        high = std::max(high, xFor(*profile.score));
    }
    if (profile.uncertainty) {
        low = std::min(low, xFor(profile.uncertainty->p5));
        high = std::max(high, xFor(profile.uncertainty->p95));
    }
    const double pad = (kMarkerRadius + 2) * scale;
    return {low - pad, high + pad};
}

// Greedy interval colouring: each profile takes the first lane whose last
// extent ends before its own starts, so nothing drawn on one lane overlaps.
// Returns the lane of each entry of `extents` (in their order).
std::vector<int> assignLanes(const std::vector<std::pair<double, double>>& extents)
{
    std::vector<std::size_t> order(extents.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return extents[a].first < extents[b].first;
    });
    std::vector<int> lanes(extents.size(), 0);
    std::vector<double> laneEnd; // right end of the last extent on each lane
    for (const std::size_t i : order) {
        std::size_t lane = 0;
        while (lane < laneEnd.size() && laneEnd[lane] > extents[i].first)
            ++lane;
        if (lane == laneEnd.size()) {
            if (laneEnd.size() == static_cast<std::size_t>(kMaxLanes)) {
                // Out of lanes: share the one that frees up first.
                lane = static_cast<std::size_t>(std::min_element(laneEnd.begin(), laneEnd.end()) -
                                                laneEnd.begin());
            } else {
                laneEnd.push_back(0.0);
            }
        }
        laneEnd[lane] = std::max(laneEnd[lane], extents[i].second);
        lanes[i] = static_cast<int>(lane);
    }
    return lanes;
}

// The bands the bar is divided into: one unnamed band when there are none.
std::vector<ChartBand> barBands(const ChartData& data)
{
    std::vector<ChartBand> bands = data.bands;
    if (bands.empty())
        bands.push_back({0.0, QString()});
    return bands;
}

// Where band `i` starts and ends on the 0-100 scale.
std::pair<double, double> bandSpan(const std::vector<ChartBand>& bands, std::size_t i)
{
    const double from = std::clamp(bands[i].from, 0.0, 100.0);
    const double to = i + 1 < bands.size() ? std::clamp(bands[i + 1].from, 0.0, 100.0) : 100.0;
    return {from, to};
}

QFont bandFont(const ChartTheme& theme, const ChartMetrics& metrics)
{
    return theme.font(metrics.smallSize(), QFont::DemiBold);
}

// `label` in `width`: whole when it fits, else (when `mayWrap`) on two
// lines split at the space that leaves the wider line narrowest; a line
// still too wide is elided.
QStringList bandLabelLines(const QString& label, const QFontMetricsF& metrics, double width,
                           bool mayWrap)
{
    if (metrics.horizontalAdvance(label) <= width || !mayWrap || !label.contains(QLatin1Char(' ')))
        return {metrics.elidedText(label, Qt::ElideRight, width)};
    qsizetype bestSpace = -1;
    double bestWidth = 0.0;
    for (qsizetype space = label.indexOf(QLatin1Char(' ')); space >= 0;
         space = label.indexOf(QLatin1Char(' '), space + 1)) {
        const double wider = std::max(metrics.horizontalAdvance(label.left(space)),
                                      metrics.horizontalAdvance(label.mid(space + 1)));
        if (bestSpace < 0 || wider < bestWidth) {
            bestSpace = space;
            bestWidth = wider;
        }
    }
    return {metrics.elidedText(label.left(bestSpace), Qt::ElideRight, width),
            metrics.elidedText(label.mid(bestSpace + 1), Qt::ElideRight, width)};
}

// The bands' names in a bar `barWidth` wide, and the height of the zone
// that holds them (one more line when any wraps).
void layoutBandLabels(SpectrumLayout& layout, const ChartData& data, const ChartTheme& theme,
                      const ChartMetrics& metrics, double barWidth, bool mayWrap)
{
    const QFontMetricsF bandMetrics(bandFont(theme, metrics));
    const std::vector<ChartBand> bands = barBands(data);
    int lines = 1;
    for (std::size_t i = 0; i < bands.size(); ++i) {
        const auto [from, to] = bandSpan(bands, i);
        const double width = barWidth * (to - from) / 100.0 - 8 * metrics.scale;
        layout.bandLabels.push_back(bandLabelLines(bands[i].label, bandMetrics, width, mayWrap));
        lines = std::max(lines, static_cast<int>(layout.bandLabels.back().size()));
    }
    layout.bandLabelHeight =
        barBaseHeight(metrics) * 0.42 + (lines - 1) * bandMetrics.lineSpacing();
}

void drawArrow(QPainter& painter, QPointF from, QPointF to, double headSize)
{
    painter.drawLine(from, to);
    const double direction = to.x() >= from.x() ? 1.0 : -1.0;
    QPainterPath head;
    head.moveTo(to);
    head.lineTo(to.x() - direction * headSize, to.y() - headSize * 0.6);
    head.lineTo(to.x() - direction * headSize, to.y() + headSize * 0.6);
    head.closeSubpath();
    painter.fillPath(head, painter.pen().color());
}

} // namespace

QString SpectrumChart::defaultTitle()
{
    return tr("Position on the sovereignty spectrum");
}

SpectrumLayout SpectrumChart::layout(const QRectF& bounds, const ChartData& data,
                                     const ChartTheme& theme)
{
    // A profile's label matters more than a band's whole name: where the
    // names' second line would leave labels without room, they stay on one
    // line, elided (a short chart, a large font).
    SpectrumLayout wrapped = layout(bounds, data, theme, true);
    const bool anyWrapped = std::any_of(wrapped.bandLabels.begin(), wrapped.bandLabels.end(),
                                        [](const QStringList& lines) { return lines.size() > 1; });
    if (wrapped.unlabelled.isEmpty() || !anyWrapped)
        return wrapped;
    SpectrumLayout oneLine = layout(bounds, data, theme, false);
    return oneLine.unlabelled.size() < wrapped.unlabelled.size() ? oneLine : wrapped;
}

SpectrumLayout SpectrumChart::layout(const QRectF& bounds, const ChartData& data,
                                     const ChartTheme& theme, bool wrapBandNames)
{
    const ChartMetrics metrics = ChartMetrics::forBounds(bounds, theme);
    SpectrumLayout layout;
    layout.plot = ChartFrame::plotRect(bounds, data, theme);
    const QRectF& plot = layout.plot;
    const QFontMetricsF tickMetrics(theme.font(metrics.smallSize()));
    layout.tickZoneHeight = tickMetrics.height() + 8 * metrics.scale;
    // Room at the bottom for the legend line ("no data" names, whisker key).
    const double legendHeight = tickMetrics.height() * 1.6;
    const double usableHeight = plot.height() - legendHeight;
    // Half a label sticks out past the bar ends when a country sits at 0 or 100.
    const double barInset = 12 * metrics.scale;
    const double barLeft = plot.left() + barInset;
    const double barWidth = plot.width() - 2 * barInset;

    std::vector<std::size_t> scored;
    for (std::size_t i = 0; i < data.profiles.size(); ++i) {
        const ChartProfile& profile = data.profiles[i];
        if (!profile.score) {
            layout.withoutScore.append(profile.name);
            continue;
        }
        scored.push_back(i);
        if (hasPartialCoverage(profile))
            layout.partialCoverage.append(tr("%1 %2/%3")
                                              .arg(profile.name)
                                              .arg(pillarsWithData(profile))
                                              .arg(profile.pillarScores.size()));
    }

    // Profiles whose dots, arrows or whiskers would overlap get lanes of
    // their own, one below the other; the bar grows to hold them.
    std::vector<std::pair<double, double>> extents;
    extents.reserve(scored.size());
    for (const std::size_t index : scored)
        extents.push_back(
            markerExtent(data.profiles[index], barLeft, barWidth, metrics.markScale()));
    const std::vector<int> lanes = assignLanes(extents);
    layout.laneCount = lanes.empty() ? 1 : *std::max_element(lanes.begin(), lanes.end()) + 1;
    layout.laneGap = (2 * kMarkerRadius + 6) * metrics.markScale();
    layoutBandLabels(layout, data, theme, metrics, barWidth, wrapBandNames);
    // The names' second line, where they wrap, pushes the lanes down.
    const double bandLabelExtra = layout.bandLabelHeight - barBaseHeight(metrics) * 0.42;
    const double barHeight =
        barBaseHeight(metrics) + bandLabelExtra + (layout.laneCount - 1) * layout.laneGap;

    // Shrink the labels until every row fits; at the minimum size the rows
    // may run past the plot, but they still never overlap.
    double fontSize = metrics.labelSize();
    const double minLabelPixels = std::max(kMinLabelPixels, theme.minimumTextPixels);
    std::vector<LabelPlacement> placements;
    int rowsAbove = 0;
    int rowsBelow = 0;
    double rowHeight = 0.0;
    for (;;) {
        const QFontMetricsF labelMetrics(theme.font(fontSize));
        rowHeight = labelRowHeight(labelMetrics);
        std::vector<LabelRequest> requests;
        for (const std::size_t index : scored) {
            const ChartProfile& profile = data.profiles[index];
            const double swatch = labelMetrics.height() * 0.9; // colour dot before the text
            requests.push_back(
                {barLeft + barWidth * std::clamp(finalScore(profile), 0.0, 100.0) / 100.0,
                 labelMetrics.horizontalAdvance(markerLabel(profile)) + swatch +
                     labelMetrics.height() * 0.6});
        }
        LabelLayoutOptions options;
        options.minX = plot.left();
        options.maxX = plot.right();
        options.gap = labelMetrics.height() * 0.4;
        options.maxShift = labelMetrics.height() * 3;
        placements = layoutLabels(requests, options);
        const int rows = rowCount(placements);
        rowsAbove = (rows + 1) / 2;
        rowsBelow = rows / 2;
        const double needed = barHeight + layout.tickZoneHeight +
                              (rowsAbove + rowsBelow) * rowHeight + 2 * kRowGap * metrics.scale;
        if (needed <= usableHeight || fontSize <= minLabelPixels)
            break;
        fontSize = std::max(minLabelPixels, fontSize * 0.9);
    }
    layout.labelFontSize = fontSize;
    // Even at the smallest size the rows may not fit (dozens of profiles on
    // one score). Labels of rows beyond the room are left out and named in
    // the legend line instead: the chart stays inside its bounds, and the
    // markers are still drawn.
    const double roomForRows =
        usableHeight - barHeight - layout.tickZoneHeight - 2 * kRowGap * metrics.scale;
    const int maxRows = std::max(0, static_cast<int>(std::floor(roomForRows / rowHeight)));
    rowsAbove = std::min(rowsAbove, (maxRows + 1) / 2);
    rowsBelow = std::min(rowsBelow, maxRows / 2);

    const double aboveHeight = rowsAbove * rowHeight + kRowGap * metrics.scale;
    const double belowHeight =
        layout.tickZoneHeight + rowsBelow * rowHeight + kRowGap * metrics.scale;
    // Centre the block; with few labels the bar sits in the middle of the plot.
    const double blockHeight = aboveHeight + barHeight + belowHeight;
    const double top = plot.top() + std::max(0.0, (usableHeight - blockHeight) / 2);
    layout.bar = QRectF(barLeft, top + aboveHeight, barWidth, barHeight);
    layout.markerY = layout.bar.top() + bandLabelExtra + barBaseHeight(metrics) * 0.68;

    const QFontMetricsF labelMetrics(theme.font(fontSize));
    const double boxHeight = labelBoxHeight(labelMetrics);
    for (std::size_t k = 0; k < scored.size(); ++k) {
        const ChartProfile& profile = data.profiles[scored[k]];
        const LabelPlacement& placement = placements[k];
        SpectrumMarker marker;
        marker.profile = scored[k];
        marker.x = layout.xForScore(std::clamp(finalScore(profile), 0.0, 100.0));
        marker.lane = lanes[k];
        marker.y = layout.markerY + marker.lane * layout.laneGap;
        if (profile.scenario && profile.scenario->score)
            marker.baseX = layout.xForScore(std::clamp(*profile.score, 0.0, 100.0));
        marker.label = markerLabel(profile);
        if (placement.row >= maxRows) {
            marker.labelled = false;
            layout.unlabelled.append(profile.name);
            layout.markers.push_back(marker);
            continue;
        }
        marker.above = placement.row % 2 == 0;
        const int level = placement.row / 2; // 0 nearest the bar
        const double rowTop =
            marker.above ? layout.bar.top() - kRowGap * metrics.scale - (level + 1) * rowHeight
                         : layout.bar.bottom() + layout.tickZoneHeight + kRowGap * metrics.scale +
                               level * rowHeight;
        marker.labelRect = QRectF(placement.left, rowTop + (rowHeight - boxHeight) / 2,
                                  placement.width, boxHeight);
        layout.markers.push_back(marker);
    }
    return layout;
}

namespace {

// The painting steps of the chart, in the order paint() calls them.
class SpectrumSteps : public ChartSteps<SpectrumLayout>
{
public:
    using ChartSteps::ChartSteps;
    void paintBands() const;
    void paintTicks() const;
    void paintLeaderLines() const;
    void paintWhisker(const SpectrumMarker& marker, const ScoreInterval& interval) const;
    void paintMarkers() const;
    void paintLabels() const;
    void paintLegendLine() const;
};

// Bands, with their names (one or two lines, as laid out) in the upper
// part of the bar.
void SpectrumSteps::paintBands() const
{
    const QRectF& bar = layout.bar;
    const std::vector<ChartBand> bands = barBands(data);
    painter.setFont(bandFont(theme, metrics));
    for (std::size_t i = 0; i < bands.size(); ++i) {
        const auto [from, to] = bandSpan(bands, i);
        const QRectF segment(QPointF(layout.xForScore(from), bar.top()),
                             QPointF(layout.xForScore(to), bar.bottom()));
        const QColor fill = theme.bandColor(i, bands.size());
        painter.fillRect(segment, fill);
        painter.setPen(theme.textOn(fill));
        const QRectF textRect(segment.left() + 4 * metrics.scale, bar.top() + 2 * metrics.scale,
                              segment.width() - 8 * metrics.scale,
                              layout.bandLabelHeight); // above lane 0, however many lanes
        painter.drawText(textRect, Qt::AlignCenter, layout.bandLabels[i].join(QLatin1Char('\n')));
    }
    painter.setPen(QPen(theme.grid, metrics.line() * 0.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(bar);
}

// Ticks every 10%.
void SpectrumSteps::paintTicks() const
{
    const QRectF& bar = layout.bar;
    const QFontMetricsF& tickMetrics = fonts.smallMetrics;
    painter.setFont(fonts.small);
    for (int tick = 0; tick <= 100; tick += 10) {
        const double x = layout.xForScore(tick);
        painter.setPen(QPen(theme.muted, metrics.line() * 0.5));
        painter.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + 6 * metrics.scale));
        const QString text = SpectrumChart::tr("%1%").arg(tick);
        const double width = tickMetrics.horizontalAdvance(text);
        // Centred on the tick, but kept inside the chart's margins: text
        // raised to the screen's font size may be wider than the margin.
        const double left =
            std::clamp(x - width / 2 - 2, layout.plot.left() - metrics.margin(),
                       std::max(layout.plot.left() - metrics.margin(),
                                layout.plot.right() + metrics.margin() - width - 4));
        painter.drawText(
            QRectF(left, bar.bottom() + 7 * metrics.scale, width + 4, tickMetrics.height()),
            Qt::AlignCenter, text);
    }
}

// Leader lines first, so that label boxes cover any line crossing them.
void SpectrumSteps::paintLeaderLines() const
{
    const QRectF& bar = layout.bar;
    for (const auto& marker : layout.markers) {
        if (!marker.labelled)
            continue;
        const QColor color = theme.seriesColor(marker.profile);
        painter.setPen(QPen(color, metrics.line() * 0.6));
        const QRectF& box = marker.labelRect;
        const double attachX = std::clamp(marker.x, box.left() + 2, box.right() - 2);
        if (marker.above)
            painter.drawLine(QPointF(marker.x, bar.top()), QPointF(attachX, box.bottom()));
        else
            painter.drawLine(QPointF(marker.x, bar.bottom()), QPointF(attachX, box.top()));
    }
}

// The p5-p95 whisker of a marker with an uncertainty interval.
void SpectrumSteps::paintWhisker(const SpectrumMarker& marker, const ScoreInterval& interval) const
{
    const QColor color = theme.seriesColor(marker.profile);
    const double low = layout.xForScore(std::clamp(interval.p5, 0.0, 100.0));
    const double high = layout.xForScore(std::clamp(interval.p95, 0.0, 100.0));
    const double cap = kWhiskerCap * metrics.markScale();
    painter.setPen(QPen(theme.background, metrics.line() * 2.2, Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(low, marker.y), QPointF(high, marker.y));
    painter.setPen(QPen(color, metrics.line(), Qt::SolidLine, Qt::FlatCap));
    painter.drawLine(QPointF(low, marker.y), QPointF(high, marker.y));
    painter.drawLine(QPointF(low, marker.y - cap), QPointF(low, marker.y + cap));
    painter.drawLine(QPointF(high, marker.y - cap), QPointF(high, marker.y + cap));
}

// Whiskers, arrows and markers.
void SpectrumSteps::paintMarkers() const
{
    const double radius = kMarkerRadius * metrics.markScale();
    for (const auto& marker : layout.markers) {
        const ChartProfile& profile = data.profiles[marker.profile];
        const QColor color = theme.seriesColor(marker.profile);
        if (profile.uncertainty)
            paintWhisker(marker, *profile.uncertainty);
        if (marker.baseX) {
            painter.setPen(QPen(color, metrics.line() * 1.2));
            painter.setBrush(theme.background);
            painter.drawEllipse(QPointF(*marker.baseX, marker.y), radius * 0.8, radius * 0.8);
            if (std::abs(marker.x - *marker.baseX) > radius * 1.5)
                drawArrow(
                    painter,
                    QPointF(*marker.baseX + (marker.x > *marker.baseX ? radius : -radius),
                            marker.y),
                    QPointF(marker.x + (marker.x > *marker.baseX ? -radius : radius), marker.y),
                    radius);
        }
        painter.setPen(QPen(theme.background, metrics.line()));
        painter.setBrush(color);
        painter.drawEllipse(QPointF(marker.x, marker.y), radius, radius);
    }
}

// Labels: a box in the background colour, a colour dot, then the text.
void SpectrumSteps::paintLabels() const
{
    const QFont labelFont = theme.font(layout.labelFontSize);
    const QFontMetricsF labelMetrics(labelFont);
    painter.setFont(labelFont);
    for (const auto& marker : layout.markers) {
        if (!marker.labelled)
            continue;
        const QRectF& box = marker.labelRect;
        painter.setPen(QPen(theme.grid, metrics.line() * 0.5));
        painter.setBrush(theme.background);
        painter.drawRoundedRect(box, 4 * metrics.scale, 4 * metrics.scale);
        const double dot = labelMetrics.height() * 0.45;
        const QPointF dotCentre(box.left() + labelMetrics.height() * 0.3 + dot / 2,
                                box.center().y());
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme.seriesColor(marker.profile));
        painter.drawEllipse(dotCentre, dot / 2, dot / 2);
        painter.setPen(theme.foreground);
        painter.drawText(
            QRectF(dotCentre.x() + dot, box.top(), box.right() - dotCentre.x() - dot, box.height()),
            Qt::AlignLeft | Qt::AlignVCenter, marker.label);
    }
}

// The legend line's entries: what whiskers and hollow markers mean, and who
// has no data.
QStringList legendEntries(const ChartData& data, const SpectrumLayout& layout)
{
    QStringList legend;
    const bool anyUncertainty =
        std::any_of(data.profiles.begin(), data.profiles.end(),
                    [](const auto& p) { return p.uncertainty.has_value(); });
    const bool anyScenario = std::any_of(data.profiles.begin(), data.profiles.end(),
                                         [](const auto& p) { return p.scenario.has_value(); });
    if (anyUncertainty)
        legend.append(SpectrumChart::tr("Whiskers: 90% uncertainty interval (p5–p95)"));
    if (anyScenario)
        legend.append(SpectrumChart::tr("Hollow marker → filled marker: base → scenario"));
    if (!layout.unlabelled.isEmpty())
        legend.append(SpectrumChart::tr("Not labelled for lack of room: %1")
                          .arg(layout.unlabelled.join(QStringLiteral(", "))));
    if (!layout.withoutScore.isEmpty())
        legend.append(
            SpectrumChart::tr("No data: %1").arg(layout.withoutScore.join(QStringLiteral(", "))));
    if (!layout.partialCoverage.isEmpty())
        legend.append(
            SpectrumChart::tr("%1 scored on the pillars with data only: %2")
                .arg(kPartialCoverageMark, layout.partialCoverage.join(QStringLiteral(", "))));
    return legend;
}

// The one line at the foot of the plot that holds the legend.
QRectF legendLineRect(const SpectrumLayout& layout, const ChartFonts& fonts)
{
    const double height = fonts.smallMetrics.height();
    return {layout.plot.left(), layout.plot.bottom() - height, layout.plot.width(), height};
}

void SpectrumSteps::paintLegendLine() const
{
    const QStringList legend = legendEntries(data, layout);
    if (legend.isEmpty())
        return;
    painter.setFont(fonts.small);
    painter.setPen(theme.muted);
    const QRectF legendRect = legendLineRect(layout, fonts);
    painter.drawText(legendRect, Qt::AlignLeft | Qt::AlignVCenter,
                     fonts.smallMetrics.elidedText(legend.join(QStringLiteral(" · ")),
                                                   Qt::ElideRight, legendRect.width()));
}

QString markerToolTip(const ChartProfile& profile)
{
    QStringList lines;
    const QString score = formatScore(profile.score);
    lines.append(profile.band.isEmpty()
                     ? SpectrumChart::tr("%1: %2").arg(profile.name, score)
                     : SpectrumChart::tr("%1: %2, %3").arg(profile.name, score, profile.band));
    if (profile.scenario && profile.scenario->score)
        lines.append(SpectrumChart::tr("%1: %2 \u2192 %3")
                         .arg(profile.scenario->label, formatScore(profile.score),
                              formatPercent(*profile.scenario->score)));
    if (profile.uncertainty)
        lines.append(SpectrumChart::tr("90% interval: %1 to %2")
                         .arg(formatPercent(profile.uncertainty->p5),
                              formatPercent(profile.uncertainty->p95)));
    if (hasPartialCoverage(profile))
        lines.append(SpectrumChart::tr("Scored on %1 of %2 pillars (the others have no data)")
                         .arg(pillarsWithData(profile))
                         .arg(profile.pillarScores.size()));
    return lines.join(QLatin1Char('\n'));
}

// The marker whose dot (or scenario base dot) or label is at `point`; the
// nearest dot when several are within reach.
const SpectrumMarker* markerAt(const SpectrumLayout& layout, const QPointF& point, double reach)
{
    const SpectrumMarker* nearest = nullptr;
    double nearestDistance = reach;
    for (const auto& marker : layout.markers) {
        double distance = QLineF(point, QPointF(marker.x, marker.y)).length();
        if (marker.baseX)
            distance = std::min(distance, QLineF(point, QPointF(*marker.baseX, marker.y)).length());
        if (distance <= nearestDistance) {
            nearest = &marker;
            nearestDistance = distance;
        }
    }
    if (nearest)
        return nearest;
    for (const auto& marker : layout.markers)
        if (marker.labelled && marker.labelRect.contains(point))
            return &marker;
    return nullptr;
}

QString bandToolTip(const std::vector<ChartBand>& bands, double score)
{
    for (std::size_t i = bands.size(); i-- > 0;) {
        if (bands[i].from > score && i > 0)
            continue;
        const auto [from, to] = bandSpan(bands, i);
        return SpectrumChart::tr("%1: %2% to %3%").arg(bands[i].label).arg(from).arg(to);
    }
    return {};
}

} // namespace

QString SpectrumChart::toolTipAt(const QRectF& bounds, const ChartData& data,
                                 const ChartTheme& theme, const QPointF& point)
{
    const SpectrumLayout layout = SpectrumChart::layout(bounds, data, theme);
    const ChartMetrics metrics = ChartMetrics::forBounds(bounds, theme);
    const double reach = (kMarkerRadius + 3) * metrics.markScale();
    if (const SpectrumMarker* marker = markerAt(layout, point, reach))
        return markerToolTip(data.profiles[marker->profile]);
    if (layout.bar.contains(point) && layout.bar.width() > 0)
        return bandToolTip(data.bands,
                           100.0 * (point.x() - layout.bar.left()) / layout.bar.width());
    const QStringList legend = legendEntries(data, layout);
    if (!legend.isEmpty() && legendLineRect(layout, ChartFonts(theme, metrics)).contains(point))
        return legend.join(QLatin1Char('\n'));
    return {};
}

void SpectrumChart::paint(QPainter& painter, const QRectF& bounds, const ChartData& data,
                          const ChartTheme& theme)
{
    const ChartCanvas canvas(painter, bounds, data, theme, defaultTitle());
    const SpectrumLayout layout = SpectrumChart::layout(bounds, data, theme);
    const SpectrumSteps steps(canvas, layout);
    steps.paintBands();
    steps.paintTicks();
    steps.paintLeaderLines();
    steps.paintMarkers();
    steps.paintLabels();
    steps.paintLegendLine();
}

} // namespace aisov::render
