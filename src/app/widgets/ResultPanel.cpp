#include "ResultPanel.h"

#include "AppStrings.h"
#include "ChartView.h"
#include "Session.h"
#include "TableCopier.h"
#include "models/ExplanationModel.h"
#include "models/RequirementsModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    TableCopier::install(view);
    view->setModel(model);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    return view;
}

} // namespace

ResultPanel::ResultPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_requirements(new RequirementsModel(session, this))
    , m_explanation(new ExplanationModel(session, this))
{
    m_score = new QLabel(this);
    m_score->setObjectName(QStringLiteral("scoreLabel"));
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_score->setFont(big);
    m_band = new QLabel(this);
    m_band->setObjectName(QStringLiteral("bandLabel"));
    QFont bandFont = m_band->font();
    bandFont.setPointSizeF(bandFont.pointSizeF() * 1.2);
    m_band->setFont(bandFont);
    m_coverage = new QLabel(this);
    m_coverage->setObjectName(QStringLiteral("coverageLabel"));
    m_coverage->setWordWrap(true);

    m_spectrum = new ChartView(aisov::render::ChartKind::Spectrum, this);
    m_spectrum->setObjectName(QStringLiteral("resultSpectrum"));
    m_spectrum->setMinimumHeight(170);
    m_radar = new ChartView(aisov::render::ChartKind::Radar, this);
    m_radar->setObjectName(QStringLiteral("resultRadar"));

    m_requirementsView = makeTable(m_requirements, QStringLiteral("requirementsView"), this);
    m_requirementsView->setAccessibleName(tr("Requirements"));
    auto* explanationProxy = new QSortFilterProxyModel(this);
    explanationProxy->setSourceModel(m_explanation);
    explanationProxy->setSortRole(ExplanationModel::SortRole);
    m_explanationView = makeTable(explanationProxy, QStringLiteral("explanationView"), this);
    m_explanationView->setAccessibleName(tr("Why this score"));
    m_explanationView->setSortingEnabled(true);
    m_explanationView->sortByColumn(ExplanationModel::PointsColumn, Qt::DescendingOrder);
    m_explanationView->horizontalHeader()->setSectionResizeMode(ExplanationModel::IndicatorColumn,
                                                                QHeaderView::Stretch);
    m_explanationView->horizontalHeader()->setSectionResizeMode(ExplanationModel::PillarColumn,
                                                                QHeaderView::ResizeToContents);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("resultTabs"));
    tabs->addTab(m_requirementsView, tr("Requirements"));
    tabs->addTab(m_radar, tr("Radar"));
    tabs->addTab(m_explanationView, tr("Why this score"));

    // The tab bar before its page, as it is drawn.
    setTabOrder(m_spectrum, tabs->tabBar());

    auto* header = new QHBoxLayout;
    header->addWidget(m_score);
    header->addSpacing(12);
    header->addWidget(m_band, 1, Qt::AlignBottom);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_spectrum);
    layout->addWidget(m_coverage);
    layout->addWidget(tabs, 1);

    connect(&m_session, &Session::scoresChanged, this, &ResultPanel::refresh);
    connect(&m_session, &Session::databaseOpened, this, &ResultPanel::refresh);
}

void ResultPanel::setProfileCode(const QString& code)
{
    m_code = code;
    m_requirements->setProfileCode(code);
    m_explanation->setProfileCode(code);
    refresh();
}

QString ResultPanel::coverageText() const
{
    const aisov::ScoreResult* result = m_session.result(m_code);
    if (result == nullptr)
        return {};
    const auto& methodology = m_session.methodology();
    QStringList missingPillars;
    QStringList missingIndicators;
    for (const auto& pillar : result->pillars)
        if (!pillar.score)
            if (const aisov::Pillar* known = methodology.findPillar(pillar.id))
                missingPillars.append(app::displayName(*known));
    for (const auto& indicator : result->indicators)
        if (!indicator.value)
            if (const aisov::Indicator* known = methodology.findIndicator(indicator.id))
                missingIndicators.append(app::displayName(*known));
    QString text = tr("Coverage %1 %.").arg(QLocale().toString(result->coverage * 100, 'f', 0));
    if (!missingPillars.isEmpty())
        text += QLatin1Char(' ') + tr("No data for %1: the score rests on the other pillars.")
                                       .arg(missingPillars.join(QStringLiteral(", ")));
    if (!missingIndicators.isEmpty())
        text +=
            QLatin1Char(' ') + tr("Missing: %1.").arg(missingIndicators.join(QStringLiteral(", ")));
    return text;
}

void ResultPanel::refresh()
{
    const aisov::ScoreResult* result = m_session.result(m_code);
    m_score->setText(result ? app::formatScore(result->score) : QString());
    m_band->setText(result ? tr("%1 · requirements met: %2 of %3")
                                 .arg(app::displayBand(m_session.methodology(), result->band))
                                 .arg(result->met)
                                 .arg(m_session.methodology().pillars.size())
                           : tr("Choose a profile"));
    m_score->setAccessibleName(tr("Score"));
    m_coverage->setText(coverageText());
    const QStringList codes = m_code.isEmpty() ? QStringList() : QStringList{m_code};
    const auto chart = m_session.chartData(codes);
    m_spectrum->setChartData(chart);
    m_radar->setChartData(chart);
}
