#pragma once

// What changed since a snapshot, one row per changed value: the value then
// and now, the change, today's score with that one value as it was then,
// and so what the change did to today's score. The numbers come from the
// core (aisov::compareWithSnapshot); this model only displays them.

#include "aisov/Methodology.h"
#include "aisov/SnapshotComparison.h"

#include <QAbstractTableModel>

class SnapshotChangesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IndicatorColumn,
        ThenColumn,
        NowColumn,
        ChangeColumn,
        ScoreWithThenColumn,
        EffectColumn,
        ColumnCount
    };

    explicit SnapshotChangesModel(QObject* parent = nullptr);

    // `today` names the indicators and gives their units.
    void setComparison(aisov::SnapshotComparison comparison, aisov::Methodology today);
    void clear();
    const aisov::SnapshotComparison& comparison() const { return m_comparison; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const aisov::SnapshotValueChange& change, int column) const;
    QString valueText(const aisov::SnapshotValueChange& change,
                      const std::optional<double>& value) const;

    aisov::SnapshotComparison m_comparison;
    aisov::Methodology m_methodology;
};
