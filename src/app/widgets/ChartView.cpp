#include "ChartView.h"

#include "AppStrings.h"
#include "HistoryChart.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QFontInfo>
#include <QMenu>
#include <QPainter>
#include <QPalette>

using aisov::render::ChartKind;

ChartView::ChartView(ChartKind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
{
    setAccessibleName(aisov::render::ChartRenderer::defaultTitle(kind));
    setFocusPolicy(Qt::TabFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void ChartView::setChartData(aisov::render::ChartData chart)
{
    m_data = std::move(chart);
    setAccessibleDescription(describeData());
    update();
}

aisov::render::ChartTheme ChartView::theme() const
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    return dark ? aisov::render::ChartTheme::dark() : aisov::render::ChartTheme::light();
}

QSize ChartView::sizeHint() const
{
    return {480, 300};
}

QSize ChartView::minimumSizeHint() const
{
    return {240, 160};
}

void ChartView::paintEvent(QPaintEvent* event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    aisov::render::ChartTheme chartTheme = theme();
    // Charts scale their text with their size; on screen it never goes
    // below the platform's text size.
    chartTheme.minimumTextPixels = QFontInfo(font()).pixelSize();
    aisov::render::ChartRenderer::paint(painter, QRectF(rect()), m_kind, m_data, chartTheme);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void ChartView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.addAction(tr("Export Chart…"), this, [this] { Q_EMIT exportRequested(m_kind); });
    menu.addAction(tr("Copy Chart"), this, [this] { Q_EMIT copyRequested(m_kind); });
    menu.exec(event->globalPos());
}

void ChartView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}

QString ChartView::describeData() const
{
    QStringList lines;
    if (m_data.history) {
        const auto& history = *m_data.history;
        for (const auto& point : aisov::render::HistoryChart::allPoints(history))
            lines.append(tr("%1, %2: %3 (%4)")
                             .arg(point.takenAt.toString(Qt::ISODate), point.label,
                                  app::formatScore(point.score), point.band));
        return lines.join(QLatin1Char('\n'));
    }
    for (const auto& profile : m_data.profiles) {
        QStringList pillars;
        for (std::size_t i = 0; i < m_data.pillars.size() && i < profile.pillarScores.size(); ++i)
            pillars.append(
                tr("%1 %2").arg(m_data.pillars[i].name, app::formatScore(profile.pillarScores[i])));
        lines.append(tr("%1: %2 (%3); %4")
                         .arg(profile.name, app::formatScore(profile.score), profile.band,
                              pillars.join(QStringLiteral(", "))));
    }
    return lines.join(QLatin1Char('\n'));
}
