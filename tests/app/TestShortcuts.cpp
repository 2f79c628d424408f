// Help > Keyboard Shortcuts: ShortcutModel reads every shortcut of the real
// main window's menus, no two actions share keys, and the dialog opens from
// its own shortcut and closes.

#include "FixtureWindow.h"

#include "dialogs/ShortcutsDialog.h"
#include "models/ShortcutModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QTest>

namespace {

struct ShortcutRow
{
    QString keys;
    QString action;
    QString menu;
};

std::vector<ShortcutRow> rowsOf(const QAbstractItemModel& model)
{
    std::vector<ShortcutRow> rows;
    for (int row = 0; row < model.rowCount(); ++row)
        rows.push_back({model.index(row, ShortcutModel::KeysColumn).data().toString(),
                        model.index(row, ShortcutModel::ActionColumn).data().toString(),
                        model.index(row, ShortcutModel::MenuColumn).data().toString()});
    return rows;
}

bool hasRow(const std::vector<ShortcutRow>& rows, const QKeySequence& keys, const QString& action,
            const QString& menu)
{
    const QString text = keys.toString(QKeySequence::NativeText);
    return std::any_of(rows.begin(), rows.end(), [&](const ShortcutRow& row) {
        return row.keys == text && row.action == action && row.menu == menu;
    });
}

} // namespace

TEST_CASE("ShortcutModel lists every menu shortcut of the window, each keys once")
{
    FixtureWindow app;
    ShortcutModel model(*app.window.menuBar());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const std::vector<ShortcutRow> rows = rowsOf(model);
    REQUIRE(rows.size() >= 20);
    CHECK(hasRow(rows, QKeySequence::Undo, QStringLiteral("Undo"), QStringLiteral("Edit")));
    // Named as such, not by the step it would take now ("Redo New profile").
    aisov::test::createProfileWithValue(app.session);
    app.session.undo();
    ShortcutModel withSteps(*app.window.menuBar());
    const std::vector<ShortcutRow> stepRows = rowsOf(withSteps);
    CHECK(hasRow(stepRows, QKeySequence::Undo, QStringLiteral("Undo"), QStringLiteral("Edit")));
    CHECK(hasRow(stepRows, QKeySequence::Redo, QStringLiteral("Redo"), QStringLiteral("Edit")));
    CHECK(
        hasRow(rows, QKeySequence::Open, QStringLiteral("Open Database…"), QStringLiteral("File")));
    CHECK(hasRow(rows, QKeySequence(QStringLiteral("F5")), QStringLiteral("Present"),
                 QStringLiteral("Analysis")));
    CHECK(hasRow(rows, QKeySequence(QStringLiteral("Ctrl+7")), QStringLiteral("Levers"),
                 QStringLiteral("View")));
    CHECK(hasRow(rows, QKeySequence(QStringLiteral("Ctrl+/")), QStringLiteral("Keyboard Shortcuts"),
                 QStringLiteral("Help")));
    CHECK(model.headerData(ShortcutModel::KeysColumn, Qt::Horizontal).toString() ==
          QStringLiteral("Keys"));

    // Mnemonics are not shown, and two actions with the same keys would
    // leave one of them unreachable.
    QSet<QString> keys;
    for (const ShortcutRow& row : rows) {
        INFO(row.menu.toStdString() << " > " << row.action.toStdString());
        CHECK_FALSE(row.action.contains(QLatin1Char('&')));
        CHECK_FALSE(row.keys.isEmpty());
        CHECK_FALSE(keys.contains(row.keys));
        keys.insert(row.keys);
    }
}

TEST_CASE("Ctrl+/ opens the Keyboard Shortcuts dialog, which Close closes")
{
    FixtureWindow app;
    QTest::keyClick(&app.window, Qt::Key_Slash, Qt::ControlModifier);
    ShortcutsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = app.window.findChild<ShortcutsDialog*>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    const auto* table = dialog->findChild<QTableView*>(QStringLiteral("shortcutsTable"));
    REQUIRE(table != nullptr);
    CHECK(table->model() == dialog->model());
    CHECK(table->model()->rowCount() == ShortcutModel(*app.window.menuBar()).rowCount());
    CHECK_FALSE(table->accessibleName().isEmpty());

    QPushButton* close = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close);
    REQUIRE(close != nullptr);
    QTest::mouseClick(close, Qt::LeftButton);
    QTRY_VERIFY(app.window.findChild<ShortcutsDialog*>() == nullptr); // deleted on close
}
