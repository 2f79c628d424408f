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

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

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

    // Every row, each cell exact and tagged with its storage class (a REAL
    // to 17 significant digits, so any change of the double shows), sorted:
    // the order rows sit in (their rowid) is not content.
    std::vector<std::string> exactRows(const std::string& sql)
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
            throw std::runtime_error("SQL failed: " + std::string(sqlite3_errmsg(m_db)));
        std::vector<std::string> result;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            std::string row;
            for (int c = 0; c < sqlite3_column_count(statement); ++c)
                row += (c > 0 ? "|" : "") + exactCell(statement, c);
            result.push_back(std::move(row));
        }
        sqlite3_finalize(statement);
        std::sort(result.begin(), result.end());
        return result;
    }

private:
    static std::string exactCell(sqlite3_stmt* statement, int column)
    {
        switch (sqlite3_column_type(statement, column)) {
        case SQLITE_NULL:
            return "NULL";
        case SQLITE_INTEGER:
            return "i:" + std::to_string(sqlite3_column_int64(statement, column));
        case SQLITE_FLOAT: {
            char text[32];
            std::snprintf(text, sizeof text, "%.17g", sqlite3_column_double(statement, column));
            return std::string("r:") + text;
        }
        default: {
            const auto* bytes = sqlite3_column_text(statement, column);
            return "t:" +
                   std::string(reinterpret_cast<const char*>(bytes),
                               static_cast<std::size_t>(sqlite3_column_bytes(statement, column)));
        }
        }
    }

    sqlite3* m_db = nullptr;
};

// The whole file as text, to compare a database before and after
// something: its schema and version, then every table (the store's and
// SQLite's own, found in sqlite_schema, so a table added later is never
// forgotten), every row exactly (RawDatabase::exactRows).
inline std::string dumpStore(const std::string& path)
{
    RawDatabase db(path);
    std::string dump = "user_version " + db.text("PRAGMA user_version") + "\n";
    for (const auto& object : db.exactRows("SELECT type, name, sql FROM sqlite_schema"))
        dump += object + "\n";
    const std::vector<std::string> tables =
        db.exactRows("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    for (const auto& tagged : tables) {
        const std::string table = tagged.substr(2); // drop the "t:" tag
        dump += table + ":\n";
        for (const auto& row : db.exactRows("SELECT * FROM \"" + table + "\""))
            dump += row + "\n";
    }
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

// A directory nobody may create files in while the guard lives: mode 0555
// and, as root (whom modes do not stop), the immutable attribute.
class ReadOnlyDirectory
{
public:
    explicit ReadOnlyDirectory(std::string path)
        : m_path(std::move(path))
    {
        ::chmod(m_path.c_str(), 0555);
        if (::geteuid() == 0)
            m_immutable = std::system(("chattr +i '" + m_path + "' 2>/dev/null").c_str()) == 0;
    }
    ~ReadOnlyDirectory()
    {
        if (m_immutable)
            (void)std::system(("chattr -i '" + m_path + "'").c_str());
        ::chmod(m_path.c_str(), 0755);
    }
    ReadOnlyDirectory(const ReadOnlyDirectory&) = delete;
    ReadOnlyDirectory& operator=(const ReadOnlyDirectory&) = delete;

    // False as root where chattr is not available (or the file system has
    // no immutable attribute): the directory is then still writable.
    bool effective() const { return ::geteuid() != 0 || m_immutable; }

private:
    std::string m_path;
    bool m_immutable = false;
};

// A value with a year, a source and low confidence, as an analyst's
// change would be.
inline IndicatorValue value(const std::string& indicator, double number,
                            const std::string& source = "plan")
{
    IndicatorValue result;
    result.indicator = indicator;
    result.value = number;
    result.year = 2026;
    result.source = source;
    result.confidence = Confidence::Low;
    return result;
}

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
