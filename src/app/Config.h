#pragma once

// Every setting of the application in one typed table: key, default and
// scope (as KeePassXC's Config). Code asks for a ConfigKey, never for a
// QSettings string, so a misspelt key cannot compile and a default lives in
// one place.

#include <QVariant>

#include <memory>

class QSettings;

enum class ConfigScope
{
    User,  // choices a user makes (export preset, recent sources)
    Window // layout state that only restores the window as it was
};

enum class ConfigKey
{
    LastDatabase,
    RecentDatabases,
    MainWindowGeometry,
    MainWindowState,
    ExportPreset,
    ExportFormat,
    ExportTheme,
    ExportDpi,
    ExportDirectory,
    ImportDirectory,
    RecentSources,
    HighContrastCharts, // charts on screen in ChartTheme::highContrast()
    RecentYear,
    Language, // "system", "en" or "ko" (AppLanguage.h)
    UncertaintyDraws,
    // Not a setting: the number of them, so that a test can walk every key.
    KeyCount,
};

class Config
{
public:
    // The application's settings (QSettings under the organisation and
    // application names). Tests call setFileForTesting first.
    static Config& instance();
    // Keeps settings in `path` (INI) instead, so tests never read or write
    // the user's real settings.
    static void setFileForTesting(const QString& path);

    QVariant get(ConfigKey key) const;
    void set(ConfigKey key, const QVariant& value);
    void reset(ConfigKey key);

    static QString name(ConfigKey key);
    static QVariant defaultValue(ConfigKey key);
    static ConfigScope scope(ConfigKey key);

    // Adds `item` to the front of a string-list setting, without repeats,
    // keeping at most `limit` items.
    void pushFront(ConfigKey key, const QString& item, int limit);

private:
    explicit Config(std::unique_ptr<QSettings> settings);
    std::unique_ptr<QSettings> m_settings;
};
