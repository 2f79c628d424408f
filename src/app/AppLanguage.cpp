#include "AppLanguage.h"

#include "Config.h"
#include "Translations.h"

namespace app {

QStringList languageChoices()
{
    return QStringList{QStringLiteral("system")} + aisov::render::availableLanguages();
}

QString languageSetting()
{
    const QString language = Config::instance().get(ConfigKey::Language).toString();
    return languageChoices().contains(language) ? language : QStringLiteral("system");
}

bool applyLanguageSetting()
{
    const auto locale = aisov::render::localeForLanguage(languageSetting());
    return locale && aisov::render::installTranslations(*locale);
}

} // namespace app
