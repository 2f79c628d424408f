#pragma once

// The languages that display text may be given in, and one item's text in
// one of them. The methodology's pillars, indicators and bands, the
// investment templates and the profiles share these (docs/file-formats.md,
// "Translations").

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace aisov {

// English is a file's own "name", "description" and "label"; the others are
// optional translations ("translations": {"ko": {...}}).
enum class Language
{
    English,
    Korean
};

// A display name (a band's label), description and (an indicator's) unit
// in one language; an empty field falls back to English.
struct Translation
{
    std::string name;
    std::string description;
    std::string unit;

    friend bool operator==(const Translation&, const Translation&) = default;
};
using Translations = std::map<Language, Translation>;

const char* toString(Language value); // "en", "ko": the file's and --lang's codes
std::optional<Language> languageFromString(const std::string& text);
// Every language, English first (for lists of choices and for tests).
const std::vector<Language>& allLanguages();

// The rule every translated item follows: `field` of the translation into
// `language` when it is not empty, else `english`, else `fallback`.
std::string displayText(const Translations& translations, Language language,
                        std::string Translation::*field, const std::string& english,
                        const std::string& fallback = {});

} // namespace aisov
