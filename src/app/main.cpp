// aisov: the desktop application. Opens the default database (created and
// seeded with the bundled profiles on first start) or the one given with
// --db FILE; a FILE argument (a file manager's double click) is then opened
// by what it holds: a database instead of the default one, a methodology or
// profiles imported into the open database.

#include "AppLanguage.h"
#include "Config.h"
#include "FileKind.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Session.h"

#include "aisov/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

namespace {

// The database of the last session when it is still there, else the
// default one (created and seeded on first start). Returns whether one opened.
bool openUsualDatabase(MainWindow& window)
{
    const QString last = Config::instance().get(ConfigKey::LastDatabase).toString();
    if (!last.isEmpty() && QFileInfo::exists(last) && window.openDatabase(last, false))
        return true;
    try {
        const std::filesystem::path path = aisov::defaultDatabasePath();
        QDir().mkpath(QString::fromStdString(path.parent_path().string()));
        return window.openDatabase(QString::fromStdString(path.string()), true);
    } catch (const std::exception& error) {
        MessageBox::critical(
            &window, QApplication::translate("main", "No database"),
            QApplication::translate("main", "The default database cannot be used: %1")
                .arg(QString::fromUtf8(error.what())));
        return false;
    }
}

// What --check prints: that the installed program runs, with its platform
// plugin, and reaches a database seeded with the bundled data.
int reportCheck(const Session& session)
{
    if (!session.isOpen()) {
        std::fputs(qPrintable(QApplication::translate("main", "aisov: no database is open\n")),
                   stderr);
        return 1;
    }
    const QString line = QApplication::translate("main", "aisov %1: %2 profiles in %3\n")
                             .arg(QApplication::applicationVersion())
                             .arg(session.profiles().size())
                             .arg(QDir::toNativeSeparators(session.databasePath()));
    std::fputs(qPrintable(line), stdout);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ai-sovereignty-spectrum"));
    QApplication::setApplicationName(QStringLiteral("aisov"));
    // Before anything translated is built (the settings need the names above).
    const bool translated = app::applyLanguageSetting();
    QApplication::setApplicationDisplayName(
        QApplication::translate("main", "AI Sovereignty Spectrum"));
    QApplication::setApplicationVersion(QString::fromLatin1(AISOV_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/aisov.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Places countries and blocs on the AI sovereignty spectrum."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        QStringList{QStringLiteral("db")},
        QApplication::translate("main", "Open the database FILE instead of the default one."),
        QApplication::translate("main", "FILE"));
    parser.addOption(database);
    const QCommandLineOption check(
        QStringList{QStringLiteral("check")},
        QApplication::translate("main", "Start, open the database, print how many profiles it "
                                        "holds and quit (to check an installation)."));
    parser.addOption(check);
    parser.addPositionalArgument(
        QApplication::translate("main", "FILE"),
        QApplication::translate("main", "A database to open, or a methodology or profiles file "
                                        "to import into the open database."),
        QApplication::translate("main", "[FILE]"));
    parser.process(application);
    const QString file = parser.positionalArguments().value(0);

    Session session;
    MainWindow window(session);
    window.show();
    if (!translated)
        MessageBox::warning(&window, QApplication::translate("main", "Language"),
                            QApplication::translate("main", "The translation could not be loaded; "
                                                            "the application shows English."));
    // Opened after the first frame, so that the window appears at once and
    // a failure's dialog has a window to stand on.
    QTimer::singleShot(0, &window, [&] {
        const bool fileIsDatabase = !file.isEmpty() && fileKindOf(file) == FileKind::Database;
        if (parser.isSet(database))
            window.openDatabase(parser.value(database), true);
        else if (!fileIsDatabase)
            openUsualDatabase(window);
        if (!file.isEmpty())
            window.openFile(file);
        if (parser.isSet(check))
            QApplication::exit(reportCheck(session));
    });
    return QApplication::exec();
}
