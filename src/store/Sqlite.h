#pragma once

// Small RAII wrappers over the SQLite C API, internal to aisov_store. Every
// SQL statement goes through Statement (prepared, values bound, never
// spliced into the text), and every SQLite error becomes one of the
// project's exceptions in one place (throwSqliteError), so that a corrupt or
// locked file gets the same clear message whichever call meets it first.

#include "aisov/Store.h"

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace aisov::sqlite {

// The database is locked by another connection (SQLITE_BUSY, SQLITE_LOCKED):
// a StoreError that a caller may retry.
class BusyError : public StoreError
{
public:
    using StoreError::StoreError;
};

// Maps an SQLite result code to InputError (corrupt, not a database),
// BusyError (locked), StoreError (read-only, full, ...) or FileError (cannot open).
// `doing` says what the program was doing, e.g. "import profiles".
[[noreturn]] void throwSqliteError(int code, const std::string& path, std::string_view doing,
                                   const char* sqliteMessage);

// The "file:" URI of `path` (made absolute, '%', '?' and '#' escaped) with
// the query `query`, e.g. "mode=ro".
std::string fileUri(const std::string& path, std::string_view query);

class Connection
{
public:
    // `flags` are sqlite3_open_v2 flags.
    Connection(std::string path, int flags);
    // Opens the "file:" URI `uri` (see fileUri) of the file `path`, which
    // messages name; an empty `uri` opens `path` itself.
    Connection(std::string path, int flags, const std::string& uri);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    sqlite3* handle() const { return m_db; }
    const std::string& path() const { return m_path; }
    // True when SQLite opened the file for reading only (write-protected file).
    bool isReadOnly() const;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const { return sqlite3_changes(m_db); }
    std::int64_t lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }

    // Runs one or more statements that take no parameters (schema, pragmas).
    void execute(std::string_view sql, std::string_view doing);
    [[noreturn]] void fail(int code, std::string_view doing) const;

private:
    std::string m_path;
    sqlite3* m_db = nullptr;
};

class Statement
{
public:
    Statement(const Connection& connection, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are numbered from 1, as in SQLite.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const std::string& text)
    {
        return bind(index, std::string_view(text));
    }
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bindNull(int index);
    // A column of another statement's row, as it is (any type).
    Statement& bindValue(int index, sqlite3_value* value);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Advances to the next row: true when there is one, false when done.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    // Makes the statement ready to run again with new parameters.
    void reset();

    // Columns are numbered from 0, as in SQLite.
    int columnCount() const { return sqlite3_column_count(m_statement); }
    std::string columnName(int column) const { return sqlite3_column_name(m_statement, column); }
    sqlite3_value* value(int column) const { return sqlite3_column_value(m_statement, column); }
    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::optional<double> optionalReal(int column) const;
    std::optional<std::int64_t> optionalInt64(int column) const;
    std::optional<std::string> optionalText(int column) const;

private:
    void checkBind(int code);

    const Connection& m_connection;
    sqlite3_stmt* m_statement = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT, rolled back by the destructor unless
// committed. IMMEDIATE takes the write lock at the start, so a writer waits
// (busy timeout) instead of failing when a read turns into a write while
// another connection is writing.
class Transaction
{
public:
    explicit Transaction(Connection& connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Connection& m_connection;
    bool m_open = true;
};

// BEGIN ... COMMIT around a read of several statements: in WAL mode they
// then all see one state of the database, never half of another
// connection's write. Inside a transaction already (a write that reads)
// it does nothing: that transaction holds the state. A read needs no
// commit of its own, so the destructor ends it.
class ReadTransaction
{
public:
    explicit ReadTransaction(Connection& connection);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

private:
    Connection& m_connection;
    bool m_started = false;
};

} // namespace aisov::sqlite
