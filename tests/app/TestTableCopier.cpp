// Copying tables: Ctrl+C and the context menu's Copy Whole Table on the
// real main window's views, read back from the clipboard. Scores are the
// three-pillar fixture's, worked out in TestMainWindow.cpp: Country X
// 79.5 %, Country Y 63.0 %.

#include "FixtureWindow.h"

#include "dialogs/ImportPreviewDialog.h"
#include "models/ComparisonModel.h"
#include "models/ProfileValuesModel.h"
#include "widgets/ComparePanel.h"
#include "widgets/ProfileEditor.h"
#include "widgets/ProfileListPanel.h"
#include "widgets/TableCopier.h"

#include <QTabWidget>

#include <aisov/ImportPlan.h>
#include <aisov/Methodology.h>

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QTableView>
#include <QTest>
#include <QTreeView>

namespace {

QStringList clipboardLines()
{
    return QApplication::clipboard()->text().split(u'\n');
}

QAction* copyTableAction(QAbstractItemView* view)
{
    return view->findChild<QAction*>(QStringLiteral("copyTableAction"));
}

struct CompareWindow : FixtureWindow
{
    QTableView* table = nullptr;

    CompareWindow()
    {
        window.profileList()->selectCodes({QStringLiteral("XAA"), QStringLiteral("YBB")});
        window.tabs()->setCurrentWidget(window.comparePanel());
        table = window.comparePanel()->tableView();
        REQUIRE(table->model()->rowCount() == 2);
        QApplication::clipboard()->clear();
    }
};

} // namespace

TEST_CASE("Ctrl+C on selected rows copies them under their headers, codes first")
{
    CompareWindow app;
    app.table->setFocus();
    app.table->selectAll();
    QTest::keyClick(app.table, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = clipboardLines();
    REQUIRE(lines.size() == 3);
    CHECK(lines[0] ==
          QStringLiteral("\tProfile\tOverall\tBand\tAlpha\tBeta\tGamma\tMet\tCoverage"));
    const QStringList countryX = lines[1].split(u'\t');
    REQUIRE(countryX.size() == 9);
    CHECK(countryX[0] == QStringLiteral("XAA"));
    CHECK(countryX[1] == QStringLiteral("Country X"));
    CHECK(countryX[2] == QStringLiteral("79.5 %"));
    CHECK(lines[2].startsWith(QStringLiteral("YBB\tCountry Y\t63.0 %\t")));
    // Word processors get a table, headers in <th>.
    const QString html = QApplication::clipboard()->mimeData()->html();
    CHECK(html.startsWith(QStringLiteral("<table><tr><th></th><th>Profile</th>")));
    CHECK(html.contains(QStringLiteral("<td>Country X</td><td>79.5 %</td>")));
}

TEST_CASE("The copy follows the columns as shown: moved, hidden and sorted")
{
    CompareWindow app;
    QHeaderView* header = app.table->horizontalHeader();
    header->moveSection(header->visualIndex(ComparisonModel::ScoreColumn), 0);
    app.table->setColumnHidden(ComparisonModel::BandColumn, true);
    app.table->sortByColumn(ComparisonModel::ScoreColumn, Qt::AscendingOrder);
    copyTableAction(app.table)->trigger();
    const QStringList lines = clipboardLines();
    REQUIRE(lines.size() == 3);
    CHECK(lines[0].startsWith(QStringLiteral("\tOverall\tProfile\tAlpha\t")));
    CHECK(lines[1].startsWith(QStringLiteral("YBB\t63.0 %\tCountry Y\t")));
    CHECK(lines[2].startsWith(QStringLiteral("XAA\t79.5 %\tCountry X\t")));
}

TEST_CASE("Within one row, Ctrl+C copies the cell the user is on; Copy Rows the row")
{
    CompareWindow app;
    app.table->setFocus();
    app.table->setCurrentIndex(app.table->model()->index(0, ComparisonModel::ScoreColumn));
    REQUIRE(app.table->selectionModel()->selectedRows().size() == 1);
    QTest::keyClick(app.table, Qt::Key_C, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text() == QStringLiteral("79.5 %"));
    CHECK_FALSE(QApplication::clipboard()->mimeData()->hasHtml());

    app.table->findChild<QAction*>(QStringLiteral("copyRowsAction"))->trigger();
    const QStringList lines = clipboardLines();
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].startsWith(QStringLiteral("\tProfile\tOverall\t")));
    CHECK(lines[1].startsWith(QStringLiteral("XAA\tCountry X\t79.5 %\t")));
}

TEST_CASE("Copy Whole Table of a tree has every row, collapsed parents' children too")
{
    FixtureWindow app;
    app.window.profileList()->selectCodes({QStringLiteral("XAA")});
    QTreeView* values = app.window.editor()->valuesView();
    values->collapseAll();
    copyTableAction(values)->trigger();
    const QStringList lines = clipboardLines();
    // The header, three pillars and their four indicators.
    REQUIRE(lines.size() == 8);
    CHECK(lines[0].startsWith(QStringLiteral("Indicator\tValue\tUnit\tYear")));
    const auto row = [&](const QString& first) {
        for (const QString& line : lines)
            if (line.startsWith(first + u'\t'))
                return line.split(u'\t');
        return QStringList{};
    };
    const QStringList b1 = row(app.window.editor()
                                   ->valuesModel()
                                   ->indicatorIndex(QStringLiteral("b1"), 0)
                                   .data()
                                   .toString());
    REQUIRE(b1.size() > ProfileValuesModel::ValueColumn);
    CHECK(b1[ProfileValuesModel::ValueColumn] == QStringLiteral("10"));
}

TEST_CASE("Ctrl+C in an open cell editor copies the editor's text, not the table")
{
    FixtureWindow app;
    app.window.profileList()->selectCodes({QStringLiteral("XAA")});
    QTreeView* view = app.window.editor()->valuesView();
    const QModelIndex cell = app.window.editor()->valuesModel()->indicatorIndex(
        QStringLiteral("a1"), ProfileValuesModel::ValueColumn);
    view->setFocus();
    view->setCurrentIndex(cell);
    view->edit(cell);
    auto* editor = view->findChild<QLineEdit*>();
    REQUIRE(editor != nullptr);
    editor->setText(QStringLiteral("42.5"));
    editor->selectAll();
    QApplication::clipboard()->clear();
    QTest::keyClick(editor, Qt::Key_C, Qt::ControlModifier);
    CHECK(QApplication::clipboard()->text() == QStringLiteral("42.5"));
}

TEST_CASE("Text a spreadsheet would run as a formula is made inert; signed numbers are not")
{
    CHECK(TableCopier::guardedCell(QStringLiteral("=HYPERLINK(\"http://x\")")) ==
          QStringLiteral("'=HYPERLINK(\"http://x\")"));
    CHECK(TableCopier::guardedCell(QStringLiteral("@SUM(A1:A9)")) ==
          QStringLiteral("'@SUM(A1:A9)"));
    CHECK(TableCopier::guardedCell(QStringLiteral("+1+cmd|' /C calc'!A0")) ==
          QStringLiteral("'+1+cmd|' /C calc'!A0"));
    CHECK(TableCopier::guardedCell(QStringLiteral("-2-3")) == QStringLiteral("'-2-3"));
    CHECK(TableCopier::guardedCell(QStringLiteral("+2.1")) == QStringLiteral("+2.1"));
    CHECK(TableCopier::guardedCell(QStringLiteral("-3 %")) == QStringLiteral("-3 %"));
    CHECK(TableCopier::guardedCell(QStringLiteral("+44.8 points")) ==
          QStringLiteral("+44.8 points"));
    CHECK(TableCopier::guardedCell(QStringLiteral("−0.2")) == QStringLiteral("−0.2"));
    CHECK(TableCopier::guardedCell(QStringLiteral("Country X")) == QStringLiteral("Country X"));

    // A profile named like a formula, copied from the profile list.
    FixtureWindow app;
    app.session.renameProfile(QStringLiteral("XAA"), QStringLiteral("=1+1"));
    QTableView* list = app.window.profileList()->view();
    copyTableAction(list)->trigger();
    CHECK(clipboardLines().filter(QStringLiteral("'=1+1")).size() == 1);
}

TEST_CASE("Every table and tree of the window and the import preview can be copied")
{
    FixtureWindow app;
    const QList<QAbstractItemView*> views = app.window.findChildren<QAbstractItemView*>();
    REQUIRE(views.size() >= 10);
    for (QAbstractItemView* view : views) {
        INFO(view->objectName().toStdString()
             << " in " << view->parent()->objectName().toStdString());
        if (qobject_cast<QTableView*>(view) == nullptr && qobject_cast<QTreeView*>(view) == nullptr)
            continue; // the combo boxes' pop-up lists
        REQUIRE(TableCopier::of(view) != nullptr);
        const bool ownMenu = view->contextMenuPolicy() == Qt::CustomContextMenu;
        CHECK((ownMenu || view->contextMenuPolicy() == Qt::ActionsContextMenu));
        if (!ownMenu)
            CHECK(view->actions().contains(copyTableAction(view)));
    }

    aisov::ImportPlan plan;
    aisov::ProfileChange change;
    change.code = "XAA";
    change.name = "Country X";
    change.kind = aisov::ChangeKind::Changed;
    change.attributes = {aisov::ProfileAttribute::Population};
    plan.profiles.push_back(change);
    ImportPreviewDialog preview(QStringLiteral("file.json"), plan, aisov::Methodology{},
                                &app.window);
    auto* tree = preview.findChild<QTreeView*>();
    REQUIRE(tree != nullptr);
    copyTableAction(tree)->trigger();
    CHECK(clipboardLines().value(1) == QStringLiteral("Country X (XAA)\tchanged: population\t\t"));
}
