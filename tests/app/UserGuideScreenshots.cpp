// Takes the screenshots of docs/user-guide.md from the real application:
// a fresh database seeded with the bundled profiles, driven as a user would,
// each view grabbed to docs/images/. Run by scripts/screenshots.sh.

#include "AppLanguage.h"
#include "BriefRenderer.h"
#include "Config.h"
#include "MainWindow.h"
#include "Session.h"
#include "Translations.h"
#include "UncertaintyRunner.h"
#include "dialogs/BlocBuilderDialog.h"
#include "dialogs/ExportChartDialog.h"
#include "dialogs/ImportPreviewDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "models/HistoryListModel.h"
#include "models/ProfileValuesModel.h"
#include "widgets/ChartView.h"
#include "widgets/ComparePanel.h"
#include "widgets/HistoryPanel.h"
#include "widgets/LeversPanel.h"
#include "widgets/MethodologyPanel.h"
#include "widgets/PartnersPanel.h"
#include "widgets/PresentationWindow.h"
#include "widgets/ProfileEditor.h"
#include "widgets/ProfileListPanel.h"
#include "widgets/ResultPanel.h"
#include "widgets/ScenarioPanel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include "aisov/Store.h"

#include <cstdio>

namespace {

aisov::IndicatorValue assumption(const std::string& indicator, double value)
{
    aisov::IndicatorValue assumed;
    assumed.indicator = indicator;
    assumed.value = value;
    assumed.year = 2026;
    assumed.source = "what-if assumption";
    assumed.confidence = aisov::Confidence::Low;
    return assumed;
}

// Three what-ifs of Switzerland, one of them an older plan the country has
// partly overtaken since.
void addSwissScenarios(Session& session)
{
    const QString che = QStringLiteral("CHE");
    const QString gpus = QStringLiteral("10,000-GPU supercomputer");
    session.createScenario(che, gpus, QStringLiteral("A national 10,000-GPU system by 2028"));
    session.setScenarioOverride(che, gpus, assumption("gpu_cluster_share", 2.5));
    session.setScenarioOverride(che, gpus, assumption("top500_share", 6.0));
    session.setScenarioOverride(che, gpus, assumption("top500_systems", 8));
    const QString model = QStringLiteral("National open model");
    session.createScenario(che, model,
                           QStringLiteral("An open foundation model trained in the country"));
    session.setScenarioOverride(che, model, assumption("notable_ai_models", 3));
    session.setScenarioOverride(che, model, assumption("researchers", 7000));
    const QString plan = QStringLiteral("2024 plan");
    session.createScenario(che, plan, QStringLiteral("The targets set in 2024"));
    session.setScenarioOverride(che, plan, assumption("top500_systems", 3));
    session.setScenarioOverride(che, plan, assumption("rd_expenditure", 3.6));
}

std::chrono::system_clock::time_point utcDay(int year, unsigned month, unsigned day)
{
    return std::chrono::sys_days(std::chrono::year(year) / std::chrono::month(month) /
                                 std::chrono::day(day)) +
           std::chrono::hours(10);
}

// Sets CHE's value of `indicator` to `number`, keeping its provenance.
void setSwissValue(aisov::Store& store, const std::string& indicator, double number)
{
    const auto profile = store.profile("CHE");
    const aisov::IndicatorValue* stored = profile ? profile->findValue(indicator) : nullptr;
    if (stored == nullptr)
        return;
    aisov::IndicatorValue value = *stored;
    value.value = number;
    store.setValue("CHE", value);
}

// A year of Switzerland's history, written with a clock set to each date:
// a first snapshot under methodology 2026.1 (which had no
// internet_users_total yet), then three under 2026.2 as values were
// revised. The numbers before today's are illustrative.
void writeSwissHistory(const QString& path)
{
    std::chrono::system_clock::time_point now;
    aisov::StoreOptions options;
    options.clock = [&now] { return now; };
    aisov::Store store = aisov::Store::open(path.toStdString(), aisov::OpenMode::Existing, options);
    const auto original = *store.profile("CHE");
    const auto valueOf = [&](const std::string& id) { return original.findValue(id)->value; };
    now = utcDay(2025, 3, 14);
    setSwissValue(store, "researchers", 5400);
    setSwissValue(store, "data_centres", 92);
    setSwissValue(store, "top500_systems", 2);
    store.removeValue("CHE", "internet_users_total");
    store.setActiveMethodology("ai-sovereignty", "2026.1");
    store.snapshotProfile("CHE", "Baseline");
    now = utcDay(2025, 6, 20);
    store.setActiveMethodology("ai-sovereignty", "2026.2");
    store.setValue("CHE", *original.findValue("internet_users_total"));
    store.snapshotProfile("CHE", "New methodology");
    now = utcDay(2025, 10, 2);
    setSwissValue(store, "researchers", valueOf("researchers"));
    setSwissValue(store, "data_centres", 104);
    store.snapshotProfile("CHE", "Autumn review");
    now = utcDay(2026, 2, 10);
    setSwissValue(store, "data_centres", valueOf("data_centres"));
    setSwissValue(store, "top500_systems", valueOf("top500_systems"));
    store.snapshotProfile("CHE", "Annual review");
}

void save(QWidget* widget, const QString& directory, const QString& name)
{
    QCoreApplication::processEvents();
    const QString path = QDir(directory).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
}

// The partner finder, the bloc builder, presentation mode and the brief.
void pooling(MainWindow& window, const Session& session, const QString& output)
{
    window.profileList()->selectCode(QStringLiteral("CHE"));
    window.tabs()->setCurrentWidget(window.partnersPanel());
    window.partnersPanel()->tableView()->selectRow(0);
    save(&window, output, QStringLiteral("partners-view"));

    // The levers of Switzerland, computed on a worker thread, the top one chosen.
    window.tabs()->setCurrentWidget(window.leversPanel());
    window.leversPanel()->setScenario({});
    if (!QTest::qWaitFor([&window] { return !window.leversPanel()->isComputing(); }, 30000))
        std::fprintf(stderr, "the levers took more than 30 s\n");
    window.leversPanel()->leverTable()->selectRow(0);
    save(&window, output, QStringLiteral("levers-view"));
    window.leversPanel()->lowerTabs()->setCurrentIndex(1);
    window.leversPanel()->templateTable()->selectRow(1);
    save(&window, output, QStringLiteral("levers-templates"));
    window.leversPanel()->lowerTabs()->setCurrentIndex(0);

    window.buildBloc({QStringLiteral("CHE"), QStringLiteral("DEU"), QStringLiteral("FRA"),
                      QStringLiteral("NLD")});
    if (auto* dialog = window.findChild<BlocBuilderDialog*>()) {
        save(dialog, output, QStringLiteral("bloc-builder"));
        dialog->close();
    }

    window.profileList()->selectCodes({QStringLiteral("USA"), QStringLiteral("CHN"),
                                       QStringLiteral("EU27"), QStringLiteral("KOR"),
                                       QStringLiteral("CHE")});
    if (PresentationWindow* presentation = window.startPresentation()) {
        presentation->showNormal();
        presentation->resize(1280, 720);
        presentation->showStep(2);
        save(presentation, output, QStringLiteral("presentation"));
        presentation->close();
    }

    window.profileList()->selectCode(QStringLiteral("CHE"));
    const QSizeF page = aisov::render::BriefRenderer::pageSize();
    QImage image((page * 1.5).toSize(), QImage::Format_ARGB32);
    image.setDevicePixelRatio(1.5);
    QPainter painter(&image);
    aisov::render::BriefRenderer::paint(painter, QRectF(QPointF(0, 0), page),
                                        session.countryBrief(QStringLiteral("CHE")),
                                        aisov::render::ChartTheme::light(), QDate(2026, 12, 2));
    painter.end();
    const QString path = QDir(output).filePath(QStringLiteral("country-brief.png"));
    std::printf("%s\n", image.save(path) ? qPrintable(path) : "cannot write the brief");
}

// The profile view as a user with a 16-point system font and high-contrast
// charts sees it.
void accessibility(Session& session, const QString& output)
{
    const QFont original = QApplication::font();
    QFont large = original;
    large.setPointSize(16);
    QApplication::setFont(large);
    Config::instance().set(ConfigKey::HighContrastCharts, true);
    {
        MainWindow window(session);
        window.resize(1400, 860);
        window.show();
        window.profileList()->selectCode(QStringLiteral("CHE"));
        window.editor()->valuesView()->expandAll();
        window.resultPanel()->spectrumView()->setFocus(Qt::TabFocusReason);
        save(&window, output, QStringLiteral("large-font"));
    }
    Config::instance().reset(ConfigKey::HighContrastCharts);
    QApplication::setFont(original);
}

// The profiles compared with an uncertainty run: whiskers, then the ranks.
// `prefix` names the images of another language ("korean-").
void uncertainty(MainWindow& window, const QString& output, const QString& prefix = {})
{
    ComparePanel* compare = window.comparePanel();
    compare->drawsBox()->setValue(2000);
    compare->runUncertainty();
    if (!QTest::qWaitFor([compare] { return !compare->uncertaintyRunner()->isRunning(); }, 60000))
        std::fprintf(stderr, "the uncertainty run did not finish\n");
    save(&window, output, prefix + QStringLiteral("uncertainty-spectrum"));
    auto* charts = compare->findChild<QTabWidget*>(QStringLiteral("compareCharts"));
    charts->setCurrentWidget(compare->rankStabilityTab());
    save(&window, output, prefix + QStringLiteral("rank-stability"));
    charts->setCurrentIndex(0);
}

// The same database in a window built with the Korean translations (the
// Language setting at "ko", as View > Language leaves it for the next start).
bool korean(const QString& database, const QString& output)
{
    Config::instance().set(ConfigKey::Language, QStringLiteral("ko"));
    if (!app::applyLanguageSetting())
        return false;
    Session session;
    MainWindow window(session);
    window.resize(1400, 860);
    window.show();
    if (!window.openDatabase(database))
        return false;
    window.profileList()->selectCode(QStringLiteral("CHE"));
    window.editor()->valuesView()->expandAll();
    save(&window, output, QStringLiteral("korean-profile-view"));
    window.profileList()->selectCodes({QStringLiteral("USA"), QStringLiteral("CHN"),
                                       QStringLiteral("EU27"), QStringLiteral("KOR"),
                                       QStringLiteral("JPN"), QStringLiteral("CHE")});
    window.tabs()->setCurrentIndex(1);
    save(&window, output, QStringLiteral("korean-compare-view"));
    uncertainty(window, output, QStringLiteral("korean-"));
    window.profileList()->selectCode(QStringLiteral("CHE"));
    window.tabs()->setCurrentWidget(window.leversPanel());
    if (!QTest::qWaitFor([&window] { return !window.leversPanel()->isComputing(); }, 30000))
        std::fprintf(stderr, "the levers took more than 30 s\n");
    window.leversPanel()->leverTable()->selectRow(0);
    save(&window, output, QStringLiteral("korean-levers-view"));
    Config::instance().reset(ConfigKey::Language);
    return aisov::render::installTranslations(QLocale::c());
}

} // namespace

int main(int argc, char** argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir work;
    Config::setFileForTesting(work.filePath(QStringLiteral("settings.ini")));
    QApplication application(argc, argv);
    const QString output =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/images");
    QDir().mkpath(output);

    Session session;
    MainWindow window(session);
    window.resize(1400, 860);
    window.show();
    if (!window.openDatabase(work.filePath(QStringLiteral("guide.sqlite")), true))
        return 1;

    window.profileList()->selectCode(QStringLiteral("CHE"));
    window.editor()->valuesView()->expandAll();
    save(&window, output, QStringLiteral("profile-view"));

    // A refused entry, shown in place.
    QTreeView* values = window.editor()->valuesView();
    const QModelIndex cell = window.editor()->valuesModel()->indicatorIndex(
        QStringLiteral("internet_users"), ProfileValuesModel::ValueColumn);
    if (cell.isValid()) {
        values->setCurrentIndex(cell);
        values->edit(cell);
        if (auto* editor = values->findChild<QLineEdit*>()) {
            editor->selectAll();
            QTest::keyClicks(editor, QStringLiteral("140"));
            QTest::keyClick(editor, Qt::Key_Return);
        }
        save(&window, output, QStringLiteral("refused-entry"));
    }

    window.profileList()->selectCodes({QStringLiteral("USA"), QStringLiteral("CHN"),
                                       QStringLiteral("EU27"), QStringLiteral("DEU"),
                                       QStringLiteral("KOR"), QStringLiteral("CHE")});
    window.tabs()->setCurrentIndex(1);
    save(&window, output, QStringLiteral("compare-view"));
    uncertainty(window, output);

    // The methodology tab, with talent weighted up: the ranks and bands it moves.
    window.tabs()->setCurrentWidget(window.methodologyPanel());
    if (QSlider* talent = window.methodologyPanel()->weightSlider(QStringLiteral("talent")))
        talent->setValue(3 * MethodologyPanel::kSliderScale);
    save(&window, output, QStringLiteral("methodology-view"));
    session.undoStack()->undo();
    window.tabs()->setCurrentIndex(1);

    window.exportChart(window.currentChart());
    if (auto* dialog = window.findChild<ExportChartDialog*>()) {
        save(dialog, output, QStringLiteral("export-dialog"));
        dialog->close();
    }
    if (QAction* shortcuts = window.findChild<QAction*>(QStringLiteral("shortcutsAction")))
        shortcuts->trigger();
    if (auto* dialog = window.findChild<ShortcutsDialog*>()) {
        save(dialog, output, QStringLiteral("keyboard-shortcuts"));
        dialog->close();
    }

    const QString csv = work.filePath(QStringLiteral("update.csv"));
    QFile file(csv);
    if (file.open(QIODevice::WriteOnly)) {
        file.write("code,indicator,value,year,source,url,confidence,note\n"
                   "CHE,researchers,5600,2024,National statistics,"
                   "https://example.org,medium,\n"
                   "NOR,internet_users,99,2024,ITU,https://example.org,high,\n");
        file.close();
    }
    window.importProfiles(csv);
    if (auto* dialog = window.findChild<ImportPreviewDialog*>()) {
        save(dialog, output, QStringLiteral("import-preview"));
        dialog->close();
    }

    addSwissScenarios(session);
    window.profileList()->selectCode(QStringLiteral("CHE"));
    window.tabs()->setCurrentWidget(window.scenarioPanel());
    window.scenarioPanel()->selectScenario(QStringLiteral("10,000-GPU supercomputer"));
    save(&window, output, QStringLiteral("scenarios-view"));
    window.scenarioPanel()->selectScenario(QStringLiteral("2024 plan"));
    save(&window, output, QStringLiteral("scenario-overtaken"));
    pooling(window, session, output);
    const QString guide = session.databasePath();
    try {
        writeSwissHistory(guide);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "cannot write the history: %s\n", error.what());
        return 1;
    }
    if (!window.openDatabase(guide))
        return 1;
    window.profileList()->selectCode(QStringLiteral("CHE"));
    window.tabs()->setCurrentWidget(window.historyPanel());
    HistoryPanel* history = window.historyPanel();
    if (auto first = history->listModel()->snapshotAt(0))
        history->selectSnapshot(first->summary().id);
    save(&window, output, QStringLiteral("history-view"));
    accessibility(session, output);
    return korean(guide, output) ? 0 : 1;
}
