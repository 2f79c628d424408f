// Takes the screenshots of docs/user-guide.md from the real application:
// a fresh database seeded with the bundled profiles, driven as a user would,
// each view grabbed to docs/images/. Run by scripts/screenshots.sh.

#include "Config.h"
#include "MainWindow.h"
#include "Session.h"
#include "dialogs/ExportChartDialog.h"
#include "dialogs/ImportPreviewDialog.h"
#include "models/ProfileValuesModel.h"
#include "widgets/ComparePanel.h"
#include "widgets/MethodologyPanel.h"
#include "widgets/ProfileEditor.h"
#include "widgets/ProfileListPanel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QSlider>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

#include <cstdio>

namespace {

void save(QWidget* widget, const QString& directory, const QString& name)
{
    QCoreApplication::processEvents();
    const QString path = QDir(directory).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path))
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    else
        std::printf("%s\n", qPrintable(path));
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
    return 0;
}
