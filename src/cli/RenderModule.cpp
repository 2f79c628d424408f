// aisov-cli-render.so: the part of aisov-cli that needs Qt (CliRenderModule.h).

#include "CliRenderModule.h"
#include "Commands.h"
#include "OffscreenApplication.h"

#include "NameWithCode.h"
#include "Translations.h"

#include <memory>
#include <stdexcept>

namespace {

std::unique_ptr<QGuiApplication>& languageApplication()
{
    static std::unique_ptr<QGuiApplication> application;
    return application;
}

void startLanguage(const std::string& language)
{
    auto application = startOffscreenApplication();
    const auto locale = aisov::render::localeForLanguage(QString::fromStdString(language));
    if (locale && !aisov::render::installTranslations(*locale))
        throw std::runtime_error("the " + language + " translation cannot be loaded");
    languageApplication() = std::move(application);
}

void stopLanguage()
{
    languageApplication().reset();
}

std::string translate(const char* source)
{
    return QCoreApplication::translate("cli", source).toStdString();
}

std::string nameWithCode(const std::string& name, const std::string& code)
{
    return aisov::render::nameWithCode(QString::fromStdString(name), QString::fromStdString(code))
        .toStdString();
}

} // namespace

extern "C" __attribute__((visibility("default"))) const CliRenderModule* aisovCliRenderModule()
{
    static const CliRenderModule module{runChartCommand, runBriefCommand, startLanguage,
                                        stopLanguage,    translate,       nameWithCode};
    return &module;
}
