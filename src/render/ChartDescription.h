#pragma once

// What a chart shows, as text: for screen readers (a chart widget's
// accessible description) and for "Copy Chart Data as Text". Built from the
// same ChartData the chart paints, so the words and the picture agree.

#include "ChartData.h"
#include "ChartRenderer.h"

#include <QCoreApplication>
#include <QString>

namespace aisov::render {

class ChartDescription
{
    Q_DECLARE_TR_FUNCTIONS(ChartDescription)

public:
    // "Spectrum: Alpha 79.5%, band High; Beta no data." — the title, then
    // one entry per profile (or lever, or history point), scores as the
    // chart labels them.
    static QString text(ChartKind kind, const ChartData& data);

private:
    static QString profileScores(const ChartData& data);
    static QString pillarScores(const ChartData& data);
    static QString scenarioChanges(const ChartData& data);
    static QString levers(const ChartLevers& levers);
    static QString history(const ChartHistory& history);
};

} // namespace aisov::render
