#pragma once

// A profile's snapshots, oldest first, one row each: when it was taken, its
// label (and scenario), the version of the methodology it was scored with
// (id and name in the tooltip), its score and band. It only displays what the Session read
// (Session::history).

#include "FrozenSnapshot.h"

#include <QAbstractTableModel>

#include <memory>
#include <vector>

class HistoryListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TakenAtColumn,
        LabelColumn,
        MethodologyColumn,
        ScoreColumn,
        BandColumn,
        ColumnCount
    };
    static constexpr int SnapshotIdRole = Qt::UserRole + 1;

    explicit HistoryListModel(QObject* parent = nullptr);

    void setSnapshots(std::vector<std::shared_ptr<const FrozenSnapshot>> snapshots);
    // Null for a row out of range.
    std::shared_ptr<const FrozenSnapshot> snapshotAt(int row) const;
    // The row of the snapshot with `id`; -1 when it is not listed.
    int rowOf(std::int64_t id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "2026-03-14 09:30" in local time, from the store's UTC timestamp.
    static QString formatTakenAt(const std::string& takenAt);

private:
    QVariant display(const FrozenSnapshot& frozen, int column) const;

    std::vector<std::shared_ptr<const FrozenSnapshot>> m_snapshots;
};
