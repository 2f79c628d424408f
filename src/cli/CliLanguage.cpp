#include "CliLanguage.h"

#include "CliArguments.h"

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

std::vector<std::string> takeLanguageOption(const std::vector<std::string>& arguments)
{
    const std::string option = "--lang";
    std::vector<std::string> rest;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        if (argument == option) {
            if (i + 1 >= arguments.size())
                throw UsageError("option --lang needs a value (" + languageCodes() + ")");
            currentLanguage() = parseLanguage(arguments[++i]);
        } else if (argument.rfind(option + "=", 0) == 0) {
            currentLanguage() = parseLanguage(argument.substr(option.size() + 1));
        } else {
            rest.push_back(argument);
        }
    }
    return rest;
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
