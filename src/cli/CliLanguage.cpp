#include "CliLanguage.h"

#include "CliArguments.h"
#include "OffscreenApplication.h"
#include "Translations.h"

std::optional<std::string> takeLanguageOption(std::vector<std::string>& arguments)
{
    static const std::string prefix = "--lang=";
    std::optional<std::string> language;
    for (auto argument = arguments.begin(); argument != arguments.end();) {
        if (*argument == "--lang") {
            if (argument + 1 == arguments.end())
                throw UsageError("--lang needs a value (en or ko)");
            language = *(argument + 1);
            argument = arguments.erase(argument, argument + 2);
        } else if (argument->rfind(prefix, 0) == 0) {
            language = argument->substr(prefix.size());
            argument = arguments.erase(argument);
        } else {
            ++argument;
        }
    }
    if (language &&
        !aisov::render::availableLanguages().contains(QString::fromStdString(*language)))
        throw UsageError("--lang must be en or ko, found \"" + *language + "\"");
    return language;
}

std::unique_ptr<QGuiApplication> startLanguage(const std::string& language)
{
    if (language == "en")
        return nullptr;
    auto application = startOffscreenApplication();
    const auto locale = aisov::render::localeForLanguage(QString::fromStdString(language));
    if (locale && !aisov::render::installTranslations(*locale))
        throw std::runtime_error("the " + language + " translation cannot be loaded");
    return application;
}

std::string cliText(const char* source)
{
    return QCoreApplication::translate("cli", source).toStdString();
}
