#include "MainWindow.h"

#include "AppStrings.h"
#include "Config.h"
#include "FileKind.h"
#include "MessageBox.h"
#include "NameWithCode.h"
#include "ProblemText.h"
#include "Session.h"
#include "dialogs/ExportChartDialog.h"
#include "dialogs/ImportPreviewDialog.h"
#include "dialogs/NewProfileDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "dialogs/TakeSnapshotDialog.h"
#include "models/ComparisonModel.h"
#include "models/ShortcutModel.h"
#include "widgets/ChartView.h"
#include "widgets/ComparePanel.h"
#include "widgets/HistoryPanel.h"
#include "widgets/LanguageMenu.h"
#include "widgets/LeversPanel.h"
#include "widgets/MethodologyPanel.h"
#include "widgets/PartnersPanel.h"
#include "widgets/ProfileEditor.h"
#include "widgets/ProfileListPanel.h"
#include "widgets/ResultPanel.h"
#include "widgets/ScenarioPanel.h"
#include "widgets/UserGuideWindow.h"

#include "aisov/InputError.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>

namespace {
constexpr int kRecentDatabases = 8;
}

MainWindow::MainWindow(Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
{
    // The icons live in the aisov_app static library, whose resources must
    // be registered by name.
    Q_INIT_RESOURCE(aisov);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/aisov.svg")));
    m_profileList = new ProfileListPanel(session, this);
    m_editor = new ProfileEditor(session, this);
    m_result = new ResultPanel(session, this);
    m_compare = new ComparePanel(session, this);
    m_scenarios = new ScenarioPanel(session, this);
    m_partners = new PartnersPanel(session, this);
    m_levers = new LeversPanel(session, this);
    m_history = new HistoryPanel(session, this);
    m_methodologyPanel = new MethodologyPanel(session, this);

    auto* profileSplitter = new QSplitter(Qt::Horizontal, this);
    profileSplitter->setObjectName(QStringLiteral("profileSplitter"));
    profileSplitter->addWidget(m_editor);
    profileSplitter->addWidget(m_result);
    profileSplitter->setStretchFactor(0, 3);
    profileSplitter->setStretchFactor(1, 2);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(profileSplitter, tr("&Profile"));
    m_tabs->addTab(m_compare, tr("&Compare"));
    m_tabs->addTab(m_scenarios, tr("&Scenarios"));
    m_tabs->addTab(m_history, tr("&History"));
    m_tabs->addTab(m_methodologyPanel, tr("&Methodology"));
    m_tabs->addTab(m_partners, tr("P&artners"));
    m_tabs->addTab(m_levers, tr("&Levers"));
    setCentralWidget(m_tabs);

    auto* dock = new QDockWidget(tr("Profiles"), this);
    dock->setObjectName(QStringLiteral("profilesDock"));
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    dock->setWidget(m_profileList);
    // Room for code, name and score at any font size (300 at the usual one).
    m_profileList->setMinimumWidth(
        std::max(300, 40 * m_profileList->fontMetrics().averageCharWidth()));
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    // Reading order: the list on the left, then the tabs above their page
    // (the tab bar is created after the pages' widgets, so it came last).
    setTabOrder(m_profileList->view(), m_tabs->tabBar());

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    statusBar()->addPermanentWidget(m_databaseLabel);

    createActions();
    createAnalysisActions();
    createMenus();
    connectViews();
    restoreLayout();
    updateTitle();
    updateChartActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    // Undo and Redo step through the session (Session::undo), which keeps
    // the stack in place when the store refuses a step; the stack lends
    // them its text ("Undo Change Researchers of CHE") and state.
    QUndoStack* stack = m_session.undoStack();
    const auto stepAction =
        [this, stack](const QString& prefix, const QString& name, const QKeySequence& shortcut,
                      auto canStep, auto canStepChanged, auto textOf, auto textChanged, auto step) {
            auto* created = new QAction(this);
            created->setObjectName(name);
            created->setShortcut(shortcut);
            created->setProperty(ShortcutModel::kNameProperty, prefix);
            const auto showText = [created, prefix](const QString& text) {
                created->setText(text.isEmpty() ? prefix : prefix + QLatin1Char(' ') + text);
            };
            showText((stack->*textOf)());
            created->setEnabled((stack->*canStep)());
            connect(stack, canStepChanged, created, &QAction::setEnabled);
            connect(stack, textChanged, created, showText);
            connect(created, &QAction::triggered, &m_session, step);
            return created;
        };
    m_undo = stepAction(tr("&Undo"), QStringLiteral("undoAction"), QKeySequence::Undo,
                        &QUndoStack::canUndo, &QUndoStack::canUndoChanged, &QUndoStack::undoText,
                        &QUndoStack::undoTextChanged, &Session::undo);
    m_redo = stepAction(tr("&Redo"), QStringLiteral("redoAction"), QKeySequence::Redo,
                        &QUndoStack::canRedo, &QUndoStack::canRedoChanged, &QUndoStack::redoText,
                        &QUndoStack::redoTextChanged, &Session::redo);

    const auto action = [this](const QString& text, const QString& name,
                               const QKeySequence& shortcut, auto slot) {
        auto* created = new QAction(text, this);
        created->setObjectName(name);
        created->setShortcut(shortcut);
        connect(created, &QAction::triggered, this, slot);
        return created;
    };
    m_newProfile = action(tr("&New Profile…"), QStringLiteral("newProfileAction"),
                          QKeySequence::New, &MainWindow::newProfile);
    m_duplicateProfile = action(tr("&Duplicate Profile…"), QStringLiteral("duplicateAction"),
                                QKeySequence(tr("Ctrl+D")), &MainWindow::duplicateCurrentProfile);
    m_deleteProfile = action(tr("De&lete Profile…"), QStringLiteral("deleteAction"),
                             QKeySequence(tr("Ctrl+Shift+Del")), &MainWindow::deleteCurrentProfile);
    m_import = action(tr("&Import Profiles…"), QStringLiteral("importAction"),
                      QKeySequence(tr("Ctrl+I")), &MainWindow::chooseImportFile);
    m_exportProfiles = action(tr("Export &Profiles…"), QStringLiteral("exportProfilesAction"),
                              QKeySequence(tr("Ctrl+Shift+E")), &MainWindow::chooseExportFile);
    m_exportChart = action(tr("Export &Chart…"), QStringLiteral("exportChartAction"),
                           QKeySequence(tr("Ctrl+E")), [this] { exportChart(currentChart()); });
    m_copyChart = action(tr("Cop&y Chart"), QStringLiteral("copyChartAction"),
                         QKeySequence(tr("Ctrl+Shift+C")), [this] { copyChart(currentChart()); });
    m_copyChartText = action(tr("Copy Chart &Data as Text"), QStringLiteral("copyChartTextAction"),
                             QKeySequence(tr("Ctrl+Alt+C")), [this] {
                                 if (ChartView* chart = currentChart())
                                     chart->copyDataText();
                             });
    m_highContrast = action(tr("&High-Contrast Charts"), QStringLiteral("highContrastAction"),
                            QKeySequence(tr("Ctrl+Alt+H")), &MainWindow::setHighContrastCharts);
    m_highContrast->setCheckable(true);
    m_highContrast->setChecked(Config::instance().get(ConfigKey::HighContrastCharts).toBool());
    m_takeSnapshot = action(tr("Take &Snapshot…"), QStringLiteral("takeSnapshotAction"),
                            QKeySequence(tr("Ctrl+Shift+S")), &MainWindow::takeSnapshot);
    m_history->setTakeSnapshotAction(m_takeSnapshot);
    m_find = action(tr("&Find Profile"), QStringLiteral("findAction"), QKeySequence::Find,
                    [this] { m_profileList->focusSearch(); });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newDatabase = file->addAction(tr("New &Database…"), this, &MainWindow::newDatabase);
    newDatabase->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    QAction* open = file->addAction(tr("&Open Database…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(m_import);
    file->addAction(m_exportProfiles);
    file->addSeparator();
    file->addAction(m_exportChart);
    file->addAction(m_copyChart);
    file->addAction(m_copyChartText);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_find);

    QMenu* profile = menuBar()->addMenu(tr("&Profile"));
    profile->addAction(m_newProfile);
    profile->addAction(m_duplicateProfile);
    profile->addAction(m_deleteProfile);
    profile->addSeparator();
    profile->addAction(m_takeSnapshot);

    QMenu* scenario = menuBar()->addMenu(tr("&Scenario"));
    for (QAction* scenarioAction : m_scenarios->scenarioActions())
        scenario->addAction(scenarioAction);
    QMenu* analysis = menuBar()->addMenu(tr("&Analysis"));
    analysis->addAction(m_buildBloc);
    analysis->addAction(m_exportBrief);
    analysis->addAction(m_runUncertainty);
    analysis->addSeparator();
    analysis->addAction(m_present);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* showProfile =
        view->addAction(tr("&Profile"), this, [this] { m_tabs->setCurrentIndex(0); });
    showProfile->setShortcut(QKeySequence(tr("Ctrl+1")));
    QAction* showCompare =
        view->addAction(tr("&Compare"), this, [this] { m_tabs->setCurrentIndex(1); });
    showCompare->setShortcut(QKeySequence(tr("Ctrl+2")));
    QAction* showScenarios =
        view->addAction(tr("&Scenarios"), this, [this] { m_tabs->setCurrentWidget(m_scenarios); });
    showScenarios->setShortcut(QKeySequence(tr("Ctrl+3")));
    QAction* showHistory =
        view->addAction(tr("&History"), this, [this] { m_tabs->setCurrentWidget(m_history); });
    showHistory->setShortcut(QKeySequence(tr("Ctrl+4")));
    QAction* showMethodology = view->addAction(
        tr("&Methodology"), this, [this] { m_tabs->setCurrentWidget(m_methodologyPanel); });
    showMethodology->setShortcut(QKeySequence(tr("Ctrl+5")));
    QAction* showPartners =
        view->addAction(tr("P&artners"), this, [this] { m_tabs->setCurrentWidget(m_partners); });
    showPartners->setShortcut(QKeySequence(tr("Ctrl+6")));
    QAction* showLevers =
        view->addAction(tr("&Levers"), this, [this] { m_tabs->setCurrentWidget(m_levers); });
    showLevers->setShortcut(QKeySequence(tr("Ctrl+7")));
    view->addSeparator();
    view->addMenu(new LanguageMenu(view));
    view->addAction(m_highContrast);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User Guide"), this, &MainWindow::showUserGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction* shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto* dialog = new ShortcutsDialog(*menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcut(QKeySequence(tr("Ctrl+/")));
    help->addAction(tr("&About AI Sovereignty Spectrum"), this, [this] {
        MessageBox::information(
            this, tr("About AI Sovereignty Spectrum"),
            tr("AI Sovereignty Spectrum %1\nPlaces a country or a bloc on a 0–100 % AI "
               "sovereignty spectrum across compute, infrastructure, data, talent, regulation "
               "and energy.")
                .arg(QString::fromLatin1(AISOV_VERSION)));
    });

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // The menu's actions say what they undo ("Undo Change Researchers of
    // CHE"); the toolbar keeps short labels and says it in the tooltip.
    QUndoStack* stack = m_session.undoStack();
    QAction* undo = toolbar->addAction(tr("Undo"), &m_session, &Session::undo);
    QAction* redo = toolbar->addAction(tr("Redo"), &m_session, &Session::redo);
    undo->setEnabled(stack->canUndo());
    redo->setEnabled(stack->canRedo());
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undo, &QAction::setToolTip);
    connect(stack, &QUndoStack::redoTextChanged, redo, &QAction::setToolTip);
    toolbar->addSeparator();
    toolbar->addAction(m_newProfile);
    toolbar->addAction(m_import);
    toolbar->addAction(m_exportChart);
    updateRecentMenu();
}

void MainWindow::connectViews()
{
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateChartActions);
    connect(m_compare, &ComparePanel::currentChartChanged, this, &MainWindow::updateChartActions);
    connect(m_profileList, &ProfileListPanel::currentCodeChanged, this,
            &MainWindow::currentProfileChanged);
    connect(m_profileList, &ProfileListPanel::selectionChanged, this,
            [this](const QStringList& codes) {
                m_compare->setCodes(codes);
                const int shown = static_cast<int>(m_compare->codes().size());
                m_tabs->setTabText(1, shown >= 2 ? tr("&Compare (%1)").arg(shown) : tr("&Compare"));
            });
    connect(&m_session, &Session::databaseOpened, this, [this] {
        updateTitle();
        m_profileList->view()->selectRow(0);
    });
    connect(&m_session, &Session::profileListChanged, this, [this] {
        if (m_session.profile(m_editor->profileCode()) == nullptr)
            currentProfileChanged(m_profileList->currentCode());
    });
    connect(m_partners, &PartnersPanel::blocRequested, this, &MainWindow::buildBloc);
    connect(&m_session, &Session::writeFailed, this, [this](const QString& message) {
        MessageBox::critical(this, tr("Cannot undo or redo"),
                             tr("The change could not be written to the database: %1\n\nThe "
                                "database keeps what it had; close other programs that use it "
                                "and try again.")
                                 .arg(message));
    });
    connect(&m_session, &Session::draftSetBack, this, [this](const QString& reason) {
        const aisov::Methodology& saved = m_session.savedMethodology();
        MessageBox::warning(
            this, tr("Methodology edits set back"),
            tr("The edited methodology cannot score the profiles as the database holds them "
               "now: %1\n\nThe methodology was set back to the saved one (%2 %3); the database "
               "keeps its data.")
                .arg(reason, app::toQString(saved.id), app::toQString(saved.version)));
    });
    connect(&m_session, &Session::methodologyChanged, this, [this] {
        m_tabs->setTabText(m_tabs->indexOf(m_methodologyPanel), m_session.hasUnsavedMethodology()
                                                                    ? tr("&Methodology (edited)")
                                                                    : tr("&Methodology"));
    });
    const auto connectChart = [this](ChartView* view) {
        connect(view, &ChartView::exportRequested, this, [this, view] { exportChart(view); });
        connect(view, &ChartView::copyRequested, this, [this, view] { copyChart(view); });
    };
    connectChart(m_result->spectrumView());
    connectChart(m_result->radarView());
    for (const auto kind : {aisov::render::ChartKind::Spectrum, aisov::render::ChartKind::Radar,
                            aisov::render::ChartKind::Compare})
        connectChart(m_compare->chart(kind));
    for (const auto kind :
         {aisov::render::ChartKind::Spectrum, aisov::render::ChartKind::ScenarioDelta})
        connectChart(m_scenarios->chart(kind));
    connectChart(m_history->chart());
    connectChart(m_levers->chart());
    connectLevers();
}

void MainWindow::restoreLayout()
{
    resize(1360, 860);
    Config& config = Config::instance();
    restoreGeometry(config.get(ConfigKey::MainWindowGeometry).toByteArray());
    restoreState(config.get(ConfigKey::MainWindowState).toByteArray());
}

bool MainWindow::mayDropMethodologyEdits(const QString& doing)
{
    if (!m_session.hasUnsavedMethodology())
        return true;
    return MessageBox::question(this, tr("Unsaved Methodology"),
                                tr("The methodology has edits that are not saved; %1 drops "
                                   "them. Continue? (Keep them with Save as Version… on the "
                                   "Methodology tab.)")
                                    .arg(doing)) == QMessageBox::Yes;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!mayDropMethodologyEdits(tr("quitting"))) {
        event->ignore();
        return;
    }
    Config& config = Config::instance();
    config.set(ConfigKey::MainWindowGeometry, saveGeometry());
    config.set(ConfigKey::MainWindowState, saveState());
    // Nothing keeps computing for a closed window (the runner waits for
    // its worker when the window is destroyed).
    m_compare->cancelUncertainty();
    event->accept();
}

void MainWindow::updateTitle()
{
    const QString path = m_session.databasePath();
    setWindowTitle(path.isEmpty()
                       ? tr("AI Sovereignty Spectrum")
                       : tr("%1 – AI Sovereignty Spectrum").arg(QFileInfo(path).fileName()));
    m_databaseLabel->setText(m_session.isReadOnly()
                                 ? tr("%1 (read-only)").arg(QDir::toNativeSeparators(path))
                                 : QDir::toNativeSeparators(path));
    const bool writable = m_session.isOpen() && !m_session.isReadOnly();
    for (QAction* action :
         {m_newProfile, m_duplicateProfile, m_deleteProfile, m_import, m_buildBloc, m_takeSnapshot})
        action->setEnabled(writable);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Config::instance().get(ConfigKey::RecentDatabases).toStringList();
    for (const auto& path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                [this, path] { openDatabase(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showError(const QString& title, const QString& doing, const std::exception& error)
{
    QString reason = QString::fromUtf8(error.what());
    QString advice;
    if (const auto* input = dynamic_cast<const aisov::InputError*>(&error)) {
        reason = app::problemText(input->problem());
        if (!input->where().empty())
            reason = tr("%1 (at %2)").arg(reason, app::toQString(input->where()));
        advice = tr("Nothing was changed. Correct the file, or choose another one.");
    } else {
        advice = tr("Nothing was changed. Check that the file exists, that you may read and "
                    "write it, and that no other program holds it; then try again.");
    }
    MessageBox::critical(this, title, tr("%1\n\n%2\n\n%3").arg(doing, reason, advice),
                         QString::fromUtf8(error.what()));
}

bool MainWindow::openDatabase(const QString& path, bool create)
{
    if (m_session.isOpen() && !mayDropMethodologyEdits(tr("opening another database")))
        return false;
    try {
        m_session.openDatabase(path, create ? aisov::OpenMode::Create : aisov::OpenMode::Existing);
    } catch (const std::exception& error) {
        showError(tr("Cannot open the database"),
                  tr("The database %1 could not be opened.").arg(QDir::toNativeSeparators(path)),
                  error);
        return false;
    }
    Config& config = Config::instance();
    config.set(ConfigKey::LastDatabase, m_session.databasePath());
    config.pushFront(ConfigKey::RecentDatabases, m_session.databasePath(), kRecentDatabases);
    updateRecentMenu();
    updateTitle();
    return true;
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Database"), QDir::homePath(),
                                                      tr("Databases (*.sqlite *.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        MessageBox::warning(this, tr("New Database"),
                            tr("%1 exists already; open it with File > Open Database.")
                                .arg(QDir::toNativeSeparators(path)));
        return;
    }
    openDatabase(path, true);
}

void MainWindow::chooseDatabase()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QFileInfo(m_session.databasePath()).absolutePath(),
        tr("Databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::currentProfileChanged(const QString& code)
{
    m_editor->setProfileCode(code);
    m_result->setProfileCode(code);
    m_scenarios->setBaseCode(code);
    m_partners->setCode(code);
    m_levers->setCode(code);
    m_history->setProfileCode(code);
    const bool has = !code.isEmpty() && !m_session.isReadOnly();
    m_duplicateProfile->setEnabled(has);
    m_deleteProfile->setEnabled(has);
    m_takeSnapshot->setEnabled(has);
}

ChartView* MainWindow::currentChart() const
{
    if (m_tabs->currentWidget() == m_compare)
        return m_compare->currentChart();
    if (m_tabs->currentWidget() == m_scenarios)
        return m_scenarios->currentChart();
    if (m_tabs->currentWidget() == m_history)
        return m_history->chart();
    if (m_tabs->currentWidget() == m_levers)
        return m_levers->chart();
    return m_result->spectrumView();
}

void MainWindow::updateChartActions()
{
    const bool shown = currentChart() != nullptr;
    const QString reason =
        shown ? QString()
              : tr("The Rank stability tab shows a table, not a chart: choose the Spectrum, "
                   "Radar or Pillars tab to export or copy a chart.");
    for (QAction* action : {m_exportChart, m_copyChart, m_copyChartText}) {
        action->setEnabled(shown);
        // An empty tooltip is the action's text again.
        action->setToolTip(reason);
        action->setStatusTip(reason);
    }
}

void MainWindow::setHighContrastCharts(bool on)
{
    Config::instance().set(ConfigKey::HighContrastCharts, on);
    const auto charts = findChildren<ChartView*>();
    for (ChartView* chart : charts)
        chart->update();
}

// --- Profiles ----------------------------------------------------------------

void MainWindow::newProfile()
{
    auto* dialog = new NewProfileDialog(m_session, tr("New Profile"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        aisov::Profile profile;
        profile.code = app::toStdString(dialog->code());
        profile.name = app::toStdString(dialog->name());
        profile.kind = dialog->kind();
        try {
            m_session.createProfile(profile);
            m_profileList->selectCode(dialog->code());
        } catch (const std::exception& error) {
            showError(tr("Cannot create the profile"),
                      tr("The profile %1 could not be created.").arg(dialog->code()), error);
        }
    });
    dialog->open();
}

QString MainWindow::unusedCodeLike(const QString& code) const
{
    // A free code of the same length, so that a country's copy is still a
    // valid alpha-3 code: CHE -> CHA, CHB, ... (then XHE, ...).
    for (qsizetype position = code.size() - 1; position >= 0; --position)
        for (char letter = 'A'; letter <= 'Z'; ++letter) {
            QString candidate = code;
            candidate[position] = QLatin1Char(letter);
            if (m_session.profile(candidate) == nullptr)
                return candidate;
        }
    return code + QStringLiteral("2");
}

void MainWindow::duplicateCurrentProfile()
{
    const QString code = m_profileList->currentCode();
    const aisov::Profile* original = m_session.profile(code);
    if (original == nullptr)
        return;
    auto* dialog = new NewProfileDialog(m_session, tr("Duplicate %1").arg(code), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setInitial(unusedCodeLike(code), tr("%1 (copy)").arg(app::toQString(original->name)),
                       original->kind);
    dialog->setKindEditable(false);
    connect(dialog, &QDialog::accepted, this, [this, dialog, code] {
        try {
            m_session.duplicateProfile(code, dialog->code(), dialog->name());
            m_profileList->selectCode(dialog->code());
        } catch (const std::exception& error) {
            showError(tr("Cannot duplicate the profile"),
                      tr("%1 could not be duplicated.").arg(code), error);
        }
    });
    dialog->open();
}

void MainWindow::deleteCurrentProfile()
{
    const QString code = m_profileList->currentCode();
    const aisov::Profile* profile = m_session.profile(code);
    if (profile == nullptr)
        return;
    const auto answer = MessageBox::question(
        this, tr("Delete Profile"),
        tr("Delete %1 with its values (%2) and its scenarios? You can undo this.")
            .arg(aisov::render::nameWithCode(app::displayName(*profile), code))
            .arg(profile->values.size()));
    if (answer != QMessageBox::Yes)
        return;
    try {
        m_session.deleteProfile(code);
    } catch (const aisov::InputError& error) {
        // Refused by the store (a bloc lists the profile): nothing to correct in a file.
        MessageBox::critical(this, tr("Cannot delete the profile"),
                             tr("%1 could not be deleted.\n\n%2\n\nNothing was changed.")
                                 .arg(code, app::problemText(error.problem())),
                             QString::fromUtf8(error.what()));
    } catch (const std::exception& error) {
        showError(tr("Cannot delete the profile"), tr("%1 could not be deleted.").arg(code), error);
    }
}

void MainWindow::takeSnapshot()
{
    const QString code = m_profileList->currentCode();
    if (m_session.profile(code) == nullptr)
        return;
    auto* dialog = new TakeSnapshotDialog(m_session, code, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { statusBar()->showMessage(tr("Snapshot taken; see the History tab"), 5000); });
    dialog->open();
}

// --- Import and export -------------------------------------------------------

void MainWindow::openFile(const QString& path)
{
    switch (fileKindOf(path)) {
    case FileKind::Database:
        openDatabase(path);
        return;
    case FileKind::Methodology:
        m_tabs->setCurrentWidget(m_methodologyPanel);
        m_methodologyPanel->importMethodology(path);
        return;
    case FileKind::Profiles:
        importProfiles(path);
        return;
    }
}

void MainWindow::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Profiles"), Config::instance().get(ConfigKey::ImportDirectory).toString(),
        tr("Profiles (*.json *.csv)"));
    if (path.isEmpty())
        return;
    Config::instance().set(ConfigKey::ImportDirectory, QFileInfo(path).absolutePath());
    importProfiles(path);
}

void MainWindow::importProfiles(const QString& path)
{
    ImportPreview preview;
    try {
        preview = m_session.previewImport(path);
    } catch (const std::exception& error) {
        showError(tr("Cannot import"),
                  tr("%1 cannot be imported.").arg(QDir::toNativeSeparators(path)), error);
        return;
    }
    auto* dialog = new ImportPreviewDialog(path, preview.plan, m_session.methodology(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, preview = std::move(preview)] {
        try {
            m_session.applyImport(preview);
        } catch (const std::exception& error) {
            showError(tr("Import failed"),
                      tr("%1 was not imported.").arg(QDir::toNativeSeparators(preview.path)),
                      error);
        }
    });
    dialog->open();
}

void MainWindow::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Profiles"), QDir::homePath(),
                                                      tr("JSON (*.json);;CSV (*.csv)"));
    if (!path.isEmpty())
        exportProfiles(path);
}

void MainWindow::exportProfiles(const QString& path)
{
    try {
        m_session.exportProfiles(path);
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
    } catch (const std::exception& error) {
        showError(
            tr("Export failed"),
            tr("The profiles could not be written to %1.").arg(QDir::toNativeSeparators(path)),
            error);
    }
}

void MainWindow::exportChart(ChartView* view)
{
    if (view == nullptr)
        return;
    auto* dialog = new ExportChartDialog(view->kind(), view->chartData(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::copyChart(ChartView* view)
{
    if (view == nullptr)
        return;
    ExportChartDialog dialog(view->kind(), view->chartData(), this);
    dialog.copyToClipboard();
    statusBar()->showMessage(tr("Chart copied to the clipboard"), 5000);
}

void MainWindow::showUserGuide()
{
    if (m_userGuide == nullptr) {
        m_userGuide = new UserGuideWindow(this);
        m_userGuide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_userGuide->show();
    m_userGuide->raise();
    m_userGuide->activateWindow();
}
