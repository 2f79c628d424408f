// Catch2 main for tests that paint (fonts and QPainter text need a
// QGuiApplication). The application lives exactly as long as main(), so
// that it is destroyed before Qt's own globals, and runs on the offscreen
// platform unless QT_QPA_PLATFORM says otherwise.

#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const QGuiApplication application(argc, argv);
    return Catch::Session().run(argc, argv);
}
