#pragma once

// The main window: the profile list (left), the editor and the live result
// of the current profile, and the comparison of the selected profiles. Every
// action calls the Session; every view follows the Session's signals.

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

class ChartView;
class ComparePanel;
class PartnersPanel;
class PresentationWindow;
class HistoryPanel;
class LeversPanel;
class MethodologyPanel;
class ProfileEditor;
class ProfileListPanel;
class QAction;
class QLabel;
class QMenu;
class QTabWidget;
class ResultPanel;
class ScenarioPanel;
class Session;
class UserGuideWindow;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a database; a failure is shown in a dialog (what, where, what to
    // do) and leaves the open database as it was. Returns whether it opened.
    bool openDatabase(const QString& path, bool create = false);
    // Reads `path`, shows what importing it would do and imports on confirm.
    void importProfiles(const QString& path);
    void exportProfiles(const QString& path);
    // Opens a file given on the command line (a file manager's double
    // click), by what it holds (fileKindOf): a database is opened, a
    // methodology imported as the draft on the Methodology tab, anything
    // else previewed for import as profiles.
    void openFile(const QString& path);
    // Opens the export dialog for `view`'s chart.
    void exportChart(ChartView* view);
    void copyChart(ChartView* view);
    void deleteCurrentProfile();
    // Opens the dialog that takes a snapshot of the current profile.
    void takeSnapshot();
    // Help > User Guide: one guide window, raised when already open.
    void showUserGuide();

    // --- Pooling, briefs, presenting (MainWindowAnalysis.cpp) ------------
    // Opens the bloc builder with these members checked.
    void buildBloc(const QStringList& members);
    // Writes the country brief of the current profile to `path` (PDF); a
    // failure is shown in a dialog. Returns whether it was written.
    bool exportCountryBrief(const QString& path);
    // Presents the spectrum of the profiles selected in the list (the
    // current one when only one is), full screen.
    PresentationWindow* startPresentation();

    ProfileListPanel* profileList() const { return m_profileList; }
    ProfileEditor* editor() const { return m_editor; }
    ResultPanel* resultPanel() const { return m_result; }
    ComparePanel* comparePanel() const { return m_compare; }
    PartnersPanel* partnersPanel() const { return m_partners; }
    LeversPanel* leversPanel() const { return m_levers; }
    ScenarioPanel* scenarioPanel() const { return m_scenarios; }
    HistoryPanel* historyPanel() const { return m_history; }
    MethodologyPanel* methodologyPanel() const { return m_methodologyPanel; }
    QTabWidget* tabs() const { return m_tabs; }
    // The chart the Export and Copy actions act on: the current tab's.
    ChartView* currentChart() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void connectViews();
    void restoreLayout();
    void updateTitle();
    void updateRecentMenu();
    // Export Chart and the Copy Chart actions: enabled while the current
    // tab shows a chart, and saying why not while it does not.
    void updateChartActions();
    void showError(const QString& title, const QString& doing, const std::exception& error);
    void newDatabase();
    void chooseDatabase();
    void chooseImportFile();
    void chooseExportFile();
    void newProfile();
    void duplicateCurrentProfile();
    QString unusedCodeLike(const QString& code) const;
    void currentProfileChanged(const QString& code);
    void createAnalysisActions();
    // The View menu's High-Contrast Charts: remembered, and every chart repainted.
    void setHighContrastCharts(bool on);
    // The Levers tab follows the scenario chosen on the Scenarios tab, and
    // a scenario it makes is shown there.
    void connectLevers();
    void chooseBriefFile();
    // Asks before `doing` drops unsaved methodology edits; true to go on.
    bool mayDropMethodologyEdits(const QString& doing);

    Session& m_session;
    ProfileListPanel* m_profileList = nullptr;
    ProfileEditor* m_editor = nullptr;
    ResultPanel* m_result = nullptr;
    ComparePanel* m_compare = nullptr;
    PartnersPanel* m_partners = nullptr;
    LeversPanel* m_levers = nullptr;
    ScenarioPanel* m_scenarios = nullptr;
    QPointer<UserGuideWindow> m_userGuide;
    HistoryPanel* m_history = nullptr;
    QAction* m_takeSnapshot = nullptr;
    MethodologyPanel* m_methodologyPanel = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_newProfile = nullptr;
    QAction* m_duplicateProfile = nullptr;
    QAction* m_deleteProfile = nullptr;
    QAction* m_import = nullptr;
    QAction* m_exportProfiles = nullptr;
    QAction* m_exportChart = nullptr;
    QAction* m_copyChart = nullptr;
    QAction* m_copyChartText = nullptr;
    QAction* m_highContrast = nullptr;
    QAction* m_find = nullptr;
    QAction* m_buildBloc = nullptr;
    QAction* m_exportBrief = nullptr;
    QAction* m_present = nullptr;
    QAction* m_runUncertainty = nullptr;
};
