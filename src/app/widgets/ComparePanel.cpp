#include "ComparePanel.h"

#include "ChartView.h"
#include "Session.h"
#include "models/ComparisonModel.h"

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
{
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(ComparisonModel::SortRole);
    m_table = new QTableView(this);
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

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_hint);
    topLayout->addWidget(m_table);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(&m_session, &Session::scoresChanged, this, &ComparePanel::refreshCharts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ComparePanel::refreshCharts);
    refreshCharts();
}

void ComparePanel::setCodes(const QStringList& codes)
{
    m_model->setCodes(codes);
}

QStringList ComparePanel::codes() const
{
    return m_model->codes();
}

ChartView* ComparePanel::currentChart() const
{
    return static_cast<ChartView*>(m_charts->currentWidget());
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
    const auto chart = m_session.chartData(shown);
    for (ChartView* view : m_chartViews)
        view->setChartData(chart);
}
