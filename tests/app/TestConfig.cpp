// The settings table: every key has a name, a default and a scope, and a
// value set is read back with the default's type.

#include "Config.h"

#include <catch2/catch.hpp>

#include <QStringList>

#include <set>

TEST_CASE("Every setting has its own name and a default")
{
    std::set<QString> names;
    for (int key = 0; key < static_cast<int>(ConfigKey::KeyCount); ++key) {
        const auto configKey = static_cast<ConfigKey>(key);
        CHECK_FALSE(Config::name(configKey).isEmpty());
        CHECK(Config::defaultValue(configKey).isValid());
        names.insert(Config::name(configKey));
    }
    CHECK(names.size() == static_cast<std::size_t>(ConfigKey::KeyCount));
}

TEST_CASE("Values read back with their type; reset returns the default")
{
    Config& config = Config::instance();
    config.set(ConfigKey::ExportDpi, 300);
    CHECK(config.get(ConfigKey::ExportDpi).toInt() == 300);
    config.reset(ConfigKey::ExportDpi);
    CHECK(config.get(ConfigKey::ExportDpi).toInt() == 192);
    CHECK(Config::scope(ConfigKey::MainWindowState) == ConfigScope::Window);
}

TEST_CASE("pushFront keeps the newest first, without repeats, within the limit")
{
    Config& config = Config::instance();
    config.reset(ConfigKey::RecentDatabases);
    config.pushFront(ConfigKey::RecentDatabases, QStringLiteral("a"), 2);
    config.pushFront(ConfigKey::RecentDatabases, QStringLiteral("b"), 2);
    config.pushFront(ConfigKey::RecentDatabases, QStringLiteral("a"), 2);
    config.pushFront(ConfigKey::RecentDatabases, QStringLiteral("c"), 2);
    CHECK(config.get(ConfigKey::RecentDatabases).toStringList() ==
          QStringList{QStringLiteral("c"), QStringLiteral("a")});
}
