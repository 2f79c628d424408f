// The Help menu of the real main window. Keyboard Shortcuts: ShortcutModel
// reads every shortcut of the menus, no two actions share keys, and the
// dialog opens from its own shortcut and closes. User Guide: F1 shows the
// compiled-in guide with every screenshot and linked document it names.

#include "FixtureWindow.h"

#include "dialogs/ShortcutsDialog.h"
#include "models/ShortcutModel.h"
#include "widgets/UserGuideWindow.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextImageFormat>

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

TEST_CASE("F1 opens the user guide with every screenshot and document it names, once")
{
    FixtureWindow app;
    QTest::keyClick(&app.window, Qt::Key_F1);
    UserGuideWindow* guide = nullptr;
    QTRY_VERIFY((guide = app.window.findChild<UserGuideWindow*>()) != nullptr);
    QTRY_VERIFY(guide->isVisible());
    const QTextDocument* document = guide->browser()->document();
    CHECK(
        document->toPlainText().startsWith(QStringLiteral("User guide: the desktop application")));

    // The guide's source names its screenshots and the documents it links to.
    QFile source(QStringLiteral(":/guide/user-guide.md"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(source.readAll());
    QStringList named;
    for (const auto& match :
         QRegularExpression(QStringLiteral("\\]\\((images/[^)]+\\.png)\\)")).globalMatch(markdown))
        named.append(match.captured(1));
    REQUIRE(named.size() >= 20);
    for (const auto& match :
         QRegularExpression(QStringLiteral("\\]\\(([a-z-]+\\.md)[^)]*\\)")).globalMatch(markdown)) {
        INFO(match.captured(1).toStdString());
        CHECK(QFile::exists(QStringLiteral(":/guide/") + match.captured(1)));
    }

    // Each is in the document, loaded, and no wider than the page.
    QStringList shown;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextImageFormat image = it.fragment().charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            shown.append(image.name());
            INFO(image.name().toStdString());
            const QImage picture =
                document->resource(QTextDocument::ImageResource, QUrl(image.name()))
                    .value<QImage>();
            CHECK_FALSE(picture.isNull());
            CHECK((picture.width() <= 900 || image.width() == 900));
        }
    shown.sort();
    named.sort();
    CHECK(shown == named);

    // A linked document opens in the window; Back returns to the guide and
    // Forward goes there again.
    CHECK_FALSE(guide->backAction()->isEnabled());
    const QString methodologyTitle = QStringLiteral("Methodology: the AI Sovereignty Spectrum");
    guide->browser()->setSource(QUrl(QStringLiteral("methodology.md")));
    INFO(guide->browser()->source().toString().toStdString());
    CHECK(guide->browser()->source().path().endsWith(QStringLiteral("methodology.md")));
    CHECK(document->toPlainText().startsWith(methodologyTitle));
    REQUIRE(guide->backAction()->isEnabled());
    guide->backAction()->trigger();
    CHECK(guide->browser()->source() == UserGuideWindow::guideUrl());
    CHECK(
        document->toPlainText().startsWith(QStringLiteral("User guide: the desktop application")));
    REQUIRE(guide->forwardAction()->isEnabled());
    guide->forwardAction()->trigger();
    CHECK(document->toPlainText().startsWith(methodologyTitle));

    // F1 again raises the same window.
    QTest::keyClick(&app.window, Qt::Key_F1);
    QCoreApplication::processEvents();
    CHECK(app.window.findChildren<UserGuideWindow*>().size() == 1);
}
