#pragma once

// Side by side: 2 to 8 profiles in a sortable table of pillar and overall
// scores (met marks, coverage), beside the spectrum, radar and comparison
// charts of the same selection. An uncertainty run (in the background,
// ComparePanelUncertainty.cpp) adds p5-p95 whiskers to the spectrum and a
// rank-stability table; it follows the selection, the scores and the draws
// asked for: a change while it runs restarts it, a change of the selection
// or the scores after it drops its result.

#include "ChartRenderer.h"
#include "UncertaintyRunner.h"

#include <QStringList>
#include <QWidget>

class ChartView;
class ComparisonModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTableView;
class RankStabilityModel;
class Session;

class ComparePanel : public QWidget
{
    Q_OBJECT

public:
    explicit ComparePanel(Session& session, QWidget* parent = nullptr);

    void setCodes(const QStringList& codes);
    QStringList codes() const;

    ComparisonModel* comparisonModel() const { return m_model; }
    QTableView* tableView() const { return m_table; }
    // The chart on the visible tab; null on the rank-stability tab.
    ChartView* currentChart() const;
    ChartView* chart(aisov::render::ChartKind kind) const;

    // --- Uncertainty (ComparePanelUncertainty.cpp) ------------------------
    // Starts a run of the draws set in the panel on the profiles compared
    // (one at least), ranked among them; a run under way starts again.
    void runUncertainty();
    void cancelUncertainty();
    UncertaintyRunner* uncertaintyRunner() const { return m_runner; }
    RankStabilityModel* rankStabilityModel() const { return m_rankModel; }
    QTableView* rankStabilityView() const { return m_rankTable; }
    QWidget* rankStabilityTab() const;
    QSpinBox* drawsBox() const { return m_draws; }
    QPushButton* runButton() const { return m_run; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* uncertaintyStatus() const { return m_uncertaintyStatus; }

Q_SIGNALS:
    // Another chart tab is shown (currentChart() may now be null).
    void currentChartChanged();

private:
    void refreshCharts();
    QWidget* createUncertaintyBar();
    QWidget* createRankStabilityTab();
    void connectRunner();
    // The profiles, values, methodology or selection changed.
    void uncertaintyInputsChanged();
    // The draws box changed: remembered, and a run under way starts again.
    void drawsChanged(int draws);
    void showUncertaintyState(const QString& status);
    void updateUncertaintyActions();

    Session& m_session;
    ComparisonModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_hint = nullptr;
    QTabWidget* m_charts = nullptr;
    std::vector<ChartView*> m_chartViews;

    UncertaintyRunner* m_runner = nullptr;
    RankStabilityModel* m_rankModel = nullptr;
    QSortFilterProxyModel* m_rankSorted = nullptr;
    QTableView* m_rankTable = nullptr;
    QSpinBox* m_draws = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_uncertaintyStatus = nullptr;
};
