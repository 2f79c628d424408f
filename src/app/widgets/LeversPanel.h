#pragma once

// The Levers tab: for the current profile, or one of its scenarios, the
// investment levers ranked by what one step of each adds (LeverModel), the
// levers chart, and the bundled investment templates ranked for it
// (InvestmentTemplateModel). "Make Scenario" (button, context menu,
// double-click) turns the chosen lever or template into a scenario through
// the Session, one undo step. Everything is computed by aisov_core on a
// worker thread (LeverQuestion.h) while the tab is shown.

#include <QString>
#include <QWidget>

#include <memory>

class ChartView;
class InvestmentTemplateModel;
class LeverModel;
class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QThread;
class Session;
struct LeverAnswer;

class LeversPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LeversPanel(Session& session, QWidget* parent = nullptr);
    ~LeversPanel() override;

    void setCode(const QString& code);
    QString code() const { return m_code; }
    // Start from this scenario of the profile (empty or unknown: the
    // profile as it is).
    void setScenario(const QString& name);
    // The scenario the levers start from; empty: the profile as it is.
    QString scenario() const;
    // Whether a computation is under way (the tables show the last answer).
    bool isComputing() const;

    // Turn the selected lever (one step, or the value reaching the next
    // band) or template into a scenario; a refusal is shown in a dialog.
    void makeScenario();
    void makeNextBandScenario();

    LeverModel* leverModel() const { return m_levers; }
    InvestmentTemplateModel* templateModel() const { return m_templates; }
    QTableView* leverTable() const { return m_leverTable; }
    QTableView* templateTable() const { return m_templateTable; }
    QComboBox* startChoice() const { return m_start; }
    ChartView* chart() const { return m_chart; }
    // The tabs below the levers: the chart (0) and the templates (1).
    QTabWidget* lowerTabs() const { return m_lower; }
    QAction* makeScenarioAction() const { return m_makeScenario; }

Q_SIGNALS:
    // A scenario of `code` named `name` was made; the window shows it.
    void scenarioCreated(const QString& code, const QString& name);
    // A computation finished and the views show its answer.
    void leversShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* createHeader();
    QTableView* createTable(QSortFilterProxyModel* sorted, const QString& objectName,
                            const QString& accessibleName);
    void fillStartChoice();
    void refresh();
    void startComputation();
    void showAnswer(const LeverAnswer& answer, const QString& scenario);
    void showProblem(const QString& problem);
    void updateSummary();
    void updateActions();
    void updateTemplateDetails();
    void showContextMenu(QTableView* table, const QPoint& position);
    int selectedSourceRow(const QTableView* table) const;
    void createFromLever(bool nextBand);
    void createFromTemplate();
    void reportFailure(const std::exception& error);

    Session& m_session;
    QString m_code;
    LeverModel* m_levers = nullptr;
    InvestmentTemplateModel* m_templates = nullptr;
    QSortFilterProxyModel* m_sortedLevers = nullptr;
    QSortFilterProxyModel* m_sortedTemplates = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_templateNote = nullptr;
    QLabel* m_templateDetails = nullptr;
    QTabWidget* m_lower = nullptr; // the chart and the templates
    QComboBox* m_start = nullptr;
    QPushButton* m_makeButton = nullptr;
    QTableView* m_leverTable = nullptr;
    QTableView* m_templateTable = nullptr;
    ChartView* m_chart = nullptr;
    QAction* m_makeScenario = nullptr;
    QAction* m_makeNextBand = nullptr;
    QString m_problem;
    // One computation at a time: a change while one runs asks for another
    // when it ends, and the stale answer is dropped.
    QThread* m_worker = nullptr;
    bool m_pending = false;
    bool m_stale = true; // changed while hidden: computed when shown
};
