#pragma once

// The Scenarios tab: the what-ifs of the current profile side by side
// (ScenarioComparisonModel), and for the chosen one its delta against the
// base (overall, pillars, requirements met or lost), the overrides the
// base has overtaken, an editor of its overrides over the base's values
// (ScenarioOverridesModel) and two charts: the spectrum with the
// base → scenario arrow, and the change by pillar. Every edit is a Session
// call; every view follows the Session's signals.

#include "ChartRenderer.h"

#include "aisov/ScenarioDelta.h"
#include "aisov/Store.h"

#include <QWidget>

class ChartView;
class QAction;
class QLabel;
class QTabWidget;
class QTableView;
class QTreeView;
class ScenarioComparisonModel;
class ScenarioOverridesModel;
class Session;

class ScenarioPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ScenarioPanel(Session& session, QWidget* parent = nullptr);

    void setBaseCode(const QString& code);
    QString baseCode() const;
    // The scenario chosen in the table; empty when the base's row or none is.
    QString currentScenario() const;
    void selectScenario(const QString& name);
    // The scenario last chosen while the tab was shown (the table forgets it
    // while hidden); empty for the base or none.
    QString chosenScenario() const { return m_chosen; }

    // Each opens a dialog (delete asks through MessageBox) and calls the
    // Session; a refusal is shown in a dialog naming what and why.
    void newScenario();
    void renameCurrentScenario();
    void duplicateCurrentScenario();
    void deleteCurrentScenario();
    void freezeCurrentScenario();

    QList<QAction*> scenarioActions() const;
    QAction* newScenarioAction() const { return m_newAction; }
    QTableView* comparisonTable() const { return m_table; }
    QTreeView* overridesView() const { return m_overridesView; }
    ScenarioComparisonModel* comparisonModel() const { return m_comparison; }
    ScenarioOverridesModel* overridesModel() const { return m_overrides; }
    ChartView* chart(aisov::render::ChartKind kind) const;
    ChartView* currentChart() const;

protected:
    // A hidden tab computes nothing: its models follow the base only while
    // it is shown, so an edit on the profile tab does not score scenarios.
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    QWidget* createHeader();
    QWidget* createDetails();
    void showError(const QString& title, const QString& doing, const std::exception& error);
    void currentRowChanged();
    void refreshDetails();
    QString summaryText(const aisov::Scenario& scenario, const aisov::ScenarioDelta& delta) const;
    void updateActions();
    QString unusedNameLike(const QString& name) const;

    Session& m_session;
    QString m_baseCode;
    // The scenario chosen before a reset of the table (or a hide), chosen
    // again after it by name.
    QString m_reselect;
    QString m_chosen;
    ScenarioComparisonModel* m_comparison = nullptr;
    ScenarioOverridesModel* m_overrides = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_overtaken = nullptr;
    QLabel* m_refusal = nullptr;
    QTableView* m_table = nullptr;
    QTreeView* m_overridesView = nullptr;
    QTabWidget* m_charts = nullptr;
    ChartView* m_spectrum = nullptr;
    ChartView* m_delta = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_renameAction = nullptr;
    QAction* m_duplicateAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_freezeAction = nullptr;
};
