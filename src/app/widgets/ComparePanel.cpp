#include "ComparePanel.h"

#include "ChartView.h"
#include "Session.h"
#include "TableCopier.h"
#include "models/ComparisonModel.h"
#include "models/RankStabilityModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using aisov::render::ChartKind;

ComparePanel::ComparePanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ComparisonModel(session, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_runner(new UncertaintyRunner(this))
    , m_rankModel(new RankStabilityModel(session, this))
{
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ComparisonModel::SortRole);
    m_table = new QTableView(this);
    TableCopier::install(m_table);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setAccessibleName(tr("Comparison"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ComparisonModel::ScoreColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ComparisonModel::NameColumn,
                                                      QHeaderView::Stretch);
    // Compact rows, and room for all eight without scrolling.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              ComparisonModel::kMaxProfiles *
                                  m_table->verticalHeader()->defaultSectionSize() +
                              2 * m_table->frameWidth());

    m_hint =
        new QLabel(tr("Select 2 to 8 profiles in the list (Ctrl+click) to compare them."), this);
    m_hint->setObjectName(QStringLiteral("compareHint"));
    m_hint->setWordWrap(true);

    m_charts = new QTabWidget(this);
    m_charts->setObjectName(QStringLiteral("compareCharts"));
    const std::vector<std::pair<ChartKind, QString>> kinds{{ChartKind::Spectrum, tr("Spectrum")},
                                                           {ChartKind::Radar, tr("Radar")},
                                                           {ChartKind::Compare, tr("Pillars")}};
    for (const auto& [kind, title] : kinds) {
        auto* view = new ChartView(kind, m_charts);
        view->setObjectName(QStringLiteral("compareChart-") + aisov::render::chartKindName(kind));
        m_charts->addTab(view, title);
        m_chartViews.push_back(view);
    }
    m_charts->addTab(createRankStabilityTab(), tr("Rank stability"));
    connect(m_charts, &QTabWidget::currentChanged, this, &ComparePanel::currentChartChanged);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_hint);
    topLayout->addWidget(m_table);
    topLayout->addWidget(createUncertaintyBar());
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // A run's result belongs to the scores it was computed from: the
    // uncertainty hears of a change before the charts are drawn again.
    connect(&m_session, &Session::scoresChanged, this, [this] {
        uncertaintyInputsChanged();
        refreshCharts();
    });
    connect(&m_session, &Session::databaseOpened, this, [this] {
        cancelUncertainty();
        m_rankModel->clear();
        showUncertaintyState({});
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ComparePanel::refreshCharts);
    connectRunner();
    showUncertaintyState({});
    refreshCharts();
}

void ComparePanel::setCodes(const QStringList& codes)
{
    const QStringList before = m_model->codes();
    m_model->setCodes(codes);
    if (m_model->codes() != before) {
        uncertaintyInputsChanged();
        refreshCharts();
    }
}

QStringList ComparePanel::codes() const
{
    return m_model->codes();
}

ChartView* ComparePanel::currentChart() const
{
    return qobject_cast<ChartView*>(m_charts->currentWidget());
}

ChartView* ComparePanel::chart(ChartKind kind) const
{
    for (ChartView* view : m_chartViews)
        if (view->kind() == kind)
            return view;
    return nullptr;
}

void ComparePanel::refreshCharts()
{
    const QStringList shown = m_model->codes();
    m_hint->setVisible(shown.size() < 2);
    auto chart = m_session.chartData(shown);
    // Whiskers only from a run of exactly these profiles (a stale one is
    // dropped before it could be drawn; see uncertaintyInputsChanged).
    if (const auto& run = m_rankModel->run(); run && run->codes == shown)
        aisov::render::attachUncertainty(chart, run->summaries);
    for (ChartView* view : m_chartViews)
        view->setChartData(chart);
    updateUncertaintyActions();
}
