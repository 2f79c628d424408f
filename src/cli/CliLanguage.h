#pragma once

// --lang en|ko: the language of the command line's messages, of the labels
// of the charts and briefs it renders (the same translations as the desktop
// application, aisov::render::installTranslations) and of the
// methodology's pillar, indicator and band names in tables, explanations
// and charts (aisov::displayName). Machine-readable output (json, csv)
// keeps the file's English names, and without --lang the CLI speaks
// English whatever the system's locale, so that scripts reading its output
// never depend on the machine.

#include "aisov/InvestmentTemplate.h"
#include "aisov/Methodology.h"
#include "aisov/Profile.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

// Removes "--lang CODE" or "--lang=CODE" from anywhere in the arguments (it
// applies to every command) and makes CODE the language of cliLanguage().
// Empty when absent; throws UsageError for a missing or unknown language.
std::optional<std::string> takeLanguageOption(std::vector<std::string>& arguments);

// Installs the translations of `language` (the rendering module starts the
// offscreen application translators need, CliRenderModule.h) until the
// returned object is destroyed; null for English, which needs none.
class TranslatedLanguage
{
public:
    TranslatedLanguage() = default;
    TranslatedLanguage(const TranslatedLanguage&) = delete;
    TranslatedLanguage& operator=(const TranslatedLanguage&) = delete;
    TranslatedLanguage(TranslatedLanguage&&) = delete;
    TranslatedLanguage& operator=(TranslatedLanguage&&) = delete;
    ~TranslatedLanguage();
};
std::unique_ptr<TranslatedLanguage> startLanguage(const std::string& language);

// Marks a message for lupdate (scripts/update-translations.sh) as Qt's macro
// of that name does, without Qt's headers: the executable has no Qt.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

// One of the CLI's own messages (marked with QT_TRANSLATE_NOOP("cli", ...)),
// translated when --lang installed a translation, as UTF-8.
std::string cliText(const char* source);

aisov::Language cliLanguage();

// The methodology's names in the language of --lang, English where the
// methodology has no translation.
std::string cliName(const aisov::Pillar& pillar);
std::string cliName(const aisov::Indicator& indicator);
std::string cliUnit(const aisov::Indicator& indicator);
std::string cliName(const aisov::InvestmentTemplate& investment);
std::string cliBand(const aisov::Methodology& methodology, const std::string& englishLabel);
// A profile's name in the language of --lang; and a result's, a partner's
// or a lever analysis's (`englishName`, after the profile `code`), as the
// application shows it (aisov::displayResultName).
std::string cliName(const aisov::Profile& profile);
std::string cliProfileName(const std::string& englishName, const std::string& code,
                           const std::vector<aisov::Profile>& profiles);

// A profile named as the desktop application names it, "Japan (JPN)" but
// "European Union (EU-27)" alone (aisov::render::nameWithCode), as UTF-8.
std::string cliNameWithCode(const std::string& name, const std::string& code);
