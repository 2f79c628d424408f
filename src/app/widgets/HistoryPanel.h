#pragma once

// The History tab: the current profile's snapshots as a list and as a
// score-over-time chart; the selected snapshot read-only (its frozen score,
// requirements and points per indicator) and what changed since, value by
// value, with what each change did to today's score. A banner says when the
// snapshot was scored with another methodology than today's.

#include <QWidget>

#include <cstdint>
#include <memory>

class ChartView;
class ExplanationModel;
class HistoryListModel;
class QAction;
class QLabel;
class QTabWidget;
class QTableView;
class QToolButton;
class RequirementsModel;
class Session;
class SnapshotChangesModel;
struct FrozenSnapshot;

class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(Session& session, QWidget* parent = nullptr);

    void setProfileCode(const QString& code);
    QString profileCode() const { return m_code; }
    // The button beside the heading triggers `action` (the window's).
    void setTakeSnapshotAction(QAction* action);
    // Selects the snapshot with `id` in the list; false when it is not listed.
    bool selectSnapshot(std::int64_t id);

    HistoryListModel* listModel() const { return m_list; }
    QTableView* listView() const { return m_listView; }
    SnapshotChangesModel* changesModel() const { return m_changes; }
    RequirementsModel* requirementsModel() const { return m_requirements; }
    ExplanationModel* explanationModel() const { return m_explanation; }
    ChartView* chart() const { return m_chart; }
    QLabel* methodologyBanner() const { return m_banner; }
    QLabel* snapshotSummary() const { return m_summary; }
    QLabel* changesSummary() const { return m_changesSummary; }

private:
    QWidget* createDetails();
    void reloadList(std::int64_t selectId = 0);
    void refreshChart();
    void showSelected();
    void showSnapshot(const FrozenSnapshot& frozen);
    void showMethodologyNotice(const FrozenSnapshot& frozen);
    void showChanges(const FrozenSnapshot& frozen);
    void clearDetails(const QString& message);

    Session& m_session;
    QString m_code;
    QLabel* m_heading = nullptr;
    QLabel* m_problem = nullptr;
    QToolButton* m_takeSnapshot = nullptr;
    HistoryListModel* m_list = nullptr;
    QTableView* m_listView = nullptr;
    ChartView* m_chart = nullptr;
    QWidget* m_details = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_changesSummary = nullptr;
    QTabWidget* m_detailTabs = nullptr;
    RequirementsModel* m_requirements = nullptr;
    ExplanationModel* m_explanation = nullptr;
    SnapshotChangesModel* m_changes = nullptr;
};
