// The Session's history: snapshots taken, read, compared with today and
// charted (Session.h, "History"). The store freezes and keeps them; the
// core scores and compares them; this file only asks and caches.

#include "Session.h"

#include "AppStrings.h"

#include "aisov/InputError.h"
#include "aisov/SnapshotComparison.h"

#include <QDateTime>

std::int64_t Session::takeSnapshot(const QString& code, const QString& label)
{
    const std::int64_t id =
        writableStore().snapshotProfile(app::toStdString(code), app::toStdString(label));
    Q_EMIT historyChanged(code);
    return id;
}

std::vector<std::shared_ptr<const FrozenSnapshot>> Session::history(const QString& code) const
{
    std::vector<std::shared_ptr<const FrozenSnapshot>> snapshots;
    if (!m_store)
        return snapshots;
    for (const auto& summary : m_store->snapshots(app::toStdString(code)))
        snapshots.push_back(frozenSnapshot(summary.id));
    return snapshots;
}

std::shared_ptr<const FrozenSnapshot> Session::frozenSnapshot(std::int64_t id) const
{
    if (const auto cached = m_frozenSnapshots.find(id); cached != m_frozenSnapshots.end())
        return cached->second;
    if (!m_store)
        throw aisov::FileError("no database is open");
    auto frozen = std::make_shared<FrozenSnapshot>();
    frozen->snapshot = m_store->snapshot(id);
    frozen->result =
        aisov::frozenResult(frozen->snapshot.profiles, frozen->snapshot.methodology,
                            m_store->path() + " (snapshot " + std::to_string(id) + ")");
    m_frozenSnapshots.emplace(id, frozen);
    return frozen;
}

aisov::SnapshotComparison Session::compareWithToday(const FrozenSnapshot& frozen) const
{
    if (!m_analysis)
        throw aisov::FileError("no database is open");
    return aisov::compareWithSnapshot(*m_analysis, frozen.subject(), frozen.result.score);
}

bool Session::methodologyDiffers(const FrozenSnapshot& frozen) const
{
    return !aisov::sameMethodology(frozen.snapshot.methodology, m_methodology);
}

aisov::render::ChartData Session::historyChartData(const QString& code) const
{
    aisov::render::ChartData data = chartData({code});
    aisov::render::ChartHistory history;
    const aisov::Profile* current = profile(code);
    history.profileName = current ? app::displayName(*current) : code;
    for (const auto& frozen : this->history(code))
        if (frozen->summary().scenarioName.empty())
            history.points.push_back(aisov::render::makeHistoryPoint(
                aisov::render::timeFromTimestamp(frozen->summary().takenAt),
                app::toQString(frozen->summary().label), frozen->result,
                frozen->snapshot.methodology, app::displayLanguage()));
    if (const aisov::ScoreResult* today = result(code))
        history.today =
            aisov::render::makeHistoryPoint(QDateTime::currentDateTimeUtc(), tr("Today"), *today,
                                            m_methodology, app::displayLanguage());
    data.history = std::move(history);
    return data;
}
