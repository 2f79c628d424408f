#pragma once

// The one place that loads the user interface's translations, for the
// desktop application and the command line alike: the project's own
// (aisov_<language>.qm, compiled from resources/translations/*.ts and
// embedded in aisov_render under :/i18n) and Qt's (qtbase_<language>.qm from
// QLibraryInfo's translations directory, for the standard dialogs' buttons).
// docs/translations.md describes how strings are added and translated.

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace aisov::render {

// The languages the project ships a translation for, as settings and
// --lang spell them ("en", "ko"). English is the source language.
QStringList availableLanguages();

// The locale for a language setting: "system" (or empty) is the system's
// locale, "en" English, "ko" Korean. Anything else is empty.
std::optional<QLocale> localeForLanguage(const QString& language);

// Makes `locale` the default QLocale (numbers and dates shown to the user
// follow it) and installs the translators for its language into the
// running QCoreApplication, replacing any this function installed before.
// English installs none. Returns false when the project's translation for a
// shipped language could not be loaded (Qt's own missing is not an error:
// its buttons then stay English).
bool installTranslations(const QLocale& locale);

} // namespace aisov::render
