#include "aisov/Store.h"

#include "StoreRows.h"

namespace aisov {

using sqlite::ReadTransaction;
using sqlite::Statement;
using sqlite::Transaction;
using namespace storage;

// --- Methodologies -------------------------------------------------------

void Store::addMethodology(const Methodology& methodology)
{
    requireWritable("add a methodology");
    Transaction transaction(*m_connection);
    insertMethodology(*m_connection, methodology, now());
    transaction.commit();
}

void Store::setActiveMethodology(const std::string& id, const std::string& version)
{
    requireWritable("change the active methodology");
    Transaction transaction(*m_connection);
    activateMethodology(*m_connection, id, version);
    transaction.commit();
}

Methodology Store::activeMethodology() const
{
    const ReadTransaction reading(*m_connection);
    const ActiveMethodology active = readActiveMethodology(*m_connection);
    return parseStoredMethodology(*m_connection, active.id, active.version, active.json);
}

Methodology Store::methodology(const std::string& id, const std::string& version) const
{
    const ReadTransaction reading(*m_connection);
    return parseStoredMethodology(*m_connection, id, version,
                                  methodologyJsonOf(*m_connection, id, version));
}

std::vector<MethodologyRecord> Store::methodologies() const
{
    const ReadTransaction reading(*m_connection);
    Statement rows(*m_connection,
                   "SELECT m.id, m.version, m.name, m.added_at, a.singleton IS NOT NULL "
                   "FROM methodologies m LEFT JOIN active_methodology a "
                   "ON a.id = m.id AND a.version = m.version ORDER BY m.id, m.added_at, m.version");
    std::vector<MethodologyRecord> records;
    while (rows.step())
        records.push_back(
            {rows.text(0), rows.text(1), rows.text(2), rows.text(3), rows.int64(4) != 0});
    return records;
}

} // namespace aisov
