// The main window's pooling, brief and presentation actions: the bloc
// builder, the country brief export and presentation mode. Each calls the
// Session or the render library; none computes a score.

#include "AppStrings.h"
#include "Config.h"
#include "MainWindow.h"
#include "Session.h"
#include "dialogs/BlocBuilderDialog.h"
#include "widgets/ComparePanel.h"
#include "widgets/LeversPanel.h"
#include "widgets/PresentationWindow.h"
#include "widgets/ProfileListPanel.h"
#include "widgets/ScenarioPanel.h"

#include "BriefRenderer.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>
#include <QTabWidget>

void MainWindow::createAnalysisActions()
{
    m_buildBloc = new QAction(tr("&Build a Bloc…"), this);
    m_buildBloc->setObjectName(QStringLiteral("buildBlocAction"));
    m_buildBloc->setShortcut(QKeySequence(tr("Ctrl+B")));
    connect(m_buildBloc, &QAction::triggered, this, [this] {
        const QString code = m_profileList->currentCode();
        buildBloc(code.isEmpty() ? QStringList() : QStringList{code});
    });
    m_exportBrief = new QAction(tr("Export Country &Brief…"), this);
    m_exportBrief->setObjectName(QStringLiteral("exportBriefAction"));
    m_exportBrief->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    connect(m_exportBrief, &QAction::triggered, this, &MainWindow::chooseBriefFile);
    m_present = new QAction(tr("&Present"), this);
    m_present->setObjectName(QStringLiteral("presentAction"));
    m_present->setShortcut(QKeySequence(tr("F5")));
    connect(m_present, &QAction::triggered, this, [this] { startPresentation(); });
    m_runUncertainty = new QAction(tr("Run &Uncertainty"), this);
    m_runUncertainty->setObjectName(QStringLiteral("runUncertaintyAction"));
    m_runUncertainty->setShortcut(QKeySequence(tr("Ctrl+U")));
    m_runUncertainty->setToolTip(tr("Whiskers and rank stability of the profiles compared"));
    connect(m_runUncertainty, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_compare);
        m_compare->runUncertainty();
    });
}

void MainWindow::buildBloc(const QStringList& members)
{
    auto* dialog = new BlocBuilderDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMembers(members);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        statusBar()->showMessage(tr("Saved the bloc %1").arg(dialog->blocCode()), 5000);
        m_profileList->selectCode(dialog->blocCode());
    });
    dialog->open();
}

void MainWindow::chooseBriefFile()
{
    const QString code = m_profileList->currentCode();
    if (code.isEmpty())
        return;
    Config& config = Config::instance();
    const QString directory = config.get(ConfigKey::ExportDirectory).toString();
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Country Brief"),
                                     QDir(directory.isEmpty() ? QDir::homePath() : directory)
                                         .filePath(tr("%1 brief.pdf").arg(code)),
                                     tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (exportCountryBrief(path))
        config.set(ConfigKey::ExportDirectory, QFileInfo(path).absolutePath());
}

bool MainWindow::exportCountryBrief(const QString& path)
{
    const QString code = m_profileList->currentCode();
    try {
        aisov::render::BriefRenderer::exportToFile(path, m_session.countryBrief(code),
                                                   aisov::render::ChartTheme::light());
    } catch (const std::exception& error) {
        showError(tr("Cannot export the brief"),
                  tr("The country brief of %1 could not be written to %2.")
                      .arg(code, QDir::toNativeSeparators(path)),
                  error);
        return false;
    }
    statusBar()->showMessage(
        tr("Wrote the brief of %1 to %2").arg(code, QDir::toNativeSeparators(path)), 5000);
    return true;
}

PresentationWindow* MainWindow::startPresentation()
{
    QStringList codes = m_compare->codes();
    if (codes.size() < 2 && !m_profileList->currentCode().isEmpty())
        codes = {m_profileList->currentCode()};
    if (codes.isEmpty())
        return nullptr;
    auto* presentation = new PresentationWindow(m_session.chartData(codes), this);
    presentation->showFullScreen();
    presentation->activateWindow();
    presentation->setFocus();
    return presentation;
}

void MainWindow::connectLevers()
{
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_levers)
            m_levers->setScenario(m_scenarios->chosenScenario());
    });
    connect(
        m_levers, &LeversPanel::scenarioCreated, this,
        [this](const QString& code, const QString& name) {
            if (m_scenarios->baseCode() != code)
                return;
            m_tabs->setCurrentWidget(m_scenarios);
            m_scenarios->selectScenario(name);
            statusBar()->showMessage(
                tr("Made the scenario %1; adjust it here, or undo it with Edit > Undo").arg(name),
                5000);
        });
}
