#include "ChartRenderer.h"

#include "CompareChart.h"
#include "HistoryChart.h"
#include "LeversChart.h"
#include "RadarChart.h"
#include "ScenarioDeltaChart.h"
#include "SpectrumChart.h"

#include <QPainter>

namespace aisov::render {

QString chartKindName(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Spectrum:
        return QStringLiteral("spectrum");
    case ChartKind::Radar:
        return QStringLiteral("radar");
    case ChartKind::Compare:
        return QStringLiteral("compare");
    case ChartKind::ScenarioDelta:
        return QStringLiteral("delta");
    case ChartKind::Levers:
        return QStringLiteral("levers");
    case ChartKind::History:
        return QStringLiteral("history");
    }
    return {};
}

std::optional<ChartKind> chartKindFromName(const QString& name)
{
    for (const ChartKind kind : {ChartKind::Spectrum, ChartKind::Radar, ChartKind::Compare,
                                 ChartKind::ScenarioDelta, ChartKind::Levers, ChartKind::History}) {
        if (chartKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

void ChartRenderer::paint(QPainter& painter, const QRectF& bounds, ChartKind kind,
                          const ChartData& data, const ChartTheme& theme)
{
    switch (kind) {
    case ChartKind::Spectrum:
        SpectrumChart::paint(painter, bounds, data, theme);
        break;
    case ChartKind::Radar:
        RadarChart::paint(painter, bounds, data, theme);
        break;
    case ChartKind::Compare:
        CompareChart::paint(painter, bounds, data, theme);
        break;
    case ChartKind::ScenarioDelta:
        ScenarioDeltaChart::paint(painter, bounds, data, theme);
        break;
    case ChartKind::Levers:
        LeversChart::paint(painter, bounds, data, theme);
        break;
    case ChartKind::History:
        HistoryChart::paint(painter, bounds, data, theme);
        break;
    }
}

QString ChartRenderer::toolTipAt(const QRectF& bounds, ChartKind kind, const ChartData& data,
                                 const ChartTheme& theme, const QPointF& point)
{
    // The spectrum is the chart that shortens what it draws (band names,
    // labels, its legend line); the others draw their text in full.
    if (kind == ChartKind::Spectrum)
        return SpectrumChart::toolTipAt(bounds, data, theme, point);
    return {};
}

QString ChartRenderer::defaultTitle(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Spectrum:
        return SpectrumChart::defaultTitle();
    case ChartKind::Radar:
        return RadarChart::defaultTitle();
    case ChartKind::Compare:
        return CompareChart::defaultTitle();
    case ChartKind::ScenarioDelta:
        return ScenarioDeltaChart::defaultTitle();
    case ChartKind::Levers:
        return LeversChart::defaultTitle();
    case ChartKind::History:
        return HistoryChart::defaultTitle();
    }
    return {};
}

} // namespace aisov::render
