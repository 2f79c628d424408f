#include "TranslationsJson.h"

#include "aisov/InputError.h"
#include "aisov/ValueCheck.h"

namespace aisov::detail {

namespace {

std::string translationLanguages()
{
    std::string list;
    for (const Language language : allLanguages())
        if (language != Language::English)
            list += (list.empty() ? "" : ", ") + std::string(toString(language));
    return list;
}

void allowTranslatedKeys(const JsonReader& one, const TranslatedKeys& keys)
{
    if (keys.unit)
        one.allowOnlyKeys({keys.name, "description", "unit"});
    else if (keys.description)
        one.allowOnlyKeys({keys.name, "description"});
    else
        one.allowOnlyKeys({keys.name});
}

} // namespace

Translations readTranslations(const JsonReader& parent, const TranslatedKeys& keys)
{
    Translations translations;
    if (!parent.has("translations"))
        return translations;
    const JsonReader all = parent.child("translations");
    all.requireObject();
    for (auto it = all.node().begin(); it != all.node().end(); ++it) {
        const JsonReader one = all.child(it.key().c_str());
        const auto language = languageFromString(it.key());
        if (!language || *language == Language::English)
            one.fail({InputProblem::UnknownLanguage, {it.key(), translationLanguages()}});
        one.requireObject();
        allowTranslatedKeys(one, keys);
        Translation translation;
        translation.name = one.optionalString(keys.name);
        if (keys.description)
            translation.description = one.optionalString("description");
        if (keys.unit)
            translation.unit = one.optionalString("unit");
        translations[*language] = translation;
    }
    return translations;
}

nlohmann::ordered_json translationsToJson(const Translations& translations, const char* nameKey)
{
    nlohmann::ordered_json all = nlohmann::ordered_json::object();
    for (const auto& [language, translation] : translations) {
        nlohmann::ordered_json one = nlohmann::ordered_json::object();
        if (!translation.name.empty())
            one[nameKey] = translation.name;
        if (!translation.description.empty())
            one["description"] = translation.description;
        if (!translation.unit.empty())
            one["unit"] = translation.unit;
        all[toString(language)] = one;
    }
    return all;
}

void checkTranslations(const std::string& sourceName, const std::string& where,
                       const Translations& translations, const char* nameKey)
{
    const auto checkText = [&](const std::string& path, TextField field, const std::string& text) {
        if (const auto problem = textFieldProblem(field, text))
            throw InputError(sourceName, path, *problem);
    };
    for (const auto& [language, translation] : translations) {
        const std::string path = where + ".translations." + toString(language);
        if (language == Language::English)
            throw InputError(sourceName, path, {InputProblem::EnglishTranslation});
        checkText(path + "." + nameKey, TextField::Name, translation.name);
        checkText(path + ".description", TextField::Description, translation.description);
        checkText(path + ".unit", TextField::Name, translation.unit);
    }
}

} // namespace aisov::detail
