#include "ScenarioDeltaChart.h"

#include "ChartFrame.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace aisov::render {

namespace {

// Row 0 is the overall score, row r the pillar r - 1.
double scoreOrNan(bool overall, std::size_t row, const std::optional<double>& overallScore,
                  const std::vector<std::optional<double>>& pillarScores)
{
    const std::optional<double> score =
        overall ? overallScore
                : (row - 1 < pillarScores.size() ? pillarScores[row - 1] : std::nullopt);
    return score.value_or(std::nan(""));
}

QString legendEntry(const ChartProfile& profile)
{
    return ScenarioDeltaChart::tr("%1: %2").arg(profile.name, profile.scenario->label);
}

QString legendHint()
{
    return ScenarioDeltaChart::tr("hollow = base, filled = scenario");
}

// The legend on one line: per profile a dot, its entry and a gap, then the hint.
double legendWidth(const ChartData& data, const std::vector<std::size_t>& profiles,
                   const ChartFonts& fonts)
{
    const double dot = fonts.labelMetrics.height() * 0.35;
    double width = 0.0;
    for (const std::size_t index : profiles)
        width += dot * 3 + fonts.labelMetrics.horizontalAdvance(legendEntry(data.profiles[index])) +
                 fonts.labelMetrics.height();
    return width + fonts.smallMetrics.horizontalAdvance(legendHint());
}

} // namespace

double ScenarioDeltaLayout::lineSpacing(std::size_t row) const
{
    return rows[row].height() / static_cast<double>(std::max<std::size_t>(profiles.size(), 1));
}

double ScenarioDeltaLayout::lineY(std::size_t row, std::size_t profile) const
{
    return rows[row].top() + lineSpacing(row) * (static_cast<double>(profile) + 0.5);
}

QString ScenarioDeltaChart::defaultTitle()
{
    return tr("Change from base to scenario");
}

ScenarioDeltaLayout ScenarioDeltaChart::layout(const QRectF& bounds, const ChartData& data,
                                               const ChartTheme& theme)
{
    const ChartMetrics metrics = ChartMetrics::forBounds(bounds, theme);
    ScenarioDeltaLayout layout;
    layout.plot = ChartFrame::plotRect(bounds, data, theme);
    for (std::size_t p = 0; p < data.profiles.size(); ++p) {
        if (data.profiles[p].scenario)
            layout.profiles.push_back(p);
    }
    const ChartFonts fonts(theme, metrics);
    layout.legendHintBelow = legendWidth(data, layout.profiles, fonts) > layout.plot.width();
    const double legendHeight = fonts.labelMetrics.height() * 1.5 +
                                (layout.legendHintBelow ? fonts.smallMetrics.height() * 1.2 : 0.0);
    // Wide enough for the longest row name on one line ("Infrastructure"
    // must not be clipped on a narrow chart), but never more than 40 %.
    const QFontMetricsF boldMetrics(theme.font(metrics.labelSize(), QFont::Bold));
    double widestName = boldMetrics.horizontalAdvance(tr("Overall"));
    for (const auto& pillar : data.pillars)
        widestName = std::max(widestName, fonts.labelMetrics.horizontalAdvance(pillar.name));
    const double nameWidth =
        std::min(std::max(std::min(layout.plot.width() * 0.22, 340 * metrics.scale),
                          widestName + 12 + 8 * metrics.scale),
                 layout.plot.width() * 0.4);
    const double deltaWidth = fonts.labelMetrics.horizontalAdvance(QStringLiteral("+100.0")) * 1.4;
    layout.axes = QRectF(QPointF(layout.plot.left() + nameWidth, layout.plot.top() + legendHeight),
                         QPointF(layout.plot.right() - deltaWidth,
                                 layout.plot.bottom() - fonts.smallMetrics.height() * 1.6));
    layout.deltaColumn = layout.axes.right() + 12 * metrics.scale;
    const std::size_t rowCount = data.pillars.size() + 1;
    const double rowHeight = layout.axes.height() / static_cast<double>(rowCount);
    for (std::size_t r = 0; r < rowCount; ++r)
        layout.rows.emplace_back(layout.plot.left(),
                                 layout.axes.top() + rowHeight * static_cast<double>(r),
                                 layout.plot.width(), rowHeight);
    return layout;
}

namespace {

// The painting steps of the chart, in the order paint() calls them.
class ScenarioDeltaSteps : public ChartSteps<ScenarioDeltaLayout>
{
public:
    using ChartSteps::ChartSteps;
    void paintLegend() const;
    void paintScale() const;
    void paintRowFrame(std::size_t r) const;
    void paintChange(std::size_t r, std::size_t k) const;
};

// Legend: profile colours and the meaning of hollow/filled.
void ScenarioDeltaSteps::paintLegend() const
{
    painter.setFont(fonts.label);
    double x = layout.plot.left();
    const double dot = fonts.labelMetrics.height() * 0.35;
    for (const std::size_t index : layout.profiles) {
        const ChartProfile& profile = data.profiles[index];
        painter.setPen(Qt::NoPen);
        painter.setBrush(theme.seriesColor(index));
        painter.drawEllipse(QPointF(x + dot, layout.plot.top() + fonts.labelMetrics.height() / 2),
                            dot, dot);
        painter.setPen(theme.foreground);
        const QString text = legendEntry(profile);
        painter.drawText(QPointF(x + dot * 3, layout.plot.top() + fonts.labelMetrics.ascent()),
                         text);
        x += dot * 3 + fonts.labelMetrics.horizontalAdvance(text) + fonts.labelMetrics.height();
    }
    painter.setFont(fonts.small);
    painter.setPen(theme.muted);
    const QPointF hintAt =
        layout.legendHintBelow
            ? QPointF(layout.plot.left(), layout.plot.top() + fonts.labelMetrics.height() * 1.2 +
                                              fonts.smallMetrics.ascent())
            : QPointF(x, layout.plot.top() + fonts.labelMetrics.ascent());
    painter.drawText(hintAt, legendHint());
}

// Scale and grid.
void ScenarioDeltaSteps::paintScale() const
{
    painter.setFont(fonts.small);
    for (int level = 0; level <= 100; level += 20) {
        const double gx = layout.xForScore(level);
        painter.setPen(QPen(theme.grid, metrics.line() * 0.5));
        painter.drawLine(QPointF(gx, layout.axes.top()), QPointF(gx, layout.axes.bottom()));
        painter.setPen(theme.muted);
        // As wide as the text itself: a fixed width cut "100%" in a narrow chart.
        const QString text = ScenarioDeltaChart::tr("%1%").arg(level);
        const double width = fonts.smallMetrics.horizontalAdvance(text) + 2;
        painter.drawText(QRectF(gx - width / 2, layout.axes.bottom() + 4 * metrics.scale, width,
                                fonts.smallMetrics.height()),
                         Qt::AlignCenter, text);
    }
}

// Row `r` (0: the overall score, then one per pillar): its name, the
// pillar's threshold, and the line that separates it from the next row.
void ScenarioDeltaSteps::paintRowFrame(std::size_t r) const
{
    const QRectF& row = layout.rows[r];
    const bool overall = r == 0;
    painter.setPen(theme.foreground);
    painter.setFont(overall ? theme.font(metrics.labelSize(), QFont::Bold) : fonts.label);
    const QString name = overall ? ScenarioDeltaChart::tr("Overall") : data.pillars[r - 1].name;
    painter.drawText(
        QRectF(row.left(), row.top(), layout.axes.left() - row.left() - 12, row.height()),
        Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, name);
    if (!overall) {
        const double thresholdX =
            layout.xForScore(std::clamp(data.pillars[r - 1].threshold, 0.0, 100.0));
        painter.setPen(QPen(theme.threshold, metrics.line() * 0.7, Qt::DashLine));
        painter.drawLine(QPointF(thresholdX, row.top() + 3), QPointF(thresholdX, row.bottom() - 3));
    }
    if (r + 1 < layout.rows.size()) {
        painter.setPen(QPen(theme.grid, metrics.line() * 0.5));
        painter.drawLine(QPointF(row.left(), row.bottom()), QPointF(row.right(), row.bottom()));
    }
}

// The change of the `k`-th profile on row `r`: hollow base, arrow, filled
// scenario and the signed points; "n/a" when either has no score.
void ScenarioDeltaSteps::paintChange(std::size_t r, std::size_t k) const
{
    const bool overall = r == 0;
    // No larger than the profiles' lines in a row leave room for.
    const double radius = std::min(7 * metrics.markScale(), layout.lineSpacing(r) * 0.4);
    const ChartProfile& profile = data.profiles[layout.profiles[k]];
    const ChartScenario& scenario = *profile.scenario;
    // NaN for "no data": plain doubles keep GCC's optional<> flow
    // analysis (-Wmaybe-uninitialized) quiet.
    const double before = scoreOrNan(overall, r, profile.score, profile.pillarScores);
    const double after = scoreOrNan(overall, r, scenario.score, scenario.pillarScores);
    const double y = layout.lineY(r, k);
    const QColor color = theme.seriesColor(layout.profiles[k]);
    painter.setFont(fonts.label);
    if (std::isnan(before) || std::isnan(after)) {
        painter.setPen(theme.muted);
        painter.drawText(QPointF(layout.deltaColumn, y + fonts.labelMetrics.ascent() / 2),
                         ScenarioDeltaChart::tr("n/a"));
        return;
    }
    const double x0 = layout.xForScore(std::clamp(before, 0.0, 100.0));
    const double x1 = layout.xForScore(std::clamp(after, 0.0, 100.0));
    painter.setPen(QPen(color, metrics.line() * 1.5));
    if (std::abs(x1 - x0) > radius * 2.5) {
        const double direction = x1 > x0 ? 1.0 : -1.0;
        const double head = radius * 1.6;
        const QPointF tip(x1 - direction * radius, y);
        painter.drawLine(QPointF(x0 + direction * radius, y), tip);
        QPainterPath arrowHead;
        arrowHead.moveTo(tip);
        arrowHead.lineTo(tip.x() - direction * head, y - head * 0.55);
        arrowHead.lineTo(tip.x() - direction * head, y + head * 0.55);
        arrowHead.closeSubpath();
        painter.fillPath(arrowHead, color);
    }
    painter.setBrush(theme.background);
    painter.drawEllipse(QPointF(x0, y), radius, radius);
    painter.setPen(QPen(theme.background, metrics.line() * 0.5));
    painter.setBrush(color);
    painter.drawEllipse(QPointF(x1, y), radius, radius);
    painter.setPen(theme.foreground);
    painter.drawText(QPointF(layout.deltaColumn, y + fonts.labelMetrics.ascent() / 2 -
                                                     fonts.labelMetrics.descent() / 2),
                     formatSignedPoints(after - before));
}

} // namespace

void ScenarioDeltaChart::paint(QPainter& painter, const QRectF& bounds, const ChartData& data,
                               const ChartTheme& theme)
{
    const ChartCanvas canvas(painter, bounds, data, theme, defaultTitle());
    const ScenarioDeltaLayout layout = ScenarioDeltaChart::layout(bounds, data, theme);
    const ScenarioDeltaSteps steps(canvas, layout);
    if (layout.profiles.empty()) {
        canvas.paintMessage(layout.plot, tr("No scenario to compare."));
        return;
    }
    steps.paintLegend();
    steps.paintScale();
    for (std::size_t r = 0; r < layout.rows.size(); ++r) {
        steps.paintRowFrame(r);
        for (std::size_t k = 0; k < layout.profiles.size(); ++k)
            steps.paintChange(r, k);
    }
}

} // namespace aisov::render
