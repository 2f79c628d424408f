#pragma once

// The scenarios of one profile side by side: the base first, then one row
// per scenario with its overall score and the change against the base, each
// pillar's score (✓ when its requirement is met) and change, the
// requirements met, and how many overrides the base has overtaken. Rows are
// computed once per change of the Session, not on every paint.

#include "aisov/ScenarioDelta.h"
#include "aisov/ScoreResult.h"

#include <QAbstractTableModel>
#include <QString>

#include <optional>
#include <vector>

class Session;

class ScenarioComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum FixedColumn
    {
        NameColumn,
        ScoreColumn,
        DeltaColumn,
        FirstPillarColumn
    };
    enum Role
    {
        ScenarioNameRole = Qt::UserRole + 1, // empty on the base's row
        ChangeRole                           // the column's change in points (double), if any
    };

    explicit ScenarioComparisonModel(Session& session, QObject* parent = nullptr);

    void setBaseCode(const QString& code);
    QString baseCode() const { return m_baseCode; }
    // Row of the scenario named `name`; -1 when there is none.
    int rowOf(const QString& name) const;
    // What the table computed for the scenario named `name` (null, or empty,
    // when there is none), so that the views beside it need not score again.
    const aisov::ScoreResult* scenarioResult(const QString& name) const;
    const aisov::ScenarioDelta* scenarioDelta(const QString& name) const;
    // Why the scenario cannot be scored now; empty when it can.
    QString scenarioProblem(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int metColumn() const;
    int overtakenColumn() const;

private:
    struct Row
    {
        QString name; // empty for the base
        QString description;
        std::optional<aisov::ScoreResult> result;
        std::optional<aisov::ScenarioDelta> delta; // scenarios only
        int overtaken = 0;
        QString problem; // why the scenario cannot be scored now
    };

    void refresh();
    int pillarCount() const;
    QVariant pillarData(const Row& row, std::size_t pillar, int role) const;
    QVariant fixedData(const Row& row, int column, int role) const;

    Session& m_session;
    QString m_baseCode;
    std::vector<Row> m_rows;
};
