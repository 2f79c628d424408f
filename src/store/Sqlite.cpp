#include "Sqlite.h"

#include "aisov/InputError.h"
#include "aisov/Store.h"

#include <filesystem>

namespace aisov::sqlite {

void throwSqliteError(int code, const std::string& path, std::string_view doing,
                      const char* sqliteMessage)
{
    const std::string detail = sqliteMessage != nullptr ? sqliteMessage : sqlite3_errstr(code);
    const std::string action(doing);
    switch (code & 0xff) {
    case SQLITE_NOTADB:
        throw InputError(path, "", {InputProblem::NotSqlite, {detail}});
    case SQLITE_CORRUPT:
        throw InputError(path, "", {InputProblem::DatabaseCorrupt, {detail, path}});
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw BusyError(path + ": cannot " + action +
                        ": the database is locked by another program or connection that is "
                        "writing to it; try again when it has finished (" +
                        detail + ")");
    case SQLITE_READONLY:
        throw StoreError(path + ": cannot " + action +
                         ": the database is read-only (write-protected file or directory)");
    case SQLITE_FULL:
        throw StoreError(path + ": cannot " + action + ": the disk is full");
    case SQLITE_CANTOPEN:
        throw FileError(path + ": cannot open the database (" + detail + ")");
    default:
        throw StoreError(path + ": cannot " + action + ": " + detail);
    }
}

std::string fileUri(const std::string& path, std::string_view query)
{
    std::string uri = "file:";
    for (const char c : std::filesystem::absolute(path).string()) {
        if (c == '%' || c == '?' || c == '#') {
            static constexpr char kHex[] = "0123456789abcdef";
            uri += '%';
            uri += kHex[(static_cast<unsigned char>(c) >> 4) & 0xF];
            uri += kHex[static_cast<unsigned char>(c) & 0xF];
        } else {
            uri += c;
        }
    }
    return uri + "?" + std::string(query);
}

Connection::Connection(std::string path, int flags)
    : Connection(std::move(path), flags, std::string())
{}

Connection::Connection(std::string path, int flags, const std::string& uri)
    : m_path(std::move(path))
{
    // A plain path is never read as a URI, whatever it starts with.
    const std::string& name = uri.empty() ? m_path : uri;
    const int code = sqlite3_open_v2(
        name.c_str(), &m_db, flags | SQLITE_OPEN_EXRESCODE | (uri.empty() ? 0 : SQLITE_OPEN_URI),
        nullptr);
    if (code != SQLITE_OK) {
        const std::string message = m_db != nullptr ? sqlite3_errmsg(m_db) : sqlite3_errstr(code);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throwSqliteError(code, m_path, "open the database", message.c_str());
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Connection::~Connection()
{
    // close_v2 defers the close until every statement is finalised, so an
    // exception unwinding past a Statement can never leave the handle busy.
    sqlite3_close_v2(m_db);
}

bool Connection::isReadOnly() const
{
    return sqlite3_db_readonly(m_db, "main") == 1;
}

void Connection::execute(std::string_view sql, std::string_view doing)
{
    while (!sql.empty()) {
        sqlite3_stmt* statement = nullptr;
        const char* tail = nullptr;
        int code =
            sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &statement, &tail);
        if (code != SQLITE_OK)
            fail(code, doing);
        while (statement != nullptr && (code = sqlite3_step(statement)) == SQLITE_ROW) {
        }
        sqlite3_finalize(statement);
        if (statement != nullptr && code != SQLITE_DONE)
            fail(code, doing);
        sql.remove_prefix(static_cast<std::size_t>(tail - sql.data()));
    }
}

void Connection::fail(int code, std::string_view doing) const
{
    // The message belongs to the last failed call; with a BUSY code it may be
    // missing, so fall back to the generic text of the code.
    const int lastCode = sqlite3_errcode(m_db);
    const char* message = (lastCode & 0xff) == (code & 0xff) ? sqlite3_errmsg(m_db) : nullptr;
    throwSqliteError(code, m_path, doing, message);
}

Statement::Statement(const Connection& connection, std::string_view sql)
    : m_connection(connection)
{
    const int code = sqlite3_prepare_v2(connection.handle(), sql.data(),
                                        static_cast<int>(sql.size()), &m_statement, nullptr);
    if (code != SQLITE_OK)
        connection.fail(code, "prepare a query");
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

void Statement::checkBind(int code)
{
    if (code != SQLITE_OK)
        m_connection.fail(code, "bind a query parameter");
}

Statement& Statement::bind(int index, std::int64_t value)
{
    checkBind(sqlite3_bind_int64(m_statement, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    checkBind(sqlite3_bind_double(m_statement, index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    checkBind(sqlite3_bind_text64(m_statement, index, text.data(), text.size(), SQLITE_TRANSIENT,
                                  SQLITE_UTF8));
    return *this;
}

Statement& Statement::bindValue(int index, sqlite3_value* value)
{
    checkBind(sqlite3_bind_value(m_statement, index, value));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    checkBind(sqlite3_bind_null(m_statement, index));
    return *this;
}

bool Statement::step()
{
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code == SQLITE_DONE)
        return false;
    m_connection.fail(code, "run a query");
}

void Statement::run()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

std::string Statement::text(int column) const
{
    const auto* bytes = sqlite3_column_text(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return bytes != nullptr
               ? std::string(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size))
               : std::string();
}

std::optional<double> Statement::optionalReal(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

std::optional<std::int64_t> Statement::optionalInt64(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<std::int64_t>(int64(column));
}

std::optional<std::string> Statement::optionalText(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<std::string>(text(column));
}

Transaction::Transaction(Connection& connection)
    : m_connection(connection)
{
    m_connection.execute("BEGIN IMMEDIATE", "start a write transaction");
}

Transaction::~Transaction()
{
    if (m_open)
        sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    m_connection.execute("COMMIT", "commit a write transaction");
    m_open = false;
}

ReadTransaction::ReadTransaction(Connection& connection)
    : m_connection(connection)
{
    if (sqlite3_get_autocommit(m_connection.handle()) == 0)
        return;
    m_connection.execute("BEGIN", "start a read transaction");
    m_started = true;
}

ReadTransaction::~ReadTransaction()
{
    // Ending a read cannot lose anything; a failed COMMIT (there is nothing
    // to write) is rolled back so that the connection never stays inside it.
    if (m_started &&
        sqlite3_exec(m_connection.handle(), "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

} // namespace aisov::sqlite
