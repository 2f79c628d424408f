#include "ChartDescription.h"

#include "ChartFrame.h"
#include "HistoryChart.h"

#include <QStringList>

namespace aisov::render {

namespace {

QString entries(const QStringList& items)
{
    return items.join(QStringLiteral("; "));
}

} // namespace

QString ChartDescription::text(ChartKind kind, const ChartData& data)
{
    const QString title = data.title.isEmpty() ? ChartRenderer::defaultTitle(kind) : data.title;
    QString body;
    switch (kind) {
    case ChartKind::Spectrum:
        body = profileScores(data);
        break;
    case ChartKind::Radar:
    case ChartKind::Compare:
        body = pillarScores(data);
        break;
    case ChartKind::ScenarioDelta:
        body = scenarioChanges(data);
        break;
    case ChartKind::Levers:
        body = data.levers ? levers(*data.levers) : QString();
        break;
    case ChartKind::History:
        body = data.history ? history(*data.history) : QString();
        break;
    }
    if (body.isEmpty())
        body = tr("nothing to show");
    return tr("%1: %2.").arg(title, body);
}

QString ChartDescription::profileScores(const ChartData& data)
{
    QStringList items;
    for (const auto& profile : data.profiles) {
        QString item = profile.score
                           ? tr("%1 %2, band %3")
                                 .arg(profile.name, formatPercent(*profile.score), profile.band)
                           : tr("%1 no data").arg(profile.name);
        if (profile.uncertainty)
            item += tr(" (90% interval %1 to %2)")
                        .arg(formatPercent(profile.uncertainty->p5),
                             formatPercent(profile.uncertainty->p95));
        if (profile.scenario)
            item +=
                tr(", %1: %2").arg(profile.scenario->label, formatScore(profile.scenario->score));
        items.append(item);
    }
    return entries(items);
}

QString ChartDescription::pillarScores(const ChartData& data)
{
    QStringList items;
    for (const auto& profile : data.profiles) {
        QStringList pillars;
        for (std::size_t i = 0; i < data.pillars.size() && i < profile.pillarScores.size(); ++i) {
            const bool meets = i < profile.pillarMeets.size() && profile.pillarMeets[i];
            const QString threshold = formatPercent(data.pillars[i].threshold);
            pillars.append(profile.pillarScores[i]
                               ? (meets ? tr("%1 %2 (meets %3)") : tr("%1 %2 (below %3)"))
                                     .arg(data.pillars[i].name,
                                          formatPercent(*profile.pillarScores[i]), threshold)
                               : tr("%1 no data").arg(data.pillars[i].name));
        }
        items.append(
            tr("%1 %2: %3")
                .arg(profile.name, formatScore(profile.score), pillars.join(QStringLiteral(", "))));
    }
    return entries(items);
}

QString ChartDescription::scenarioChanges(const ChartData& data)
{
    QStringList items;
    for (const auto& profile : data.profiles) {
        if (!profile.scenario)
            continue;
        const ChartScenario& scenario = *profile.scenario;
        QStringList pillars;
        for (std::size_t i = 0; i < data.pillars.size() && i < profile.pillarScores.size() &&
                                i < scenario.pillarScores.size();
             ++i)
            pillars.append(tr("%1 %2 to %3")
                               .arg(data.pillars[i].name, formatScore(profile.pillarScores[i]),
                                    formatScore(scenario.pillarScores[i])));
        items.append(tr("%1, %2: overall %3 to %4; %5")
                         .arg(profile.name, scenario.label, formatScore(profile.score),
                              formatScore(scenario.score), pillars.join(QStringLiteral(", "))));
    }
    return entries(items);
}

QString ChartDescription::levers(const ChartLevers& levers)
{
    QStringList items{
        tr("%1 %2, band %3").arg(levers.profileName, formatScore(levers.score), levers.band)};
    for (const auto& lever : levers.levers) {
        QString item = tr("%1 (%2) %3 points, %4 to %5")
                           .arg(lever.indicatorName, lever.pillarName,
                                formatSignedPoints(lever.gain), lever.valueNow, lever.valueAfter);
        if (lever.crossesThreshold)
            item += tr(", meets the pillar's threshold");
        items.append(item);
    }
    return entries(items);
}

QString ChartDescription::history(const ChartHistory& history)
{
    QStringList items{history.profileName};
    for (const auto& point : HistoryChart::allPoints(history))
        items.append(tr("%1 %2 %3, band %4 (methodology %5)")
                         .arg(point.takenAt.toString(Qt::ISODate), point.label,
                              formatScore(point.score), point.band, point.methodology));
    return entries(items);
}

} // namespace aisov::render
