#pragma once

// How stable the ranking of the compared profiles is: one row per profile
// of an uncertainty run (UncertaintyRunner), its p5, median and p95 score,
// then one column per rank with the share of the draws in which it held
// that rank (aisov::UncertaintySummary::rankFrequency). The rank a profile
// holds most often (aisov::mostLikelyRank) is marked.

#include "UncertaintyRunner.h"

#include <QAbstractTableModel>

#include <optional>

class Session;

class RankStabilityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The share (0-1) of a rank cell, for RankShareDelegate; invalid elsewhere.
    static constexpr int ShareRole = Qt::UserRole + 1;
    // True on the rank a profile holds most often.
    static constexpr int MostLikelyRole = Qt::UserRole + 2;
    // A number to sort by (scores; a rank's share).
    static constexpr int SortRole = Qt::UserRole + 3;
    enum FixedColumn
    {
        ProfileColumn,
        P5Column,
        MedianColumn,
        P95Column,
        FirstRankColumn
    };

    explicit RankStabilityModel(Session& session, QObject* parent = nullptr);

    void setRun(UncertaintyRun run);
    void clear();
    const std::optional<UncertaintyRun>& run() const { return m_run; }
    // How many ranks the run has columns for (0 when it ranked nothing).
    int rankCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString profileName(int row) const;
    QVariant scoreData(const aisov::UncertaintySummary& summary, int column, int role) const;
    QVariant rankData(int row, int rank, int role) const;

    Session& m_session;
    std::optional<UncertaintyRun> m_run;
};
