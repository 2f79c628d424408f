#include "OffscreenApplication.h"

std::unique_ptr<QGuiApplication> startOffscreenApplication()
{
    if (QCoreApplication::instance() != nullptr)
        return nullptr;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // QGuiApplication keeps references to both for its whole life.
    static char applicationName[] = "aisov-cli";
    static char* applicationArguments[] = {applicationName, nullptr};
    static int applicationArgumentCount = 1;
    return std::make_unique<QGuiApplication>(applicationArgumentCount, applicationArguments);
}
