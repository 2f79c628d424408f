#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace aisov::render {

namespace {

// The translators this function installed, so that a second call (a test
// switching languages) removes them before installing others.
std::vector<std::unique_ptr<QTranslator>>& installedTranslators()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

void removeInstalledTranslators()
{
    for (const auto& translator : installedTranslators())
        QCoreApplication::removeTranslator(translator.get());
    installedTranslators().clear();
}

bool install(const QLocale& locale, const QString& name, const QString& directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(locale, name, QStringLiteral("_"), directory))
        return false;
    QCoreApplication::installTranslator(translator.get());
    installedTranslators().push_back(std::move(translator));
    return true;
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ko")};
}

std::optional<QLocale> localeForLanguage(const QString& language)
{
    if (language.isEmpty() || language == QLatin1String("system"))
        return QLocale::system();
    if (language == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (language == QLatin1String("ko"))
        return QLocale(QLocale::Korean, QLocale::SouthKorea);
    return std::nullopt;
}

bool installTranslations(const QLocale& locale)
{
    removeInstalledTranslators();
    QLocale::setDefault(locale);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    const bool shipped = availableLanguages().contains(QLocale::languageToCode(locale.language()));
    const bool loaded = install(locale, QStringLiteral("aisov"), QStringLiteral(":/i18n"));
    install(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return loaded || !shipped;
}

} // namespace aisov::render
