#pragma once

// The application's language: the Language setting ("system", "en", "ko")
// applied through the one translation loader the CLI uses too
// (aisov::render::installTranslations). Views are built with the
// translators in place, so a change takes effect at the next start.

#include "aisov/Translation.h"

#include <QString>
#include <QStringList>

namespace app {

// "system", then the shipped languages: the values the setting takes.
QStringList languageChoices();

// The setting, or "system" when it holds something unknown.
QString languageSetting();

// A language named in itself ("한국어", "English"; "system" is the System
// Language in the current one), so that a user who cannot read the current
// language still finds theirs.
QString nativeLanguageName(const QString& language);
QString nativeLanguageName(aisov::Language language);

// Installs the translations of the setting's language (the system's locale
// for "system"). Returns false when a shipped translation failed to load.
bool applyLanguageSetting();

} // namespace app
