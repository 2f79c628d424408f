#pragma once

// One scenario's values as a tree like the profile editor's: the
// methodology's pillars, each with its indicators, showing the base's
// current value next to the value the scenario uses. An overridden value is
// bold and marked; an override the base has caught up with since
// (aisov::baseOvertakesOverride) is marked "overtaken". Typing a number
// into the Scenario column sets an override, an empty entry removes it;
// edits go to the Session and a refused entry is signalled.

#include "MethodologyTreeModel.h"

#include "aisov/Store.h"

#include <QString>
#include <QStringList>

#include <optional>

class Session;

class ScenarioOverridesModel : public MethodologyTreeModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        BaseColumn,
        ScenarioColumn,
        UnitColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        IndicatorRole = Qt::UserRole + 1, // indicator id (empty on pillar rows)
        OverriddenRole,                   // bool
        OvertakenRole                     // bool
    };

    explicit ScenarioOverridesModel(Session& session, QObject* parent = nullptr);

    // Empty name: no scenario, no rows.
    void setScenario(const QString& baseCode, const QString& name);
    QString baseCode() const { return m_baseCode; }
    QString scenarioName() const { return m_name; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QModelIndex indicatorIndex(const QString& indicatorId, int column = ScenarioColumn) const;

Q_SIGNALS:
    void entryRefused(const QModelIndex& index, const QString& reason);

private:
    const aisov::Indicator* indicatorAt(const QModelIndex& index) const;
    const aisov::IndicatorValue* overrideOf(const std::string& indicatorId) const;
    const aisov::IndicatorValue* baseValueOf(const std::string& indicatorId) const;
    QVariant indicatorData(const QModelIndex& index, const aisov::Indicator& indicator,
                           int role) const;
    QVariant displayData(int column, const aisov::Indicator& indicator) const;
    bool refuse(const QModelIndex& index, const QString& reason);
    // Reads the scenario again; a reset only when it appeared or vanished.
    void reload();
    void resetModel();

    Session& m_session;
    QString m_baseCode;
    QString m_name;
    std::optional<aisov::Scenario> m_scenario;
    QStringList m_overtaken;
};
