#pragma once

// The language of aisov-cli's output (--lang en|ko): the methodology's
// pillar, indicator and band names in tables, explanations and charts
// (aisov::displayName). Machine-readable output (json, csv) keeps the
// file's English names so that scripts see the same text in every language.

#include "aisov/Methodology.h"

#include <string>
#include <vector>

// Takes "--lang CODE" or "--lang=CODE" out of `arguments`, wherever it
// stands, and makes CODE the language of cliLanguage(). Throws UsageError
// for an unknown code or a missing value. Without the option: English.
std::vector<std::string> takeLanguageOption(const std::vector<std::string>& arguments);

aisov::Language cliLanguage();

// Short forms for the command files.
std::string cliName(const aisov::Pillar& pillar);
std::string cliName(const aisov::Indicator& indicator);
std::string cliBand(const aisov::Methodology& methodology, const std::string& englishLabel);
