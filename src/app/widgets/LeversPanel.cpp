#include "LeversPanel.h"

#include "AppStrings.h"
#include "ChartView.h"
#include "LeverQuestion.h"
#include "MessageBox.h"
#include "NameWithCode.h"
#include "Session.h"
#include "models/InvestmentTemplateModel.h"
#include "models/LeverModel.h"

#include "TableCopier.h"
#include "aisov/BundledData.h"
#include "aisov/InputError.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

#include <utility>

namespace {

// Eight levers fit the chart with room to read them, as `aisov-cli chart levers`.
constexpr std::size_t kChartLevers = 8;

QString problemText(const std::exception& error)
{
    const auto* input = dynamic_cast<const aisov::InputError*>(&error);
    return input != nullptr ? app::toQString(input->reason()) : QString::fromUtf8(error.what());
}

} // namespace

LeversPanel::LeversPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_levers(new LeverModel(this))
    , m_templates(new InvestmentTemplateModel(this))
    , m_sortedLevers(new QSortFilterProxyModel(this))
    , m_sortedTemplates(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("leversPanel"));
    m_sortedLevers->setSourceModel(m_levers);
    m_sortedLevers->setSortRole(LeverModel::SortRole);
    m_sortedTemplates->setSourceModel(m_templates);
    m_sortedTemplates->setSortRole(InvestmentTemplateModel::SortRole);
    m_leverTable = createTable(m_sortedLevers, QStringLiteral("leverTable"),
                               tr("Investment levers, largest gain first"));
    // Indicator names are long: a fixed width, elided, the full name in the tooltip.
    m_leverTable->horizontalHeader()->setSectionResizeMode(LeverModel::IndicatorColumn,
                                                           QHeaderView::Interactive);
    m_leverTable->horizontalHeader()->resizeSection(LeverModel::IndicatorColumn, 210);
    m_templateTable = createTable(m_sortedTemplates, QStringLiteral("templateTable"),
                                  tr("Investment templates, best gain first"));
    // The changes and the description are long: elided here, in full in
    // their tooltips and below the table.
    QHeaderView* templateHeader = m_templateTable->horizontalHeader();
    for (const auto& [column, width] : {std::pair{InvestmentTemplateModel::NameColumn, 240},
                                        std::pair{InvestmentTemplateModel::ChangesColumn, 220},
                                        std::pair{InvestmentTemplateModel::SkippedColumn, 150}}) {
        templateHeader->setSectionResizeMode(column, QHeaderView::Interactive);
        templateHeader->resizeSection(column, width);
    }

    m_chart = new ChartView(aisov::render::ChartKind::Levers, this);
    m_chart->setObjectName(QStringLiteral("leversChart"));
    m_chart->setAccessibleName(tr("Levers chart"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("leversSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_templateDetails = new QLabel(this);
    m_templateDetails->setObjectName(QStringLiteral("templateDetails"));
    m_templateDetails->setWordWrap(true);
    m_templateDetails->setTextFormat(Qt::PlainText);
    m_templateNote = new QLabel(this);
    m_templateNote->setObjectName(QStringLiteral("templateNote"));
    m_templateNote->setWordWrap(true);
    m_templateNote->setTextFormat(Qt::PlainText);

    // The levers table needs the full width for its columns; the chart and
    // the templates, each as wide, share the space below it.
    auto* templates = new QWidget(this);
    auto* templateLayout = new QVBoxLayout(templates);
    auto* templateHeading = new QLabel(
        tr("Real investments as sets of changes, each applied alone to the profile (sources of "
           "every magnitude in data/templates/investment-templates.json)."),
        templates);
    templateHeading->setWordWrap(true);
    templateLayout->addWidget(templateHeading);
    templateLayout->addWidget(m_templateTable, 1);
    templateLayout->addWidget(m_templateDetails);
    templateLayout->addWidget(m_templateNote);
    m_lower = new QTabWidget(this);
    m_lower->setObjectName(QStringLiteral("leversLowerTabs"));
    m_lower->addTab(m_chart, tr("Levers chart"));
    m_lower->addTab(templates, tr("Investment templates"));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("leversSplitter"));
    split->addWidget(m_leverTable);
    split->addWidget(m_lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createHeader());
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    // One selection at a time: Make Scenario acts on the lever or the template.
    const auto exclusive = [this](QTableView* chosen, QTableView* other) {
        connect(chosen->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                [this, chosen, other] {
                    if (chosen->selectionModel()->hasSelection())
                        other->clearSelection();
                    updateActions();
                    updateTemplateDetails();
                });
        connect(chosen, &QTableView::doubleClicked, this, [this] { makeScenario(); });
        chosen->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(chosen, &QWidget::customContextMenuRequested, this,
                [this, chosen](const QPoint& position) { showContextMenu(chosen, position); });
    };
    exclusive(m_leverTable, m_templateTable);
    exclusive(m_templateTable, m_leverTable);

    connect(&m_session, &Session::scoresChanged, this, &LeversPanel::refresh);
    connect(&m_session, &Session::databaseOpened, this, [this] { setCode({}); });
    connect(&m_session, &Session::scenariosChanged, this, [this](const QString& baseCode) {
        if (baseCode != m_code)
            return;
        const QString before = scenario();
        fillStartChoice();
        // The scenario the levers start from changed (or went away).
        if (!before.isEmpty())
            refresh();
    });
    setCode({});
}

LeversPanel::~LeversPanel()
{
    // A computation takes milliseconds; its thread must end before the panel.
    if (m_worker != nullptr)
        m_worker->wait();
}

QWidget* LeversPanel::createHeader()
{
    m_makeScenario = new QAction(tr("&Make Scenario"), this);
    m_makeScenario->setObjectName(QStringLiteral("makeLeverScenarioAction"));
    m_makeScenario->setToolTip(
        tr("Turn the selected lever (one step) or template into a scenario you can adjust"));
    connect(m_makeScenario, &QAction::triggered, this, &LeversPanel::makeScenario);
    m_makeNextBand = new QAction(tr("Make Scenario Reaching the &Next Band"), this);
    m_makeNextBand->setObjectName(QStringLiteral("makeNextBandScenarioAction"));
    connect(m_makeNextBand, &QAction::triggered, this, &LeversPanel::makeNextBandScenario);

    auto* header = new QWidget(this);
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("leversTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    row->addWidget(m_title, 1);
    m_start = new QComboBox(header);
    m_start->setObjectName(QStringLiteral("leversStart"));
    m_start->setAccessibleName(tr("Levers start from"));
    m_start->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* startLabel = new QLabel(tr("&Start from:"), header);
    startLabel->setBuddy(m_start);
    connect(m_start, &QComboBox::currentIndexChanged, this, &LeversPanel::refresh);
    row->addWidget(startLabel);
    row->addWidget(m_start);
    m_makeButton = new QPushButton(header);
    m_makeButton->setObjectName(QStringLiteral("makeScenarioButton"));
    m_makeButton->setText(m_makeScenario->text());
    m_makeButton->setToolTip(m_makeScenario->toolTip());
    connect(m_makeButton, &QPushButton::clicked, m_makeScenario, &QAction::trigger);
    row->addWidget(m_makeButton);
    return header;
}

QTableView* LeversPanel::createTable(QSortFilterProxyModel* sorted, const QString& objectName,
                                     const QString& accessibleName)
{
    auto* table = new QTableView(this);
    TableCopier::install(table);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(sorted);
    table->setSortingEnabled(true);
    table->sortByColumn(0, Qt::AscendingOrder);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void LeversPanel::setCode(const QString& code)
{
    m_code = m_session.profile(code) != nullptr ? code : QString();
    fillStartChoice();
    refresh();
}

void LeversPanel::fillStartChoice()
{
    const QString chosen = scenario();
    const QSignalBlocker blocker(m_start);
    m_start->clear();
    const aisov::Profile* profile = m_session.profile(m_code);
    m_start->addItem(profile != nullptr ? tr("%1 as it is").arg(app::displayName(*profile))
                                        : tr("No profile"),
                     QString());
    for (const auto& each : m_session.scenarios(m_code)) {
        const QString name = app::toQString(each.name);
        m_start->addItem(tr("Scenario %1").arg(name), name);
    }
    m_start->setCurrentIndex(std::max(0, m_start->findData(chosen)));
    m_start->setEnabled(m_start->count() > 1);
}

void LeversPanel::setScenario(const QString& name)
{
    const int index = name.isEmpty() ? 0 : std::max(0, m_start->findData(name));
    if (index != m_start->currentIndex())
        m_start->setCurrentIndex(index); // refreshes
}

QString LeversPanel::scenario() const
{
    return m_start->currentData().toString();
}

bool LeversPanel::isComputing() const
{
    return m_worker != nullptr;
}

void LeversPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

// --- Computing -----------------------------------------------------------------

void LeversPanel::refresh()
{
    // A hidden tab computes nothing: an edit elsewhere does not rank levers.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    if (m_worker != nullptr) {
        m_pending = true;
        return;
    }
    if (m_code.isEmpty()) {
        showProblem(QString());
        return;
    }
    startComputation();
}

void LeversPanel::startComputation()
{
    const QString start = scenario();
    std::optional<LeverQuestion> question;
    try {
        question.emplace(m_session.leverQuestion(m_code, start));
    } catch (const std::exception& error) {
        showProblem(problemText(error));
        return;
    }
    auto answer = std::make_shared<std::optional<LeverAnswer>>();
    auto problem = std::make_shared<QString>();
    m_worker = QThread::create([question = std::move(*question), answer, problem] {
        try {
            *answer = answerLeverQuestion(question);
        } catch (const std::exception& error) {
            *problem = problemText(error);
        }
    });
    m_worker->setParent(this);
    connect(m_worker, &QThread::finished, this, [this, answer, problem, start] {
        m_worker->deleteLater();
        m_worker = nullptr;
        if (m_pending) { // the inputs changed meanwhile: this answer is stale
            m_pending = false;
            refresh();
            return;
        }
        if (*answer)
            showAnswer(**answer, start);
        else
            showProblem(*problem);
    });
    m_worker->start();
    updateSummary();
    updateActions();
}

void LeversPanel::showAnswer(const LeverAnswer& answer, const QString& scenario)
{
    m_problem.clear();
    const aisov::Methodology& methodology = m_session.methodology();
    m_levers->setLevers(answer.levers, methodology);
    m_templates->setTemplates(answer.templateGains, m_session.investmentTemplates(), methodology);
    m_chart->setChartData(m_session.leversChartData(answer.levers, scenario, kChartLevers));
    const std::size_t unfit =
        aisov::bundledInvestmentTemplates().size() - m_session.investmentTemplates().size();
    QString note =
        answer.templateProblem.empty()
            ? QString()
            : tr("The templates cannot be ranked: %1").arg(app::toQString(answer.templateProblem));
    if (unfit > 0)
        note += (note.isEmpty() ? QString() : QStringLiteral(" "));
    if (unfit > 0)
        note += tr("%1 of the bundled templates change indicators this methodology does not "
                   "have and are left out.")
                    .arg(unfit);
    m_templateNote->setText(note);
    m_templateNote->setVisible(!note.isEmpty());
    m_lower->setTabText(1, tr("Investment templates (%1)").arg(m_templates->rowCount()));
    updateTemplateDetails();
    updateSummary();
    updateActions();
    Q_EMIT leversShown();
}

void LeversPanel::showProblem(const QString& problem)
{
    m_problem = problem;
    m_levers->clear();
    m_templates->clear();
    m_chart->setChartData({});
    m_templateNote->hide();
    updateTemplateDetails();
    updateSummary();
    updateActions();
    Q_EMIT leversShown();
}

void LeversPanel::updateSummary()
{
    const aisov::Profile* profile = m_session.profile(m_code);
    m_title->setText(profile != nullptr
                         ? tr("Levers of %1")
                               .arg(aisov::render::nameWithCode(app::displayName(*profile), m_code))
                         : tr("Levers"));
    if (profile == nullptr) {
        m_summary->setText(tr("Select a profile to see which investment would lift it most."));
        return;
    }
    if (!m_problem.isEmpty()) {
        m_summary->setText(tr("The levers cannot be computed: %1").arg(m_problem));
        return;
    }
    if (isComputing() && m_levers->rowCount() == 0) {
        m_summary->setText(tr("Computing the levers…"));
        return;
    }
    const aisov::LeverAnalysis& levers = m_levers->levers();
    const aisov::Methodology& methodology = m_session.methodology();
    QString text =
        tr("Now %1 (%2).")
            .arg(app::formatScore(levers.score), app::displayBand(methodology, levers.band));
    text += levers.nextBand ? tr(" The next band, %1, starts at %2.")
                                  .arg(app::displayBand(methodology, levers.nextBand->label),
                                       QLocale().toString(levers.nextBand->from, 'f', 0))
                            : tr(" Already in the top band.");
    text += tr(" Gain: what one step (%1 % of an indicator's goalpost range, toward the better "
               "goalpost) adds to the overall score; a missing value starts from the worst "
               "goalpost.")
                .arg(QLocale().toString(100.0 * levers.stepFraction, 'f', 0));
    m_summary->setText(text);
}

void LeversPanel::updateActions()
{
    const bool writable = m_session.isOpen() && !m_session.isReadOnly() && !isComputing();
    const int lever = selectedSourceRow(m_leverTable);
    const bool chosen = lever >= 0 || selectedSourceRow(m_templateTable) >= 0;
    m_makeScenario->setEnabled(writable && chosen);
    m_makeButton->setEnabled(m_makeScenario->isEnabled());
    const aisov::Lever* selected = m_levers->lever(lever);
    m_makeNextBand->setEnabled(writable && selected != nullptr &&
                               selected->valueForNextBand.has_value());
}

void LeversPanel::updateTemplateDetails()
{
    const int row = selectedSourceRow(m_templateTable);
    const aisov::InvestmentTemplate* investment = m_templates->investment(row);
    m_templateDetails->setVisible(investment != nullptr);
    if (investment == nullptr)
        return;
    m_templateDetails->setText(
        tr("%1: %2 Changes: %3. Not applied (no value to add to): %4.")
            .arg(
                app::displayName(*investment), app::displayDescription(*investment),
                m_templates->index(row, InvestmentTemplateModel::ChangesColumn).data().toString(),
                m_templates->index(row, InvestmentTemplateModel::SkippedColumn).data().toString()));
}

// --- Making scenarios ----------------------------------------------------------

int LeversPanel::selectedSourceRow(const QTableView* table) const
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    const auto* sorted = static_cast<const QSortFilterProxyModel*>(table->model());
    return sorted->mapToSource(rows.front()).row();
}

void LeversPanel::showContextMenu(QTableView* table, const QPoint& position)
{
    const QModelIndex index = table->indexAt(position);
    if (!index.isValid())
        return;
    table->selectRow(index.row());
    QMenu menu(this);
    menu.addAction(m_makeScenario);
    if (table == m_leverTable)
        menu.addAction(m_makeNextBand);
    menu.addSeparator();
    menu.addActions(TableCopier::of(table)->contextActions());
    menu.exec(table->viewport()->mapToGlobal(position));
}

void LeversPanel::makeScenario()
{
    if (!m_makeScenario->isEnabled())
        return;
    if (selectedSourceRow(m_leverTable) >= 0)
        createFromLever(false);
    else if (selectedSourceRow(m_templateTable) >= 0)
        createFromTemplate();
}

void LeversPanel::makeNextBandScenario()
{
    if (m_makeNextBand->isEnabled())
        createFromLever(true);
}

void LeversPanel::createFromLever(bool nextBand)
{
    const aisov::Lever* lever = m_levers->lever(selectedSourceRow(m_leverTable));
    if (lever == nullptr)
        return;
    const QString code = m_code;
    try {
        const QString name = m_session.createLeverScenario(
            code, scenario(), *lever,
            nextBand ? Session::LeverTarget::NextBand : Session::LeverTarget::OneStep);
        Q_EMIT scenarioCreated(code, name);
    } catch (const std::exception& error) {
        reportFailure(error);
    }
}

void LeversPanel::createFromTemplate()
{
    const aisov::InvestmentTemplate* investment =
        m_templates->investment(selectedSourceRow(m_templateTable));
    if (investment == nullptr)
        return;
    const QString code = m_code;
    try {
        const QString name =
            m_session.createTemplateScenario(code, scenario(), app::toQString(investment->id));
        Q_EMIT scenarioCreated(code, name);
    } catch (const std::exception& error) {
        reportFailure(error);
    }
}

void LeversPanel::reportFailure(const std::exception& error)
{
    MessageBox::critical(
        this, tr("Cannot make the scenario"),
        tr("The scenario could not be made.\n\n%1\n\nNothing was changed.").arg(problemText(error)),
        QString::fromUtf8(error.what()));
}
