#include "CliLanguage.h"

#include "CliArguments.h"
#include "CliRenderModule.h"

namespace {

// Whether startLanguage installed translations: until then a message is its
// source text, as QCoreApplication::translate would return it.
bool& translating()
{
    static bool installed = false;
    return installed;
}

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

TranslatedLanguage::~TranslatedLanguage()
{
    translating() = false;
    cliRenderModule().stopLanguage();
}

std::unique_ptr<TranslatedLanguage> startLanguage(const std::string& language)
{
    if (language == "en")
        return nullptr;
    cliRenderModule().startLanguage(language);
    translating() = true;
    return std::make_unique<TranslatedLanguage>();
}

std::string cliText(const char* source)
{
    return translating() ? cliRenderModule().translate(source) : std::string(source);
}

std::string cliNameWithCode(const std::string& name, const std::string& code)
{
    return cliRenderModule().nameWithCode(name, code);
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

std::string cliUnit(const aisov::Indicator& indicator)
{
    return aisov::displayUnit(indicator, cliLanguage());
}

std::string cliName(const aisov::InvestmentTemplate& investment)
{
    return aisov::displayName(investment, cliLanguage());
}

std::string cliName(const aisov::Profile& profile)
{
    return aisov::displayName(profile, cliLanguage());
}

std::string cliProfileName(const std::string& englishName, const std::string& code,
                           const std::vector<aisov::Profile>& profiles)
{
    return aisov::displayResultName(englishName, code, profiles, cliLanguage());
}

std::string cliBand(const aisov::Methodology& methodology, const std::string& englishLabel)
{
    return aisov::displayBandLabel(methodology, englishLabel, cliLanguage());
}
