#include "ChartFrame.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace aisov::render {

ChartMetrics ChartMetrics::forBounds(const QRectF& bounds, const ChartTheme& theme)
{
    // Geometric mean of the sides, so that portrait and landscape pages of
    // the same area get the same text size.
    const double reference = std::sqrt(1920.0 * 1080.0);
    ChartMetrics metrics;
    metrics.scale = std::max(0.25, std::sqrt(bounds.width() * bounds.height()) / reference);
    metrics.textScale = std::max(metrics.scale, theme.minimumTextPixels / kSmallTextAtScaleOne);
    metrics.strokeScale = theme.strokeScale;
    return metrics;
}

ChartCanvas::ChartCanvas(QPainter& painter, const QRectF& bounds, const ChartData& data,
                         const ChartTheme& theme, const QString& defaultTitle)
    : m_painter(painter)
    , m_data(data)
    , m_theme(theme)
    , m_metrics(ChartMetrics::forBounds(bounds, theme))
    , m_fonts(theme, m_metrics)
{
    ChartFrame::paint(painter, bounds, data, theme, defaultTitle);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
}

void ChartCanvas::paintMessage(const QRectF& plot, const QString& message) const
{
    m_painter.setFont(m_fonts.label);
    m_painter.setPen(m_theme.muted);
    m_painter.drawText(plot, Qt::AlignCenter, message);
}

ChartCanvas::~ChartCanvas()
{
    m_painter.restore();
}

QString ChartFrame::methodologyLine(const ChartData& data)
{
    if (data.methodologyVersion.isEmpty())
        return tr("Methodology: %1").arg(data.methodologyName);
    return tr("Methodology: %1, version %2").arg(data.methodologyName, data.methodologyVersion);
}

ChartFrame::Geometry ChartFrame::geometry(const QRectF& bounds, const ChartTheme& theme)
{
    const ChartMetrics metrics = ChartMetrics::forBounds(bounds, theme);
    const QRectF inner = bounds.adjusted(metrics.margin(), metrics.margin() * 0.75,
                                         -metrics.margin(), -metrics.margin() * 0.6);
    const double titleHeight = QFontMetricsF(theme.font(metrics.titleSize(), QFont::Bold)).height();
    const double subtitleHeight = QFontMetricsF(theme.font(metrics.subtitleSize())).height();
    const double noteHeight = QFontMetricsF(theme.font(metrics.smallSize())).height();
    Geometry geometry;
    geometry.title = QRectF(inner.left(), inner.top(), inner.width(), titleHeight);
    geometry.subtitle = QRectF(inner.left(), geometry.title.bottom() + 4 * metrics.scale,
                               inner.width(), subtitleHeight);
    geometry.note = QRectF(inner.left(), inner.bottom() - noteHeight, inner.width(), noteHeight);
    const double gap = 24 * metrics.scale;
    geometry.plot = QRectF(QPointF(inner.left(), geometry.subtitle.bottom() + gap),
                           QPointF(inner.right(), geometry.note.top() - gap));
    return geometry;
}

QRectF ChartFrame::plotRect(const QRectF& bounds, const ChartData& /*data*/,
                            const ChartTheme& theme)
{
    return geometry(bounds, theme).plot;
}

QFont ChartFrame::titleFont(const QRectF& bounds, const ChartTheme& theme, const QString& title)
{
    return titleFont(ChartMetrics::forBounds(bounds, theme), theme,
                     geometry(bounds, theme).title.width(), title);
}

QFont ChartFrame::titleFont(const ChartMetrics& metrics, const ChartTheme& theme, double width,
                            const QString& title)
{
    QFont font = theme.font(metrics.titleSize(), QFont::Bold);
    // Glyph advances scale with the pixel size: start from the proportional
    // size, then step down a pixel while rounding still leaves it too wide.
    const double needed = QFontMetricsF(font).horizontalAdvance(title);
    if (needed <= width)
        return font;
    const double smallest = std::ceil(metrics.subtitleSize());
    for (double size = std::floor(metrics.titleSize() * width / needed); size > smallest; --size) {
        font = theme.font(size, QFont::Bold);
        if (QFontMetricsF(font).horizontalAdvance(title) <= width)
            return font;
    }
    return theme.font(smallest, QFont::Bold);
}

QRectF ChartFrame::paint(QPainter& painter, const QRectF& bounds, const ChartData& data,
                         const ChartTheme& theme, const QString& defaultTitle)
{
    const ChartMetrics metrics = ChartMetrics::forBounds(bounds, theme);
    const Geometry frame = geometry(bounds, theme);
    painter.fillRect(bounds, theme.background);

    const auto drawLine = [&](const QRectF& rect, const QFont& font, const QColor& color,
                              const QString& text) {
        painter.setFont(font);
        painter.setPen(color);
        const QString elided = QFontMetricsF(font).elidedText(text, Qt::ElideRight, rect.width());
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, elided);
    };
    const QString title = data.title.isEmpty() ? defaultTitle : data.title;
    drawLine(frame.title, titleFont(metrics, theme, frame.title.width(), title), theme.foreground,
             title);
    drawLine(frame.subtitle, theme.font(metrics.subtitleSize()), theme.muted,
             methodologyLine(data));
    drawLine(frame.note, theme.font(metrics.smallSize()), theme.muted, dataNoteText(data.note));
    return frame.plot;
}

QString formatPercent(double score, int decimals)
{
    return ChartFrame::tr("%1%").arg(QLocale().toString(score, 'f', decimals));
}

QString formatScore(const std::optional<double>& score)
{
    return score ? formatPercent(*score) : ChartFrame::tr("no data");
}

QString formatSignedPoints(double delta, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(delta * scale) / scale;
    const QString magnitude = QLocale().toString(std::abs(rounded), 'f', decimals);
    if (rounded > 0)
        return QStringLiteral("+") + magnitude;
    if (rounded < 0)
        return QStringLiteral("\u2212") + magnitude;
    return QStringLiteral("\u00B1") + magnitude;
}

} // namespace aisov::render
