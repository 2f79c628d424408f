// Catch2 main for the application's tests: one QApplication for the whole
// run on the offscreen platform, and settings kept in a temporary file so
// that a test never reads or writes the user's own.

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Config.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir settingsDirectory;
    Config::setFileForTesting(settingsDirectory.filePath(QStringLiteral("aisov-test.ini")));
    QApplication application(argc, argv);
    return Catch::Session().run(argc, argv);
}
