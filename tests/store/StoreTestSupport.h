#pragma once

// Helpers for the store tests: a temporary directory, a clock the test
// moves by hand, raw SQLite access (to build files the store must cope
// with, and to look at what it wrote) and small profile files.

#include "aisov/Store.h"
#include "aisov/TextFile.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>

namespace aisov::test {

class TempDir
{
public:
    TempDir()
    {
        std::string pattern = "/tmp/aisov-store-test-XXXXXX";
        if (::mkdtemp(pattern.data()) == nullptr)
            throw std::runtime_error("mkdtemp failed");
        m_path = pattern;
    }
    ~TempDir()
    {
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    std::string file(const std::string& name) const { return (m_path / name).string(); }

private:
    std::filesystem::path m_path;
};

// Starts at 2026-01-01T00:00:00Z and moves only when told.
class ManualClock
{
public:
    ManualClock()
        : m_now(std::make_shared<std::chrono::system_clock::time_point>(
              std::chrono::sys_days{std::chrono::year{2026} / 1 / 1}))
    {}
    void advance(std::chrono::milliseconds step) { *m_now += step; }
    Clock clock() const
    {
        return [now = m_now] { return *now; };
    }
    StoreOptions options(bool seed = false) const
    {
        StoreOptions options;
        options.clock = clock();
        options.seedBundledProfiles = seed;
        return options;
    }

private:
    std::shared_ptr<std::chrono::system_clock::time_point> m_now;
};

// A plain SQLite connection, outside the store.
class RawDatabase
{
public:
    explicit RawDatabase(const std::string& path)
    {
        if (sqlite3_open(path.c_str(), &m_db) != SQLITE_OK)
            throw std::runtime_error("cannot open " + path);
        sqlite3_busy_timeout(m_db, 5000);
    }
    ~RawDatabase() { sqlite3_close(m_db); }
    RawDatabase(const RawDatabase&) = delete;
    RawDatabase& operator=(const RawDatabase&) = delete;

    void exec(const std::string& sql)
    {
        char* error = nullptr;
        if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
            const std::string message = error != nullptr ? error : "?";
            sqlite3_free(error);
            throw std::runtime_error("SQL failed: " + message + " in: " + sql);
        }
    }
    // First column of the first row, as text ("" when there is none).
    std::string text(const std::string& sql)
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
            throw std::runtime_error("SQL failed: " + std::string(sqlite3_errmsg(m_db)));
        std::string result;
        if (sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_text(statement, 0) != nullptr)
            result = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        sqlite3_finalize(statement);
        return result;
    }
    // NULL (an empty text) reads as 0; negative numbers keep their sign.
    long long integer(const std::string& sql)
    {
        const std::string value = text(sql);
        return value.empty() ? 0 : std::stoll(value);
    }
    // Every row and column, one row a line, columns separated by '|'.
    std::string rows(const std::string& sql)
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
            throw std::runtime_error("SQL failed: " + std::string(sqlite3_errmsg(m_db)));
        std::string result;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(statement); ++c) {
                const auto* cell = sqlite3_column_text(statement, c);
                result += (c > 0 ? "|" : "") +
                          (cell != nullptr ? std::string(reinterpret_cast<const char*>(cell))
                                           : std::string("NULL"));
            }
            result += "\n";
        }
        sqlite3_finalize(statement);
        return result;
    }

private:
    sqlite3* m_db = nullptr;
};

// Everything the store holds about profiles, scenarios and snapshots, as
// text, to compare a database before and after something.
inline std::string dumpStore(const std::string& path)
{
    RawDatabase db(path);
    std::string dump;
    for (const char* table :
         {"profiles", "bloc_members", "profile_values", "scenarios", "scenario_overrides",
          "snapshots", "methodologies", "active_methodology"})
        dump += std::string(table) + ":\n" + db.rows(std::string("SELECT * FROM ") + table);
    return dump;
}

// Makes a file read-only even for root (who ignores permission bits) by
// also setting the immutable attribute; undone on destruction.
class ReadOnlyFile
{
public:
    explicit ReadOnlyFile(std::string path)
        : m_path(std::move(path))
    {
        ::chmod(m_path.c_str(), 0444);
        if (::geteuid() == 0)
            m_immutable = std::system(("chattr +i '" + m_path + "' 2>/dev/null").c_str()) == 0;
    }
    ~ReadOnlyFile()
    {
        if (m_immutable)
            (void)std::system(("chattr -i '" + m_path + "'").c_str());
        ::chmod(m_path.c_str(), 0644);
    }
    ReadOnlyFile(const ReadOnlyFile&) = delete;
    ReadOnlyFile& operator=(const ReadOnlyFile&) = delete;

    // False when the test runs as root where chattr is not available: the
    // file is then still writable and a read-only test cannot run.
    bool effective() const { return ::geteuid() != 0 || m_immutable; }

private:
    std::string m_path;
    bool m_immutable = false;
};

// A profiles file in the default methodology's indicators.
inline std::string profilesJson(const std::string& profilesArray)
{
    return R"({"format": "aisov.profiles/1", "profiles": )" + profilesArray + "}";
}

inline std::string writeFile(const TempDir& dir, const std::string& name,
                             const std::string& content)
{
    const std::string path = dir.file(name);
    writeFileAtomically(path, content);
    return path;
}

} // namespace aisov::test
