#include "ScenarioPanel.h"
#include <cstdio>

#include "AppStrings.h"
#include "ChartView.h"
#include "MessageBox.h"
#include "NameWithCode.h"
#include "ProblemText.h"
#include "Session.h"
#include "dialogs/ScenarioDialog.h"
#include "models/ScenarioComparisonModel.h"
#include "models/ScenarioOverridesModel.h"

#include "TableCopier.h"
#include "aisov/InputError.h"

#include <QAction>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using aisov::render::ChartKind;

namespace {

QString pillarNames(const std::vector<std::string>& ids, const aisov::Methodology& methodology)
{
    QStringList names;
    for (const auto& id : ids) {
        const aisov::Pillar* pillar = methodology.findPillar(id);
        names.append(pillar ? app::displayName(*pillar) : app::toQString(id));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

ScenarioPanel::ScenarioPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_comparison(new ScenarioComparisonModel(session, this))
    , m_overrides(new ScenarioOverridesModel(session, this))
{
    setObjectName(QStringLiteral("scenarioPanel"));
    // The header (title and buttons) first, so that Tab reaches its buttons
    // before the table below them.
    QWidget* header = createHeader();
    m_table = new QTableView(this);
    TableCopier::install(m_table);
    m_table->setObjectName(QStringLiteral("scenarioTable"));
    m_table->setAccessibleName(tr("Scenarios compared with their base"));
    m_table->setModel(m_comparison);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ScenarioComparisonModel::NameColumn,
                                                      QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    // Room for the base and four scenarios without scrolling.
    m_table->setMinimumHeight(m_table->horizontalHeader()->sizeHint().height() +
                              5 * m_table->verticalHeader()->defaultSectionSize() +
                              2 * m_table->frameWidth());

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("scenarioSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(createDetails());
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_hint);
    layout->addWidget(splitter, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ScenarioPanel::currentRowChanged);
    // A reset (any change) loses the selection: choose the same scenario again.
    // A table emptied while the tab is hidden keeps the name for later.
    connect(m_comparison, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (!currentScenario().isEmpty())
            m_reselect = currentScenario();
    });
    connect(m_comparison, &QAbstractItemModel::modelReset, this, [this] {
        selectScenario(m_reselect);
        refreshDetails();
    });
    connect(&m_session, &Session::scenariosChanged, this, [this] { m_refusal->hide(); });
    connect(m_overrides, &ScenarioOverridesModel::entryRefused, this,
            [this](const QModelIndex&, const QString& reason) {
                m_refusal->setText(tr("Not stored: %1").arg(reason));
                m_refusal->show();
            });
    setBaseCode(QString());
}

QWidget* ScenarioPanel::createHeader()
{
    const auto action = [this](const QString& text, const QString& name, const QString& tip,
                               void (ScenarioPanel::*slot)()) {
        auto* created = new QAction(text, this);
        created->setObjectName(name);
        created->setToolTip(tip);
        connect(created, &QAction::triggered, this, slot);
        return created;
    };
    m_newAction =
        action(tr("&New Scenario…"), QStringLiteral("newScenarioAction"),
               tr("Start a what-if from the current profile"), &ScenarioPanel::newScenario);
    m_renameAction =
        action(tr("&Rename Scenario…"), QStringLiteral("renameScenarioAction"),
               tr("Rename the chosen scenario"), &ScenarioPanel::renameCurrentScenario);
    m_duplicateAction = action(
        tr("D&uplicate Scenario…"), QStringLiteral("duplicateScenarioAction"),
        tr("Copy the chosen scenario under a new name"), &ScenarioPanel::duplicateCurrentScenario);
    m_deleteAction =
        action(tr("De&lete Scenario…"), QStringLiteral("deleteScenarioAction"),
               tr("Delete the chosen scenario (undoable)"), &ScenarioPanel::deleteCurrentScenario);
    m_freezeAction = action(tr("&Freeze as Snapshot…"), QStringLiteral("freezeScenarioAction"),
                            tr("Keep the chosen scenario, scored now, in the profile's history"),
                            &ScenarioPanel::freezeCurrentScenario);

    auto* header = new QWidget(this);
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(header);
    m_title->setObjectName(QStringLiteral("scenarioTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    row->addWidget(m_title, 1);
    const QList<QAction*> buttons{m_newAction, m_renameAction, m_duplicateAction, m_deleteAction,
                                  m_freezeAction};
    for (QAction* buttonAction : buttons) {
        auto* button = new QToolButton(header);
        button->setObjectName(buttonAction->objectName() + QStringLiteral("Button"));
        button->setDefaultAction(buttonAction);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        row->addWidget(button);
    }
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("scenarioHint"));
    m_hint->setWordWrap(true);
    return header;
}

QWidget* ScenarioPanel::createDetails()
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("scenarioSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_overtaken = new QLabel(this);
    m_overtaken->setObjectName(QStringLiteral("overtakenLabel"));
    m_overtaken->setWordWrap(true);
    m_overtaken->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e0; color: #6b4000; border: 1px solid #f0d29a;"
                       " border-radius: 4px; padding: 6px; }"));
    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("scenarioRefusalLabel"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; border: 1px solid #f5c2bd;"
                       " border-radius: 4px; padding: 6px; }"));
    m_refusal->hide();

    m_overridesView = new QTreeView(this);
    TableCopier::install(m_overridesView);
    m_overridesView->setObjectName(QStringLiteral("overridesView"));
    m_overridesView->setAccessibleName(tr("Scenario values over the base's"));
    m_overridesView->setModel(m_overrides);
    m_overridesView->setAlternatingRowColors(true);
    m_overridesView->setUniformRowHeights(true);
    m_overridesView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                     QAbstractItemView::EditKeyPressed |
                                     QAbstractItemView::AnyKeyPressed);
    m_overridesView->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_overridesView->header()->resizeSection(ScenarioOverridesModel::NameColumn, 220);
    m_overridesView->header()->resizeSection(ScenarioOverridesModel::BaseColumn, 80);
    m_overridesView->header()->resizeSection(ScenarioOverridesModel::ScenarioColumn, 80);
    m_overridesView->header()->resizeSection(ScenarioOverridesModel::UnitColumn, 130);
    // The names take what is left; the status ("overridden") needs only its word.
    m_overridesView->header()->setStretchLastSection(false);
    m_overridesView->header()->setSectionResizeMode(ScenarioOverridesModel::NameColumn,
                                                    QHeaderView::Stretch);
    m_overridesView->header()->setSectionResizeMode(ScenarioOverridesModel::StatusColumn,
                                                    QHeaderView::ResizeToContents);
    connect(m_overrides, &QAbstractItemModel::modelReset, m_overridesView, &QTreeView::expandAll);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_overtaken);
    leftLayout->addWidget(m_refusal);
    leftLayout->addWidget(m_overridesView, 1);

    m_charts = new QTabWidget(this);
    m_charts->setObjectName(QStringLiteral("scenarioCharts"));
    m_spectrum = new ChartView(ChartKind::Spectrum, m_charts);
    m_spectrum->setObjectName(QStringLiteral("scenarioChart-spectrum"));
    m_delta = new ChartView(ChartKind::ScenarioDelta, m_charts);
    m_delta->setObjectName(QStringLiteral("scenarioChart-delta"));
    m_charts->addTab(m_delta, tr("Change by pillar"));
    m_charts->addTab(m_spectrum, tr("Spectrum"));

    auto* details = new QSplitter(Qt::Horizontal, this);
    details->setObjectName(QStringLiteral("scenarioDetailsSplitter"));
    details->addWidget(left);
    details->addWidget(m_charts);
    // The editor needs its five columns; the chart reads well narrower.
    details->setStretchFactor(0, 3);
    details->setStretchFactor(1, 2);
    details->setSizes({650, 410});
    return details;
}

void ScenarioPanel::setBaseCode(const QString& code)
{
    if (code != m_baseCode)
        m_chosen.clear();
    m_baseCode = code;
    if (isVisible())
        m_comparison->setBaseCode(code);
    refreshDetails();
}

void ScenarioPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_comparison->setBaseCode(m_baseCode);
}

void ScenarioPanel::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    m_comparison->setBaseCode(QString());
}

QString ScenarioPanel::baseCode() const
{
    return m_baseCode;
}

QString ScenarioPanel::currentScenario() const
{
    return m_table->currentIndex().data(ScenarioComparisonModel::ScenarioNameRole).toString();
}

void ScenarioPanel::selectScenario(const QString& name)
{
    const int row = name.isEmpty() ? -1 : m_comparison->rowOf(name);
    // The first scenario when the one asked for is gone; the base when there is none.
    const int chosen = row >= 0 ? row : (m_comparison->rowCount() > 1 ? 1 : 0);
    // Through the selection model, not selectRow(): that needs a laid-out
    // header, which a table being shown does not have yet.
    m_table->selectionModel()->setCurrentIndex(m_comparison->index(chosen, 0),
                                               QItemSelectionModel::ClearAndSelect |
                                                   QItemSelectionModel::Rows);
}

void ScenarioPanel::currentRowChanged()
{
    if (isVisible())
        m_chosen = currentScenario();
    m_refusal->hide();
    refreshDetails();
}

void ScenarioPanel::refreshDetails()
{
    const aisov::Profile* base = m_session.profile(m_baseCode);
    const QString name = currentScenario();
    m_title->setText(
        base ? tr("Scenarios of %1")
                   .arg(aisov::render::nameWithCode(app::displayName(*base), m_baseCode))
             : tr("Scenarios"));
    const int scenarioCount = std::max(0, m_comparison->rowCount() - 1);
    m_hint->setText(base == nullptr ? tr("Choose a profile in the list to see its scenarios.")
                                    : tr("No scenarios of %1 yet: New Scenario… starts a what-if "
                                         "from its current values.")
                                          .arg(app::displayName(*base)));
    m_hint->setVisible(base == nullptr || scenarioCount == 0);
    if (m_overrides->baseCode() != m_baseCode || m_overrides->scenarioName() != name)
        m_overrides->setScenario(m_baseCode, name);
    const auto scenario = name.isEmpty() ? std::nullopt : m_session.scenario(m_baseCode, name);
    updateActions();
    if (!scenario) {
        m_summary->setText(base ? tr("Choose a scenario in the table to edit its overrides.")
                                : QString());
        m_overtaken->hide();
        const auto chart = m_session.chartData(base ? QStringList{m_baseCode} : QStringList());
        m_spectrum->setChartData(chart);
        m_delta->setChartData(chart);
        return;
    }
    const aisov::ScoreResult* result = m_comparison->scenarioResult(name);
    const aisov::ScenarioDelta* delta = m_comparison->scenarioDelta(name);
    if (result == nullptr || delta == nullptr) {
        m_summary->setText(tr("This scenario cannot be scored now: %1")
                               .arg(m_comparison->scenarioProblem(name).toHtmlEscaped()));
        m_overtaken->hide();
        return;
    }
    m_summary->setText(summaryText(*scenario, *delta));
    const auto& methodology = m_session.methodology();
    QStringList overtaken;
    for (const auto& indicator : m_session.overtakenOverrides(*scenario)) {
        const aisov::Indicator* found = methodology.findIndicator(app::toStdString(indicator));
        overtaken.append(found ? app::displayName(*found) : indicator);
    }
    m_overtaken->setText(tr("The base has since overtaken: %1. Its current value is as good "
                            "as the override or better, so the override adds nothing.")
                             .arg(overtaken.join(QStringLiteral(", "))));
    m_overtaken->setVisible(!overtaken.isEmpty());
    const auto chart = m_session.scenarioChartData(m_baseCode, *result, name);
    m_spectrum->setChartData(chart);
    m_delta->setChartData(chart);
}

QString ScenarioPanel::summaryText(const aisov::Scenario& scenario,
                                   const aisov::ScenarioDelta& delta) const
{
    const auto& methodology = m_session.methodology();
    QString text = tr("<b>%1</b>").arg(app::toQString(scenario.name).toHtmlEscaped());
    if (!scenario.description.empty())
        text += tr(" — %1").arg(app::toQString(scenario.description).toHtmlEscaped());
    text += tr("<br>Overall %1 → %2 (%3 points); %4 overrides.")
                .arg(app::formatScore(delta.before), app::formatScore(delta.after),
                     app::formatDelta(delta.change()))
                .arg(scenario.overrides.size());
    if (!delta.newlyMet.empty())
        text += tr("<br>Requirements newly met: %1.").arg(pillarNames(delta.newlyMet, methodology));
    if (!delta.lost.empty())
        text += tr("<br>Requirements lost: %1.").arg(pillarNames(delta.lost, methodology));
    if (delta.newlyMet.empty() && delta.lost.empty())
        text += tr("<br>The same requirements are met as by the base.");
    return text;
}

void ScenarioPanel::updateActions()
{
    const bool writable = m_session.isOpen() && !m_session.isReadOnly();
    const bool hasBase = m_session.profile(m_baseCode) != nullptr;
    const bool hasScenario = hasBase && !currentScenario().isEmpty();
    m_newAction->setEnabled(writable && hasBase);
    for (QAction* each : {m_renameAction, m_duplicateAction, m_deleteAction, m_freezeAction})
        each->setEnabled(writable && hasScenario);
}

QList<QAction*> ScenarioPanel::scenarioActions() const
{
    return {m_newAction, m_renameAction, m_duplicateAction, m_deleteAction, m_freezeAction};
}

ChartView* ScenarioPanel::chart(ChartKind kind) const
{
    return kind == ChartKind::Spectrum ? m_spectrum : m_delta;
}

ChartView* ScenarioPanel::currentChart() const
{
    return static_cast<ChartView*>(m_charts->currentWidget());
}

void ScenarioPanel::showError(const QString& title, const QString& doing,
                              const std::exception& error)
{
    const auto* input = dynamic_cast<const aisov::InputError*>(&error);
    const QString reason =
        input ? app::problemText(input->problem()) : QString::fromUtf8(error.what());
    MessageBox::critical(this, title, tr("%1\n\n%2\n\nNothing was changed.").arg(doing, reason),
                         QString::fromUtf8(error.what()));
}

QString ScenarioPanel::unusedNameLike(const QString& name) const
{
    for (int copy = 2;; ++copy) {
        QString candidate = tr("%1 (%2)").arg(name).arg(copy);
        if (!m_session.scenario(m_baseCode, candidate))
            return candidate;
    }
}

// --- Actions ------------------------------------------------------------------

void ScenarioPanel::newScenario()
{
    const aisov::Profile* base = m_session.profile(m_baseCode);
    if (base == nullptr)
        return;
    auto* dialog =
        new ScenarioDialog(tr("New Scenario of %1").arg(app::displayName(*base)), tr("&Name:"),
                           ScenarioDialog::Fields::NameAndDescription, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString code = m_baseCode;
    connect(dialog, &QDialog::accepted, this, [this, dialog, code] {
        try {
            m_session.createScenario(code, dialog->name(), dialog->description());
            selectScenario(dialog->name());
        } catch (const std::exception& error) {
            showError(tr("Cannot create the scenario"),
                      tr("The scenario %1 of %2 could not be created.").arg(dialog->name(), code),
                      error);
        }
    });
    dialog->open();
}

void ScenarioPanel::renameCurrentScenario()
{
    const QString name = currentScenario();
    if (name.isEmpty())
        return;
    auto* dialog = new ScenarioDialog(tr("Rename Scenario %1").arg(name), tr("New &name:"),
                                      ScenarioDialog::Fields::NameOnly, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setInitial(name);
    const QString code = m_baseCode;
    connect(dialog, &QDialog::accepted, this, [this, dialog, code, name] {
        try {
            m_session.renameScenario(code, name, dialog->name());
            selectScenario(dialog->name());
        } catch (const std::exception& error) {
            showError(tr("Cannot rename the scenario"),
                      tr("The scenario %1 could not be renamed.").arg(name), error);
        }
    });
    dialog->open();
}

void ScenarioPanel::duplicateCurrentScenario()
{
    const QString name = currentScenario();
    if (name.isEmpty())
        return;
    auto* dialog =
        new ScenarioDialog(tr("Duplicate Scenario %1").arg(name), tr("Name of the &copy:"),
                           ScenarioDialog::Fields::NameOnly, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setInitial(unusedNameLike(name));
    const QString code = m_baseCode;
    connect(dialog, &QDialog::accepted, this, [this, dialog, code, name] {
        try {
            m_session.duplicateScenario(code, name, dialog->name());
            selectScenario(dialog->name());
        } catch (const std::exception& error) {
            showError(tr("Cannot duplicate the scenario"),
                      tr("The scenario %1 could not be duplicated.").arg(name), error);
        }
    });
    dialog->open();
}

void ScenarioPanel::deleteCurrentScenario()
{
    const QString name = currentScenario();
    const auto scenario = name.isEmpty() ? std::nullopt : m_session.scenario(m_baseCode, name);
    if (!scenario)
        return;
    const auto answer = MessageBox::question(
        this, tr("Delete Scenario"),
        tr("Delete the scenario %1 of %2 with its overrides (%3)? You can undo this; its "
           "snapshots stay in the history.")
            .arg(name, m_baseCode)
            .arg(scenario->overrides.size()));
    if (answer != QMessageBox::Yes)
        return;
    try {
        m_session.deleteScenario(m_baseCode, name);
    } catch (const std::exception& error) {
        showError(tr("Cannot delete the scenario"),
                  tr("The scenario %1 could not be deleted.").arg(name), error);
    }
}

void ScenarioPanel::freezeCurrentScenario()
{
    const QString name = currentScenario();
    if (name.isEmpty())
        return;
    auto* dialog = new ScenarioDialog(tr("Freeze Scenario %1 as a Snapshot").arg(name),
                                      tr("&Label:"), ScenarioDialog::Fields::NameOnly, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setInitial(
        tr("%1, as assumed on %2")
            .arg(name, QLocale().toString(QDate::currentDate(), QLocale::ShortFormat)));
    const QString code = m_baseCode;
    connect(dialog, &QDialog::accepted, this, [this, dialog, code, name] {
        try {
            m_session.freezeScenario(code, name, dialog->name());
            MessageBox::information(
                this, tr("Snapshot Taken"),
                tr("The scenario %1 of %2 is frozen as \"%3\". A snapshot is history: it is "
                   "kept as it is and is not undone by Edit > Undo.")
                    .arg(name, code, dialog->name()));
        } catch (const std::exception& error) {
            showError(tr("Cannot freeze the scenario"),
                      tr("The scenario %1 could not be frozen.").arg(name), error);
        }
    });
    dialog->open();
}
