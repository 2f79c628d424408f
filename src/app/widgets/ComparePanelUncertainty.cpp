// The Compare tab's uncertainty run: the controls (draws, run, progress,
// cancel), the rank-stability table, and keeping the result in step with
// the selection and the scores. The run itself is UncertaintyRunner's, on a
// worker thread; this file only starts, stops and shows it.

#include "ComparePanel.h"

#include "Config.h"
#include "Session.h"
#include "TableCopier.h"
#include "models/RankStabilityModel.h"
#include "widgets/RankShareDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
// The command line's limit (8 bytes per draw and profile are kept).
constexpr int kMaxDraws = 100000;
constexpr int kMinDraws = 100;
} // namespace

QWidget* ComparePanel::createUncertaintyBar()
{
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("uncertaintyBar"));
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* drawsLabel = new QLabel(tr("&Draws:"), bar);
    m_draws = new QSpinBox(bar);
    m_draws->setObjectName(QStringLiteral("uncertaintyDraws"));
    m_draws->setAccessibleName(tr("Uncertainty draws"));
    m_draws->setToolTip(tr("How many Monte Carlo draws of weights, aggregation and values"));
    m_draws->setRange(kMinDraws, kMaxDraws);
    m_draws->setSingleStep(500);
    m_draws->setGroupSeparatorShown(true);
    m_draws->setValue(Config::instance().get(ConfigKey::UncertaintyDraws).toInt());
    drawsLabel->setBuddy(m_draws);
    // A typed count takes effect on Enter or leaving the box, not at each digit.
    m_draws->setKeyboardTracking(false);
    connect(m_draws, &QSpinBox::valueChanged, this, &ComparePanel::drawsChanged);
    m_run = new QPushButton(tr("Run &Uncertainty"), bar);
    m_run->setObjectName(QStringLiteral("runUncertaintyButton"));
    m_run->setToolTip(tr("p5–p95 whiskers on the spectrum and how often each profile holds "
                         "each rank, computed in the background"));
    connect(m_run, &QPushButton::clicked, this, &ComparePanel::runUncertainty);
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(QStringLiteral("uncertaintyProgress"));
    m_progress->setAccessibleName(tr("Uncertainty progress"));
    m_progress->setRange(0, 100);
    m_cancel = new QPushButton(tr("Cancel"), bar);
    m_cancel->setObjectName(QStringLiteral("cancelUncertaintyButton"));
    connect(m_cancel, &QPushButton::clicked, this, &ComparePanel::cancelUncertainty);
    m_uncertaintyStatus = new QLabel(bar);
    m_uncertaintyStatus->setObjectName(QStringLiteral("uncertaintyStatus"));
    m_uncertaintyStatus->setWordWrap(true);
    layout->addWidget(drawsLabel);
    layout->addWidget(m_draws);
    layout->addWidget(m_run);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_uncertaintyStatus, 1);
    return bar;
}

QWidget* ComparePanel::createRankStabilityTab()
{
    auto* tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("rankStabilityTab"));
    m_rankSorted = new QSortFilterProxyModel(tab);
    m_rankSorted->setSourceModel(m_rankModel);
    m_rankSorted->setSortRole(RankStabilityModel::SortRole);
    m_rankTable = new QTableView(tab);
    TableCopier::install(m_rankTable);
    m_rankTable->setObjectName(QStringLiteral("rankStabilityTable"));
    m_rankTable->setAccessibleName(tr("Rank stability"));
    m_rankTable->setModel(m_rankSorted);
    m_rankTable->setItemDelegate(new RankShareDelegate(m_rankTable));
    m_rankTable->setSortingEnabled(true);
    m_rankTable->sortByColumn(RankStabilityModel::MedianColumn, Qt::DescendingOrder);
    m_rankTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rankTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rankTable->verticalHeader()->hide();
    m_rankTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rankTable->horizontalHeader()->setSectionResizeMode(RankStabilityModel::ProfileColumn,
                                                          QHeaderView::Stretch);
    auto* explanation = new QLabel(
        tr("Each cell: the share of the draws in which the profile holds that rank among the "
           "profiles compared; the framed cell is its most likely rank. p5 and p95 bound the "
           "middle 90 % of its scores."),
        tab);
    explanation->setWordWrap(true);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(explanation);
    layout->addWidget(m_rankTable, 1);
    return tab;
}

QWidget* ComparePanel::rankStabilityTab() const
{
    return m_rankTable->parentWidget();
}

void ComparePanel::connectRunner()
{
    connect(m_runner, &UncertaintyRunner::started, this, [this](int draws) {
        m_progress->setValue(0);
        showUncertaintyState(tr("Computing %1 draws…").arg(QLocale().toString(draws)));
    });
    connect(m_runner, &UncertaintyRunner::progressChanged, this, [this](int done, int total) {
        m_progress->setValue(static_cast<int>(100LL * done / std::max(total, 1)));
    });
    connect(m_runner, &UncertaintyRunner::finished, this, [this](const UncertaintyRun& run) {
        m_rankModel->setRun(run);
        refreshCharts();
        showUncertaintyState(tr("%1 draws: whiskers (p5–p95) on the spectrum; ranks on the Rank "
                                "stability tab.")
                                 .arg(QLocale().toString(run.draws)));
    });
    connect(m_runner, &UncertaintyRunner::cancelled, this,
            [this] { showUncertaintyState(tr("Cancelled.")); });
    connect(m_runner, &UncertaintyRunner::failed, this, [this](const QString& reason) {
        showUncertaintyState(tr("The uncertainty analysis failed: %1").arg(reason));
    });
}

void ComparePanel::runUncertainty()
{
    const aisov::Analysis* analysis = m_session.analysis();
    const QStringList shown = codes();
    if (analysis == nullptr || shown.isEmpty()) {
        showUncertaintyState(tr("Select the profiles to compare in the list first."));
        return;
    }
    {
        // A count typed but not yet entered (Ctrl+U from the box) is the one asked for.
        const QSignalBlocker blocker(m_draws);
        m_draws->interpretText();
    }
    Config::instance().set(ConfigKey::UncertaintyDraws, m_draws->value());
    m_runner->start(*analysis, shown, m_draws->value());
}

void ComparePanel::cancelUncertainty()
{
    m_runner->cancel();
}

void ComparePanel::uncertaintyInputsChanged()
{
    if (m_runner->isRunning()) {
        // Start again on what is there now; with nothing left to compare, stop.
        if (m_session.analysis() != nullptr && !codes().isEmpty())
            runUncertainty();
        else
            cancelUncertainty();
        m_rankModel->clear();
        return;
    }
    if (!m_rankModel->run())
        return;
    m_rankModel->clear();
    showUncertaintyState(
        tr("The profiles, values or methodology changed since the last run: run it again."));
}

void ComparePanel::drawsChanged(int draws)
{
    Config::instance().set(ConfigKey::UncertaintyDraws, draws);
    if (!m_runner->isRunning())
        return;
    // A run under way was asked for another count: start again with this
    // one, so that what it delivers is of the draws the box shows.
    m_rankModel->clear();
    runUncertainty();
    refreshCharts();
}

void ComparePanel::showUncertaintyState(const QString& status)
{
    const bool running = m_runner->isRunning();
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_uncertaintyStatus->setText(
        status.isEmpty() ? tr("Uncertainty: p5–p95 whiskers and how stable the ranks are.")
                         : status);
    updateUncertaintyActions();
}

void ComparePanel::updateUncertaintyActions()
{
    m_run->setEnabled(m_session.analysis() != nullptr && !codes().isEmpty());
}
