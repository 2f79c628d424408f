#include "MethodologyPanel.h"

#include "AppStrings.h"
#include "Config.h"
#include "MessageBox.h"
#include "Session.h"
#include "TableCopier.h"
#include "dialogs/SaveMethodologyDialog.h"
#include "models/MethodologyModel.h"
#include "models/StandingChangeModel.h"
#include "widgets/MethodologyDelegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFont>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

QString storedText(const aisov::MethodologyRecord& record)
{
    const QString name =
        record.name.empty() ? app::toQString(record.id) : app::toQString(record.name);
    return MethodologyPanel::tr("%1 – %2").arg(name, app::toQString(record.version));
}

QString weightText(double weight)
{
    return QLocale().toString(weight, 'f', 2);
}

} // namespace

MethodologyPanel::MethodologyPanel(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new MethodologyModel(session, this))
    , m_changes(new StandingChangeModel(session, this))
{
    setObjectName(QStringLiteral("methodologyPanel"));

    m_stored = new QComboBox(this);
    m_stored->setObjectName(QStringLiteral("storedMethodologies"));
    m_stored->setAccessibleName(tr("Stored methodology"));
    m_stored->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* storedLabel = new QLabel(tr("&Stored methodology:"), this);
    storedLabel->setBuddy(m_stored);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("methodologyState"));
    const auto button = [this](const QString& text, const QString& name, auto slot) {
        auto* created = new QPushButton(text, this);
        created->setObjectName(name);
        connect(created, &QPushButton::clicked, this, slot);
        return created;
    };
    m_save = button(tr("Save as Ve&rsion…"), QStringLiteral("saveMethodologyButton"),
                    &MethodologyPanel::saveAsVersion);
    auto* top = new QHBoxLayout;
    top->addWidget(storedLabel);
    top->addWidget(m_stored);
    top->addWidget(m_state, 1);
    top->addWidget(m_save);
    top->addWidget(button(tr("&Import…"), QStringLiteral("importMethodologyButton"),
                          &MethodologyPanel::chooseImportFile));
    top->addWidget(button(tr("E&xport…"), QStringLiteral("exportMethodologyButton"),
                          &MethodologyPanel::chooseExportFile));
    top->addWidget(button(tr("Reset to &Default"), QStringLiteral("resetMethodologyButton"),
                          &MethodologyPanel::resetToDefault));

    m_refusal = new QLabel(this);
    m_refusal->setObjectName(QStringLiteral("methodologyRefusal"));
    m_refusal->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_refusal->setWordWrap(true);
    m_refusal->hide();

    m_tree = new QTreeView(this);
    TableCopier::install(m_tree);
    m_tree->setObjectName(QStringLiteral("methodologyTree"));
    m_tree->setAccessibleName(tr("Pillars and indicators"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new MethodologyDelegate(m_tree));
    m_tree->setAlternatingRowColors(true);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    // All rows one height, and columns sized to their contents once per
    // methodology, not on every edit: a view told that a row changed
    // measures again what it must, and a slider sends many edits a second.
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(MethodologyModel::NameColumn, QHeaderView::Stretch);
    const auto layoutTree = [this] {
        m_tree->expandAll();
        for (int column = MethodologyModel::WeightColumn; column < MethodologyModel::ColumnCount;
             ++column)
            m_tree->resizeColumnToContents(column);
    };
    layoutTree();
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, layoutTree);
    connect(m_model, &MethodologyModel::editRefused, this,
            [this](const QModelIndex&, const QString& reason) { showRefusal(reason); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MethodologyPanel::clearRefusal);

    m_within = ruleChoice(QStringLiteral("withinAggregation"), tr("Aggregation within a pillar"));
    m_across = ruleChoice(QStringLiteral("acrossAggregation"), tr("Aggregation across pillars"));
    // Short names, so that the indicators' names have room; what each
    // means is in its tooltip.
    const auto addChoice = [](QComboBox* choice, const QString& text, const QString& meaning,
                              int value) {
        choice->addItem(text, value);
        choice->setItemData(choice->count() - 1, meaning, Qt::ToolTipRole);
    };
    for (QComboBox* choice : {m_within, m_across}) {
        addChoice(choice, tr("arithmetic mean"), tr("Strengths compensate weaknesses."),
                  static_cast<int>(aisov::Aggregation::Arithmetic));
        addChoice(choice, tr("geometric mean"),
                  tr("A weak part pulls the whole down; one near zero pulls it towards zero."),
                  static_cast<int>(aisov::Aggregation::Geometric));
        addChoice(choice, tr("minimum"), tr("The weakest part decides."),
                  static_cast<int>(aisov::Aggregation::Minimum));
    }
    m_missing = ruleChoice(QStringLiteral("missingPolicy"), tr("Missing data"));
    addChoice(m_missing, tr("left out, re-weighted"),
              tr("A missing indicator is left out and its pillar re-weighted; a pillar without "
                 "data is left out of the overall score."),
              static_cast<int>(aisov::MissingPolicy::Reweight));
    addChoice(m_missing, tr("scored as zero"), tr("A missing indicator counts as 0."),
              static_cast<int>(aisov::MissingPolicy::Zero));
    connect(m_within, &QComboBox::activated, this, [this] {
        runEdit([this] {
            m_session.setIndicatorAggregation(
                static_cast<aisov::Aggregation>(m_within->currentData().toInt()));
        });
    });
    connect(m_across, &QComboBox::activated, this, [this] {
        runEdit([this] {
            m_session.setPillarAggregation(
                static_cast<aisov::Aggregation>(m_across->currentData().toInt()));
        });
    });
    connect(m_missing, &QComboBox::activated, this, [this] {
        runEdit([this] {
            m_session.setMissingPolicy(
                static_cast<aisov::MissingPolicy>(m_missing->currentData().toInt()));
        });
    });
    auto* rules = new QGroupBox(tr("Aggregation and missing data"), this);
    auto* rulesForm = new QFormLayout(rules);
    rulesForm->addRow(tr("&Within a pillar:"), m_within);
    rulesForm->addRow(tr("Across pi&llars:"), m_across);
    rulesForm->addRow(tr("Missin&g data:"), m_missing);

    auto* weights = new QGroupBox(tr("Pillar weights"), this);
    weights->setObjectName(QStringLiteral("pillarWeights"));
    m_sliderGrid = new QGridLayout(weights);
    m_sliderGrid->setColumnStretch(1, 1);

    // Beside the tree: the weights as sliders and the rules, as narrow as
    // the rules' names allow, so that the indicators' names have room.
    auto* controls = new QWidget(this);
    auto* controlsLayout = new QVBoxLayout(controls);
    controlsLayout->setContentsMargins(0, 0, 0, 0);
    controlsLayout->addWidget(weights);
    controlsLayout->addWidget(rules);
    controlsLayout->addStretch(1);
    controls->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);

    auto* upper = new QWidget(this);
    auto* upperLayout = new QHBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_tree, 1);
    upperLayout->addWidget(controls);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("changeSummary"));
    m_summary->setWordWrap(true);
    m_onlyMoved = new QCheckBox(tr("&Only profiles whose rank or band moved"), this);
    m_onlyMoved->setObjectName(QStringLiteral("onlyMovedCheck"));
    m_onlyMoved->setChecked(m_changes->onlyMoved());
    connect(m_onlyMoved, &QCheckBox::toggled, m_changes, &StandingChangeModel::setOnlyMoved);
    m_changeTable = new QTableView(this);
    TableCopier::install(m_changeTable);
    m_changeTable->setObjectName(QStringLiteral("standingChangeTable"));
    m_changeTable->setAccessibleName(tr("What the edits move"));
    m_changeTable->setModel(m_changes);
    m_changeTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changeTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changeTable->setAlternatingRowColors(true);
    m_changeTable->verticalHeader()->hide();
    m_changeTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_changeTable->verticalHeader()->setDefaultSectionSize(m_changeTable->fontMetrics().height() +
                                                           6);
    // Widths from the font, not measured from 200 rows after every edit.
    m_changeTable->horizontalHeader()->setSectionResizeMode(StandingChangeModel::ProfileColumn,
                                                            QHeaderView::Stretch);
    auto* moves = new QGroupBox(tr("What the edits move"), this);
    auto* movesLayout = new QVBoxLayout(moves);
    auto* movesTop = new QHBoxLayout;
    movesTop->addWidget(m_summary, 1);
    movesTop->addWidget(m_onlyMoved);
    movesLayout->addLayout(movesTop);
    movesLayout->addWidget(m_changeTable, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("methodologySplitter"));
    splitter->addWidget(upper);
    splitter->addWidget(moves);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_refusal);
    layout->addWidget(splitter, 1);

    connect(m_stored, &QComboBox::activated, this, &MethodologyPanel::storedChosen);
    connect(&m_session, &Session::databaseOpened, this, [this] {
        clearRefusal();
        buildSliders();
        m_storedListKey.clear();
        refresh();
        sizeChangeColumns();
    });
    connect(&m_session, &Session::methodologyStructureChanged, this, [this] {
        buildSliders();
        sizeChangeColumns();
    });
    connect(&m_session, &Session::methodologyChanged, this, &MethodologyPanel::refresh);
    connect(&m_session, &Session::scoresChanged, this, &MethodologyPanel::refreshSummary);
    buildSliders();
    refresh();
    sizeChangeColumns();
}

QComboBox* MethodologyPanel::ruleChoice(const QString& name, const QString& accessibleName)
{
    auto* choice = new QComboBox(this);
    choice->setObjectName(name);
    choice->setAccessibleName(accessibleName);
    return choice;
}

template <typename Edit>
void MethodologyPanel::runEdit(Edit edit)
{
    try {
        edit();
        clearRefusal();
    } catch (const std::exception& error) {
        showRefusal(MethodologyModel::refusalText(error));
        refresh(); // the controls show the draft as it stayed
    }
}

void MethodologyPanel::showRefusal(const QString& reason)
{
    m_refusal->setText(tr("Not applied: %1").arg(reason));
    m_refusal->show();
}

void MethodologyPanel::clearRefusal()
{
    m_refusal->clear();
    m_refusal->hide();
}

QString MethodologyPanel::refusal() const
{
    return m_refusal->text();
}

void MethodologyPanel::buildSliders()
{
    for (QWidget* widget : m_sliderWidgets)
        delete widget;
    m_sliderWidgets.clear();
    m_sliders.clear();
    const auto& pillars = m_session.methodology().pillars;
    for (std::size_t row = 0; row < pillars.size(); ++row) {
        const QString id = app::toQString(pillars[row].id);
        auto* name = new QLabel(app::displayName(pillars[row]), this);
        auto* slider = new QSlider(Qt::Horizontal, this);
        slider->setObjectName(QStringLiteral("weightSlider-") + id);
        slider->setAccessibleName(tr("Weight of %1").arg(app::displayName(pillars[row])));
        slider->setAccessibleDescription(
            tr("Arrow keys change the weight; type an exact weight in the tree's Weight column."));
        slider->setRange(0, static_cast<int>(kMaxSliderWeight * kSliderScale));
        slider->setSingleStep(5);
        slider->setPageStep(25);
        auto* value = new QLabel(this);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setMinimumWidth(value->fontMetrics().horizontalAdvance(weightText(10.0)));
        name->setBuddy(slider);
        const int gridRow = static_cast<int>(row);
        m_sliderGrid->addWidget(name, gridRow, 0);
        m_sliderGrid->addWidget(slider, gridRow, 1);
        m_sliderGrid->addWidget(value, gridRow, 2);
        connect(slider, &QSlider::valueChanged, this, [this, id](int position) {
            runEdit([&] {
                m_session.setPillarWeight(id, static_cast<double>(position) / kSliderScale);
            });
        });
        m_sliders.push_back({id, slider, value});
        m_sliderWidgets.insert(m_sliderWidgets.end(), {name, slider, value});
    }
    // Tab goes from the tree to the weights beside it, then the rules below
    // them (the sliders are made after the rest, so they came last).
    QWidget* previous = m_tree;
    for (const auto& entry : m_sliders) {
        setTabOrder(previous, entry.slider);
        previous = entry.slider;
    }
    refreshSliders();
}

QSlider* MethodologyPanel::weightSlider(const QString& pillarId) const
{
    for (const auto& entry : m_sliders)
        if (entry.pillar == pillarId)
            return entry.slider;
    return nullptr;
}

void MethodologyPanel::refresh()
{
    // The stored versions change with the saved methodology (a save, a
    // switch) or the database, not with a slider move: a move must not ask
    // the store for the list.
    const aisov::Methodology& saved = m_session.savedMethodology();
    const QStringList storedListKey{m_session.databasePath(), app::toQString(saved.id),
                                    app::toQString(saved.version)};
    if (storedListKey != m_storedListKey) {
        m_storedListKey = storedListKey;
        refreshStoredList();
    }
    refreshRules();
    refreshSliders();
    refreshSummary();
}

void MethodologyPanel::refreshStoredList()
{
    // Rebuilt only when the list changed (a save, a switch, another
    // database): refilling the choice on every slider move would lay out
    // the row of buttons again each time.
    QStringList entries;
    int active = -1;
    const auto records = m_session.storedMethodologies();
    for (const auto& record : records) {
        if (record.active)
            active = static_cast<int>(entries.size());
        entries.append(storedText(record));
    }
    if (entries != m_listed || active != m_stored->currentIndex()) {
        const QSignalBlocker blocker(m_stored);
        m_stored->clear();
        for (const auto& record : records)
            m_stored->addItem(storedText(record), QStringList{app::toQString(record.id),
                                                              app::toQString(record.version)});
        m_stored->setCurrentIndex(active);
        m_listed = entries;
    }
    const bool writable = m_session.isOpen() && !m_session.isReadOnly();
    m_stored->setEnabled(writable && m_stored->count() > 1);
    m_save->setEnabled(writable);
}

void MethodologyPanel::refreshRules()
{
    const aisov::Methodology& methodology = m_session.methodology();
    const auto select = [](QComboBox* choice, int value) {
        const QSignalBlocker blocker(choice);
        choice->setCurrentIndex(choice->findData(value));
    };
    select(m_within, static_cast<int>(methodology.indicatorAggregation));
    select(m_across, static_cast<int>(methodology.pillarAggregation));
    select(m_missing, static_cast<int>(methodology.missing));
}

void MethodologyPanel::refreshSliders()
{
    const aisov::Methodology& methodology = m_session.methodology();
    for (const auto& entry : m_sliders) {
        const aisov::Pillar* pillar = methodology.findPillar(app::toStdString(entry.pillar));
        if (pillar == nullptr)
            continue;
        const QSignalBlocker blocker(entry.slider);
        entry.slider->setValue(static_cast<int>(std::lround(pillar->weight * kSliderScale)));
        entry.value->setText(weightText(pillar->weight));
    }
}

void MethodologyPanel::sizeChangeColumns()
{
    // Bold, as a moved rank or band is shown.
    QFont bold = m_changeTable->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    QString longestBand = tr("–");
    for (const auto* methodology : {&m_session.methodology(), &m_session.savedMethodology()})
        for (const auto& band : methodology->bands)
            if (metrics.horizontalAdvance(app::toQString(band.label)) >
                metrics.horizontalAdvance(longestBand))
                longestBand = app::toQString(band.label);
    const int padding = 3 * metrics.averageCharWidth();
    for (int column = StandingChangeModel::ScoreBeforeColumn;
         column < StandingChangeModel::ColumnCount; ++column) {
        const QString header =
            m_changes->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        const bool band = column == StandingChangeModel::BandBeforeColumn ||
                          column == StandingChangeModel::BandAfterColumn;
        const QString widest = band ? longestBand : tr("100.0 %");
        m_changeTable->setColumnWidth(
            column, std::max(metrics.horizontalAdvance(header), metrics.horizontalAdvance(widest)) +
                        padding);
    }
}

void MethodologyPanel::refreshSummary()
{
    const aisov::Methodology& saved = m_session.savedMethodology();
    const QString savedName =
        tr("%1 %2").arg(app::toQString(saved.id), app::toQString(saved.version));
    if (!m_session.isOpen()) {
        m_state->clear();
        m_summary->clear();
        return;
    }
    if (!m_session.hasUnsavedMethodology()) {
        m_state->setText(tr("As stored"));
        m_summary->setText(tr("Scored with %1 as stored. Move a weight or edit a goalpost or a "
                              "rule: every score is recomputed at once, and this table shows "
                              "which ranks and bands move.")
                               .arg(savedName));
        return;
    }
    m_state->setText(tr("<b>Edited, not saved</b>"));
    m_summary->setText(tr("Against %1 as stored: %2 profiles change rank, %3 change band. The "
                          "edits are kept in memory until you save them as a version.")
                           .arg(savedName)
                           .arg(m_changes->rankMoves())
                           .arg(m_changes->bandMoves()));
}

// --- Files, versions, reset -------------------------------------------------

void MethodologyPanel::saveAsVersion()
{
    auto* dialog = new SaveMethodologyDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

bool MethodologyPanel::useStored(const QString& id, const QString& version)
{
    const aisov::Methodology& saved = m_session.savedMethodology();
    if (app::toQString(saved.id) == id && app::toQString(saved.version) == version &&
        !m_session.hasUnsavedMethodology())
        return true;
    if (m_session.hasUnsavedMethodology() &&
        MessageBox::question(this, tr("Use Another Methodology"),
                             tr("The methodology has edits that are not saved. Use %1 %2 "
                                "instead and set the edits aside? Undo brings them back.")
                                 .arg(id, version)) != QMessageBox::Yes) {
        refreshStoredList();
        return false;
    }
    try {
        m_session.activateMethodology(id, version);
    } catch (const std::exception& error) {
        MessageBox::critical(this, tr("Cannot use the methodology"),
                             tr("%1 %2 cannot be used with the profiles of this database: %3\n\n"
                                "Nothing was changed.")
                                 .arg(id, version, MethodologyModel::refusalText(error)),
                             QString::fromUtf8(error.what()));
        refreshStoredList();
        return false;
    }
    clearRefusal();
    return true;
}

void MethodologyPanel::storedChosen(int index)
{
    const QStringList key = m_stored->itemData(index).toStringList();
    if (key.size() == 2)
        useStored(key[0], key[1]);
}

void MethodologyPanel::resetToDefault()
{
    try {
        m_session.resetMethodologyToDefault();
        clearRefusal();
    } catch (const std::exception& error) {
        MessageBox::critical(this, tr("Cannot reset the methodology"),
                             tr("The bundled default methodology cannot score the profiles of "
                                "this database: %1\n\nNothing was changed.")
                                 .arg(MethodologyModel::refusalText(error)),
                             QString::fromUtf8(error.what()));
    }
}

void MethodologyPanel::chooseImportFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Methodology"),
                                     Config::instance().get(ConfigKey::ImportDirectory).toString(),
                                     tr("Methodologies (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    Config::instance().set(ConfigKey::ImportDirectory, QFileInfo(path).absolutePath());
    importMethodology(path);
}

void MethodologyPanel::importMethodology(const QString& path)
{
    try {
        m_session.importMethodology(path);
        clearRefusal();
    } catch (const std::exception& error) {
        MessageBox::critical(
            this, tr("Cannot import the methodology"),
            tr("%1 cannot be imported: %2\n\nNothing was changed.")
                .arg(QDir::toNativeSeparators(path), MethodologyModel::refusalText(error)),
            QString::fromUtf8(error.what()));
    }
}

void MethodologyPanel::chooseExportFile()
{
    const aisov::Methodology& draft = m_session.methodology();
    const QString suggested =
        QDir(QDir::homePath())
            .filePath(
                tr("%1-%2.json").arg(app::toQString(draft.id), app::toQString(draft.version)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Methodology"), suggested,
                                                      tr("Methodologies (*.json)"));
    if (!path.isEmpty())
        exportMethodology(path);
}

void MethodologyPanel::exportMethodology(const QString& path)
{
    try {
        m_session.exportMethodology(path);
    } catch (const std::exception& error) {
        MessageBox::critical(
            this, tr("Cannot export the methodology"),
            tr("The methodology could not be written to %1: %2")
                .arg(QDir::toNativeSeparators(path), QString::fromUtf8(error.what())));
    }
}
