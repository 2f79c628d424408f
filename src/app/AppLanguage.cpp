#include "AppLanguage.h"

#include "Config.h"
#include "Translations.h"

#include <QCoreApplication>

namespace app {

QStringList languageChoices()
{
    return QStringList{QStringLiteral("system")} + aisov::render::availableLanguages();
}

QString nativeLanguageName(const QString& language)
{
    if (language == QLatin1String("ko"))
        return QStringLiteral("한국어");
    if (language == QLatin1String("en"))
        return QStringLiteral("English");
    return QCoreApplication::translate("LanguageMenu", "System Language");
}

QString nativeLanguageName(aisov::Language language)
{
    return nativeLanguageName(QString::fromLatin1(aisov::toString(language)));
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
