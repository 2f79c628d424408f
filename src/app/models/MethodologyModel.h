#pragma once

// The methodology being edited, as a tree: each pillar (weight, threshold)
// with its indicators (weight, direction, transform, goalposts). An edit
// goes to the Session, which checks it with the core's rules; a refused
// edit is not applied and its reason is signalled so the panel can show it
// in place.

#include "MethodologyTreeModel.h"

#include "aisov/Methodology.h"

#include <exception>

class Session;

class MethodologyModel : public MethodologyTreeModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        WeightColumn,
        ThresholdColumn, // pillars
        DirectionColumn, // indicators from here on
        TransformColumn,
        LowColumn,
        HighColumn,
        ColumnCount
    };
    // The id of the pillar or indicator of a row.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit MethodologyModel(Session& session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QModelIndex pillarIndex(const QString& pillarId, int column = NameColumn) const;
    QModelIndex indicatorIndex(const QString& indicatorId, int column = NameColumn) const;
    // "higher is better" / "log" as the views show them.
    static QString directionText(int direction);
    static QString transformText(int transform);
    // Why an edit was refused, as the user reads it: an InputError's reason.
    static QString refusalText(const std::exception& error);

Q_SIGNALS:
    // An edit was refused; nothing was changed.
    void editRefused(const QModelIndex& index, const QString& reason);

private:
    void refresh();
    void resetModel();
    const aisov::Indicator& indicatorAt(const QModelIndex& index) const;
    QVariant pillarData(const QModelIndex& index, int role) const;
    QVariant indicatorData(const QModelIndex& index, int role) const;
    void applyEdit(const QModelIndex& index, const QVariant& value);

    Session& m_session;
    // The methodology as last shown: an edit repaints only the rows it
    // changed (a view recomputes the size of every row it is told about).
    aisov::Methodology m_shown;
};
