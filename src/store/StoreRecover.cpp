#include "aisov/Store.h"

#include "Sqlite.h"
#include "StoreRows.h"
#include "aisov/TextFile.h"

#include <filesystem>
#include <memory>

namespace aisov {

using sqlite::Connection;
using sqlite::Statement;

namespace {

// "file:" URI of `path`, opened read-only: the damaged file is never written.
std::string readOnlyUri(const std::string& path)
{
    return sqlite::fileUri(path, "mode=ro");
}

std::string quotedName(const std::string& name)
{
    std::string quoted = "\"";
    for (const char c : name)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

// Copies the rows of `table` that can be read, in order, until the first
// that cannot; returns how many were copied, and adds to `lost` what was not.
std::size_t copyReadableRows(Connection& connection, const std::string& table,
                             std::vector<std::string>& lost)
{
    std::size_t copied = 0;
    try {
        Statement rows(connection, "SELECT * FROM damaged." + quotedName(table));
        std::unique_ptr<Statement> insert; // prepared once the columns are known
        while (rows.step()) {
            if (!insert) {
                std::string sql = "INSERT OR IGNORE INTO main." + quotedName(table) + " (";
                std::string placeholders;
                for (int c = 0; c < rows.columnCount(); ++c) {
                    sql.append(c > 0 ? ", " : "").append(quotedName(rows.columnName(c)));
                    placeholders.append(c > 0 ? ", ?" : "?").append(std::to_string(c + 1));
                }
                sql.append(") VALUES (").append(placeholders).append(")");
                insert = std::make_unique<Statement>(connection, sql);
            }
            for (int c = 0; c < rows.columnCount(); ++c)
                insert->bindValue(c + 1, rows.value(c));
            insert->run();
            insert->reset();
            ++copied;
        }
    } catch (const std::exception& error) {
        lost.push_back(table + ": unreadable from row " + std::to_string(copied + 1) + " on (" +
                       error.what() + ")");
    }
    return copied;
}

// False only when the damaged file's schema can be read and has no `table`:
// a store of an older schema version, which never had it, has lost nothing.
bool damagedFileMayHave(Connection& connection, const std::string& table)
{
    try {
        Statement found(connection, "SELECT 1 FROM damaged.sqlite_schema WHERE type = 'table' "
                                    "AND name = ?1");
        found.bind(1, table);
        return found.step();
    } catch (const std::exception&) {
        return true; // the copy will report what it cannot read
    }
}

} // namespace

RecoveryReport Store::recover(const std::string& damaged, const std::string& out)
{
    std::error_code error;
    if (!std::filesystem::exists(damaged, error))
        throw FileError(damaged + ": cannot recover: no such file");
    if (std::filesystem::exists(out, error))
        throw FileError(out + ": cannot recover into it: the file exists; recovery writes a new "
                              "file and never replaces one");
    StoreOptions options;
    options.seedBundledProfiles = false;
    Store::open(out, OpenMode::Create, options); // the schema, the bundled methodologies

    RecoveryReport report;
    Connection connection(out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI);
    Statement(connection, "ATTACH ?1 AS damaged").bind(1, readOnlyUri(damaged)).run();
    std::vector<std::string> tables;
    {
        Statement names(connection, "SELECT name FROM main.sqlite_schema WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%' ORDER BY rootpage");
        while (names.step())
            tables.push_back(names.text(0));
    }
    // No transaction around the copy: a read of the damaged file that fails
    // inside one spoils its commit. `out` is a new file no one else uses
    // yet, so its rows need not reach the disk one by one (a crash means
    // running the recovery again); the connection's close writes them.
    connection.execute("PRAGMA main.synchronous = OFF", "speed up the copy");
    bool olderSchema = false;
    for (const auto& table : tables) {
        if (!damagedFileMayHave(connection, table)) {
            olderSchema = true;
            continue;
        }
        report.copiedRows.emplace_back(table, copyReadableRows(connection, table, report.lost));
    }
    // Rows whose parent was lost go too: the new store must pass its check.
    for (int pass = 0; pass < 4; ++pass) {
        Statement orphans(connection, "PRAGMA main.foreign_key_check");
        std::vector<std::pair<std::string, std::int64_t>> found;
        while (orphans.step())
            found.emplace_back(orphans.text(0), orphans.int64(1));
        if (found.empty())
            break;
        for (const auto& [table, rowid] : found) {
            Statement(connection, "DELETE FROM main." + quotedName(table) + " WHERE rowid = ?1")
                .bind(1, rowid)
                .run();
            report.lost.push_back(table + ": row " + std::to_string(rowid) +
                                  " dropped, it refers to a row that was lost");
        }
    }
    if (olderSchema)
        storage::adoptBundledProfileNames(connection); // as a migration would
    return report;
}

} // namespace aisov
