#pragma once

// Side by side: 2 to 8 profiles in a sortable table of pillar and overall
// scores (met marks, coverage), beside the spectrum, radar and comparison
// charts of the same selection.

#include "ChartRenderer.h"

#include <QStringList>
#include <QWidget>

class ChartView;
class ComparisonModel;
class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
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
    // The chart on the visible tab.
    ChartView* currentChart() const;
    ChartView* chart(aisov::render::ChartKind kind) const;

private:
    void refreshCharts();

    Session& m_session;
    ComparisonModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_hint = nullptr;
    QTabWidget* m_charts = nullptr;
    std::vector<ChartView*> m_chartViews;
};
