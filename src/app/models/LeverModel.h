#pragma once

// The investment levers of one profile (aisov::LeverAnalysis, computed by
// aisov_core through the Session), one row per indicator, largest gain
// first: what one step of it adds (the value after the step in the gain's
// tooltip and on the chart), the pillar it would lift over its threshold,
// and the smallest value of it alone that reaches the next band.

#include "aisov/Levers.h"
#include "aisov/Methodology.h"

#include <QAbstractTableModel>

class LeverModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int IndicatorRole = Qt::UserRole + 2; // the indicator's id
    enum Column
    {
        RankColumn,
        IndicatorColumn,
        PillarColumn,
        NowColumn,
        GainColumn,
        MeetsColumn,
        ChangeForNextBandColumn,
        ValueForNextBandColumn,
        ColumnCount
    };

    explicit LeverModel(QObject* parent = nullptr);

    // Shows `levers`, named and with units from `methodology`.
    void setLevers(aisov::LeverAnalysis levers, aisov::Methodology methodology);
    void clear();
    const aisov::LeverAnalysis& levers() const { return m_levers; }
    // The lever on `row` (of this model); null outside.
    const aisov::Lever* lever(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    // Targets read better rounded (4 significant digits) than as measured (6).
    QString valueText(double value, const std::string& indicatorId, int digits = 6) const;
    QString changeForNextBand(const aisov::Lever& lever) const;
    QString valueForNextBand(const aisov::Lever& lever) const;
    QString meets(const aisov::Lever& lever) const;
    QVariant display(const aisov::Lever& lever, int row, int column) const;
    QVariant sortKey(const aisov::Lever& lever, int row, int column) const;
    QVariant toolTip(const aisov::Lever& lever, int column) const;

    aisov::LeverAnalysis m_levers;
    aisov::Methodology m_methodology;
};
