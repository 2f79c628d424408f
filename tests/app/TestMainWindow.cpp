// Drives the real main window under the offscreen platform: the flows an
// analyst, a student and a presenter go through. Scores are those of the
// three-pillar fixture, worked out by hand:
//   XAA: a1 50 -> 0.5, a2 10 (log 1..100) -> 0.5, pillar Alpha 50;
//        b1 10 (lower, 0..50) -> 0.8, Beta 80; c1 25 (10..20) -> 1, Gamma 100;
//        geometric, weights 1,1,2: (0.5 * 0.8 * 1^2)^(1/4) = 0.4^0.25 = 79.53 -> "79.5 %".
//   XAA with a1 = 100: Alpha (1 + 0.5) / 2 = 0.75; (0.75 * 0.8)^(1/4) = 88.01 -> "88.0 %".
//   YBB: Alpha 100 (a2 only), Beta no data, Gamma c1 15 -> 50;
//        reweighted over Alpha (1) and Gamma (2): 0.5^(2/3) = 63.0 %.

#include "../store/StoreTestSupport.h"
#include "AppTestSupport.h"
#include "FixtureWindow.h"

#include "MainWindow.h"
#include "MessageBox.h"
#include "Session.h"
#include "dialogs/ExportChartDialog.h"
#include "dialogs/ImportPreviewDialog.h"
#include "models/ComparisonModel.h"
#include "models/ImportPlanModel.h"
#include "models/ProfileValuesModel.h"
#include "widgets/ChartView.h"
#include "widgets/ComparePanel.h"
#include "widgets/ProfileEditor.h"
#include "widgets/ProfileListPanel.h"
#include "widgets/ResultPanel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

using namespace aisov::test;

namespace {

struct OpenWindow : FixtureWindow
{

    QString scoreText() const
    {
        return window.findChild<QLabel*>(QStringLiteral("scoreLabel"))->text();
    }
    std::optional<double> spectrumScore() const
    {
        const auto& profiles = window.resultPanel()->spectrumView()->chartData().profiles;
        return profiles.empty() ? std::nullopt : profiles.front().score;
    }
};

// Types `text` into the value cell of `indicator` and presses Enter, as a user would.
void typeValue(MainWindow& window, const QString& indicator, const QString& text,
               int column = ProfileValuesModel::ValueColumn)
{
    QTreeView* view = window.editor()->valuesView();
    const QModelIndex cell = window.editor()->valuesModel()->indicatorIndex(indicator, column);
    REQUIRE(cell.isValid());
    view->setFocus();
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto* editor = view->findChild<QLineEdit*>();
    REQUIRE(editor != nullptr);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents();
}

} // namespace

TEST_CASE("Editing a value moves the score and the spectrum; undo restores both; it is stored")
{
    OpenWindow app;
    app.window.profileList()->selectCode(QStringLiteral("XAA"));
    QTRY_COMPARE(app.scoreText(), QStringLiteral("79.5 %"));
    REQUIRE(app.spectrumScore());
    CHECK(*app.spectrumScore() == Approx(79.53).margin(0.01));

    typeValue(app.window, QStringLiteral("a1"), QStringLiteral("100"));
    CHECK(app.scoreText() == QStringLiteral("88.0 %"));
    CHECK(*app.spectrumScore() == Approx(88.01).margin(0.01));

    app.session.undoStack()->undo();
    CHECK(app.scoreText() == QStringLiteral("79.5 %"));
    CHECK(*app.spectrumScore() == Approx(79.53).margin(0.01));
    app.session.undoStack()->redo();
    CHECK(app.scoreText() == QStringLiteral("88.0 %"));

    // The edit is in the database: a second session reading the file sees it.
    Session reopened;
    reopened.openDatabase(app.database);
    const aisov::Profile* profile = reopened.profile(QStringLiteral("XAA"));
    REQUIRE(profile != nullptr);
    REQUIRE(profile->findValue("a1") != nullptr);
    CHECK(profile->findValue("a1")->value == 100.0);
    CHECK(profile->findValue("a1")->source == "fixture"); // the provenance stays
}

TEST_CASE("Changing a profile's attributes keeps it selected and shown")
{
    OpenWindow app;
    app.window.profileList()->selectCode(QStringLiteral("YBB"));
    auto* population = app.window.findChild<QLineEdit*>(QStringLiteral("populationEdit"));
    population->setFocus();
    population->selectAll();
    QTest::keyClicks(population, QStringLiteral("4000000"));
    QTest::keyClick(population, Qt::Key_Return);
    REQUIRE(app.session.profile(QStringLiteral("YBB"))->population.has_value());
    CHECK(*app.session.profile(QStringLiteral("YBB"))->population == 4e6);
    CHECK(app.window.profileList()->currentCode() == QStringLiteral("YBB"));
    CHECK(app.window.editor()->profileCode() == QStringLiteral("YBB"));

    auto* name = app.window.findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Ypsilon"));
    QTest::keyClick(name, Qt::Key_Return);
    CHECK(app.session.profile(QStringLiteral("YBB"))->name == "Ypsilon");
    CHECK(app.window.profileList()->currentCode() == QStringLiteral("YBB"));
    app.session.undoStack()->undo();
    CHECK(app.session.profile(QStringLiteral("YBB"))->name == "Country Y");
    CHECK(app.window.profileList()->currentCode() == QStringLiteral("YBB"));
}

TEST_CASE("Typing into one cell twice is one undo step")
{
    OpenWindow app;
    app.window.profileList()->selectCode(QStringLiteral("XAA"));
    typeValue(app.window, QStringLiteral("a1"), QStringLiteral("70"));
    typeValue(app.window, QStringLiteral("a1"), QStringLiteral("100"));
    CHECK(app.session.undoStack()->count() == 1);
    app.session.undoStack()->undo();
    CHECK(app.session.profile(QStringLiteral("XAA"))->findValue("a1")->value == 50.0);
}

TEST_CASE("A refused entry shows its reason and stores nothing")
{
    OpenWindow app;
    app.window.profileList()->selectCode(QStringLiteral("XAA"));
    const QByteArray before = fileBytes(app.database);

    SECTION("not a number")
    {
        typeValue(app.window, QStringLiteral("a1"), QStringLiteral("lots"));
        CHECK(app.window.editor()->refusal().contains(QStringLiteral("not a number")));
    }
    SECTION("a log indicator at or below zero")
    {
        typeValue(app.window, QStringLiteral("a2"), QStringLiteral("-5"));
        CHECK_FALSE(app.window.editor()->refusal().isEmpty());
    }
    SECTION("a year in the future")
    {
        typeValue(app.window, QStringLiteral("a1"), QStringLiteral("2999"),
                  ProfileValuesModel::YearColumn);
        CHECK_FALSE(app.window.editor()->refusal().isEmpty());
    }
    CHECK(app.window.findChild<QLabel*>(QStringLiteral("refusalLabel"))->isVisible());
    CHECK(app.scoreText() == QStringLiteral("79.5 %"));
    CHECK(app.session.undoStack()->count() == 0);
    CHECK(app.session.profile(QStringLiteral("XAA"))->findValue("a1")->value == 50.0);
    CHECK(fileBytes(app.database) == before);
}

TEST_CASE("A new value asks for its provenance first")
{
    OpenWindow app;
    app.window.profileList()->selectCode(QStringLiteral("YBB"));
    QTRY_COMPARE(app.scoreText(), QStringLiteral("63.0 %"));
    typeValue(app.window, QStringLiteral("b1"), QStringLiteral("25"));
    auto* dialog = app.window.findChild<QDialog*>(QStringLiteral("provenanceDialog"));
    REQUIRE(dialog != nullptr);
    CHECK(app.session.profile(QStringLiteral("YBB"))->findValue("b1") == nullptr);

    auto* source = dialog->findChild<QComboBox*>(QStringLiteral("sourceEdit"));
    source->setEditText(QStringLiteral("National statistics office"));
    dialog->accept();
    // YBB with b1 25 (lower, 0..50) -> 0.5: (1 * 0.5 * 0.5^2)^(1/4) = 0.125^0.25 = 59.46 %.
    QTRY_COMPARE(app.scoreText(), QStringLiteral("59.5 %"));
    const aisov::IndicatorValue* stored =
        app.session.profile(QStringLiteral("YBB"))->findValue("b1");
    REQUIRE(stored != nullptr);
    CHECK(stored->source == "National statistics office");
    CHECK(stored->year.has_value());
}

TEST_CASE("Compare three profiles and sort by a pillar")
{
    OpenWindow app;
    app.window.profileList()->selectCodes(
        {QStringLiteral("XAA"), QStringLiteral("YBB"), QStringLiteral("XYBLOC")});
    ComparePanel* compare = app.window.comparePanel();
    QAbstractItemModelTester tester(compare->comparisonModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(compare->comparisonModel()->rowCount() == 3);
    QTableView* table = compare->tableView();
    // Alpha: XAA 50, YBB 100 (a2 only).
    table->sortByColumn(ComparisonModel::FirstPillarColumn, Qt::DescendingOrder);
    CHECK(table->model()->index(0, ComparisonModel::NameColumn).data().toString() ==
          QStringLiteral("Country Y"));
    table->sortByColumn(ComparisonModel::FirstPillarColumn, Qt::AscendingOrder);
    CHECK(table->model()->index(0, ComparisonModel::NameColumn).data().toString() ==
          QStringLiteral("Country X"));
    // The charts show the same selection.
    CHECK(compare->chart(aisov::render::ChartKind::Radar)->chartData().profiles.size() == 3);
    CHECK(app.window.tabs()->tabText(1).contains(QStringLiteral("3")));
}

TEST_CASE("Import goes through a preview, changes nothing until confirmed, and undoes in one step")
{
    OpenWindow app;
    const QString csv = app.directory.filePath(QStringLiteral("new-values.csv"));
    {
        QFile file(csv);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("code,indicator,value,year,source,url,confidence,note\n"
                   "XAA,a1,100,2025,survey,https://example.org/s,high,\n"
                   "ZZZ,c1,20,2025,survey,https://example.org/s,medium,\n");
    }
    const QByteArray before = fileBytes(app.database);
    app.window.importProfiles(csv);
    auto* dialog = app.window.findChild<ImportPreviewDialog*>();
    REQUIRE(dialog != nullptr);
    QAbstractItemModelTester tester(dialog->planModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("importSummary"))
              ->text()
              .contains(QStringLiteral("Profiles: 1 new, 1 changed")));
    CHECK(fileBytes(app.database) == before); // nothing written yet

    dialog->findChild<QPushButton*>(QStringLiteral("confirmImportButton"))->click();
    QTRY_VERIFY(app.session.profile(QStringLiteral("ZZZ")) != nullptr);
    CHECK(app.session.profile(QStringLiteral("XAA"))->findValue("a1")->value == 100.0);
    CHECK(app.session.undoStack()->count() == 1);

    app.session.undoStack()->undo();
    CHECK(app.session.profile(QStringLiteral("ZZZ")) == nullptr);
    CHECK(app.session.profile(QStringLiteral("XAA"))->findValue("a1")->value == 50.0);
}

TEST_CASE("Delete asks first, and can be undone")
{
    OpenWindow app;
    // XYBLOC lists YBB: it has to let go of it first (see the test below).
    app.session.setMembers(QStringLiteral("XYBLOC"), {QStringLiteral("XAA")});
    app.window.profileList()->selectCode(QStringLiteral("YBB"));
    MessageBox::setNextAnswer(QMessageBox::No);
    app.window.deleteCurrentProfile();
    CHECK(app.session.profile(QStringLiteral("YBB")) != nullptr);
    CHECK(MessageBox::lastText().contains(QStringLiteral("Country Y")));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    app.window.deleteCurrentProfile();
    CHECK(app.session.profile(QStringLiteral("YBB")) == nullptr);
    app.session.undoStack()->undo();
    REQUIRE(app.session.profile(QStringLiteral("YBB")) != nullptr);
    CHECK(app.session.profile(QStringLiteral("YBB"))->values.size() == 2);
}

TEST_CASE("Edit > Undo of a step the store refuses: a dialog, and the stack stays")
{
    // Another program removes the profile whose value the step would put
    // back. Both Edit > Undo and the toolbar's Undo go through the session.
    OpenWindow app;
    createProfileWithValue(app.session);
    QUndoStack* stack = app.session.undoStack();
    REQUIRE(stack->index() == 2);
    deleteProfileElsewhere(app.database, "NEW");
    const QByteArray before = fileBytes(app.database);

    auto* undo = app.window.findChild<QAction*>(QStringLiteral("undoAction"));
    REQUIRE(undo != nullptr);
    CHECK(undo->text().startsWith(QStringLiteral("&Undo ")));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    undo->trigger();
    CHECK(MessageBox::lastTitle() == QStringLiteral("Cannot undo or redo"));
    CHECK(MessageBox::lastText().contains(QStringLiteral("NEW")));
    CHECK(stack->index() == 2);
    CHECK(undo->isEnabled());

    QAction* toolbarUndo = nullptr;
    for (QAction* action :
         app.window.findChild<QToolBar*>(QStringLiteral("mainToolbar"))->actions())
        if (action->text() == QStringLiteral("Undo"))
            toolbarUndo = action;
    REQUIRE(toolbarUndo != nullptr);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    toolbarUndo->trigger();
    CHECK(stack->index() == 2);
    CHECK(fileBytes(app.database) == before);
}

TEST_CASE("A profile a bloc lists is not deleted: a dialog names the bloc, nothing is written")
{
    OpenWindow app;
    const QByteArray before = fileBytes(app.database);
    app.window.profileList()->selectCode(QStringLiteral("YBB"));
    MessageBox::setNextAnswer(QMessageBox::Yes); // "Delete YBB?"
    MessageBox::addNextAnswer(QMessageBox::Ok);  // the refusal
    app.window.findChild<QAction*>(QStringLiteral("deleteAction"))->trigger();
    CHECK(MessageBox::lastTitle() == QStringLiteral("Cannot delete the profile"));
    CHECK(MessageBox::lastText().contains(
        QStringLiteral("profile \"YBB\" is a member of the bloc(s) \"XYBLOC\"; remove it from "
                       "their members first")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("Nothing was changed.")));
    CHECK(app.session.profile(QStringLiteral("YBB")) != nullptr);
    CHECK(app.session.profile(QStringLiteral("XYBLOC"))->members.size() == 2);
    CHECK(app.session.undoStack()->count() == 0);
    CHECK(fileBytes(app.database) == before);
}

TEST_CASE("A chart exported through the dialog is written and reads back")
{
    OpenWindow app;
    app.window.profileList()->selectCodes({QStringLiteral("XAA"), QStringLiteral("YBB")});
    app.window.tabs()->setCurrentIndex(1);
    app.window.exportChart(app.window.currentChart());
    auto* dialog = app.window.findChild<ExportChartDialog*>();
    REQUIRE(dialog != nullptr);
    dialog->setPreset(QStringLiteral("slide-4x3"));
    dialog->setFormat(aisov::render::ExportFormat::Png);
    dialog->findChild<QSpinBox*>(QStringLiteral("dpiEdit"))->setValue(96);
    dialog->setChartTitle(QStringLiteral("X against Y"));
    CHECK_FALSE(dialog->previewImage().isNull());

    const QString png = app.directory.filePath(QStringLiteral("chart.png"));
    REQUIRE(dialog->exportTo(png));
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.size() == QSize(1440, 1080)); // the 4:3 preset at 96 dpi

    dialog->setFormat(aisov::render::ExportFormat::Svg);
    const QString svg = app.directory.filePath(QStringLiteral("chart.svg"));
    REQUIRE(dialog->exportTo(svg));
    const QByteArray text = fileBytes(svg);
    CHECK(text.contains("X against Y"));
    CHECK(text.contains("Country X"));
}

TEST_CASE("Export Chart and Copy Chart are off, saying why, while the Rank stability table shows")
{
    OpenWindow app;
    app.window.profileList()->selectCodes({QStringLiteral("XAA"), QStringLiteral("YBB")});
    app.window.tabs()->setCurrentWidget(app.window.comparePanel());
    auto* charts =
        app.window.comparePanel()->findChild<QTabWidget*>(QStringLiteral("compareCharts"));
    REQUIRE(charts != nullptr);
    std::vector<QAction*> actions;
    for (const char* name : {"exportChartAction", "copyChartAction", "copyChartTextAction"}) {
        auto* action = app.window.findChild<QAction*>(QString::fromLatin1(name));
        REQUIRE(action != nullptr);
        actions.push_back(action);
    }
    QAction* exportChart = actions.front();
    const QString exportTip = exportChart->toolTip();
    for (QAction* action : actions)
        CHECK(action->isEnabled());
    CHECK(exportTip.startsWith(QStringLiteral("Export Chart")));

    charts->setCurrentWidget(app.window.comparePanel()->rankStabilityTab());
    REQUIRE(app.window.currentChart() == nullptr);
    for (QAction* action : actions) {
        CHECK_FALSE(action->isEnabled());
        CHECK(action->toolTip().contains(QStringLiteral("Rank stability tab shows a table")));
        CHECK(action->statusTip() == action->toolTip());
    }
    // The toolbar's button says so too, and the shortcut opens nothing.
    auto* toolbar = app.window.findChild<QToolBar*>();
    REQUIRE(toolbar != nullptr);
    QWidget* button = toolbar->widgetForAction(exportChart);
    REQUIRE(button != nullptr);
    CHECK_FALSE(button->isEnabled());
    CHECK(button->toolTip() == exportChart->toolTip());
    QTest::keySequence(&app.window, exportChart->shortcut());
    CHECK(app.window.findChild<ExportChartDialog*>() == nullptr);

    // A chart again (the radar beside it, then another main tab): on, with their own tips.
    charts->setCurrentIndex(charts->indexOf(app.window.comparePanel()->rankStabilityTab()) - 1);
    REQUIRE(app.window.currentChart() != nullptr);
    for (QAction* action : actions) {
        CHECK(action->isEnabled());
        CHECK(action->statusTip().isEmpty());
    }
    CHECK(exportChart->toolTip() == exportTip);
    charts->setCurrentWidget(app.window.comparePanel()->rankStabilityTab());
    CHECK_FALSE(exportChart->isEnabled());
    app.window.tabs()->setCurrentIndex(0);
    CHECK(exportChart->isEnabled());
    exportChart->trigger();
    CHECK(app.window.findChild<ExportChartDialog*>() != nullptr);
}

TEST_CASE("A damaged database at start gets a dialog and stays byte-identical")
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("damaged.sqlite"));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("SQLite format 3") + QByteArray(4096, '\x5a'));
    }
    const QByteArray before = fileBytes(path);
    Session session;
    MainWindow window(session);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK_FALSE(window.openDatabase(path));
    CHECK(MessageBox::lastTitle() == QStringLiteral("Cannot open the database"));
    CHECK(MessageBox::lastText().contains(QStringLiteral("damaged.sqlite")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("Nothing was changed")));
    CHECK_FALSE(session.isOpen());
    CHECK(fileBytes(path) == before);
}

TEST_CASE("A write-protected database opens read-only: everything shown, nothing editable")
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("protected.sqlite"));
    createFixtureDatabase(path);
    const ReadOnlyFile protection(path.toStdString());
    if (!protection.effective()) {
        WARN("not run: as root without chattr the file cannot be made read-only");
        return;
    }
    const QByteArray before = fileBytes(path);
    Session session;
    MainWindow window(session);
    REQUIRE(window.openDatabase(path));
    CHECK(session.isReadOnly());
    CHECK(window.findChild<QLabel*>(QStringLiteral("databaseLabel"))
              ->text()
              .contains(QStringLiteral("read-only")));
    window.profileList()->selectCode(QStringLiteral("XAA"));
    CHECK(window.findChild<QLabel*>(QStringLiteral("scoreLabel"))->text() ==
          QStringLiteral("79.5 %"));
    const QModelIndex a1 = window.editor()->valuesModel()->indicatorIndex(QStringLiteral("a1"));
    CHECK_FALSE(window.editor()->valuesModel()->flags(a1) & Qt::ItemIsEditable);
    CHECK_FALSE(window.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->isEnabled());
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("newProfileAction"))->isEnabled());
    CHECK_FALSE(window.findChild<QAction*>(QStringLiteral("deleteAction"))->isEnabled());
    CHECK(fileBytes(path) == before);
}

TEST_CASE("Export choices are remembered; Copy puts the chart on the clipboard")
{
    OpenWindow app;
    app.window.profileList()->selectCode(QStringLiteral("XAA"));
    ExportChartDialog first(aisov::render::ChartKind::Radar, app.window.currentChart()->chartData(),
                            &app.window);
    first.setPreset(QStringLiteral("a4-landscape"));
    first.setTheme(QStringLiteral("dark"));
    first.setFormat(aisov::render::ExportFormat::Pdf);
    const QString pdf = app.directory.filePath(QStringLiteral("radar.pdf"));
    REQUIRE(first.exportTo(pdf));
    CHECK(fileBytes(pdf).startsWith("%PDF"));

    ExportChartDialog second(aisov::render::ChartKind::Radar,
                             app.window.currentChart()->chartData(), &app.window);
    CHECK(second.format() == aisov::render::ExportFormat::Pdf);
    CHECK(second.options().theme.name == QStringLiteral("dark"));
    CHECK(second.suggestedPath().endsWith(QStringLiteral(".pdf")));
    CHECK(second.suggestedPath().startsWith(app.directory.path()));

    second.setFormat(aisov::render::ExportFormat::Png);
    second.setPreset(QStringLiteral("slide-16x9"));
    second.findChild<QSpinBox*>(QStringLiteral("dpiEdit"))->setValue(96);
    QApplication::clipboard()->clear();
    second.copyToClipboard();
    const QImage copied = QApplication::clipboard()->image();
    CHECK(copied.size() == QSize(1920, 1080));
}
