#include "CliLanguage.h"

#include "CliArguments.h"
#include "NameWithCode.h"
#include "OffscreenApplication.h"
#include "Translations.h"

namespace {

aisov::Language& currentLanguage()
{
    static aisov::Language language = aisov::Language::English;
    return language;
}

std::string languageCodes()
{
    std::string list;
    for (const aisov::Language language : aisov::allLanguages())
        list += (list.empty() ? "" : " or ") + std::string(aisov::toString(language));
    return list;
}

aisov::Language parseLanguage(const std::string& code)
{
    if (const auto language = aisov::languageFromString(code))
        return *language;
    throw UsageError("--lang must be " + languageCodes() + ", found \"" + code + "\"");
}

} // namespace

std::optional<std::string> takeLanguageOption(std::vector<std::string>& arguments)
{
    static const std::string prefix = "--lang=";
    std::optional<std::string> language;
    for (auto argument = arguments.begin(); argument != arguments.end();) {
        if (*argument == "--lang") {
            if (argument + 1 == arguments.end())
                throw UsageError("option --lang needs a value (" + languageCodes() + ")");
            language = *(argument + 1);
            argument = arguments.erase(argument, argument + 2);
        } else if (argument->rfind(prefix, 0) == 0) {
            language = argument->substr(prefix.size());
            argument = arguments.erase(argument);
        } else {
            ++argument;
        }
    }
    if (language)
        currentLanguage() = parseLanguage(*language);
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

std::string cliNameWithCode(const std::string& name, const std::string& code)
{
    return aisov::render::nameWithCode(QString::fromStdString(name), QString::fromStdString(code))
        .toStdString();
}

aisov::Language cliLanguage()
{
    return currentLanguage();
}

std::string cliName(const aisov::Pillar& pillar)
{
    return aisov::displayName(pillar, cliLanguage());
}

std::string cliName(const aisov::Indicator& indicator)
{
    return aisov::displayName(indicator, cliLanguage());
}

std::string cliBand(const aisov::Methodology& methodology, const std::string& englishLabel)
{
    return aisov::displayBandLabel(methodology, englishLabel, cliLanguage());
}
