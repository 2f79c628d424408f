#include "Config.h"

#include <QSettings>
#include <QStringList>

namespace {

struct ConfigEntry
{
    ConfigKey key;
    const char* name;
    QVariant defaultValue;
    ConfigScope scope;
};

const std::vector<ConfigEntry>& configTable()
{
    static const std::vector<ConfigEntry> table{
        {ConfigKey::LastDatabase, "database/last", QString(), ConfigScope::User},
        {ConfigKey::RecentDatabases, "database/recent", QStringList(), ConfigScope::User},
        {ConfigKey::MainWindowGeometry, "window/geometry", QByteArray(), ConfigScope::Window},
        {ConfigKey::MainWindowState, "window/state", QByteArray(), ConfigScope::Window},
        {ConfigKey::ExportPreset, "export/preset", QStringLiteral("slide-16x9"), ConfigScope::User},
        {ConfigKey::ExportFormat, "export/format", QStringLiteral("png"), ConfigScope::User},
        {ConfigKey::ExportTheme, "export/theme", QStringLiteral("light"), ConfigScope::User},
        {ConfigKey::ExportDpi, "export/dpi", 192, ConfigScope::User},
        {ConfigKey::ExportDirectory, "export/directory", QString(), ConfigScope::User},
        {ConfigKey::ImportDirectory, "import/directory", QString(), ConfigScope::User},
        {ConfigKey::RecentSources, "provenance/recentSources", QStringList(), ConfigScope::User},
        {ConfigKey::HighContrastCharts, "view/highContrastCharts", false, ConfigScope::User},
        {ConfigKey::RecentYear, "provenance/recentYear", 0, ConfigScope::User},
        {ConfigKey::Language, "ui/language", QStringLiteral("system"), ConfigScope::User},
        {ConfigKey::UncertaintyDraws, "analysis/uncertaintyDraws", 2000, ConfigScope::User},
    };
    return table;
}

const ConfigEntry& entry(ConfigKey key)
{
    for (const auto& candidate : configTable())
        if (candidate.key == key)
            return candidate;
    // Every enumerator has a row: a missing one is a programming error
    // that the Config test catches.
    Q_UNREACHABLE();
}

QString& testFile()
{
    static QString path;
    return path;
}

} // namespace

Config::Config(std::unique_ptr<QSettings> settings)
    : m_settings(std::move(settings))
{}

Config& Config::instance()
{
    static Config config(testFile().isEmpty()
                             ? std::make_unique<QSettings>()
                             : std::make_unique<QSettings>(testFile(), QSettings::IniFormat));
    return config;
}

void Config::setFileForTesting(const QString& path)
{
    testFile() = path;
}

QString Config::name(ConfigKey key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant Config::defaultValue(ConfigKey key)
{
    return entry(key).defaultValue;
}

ConfigScope Config::scope(ConfigKey key)
{
    return entry(key).scope;
}

QVariant Config::get(ConfigKey key) const
{
    const ConfigEntry& row = entry(key);
    QVariant value = m_settings->value(QString::fromLatin1(row.name), row.defaultValue);
    // QSettings (INI) returns strings; give callers the default's type.
    if (value.metaType() != row.defaultValue.metaType() &&
        value.canConvert(row.defaultValue.metaType()))
        value.convert(row.defaultValue.metaType());
    return value;
}

void Config::set(ConfigKey key, const QVariant& value)
{
    m_settings->setValue(name(key), value);
}

void Config::reset(ConfigKey key)
{
    m_settings->remove(name(key));
}

void Config::pushFront(ConfigKey key, const QString& item, int limit)
{
    QStringList items = get(key).toStringList();
    items.removeAll(item);
    items.prepend(item);
    while (items.size() > limit)
        items.removeLast();
    set(key, items);
}
