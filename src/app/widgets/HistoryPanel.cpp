#include "HistoryPanel.h"

#include "AppStrings.h"
#include "ChartFrame.h"
#include "ChartView.h"
#include "NameWithCode.h"
#include "RefreshWhenShown.h"
#include "Session.h"
#include "TableCopier.h"
#include "models/ExplanationModel.h"
#include "models/HistoryListModel.h"
#include "models/RequirementsModel.h"
#include "models/SnapshotChangesModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& name, const QString& accessible,
                      QWidget* parent)
{
    auto* view = new QTableView(parent);
    TableCopier::install(view);
    view->setModel(model);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    // Compact rows, so that a profile's changes fit without scrolling.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QLabel* makeLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString methodologyName(const aisov::Methodology& methodology)
{
    return HistoryPanel::tr("%1, version %2")
        .arg(app::toQString(methodology.name.empty() ? methodology.id : methodology.name),
             app::toQString(methodology.version));
}

} // namespace

HistoryPanel::HistoryPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_list(new HistoryListModel(this))
    , m_requirements(new RequirementsModel(session, this))
    , m_explanation(new ExplanationModel(session, this))
    , m_changes(new SnapshotChangesModel(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_heading = makeLabel(QStringLiteral("historyHeading"), this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_takeSnapshot = new QToolButton(this);
    m_takeSnapshot->setObjectName(QStringLiteral("takeSnapshotButton"));
    m_takeSnapshot->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_problem = makeLabel(QStringLiteral("historyProblem"), this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    m_listView = makeTable(m_list, QStringLiteral("historyList"), tr("Snapshots"), this);
    m_chart = new ChartView(aisov::render::ChartKind::History, this);
    m_chart->setObjectName(QStringLiteral("historyChart"));
    m_chart->setMinimumHeight(220);
    // The list and the chart side by side above; the selected snapshot,
    // its methodology notice and what changed since across the width below,
    // where the table of changes has room for all its columns.
    auto* overview = new QSplitter(Qt::Horizontal, this);
    overview->addWidget(m_listView);
    overview->addWidget(m_chart);
    overview->setStretchFactor(0, 1);
    overview->setStretchFactor(1, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("historySplitter"));
    splitter->addWidget(overview);
    splitter->addWidget(createDetails());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The details' tab bar before its pages, as it is drawn.
    setTabOrder(m_chart, m_detailTabs->tabBar());

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_takeSnapshot);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addWidget(splitter, 1);

    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &HistoryPanel::showSelected);
    connect(&m_session, &Session::historyChanged, this, [this](const QString& code) {
        if (code == m_code)
            reloadList(-1);
    });
    connect(&m_session, &Session::databaseOpened, this, [this] { reloadList(); });
    auto* refreshScores = new RefreshWhenShown(this, [this] {
        refreshChart();
        showSelected();
    });
    connect(&m_session, &Session::scoresChanged, refreshScores, &RefreshWhenShown::request);
    reloadList();
}

QWidget* HistoryPanel::createDetails()
{
    m_details = new QWidget(this);
    m_banner = makeLabel(QStringLiteral("methodologyBanner"), m_details);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #4a3b00; border: "
                                           "1px solid #e0c060; padding: 6px; }"));
    m_banner->hide();
    m_summary = makeLabel(QStringLiteral("snapshotSummary"), m_details);
    m_changesSummary = makeLabel(QStringLiteral("changesSummary"), m_details);

    auto* changesPage = new QWidget(m_details);
    auto* changesLayout = new QVBoxLayout(changesPage);
    changesLayout->addWidget(m_changesSummary);
    auto* changesView = makeTable(m_changes, QStringLiteral("snapshotChangesView"),
                                  tr("Changes since the snapshot"), changesPage);
    changesView->horizontalHeader()->setSectionResizeMode(SnapshotChangesModel::IndicatorColumn,
                                                          QHeaderView::Stretch);
    changesView->horizontalHeader()->setStretchLastSection(false);
    changesLayout->addWidget(changesView, 1);

    m_detailTabs = new QTabWidget(m_details);
    m_detailTabs->setObjectName(QStringLiteral("snapshotTabs"));
    m_detailTabs->addTab(changesPage, tr("Changes since"));
    m_detailTabs->addTab(makeTable(m_requirements, QStringLiteral("snapshotRequirementsView"),
                                   tr("Requirements then"), m_details),
                         tr("Requirements then"));
    auto* explanationView = makeTable(m_explanation, QStringLiteral("snapshotExplanationView"),
                                      tr("Why this score then"), m_details);
    explanationView->horizontalHeader()->setSectionResizeMode(ExplanationModel::IndicatorColumn,
                                                              QHeaderView::Stretch);
    explanationView->horizontalHeader()->setStretchLastSection(false);
    m_detailTabs->addTab(explanationView, tr("Why this score then"));

    auto* layout = new QVBoxLayout(m_details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_summary);
    layout->addWidget(m_detailTabs, 1);
    return m_details;
}

void HistoryPanel::setTakeSnapshotAction(QAction* action)
{
    m_takeSnapshot->setDefaultAction(action);
}

void HistoryPanel::setProfileCode(const QString& code)
{
    if (code == m_code)
        return;
    m_code = code;
    reloadList();
}

bool HistoryPanel::selectSnapshot(std::int64_t id)
{
    const int row = m_list->rowOf(id);
    if (row < 0)
        return false;
    m_listView->selectRow(row);
    m_listView->setCurrentIndex(m_list->index(row, 0));
    return true;
}

// Reads the profile's history again and selects `selectId` (-1: the
// newest; 0: the one selected before, else the newest).
void HistoryPanel::reloadList(std::int64_t selectId)
{
    const auto previous = m_list->snapshotAt(m_listView->currentIndex().row());
    const aisov::Profile* profile = m_session.profile(m_code);
    m_heading->setText(
        profile ? tr("History of %1")
                      .arg(aisov::render::nameWithCode(app::displayName(*profile), m_code))
                : tr("History"));
    m_problem->hide();
    try {
        std::vector<std::shared_ptr<const FrozenSnapshot>> snapshots;
        if (!m_code.isEmpty())
            snapshots = m_session.history(m_code);
        m_list->setSnapshots(std::move(snapshots));
    } catch (const std::exception& error) {
        m_list->setSnapshots({});
        m_problem->setText(
            tr("The history cannot be read: %1").arg(QString::fromUtf8(error.what())));
        m_problem->show();
    }
    // Wide enough for every column, so that the chart takes what is left.
    m_listView->resizeColumnsToContents();
    m_listView->setMinimumWidth(
        std::min(640, m_listView->horizontalHeader()->length() +
                          m_listView->verticalScrollBar()->sizeHint().width() +
                          2 * m_listView->frameWidth()));
    refreshChart();
    if (selectId == 0 && previous)
        selectId = previous->summary().id;
    if (!selectSnapshot(selectId) && m_list->rowCount() > 0)
        selectSnapshot(m_list->snapshotAt(m_list->rowCount() - 1)->summary().id);
    showSelected();
}

void HistoryPanel::refreshChart()
{
    try {
        m_chart->setChartData(m_session.historyChartData(m_code));
    } catch (const std::exception& error) {
        m_chart->setChartData({});
        m_problem->setText(
            tr("The history cannot be read: %1").arg(QString::fromUtf8(error.what())));
        m_problem->show();
    }
}

void HistoryPanel::showSelected()
{
    const auto frozen = m_list->snapshotAt(m_listView->currentIndex().row());
    if (!frozen) {
        clearDetails(m_code.isEmpty() ? QString()
                                      : tr("No snapshot of this profile yet. Take one with "
                                           "Profile > Take Snapshot (Ctrl+Shift+S)."));
        return;
    }
    showSnapshot(*frozen);
}

void HistoryPanel::clearDetails(const QString& message)
{
    m_banner->hide();
    m_summary->setText(message);
    m_changesSummary->clear();
    m_changes->clear();
    m_requirements->showFixed({}, {});
    m_explanation->showFixed({}, {});
    m_detailTabs->setEnabled(false);
}

void HistoryPanel::showSnapshot(const FrozenSnapshot& frozen)
{
    const aisov::SnapshotSummary& summary = frozen.summary();
    m_detailTabs->setEnabled(true);
    QString text =
        tr("<b>%1</b>, taken %2: <b>%3</b> (%4), methodology %5.")
            .arg(app::toQString(summary.label).toHtmlEscaped(),
                 HistoryListModel::formatTakenAt(summary.takenAt),
                 app::formatScore(frozen.result.score),
                 app::displayBand(frozen.snapshot.methodology, frozen.result.band).toHtmlEscaped(),
                 methodologyName(frozen.snapshot.methodology).toHtmlEscaped());
    if (!summary.scenarioName.empty())
        text += QLatin1Char(' ') + tr("A snapshot of the scenario “%1”.")
                                       .arg(app::toQString(summary.scenarioName).toHtmlEscaped());
    m_summary->setText(text);
    showMethodologyNotice(frozen);
    m_requirements->showFixed(frozen.result, frozen.snapshot.methodology);
    m_explanation->showFixed(frozen.result, frozen.snapshot.methodology);
    showChanges(frozen);
}

void HistoryPanel::showMethodologyNotice(const FrozenSnapshot& frozen)
{
    const aisov::Methodology& then = frozen.snapshot.methodology;
    const aisov::Methodology& today = m_session.methodology();
    m_banner->setVisible(m_session.methodologyDiffers(frozen));
    if (then.id == today.id && then.version == today.version)
        m_banner->setText(tr("The methodology this snapshot was scored with (%1) differs from "
                             "today's of the same name and version. Its score is as it was "
                             "then; the effects below use today's.")
                              .arg(methodologyName(then)));
    else
        m_banner->setText(tr("Scored with another methodology: %1 then, %2 today. Its score is "
                             "as it was then, not comparable one for one with today's; the "
                             "effects below use today's methodology.")
                              .arg(methodologyName(then), methodologyName(today)));
}

void HistoryPanel::showChanges(const FrozenSnapshot& frozen)
{
    aisov::SnapshotComparison comparison;
    try {
        comparison = m_session.compareWithToday(frozen);
    } catch (const std::exception& error) {
        m_changes->clear();
        m_changesSummary->setText(
            tr("Cannot be compared with today: %1").arg(QString::fromUtf8(error.what())));
        return;
    }
    QString text =
        tr("Score then %1, today %2")
            .arg(app::formatScore(comparison.scoreThen), app::formatScore(comparison.scoreToday));
    if (comparison.scoreThen && comparison.scoreToday)
        text = tr("%1: %2 points.")
                   .arg(text, aisov::render::formatSignedPoints(*comparison.scoreToday -
                                                                *comparison.scoreThen));
    else
        text += QLatin1Char('.');
    const auto count = comparison.changes.size();
    if (frozen.subject().isPooledBloc())
        text += QLatin1Char(' ') + tr("A pooled bloc has no values of its own: what changed is "
                                      "in its members' values.");
    else if (count == 0)
        text += QLatin1Char(' ') + tr("No value has changed since.");
    else
        text += QLatin1Char(' ') +
                (count == 1 ? tr("1 value changed:") : tr("%1 values changed:").arg(count));
    m_changesSummary->setText(text);
    m_changes->setComparison(std::move(comparison), m_session.methodology());
}
