#pragma once

// One painting path for every chart and every device: the GUI calls
// paint() from a QWidget's paintEvent, ChartExporter calls it on a QImage,
// a QSvgGenerator or a QPdfWriter.

#include "ChartData.h"
#include "ChartTheme.h"

#include <QPointF>
#include <QRectF>
#include <QString>

#include <optional>

class QPainter;

namespace aisov::render {

enum class ChartKind
{
    Spectrum,
    Radar,
    Compare,
    ScenarioDelta,
    Levers,
    History
};

// Command-line names: "spectrum", "radar", "compare", "delta", "levers", "history".
QString chartKindName(ChartKind kind);
std::optional<ChartKind> chartKindFromName(const QString& name);

class ChartRenderer
{
public:
    // Paints the whole chart (background, title, methodology, plot, data
    // note) into `bounds`, in the painter's logical coordinates.
    static void paint(QPainter& painter, const QRectF& bounds, ChartKind kind,
                      const ChartData& data, const ChartTheme& theme);
    // What a tooltip says at `point` of the chart painted into `bounds`:
    // text the chart had to shorten, said in full; empty where there is none.
    static QString toolTipAt(const QRectF& bounds, ChartKind kind, const ChartData& data,
                             const ChartTheme& theme, const QPointF& point);
    static QString defaultTitle(ChartKind kind);
};

} // namespace aisov::render
