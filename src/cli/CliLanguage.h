#pragma once

// --lang en|ko: the language of the command line's messages and of the
// labels of the charts and briefs it renders. It installs the same
// translations as the desktop application (aisov::render::installTranslations).
// Without --lang the CLI speaks English, whatever the system's locale, so
// that scripts reading its output never depend on the machine.

#include <QGuiApplication>

#include <memory>
#include <optional>
#include <string>
#include <vector>

// Removes "--lang LANGUAGE" or "--lang=LANGUAGE" from anywhere in the
// arguments (it applies to every command). Empty when absent; throws
// UsageError for a missing or unknown language.
std::optional<std::string> takeLanguageOption(std::vector<std::string>& arguments);

// Starts the offscreen application (translators need one) and installs the
// translations of `language`; null for English, which needs none.
std::unique_ptr<QGuiApplication> startLanguage(const std::string& language);

// One of the CLI's own messages (marked with QT_TRANSLATE_NOOP("cli", ...)),
// translated when --lang installed a translation, as UTF-8.
std::string cliText(const char* source);
