// aisov: the desktop application. Opens the default database (created and
// seeded with the bundled profiles on first start) or the one given with
// --db FILE.

#include "AppLanguage.h"
#include "Config.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Session.h"

#include "aisov/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

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
    parser.process(application);

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
        if (parser.isSet(database)) {
            window.openDatabase(parser.value(database), true);
            return;
        }
        // The database of the last session, when it is still there.
        const QString last = Config::instance().get(ConfigKey::LastDatabase).toString();
        if (!last.isEmpty() && QFileInfo::exists(last) && window.openDatabase(last, false))
            return;
        try {
            const std::filesystem::path path = aisov::defaultDatabasePath();
            QDir().mkpath(QString::fromStdString(path.parent_path().string()));
            window.openDatabase(QString::fromStdString(path.string()), true);
        } catch (const std::exception& error) {
            MessageBox::critical(
                &window, QApplication::translate("main", "No database"),
                QApplication::translate("main", "The default database cannot be used: %1")
                    .arg(QString::fromUtf8(error.what())));
        }
    });
    return QApplication::exec();
}
