#include "aisov/Store.h"

#include "StoreRows.h"
#include "aisov/ProfileIO.h"
#include "aisov/TextFile.h"

namespace aisov {

using sqlite::Statement;
using sqlite::Transaction;
using namespace storage;

// --- Profiles ------------------------------------------------------------

std::vector<Profile> Store::profiles() const
{
    return loadProfiles(*m_connection, nullptr);
}

std::optional<Profile> Store::profile(const std::string& code) const
{
    auto found = loadProfiles(*m_connection, &code);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<ProfileSummary> Store::profileSummaries() const
{
    Statement rows(*m_connection,
                   "SELECT p.code, p.name, p.kind, count(v.indicator), max(v.changed_at) "
                   "FROM profiles p LEFT JOIN profile_values v ON v.profile = p.code "
                   "GROUP BY p.code ORDER BY p.code");
    std::vector<ProfileSummary> summaries;
    while (rows.step()) {
        ProfileSummary summary;
        summary.code = rows.text(0);
        summary.name = rows.text(1);
        summary.kind = profileKindFromString(rows.text(2)).value_or(ProfileKind::Country);
        summary.valueCount = static_cast<std::size_t>(rows.int64(3));
        summary.lastChangedAt = rows.optionalText(4);
        summaries.push_back(std::move(summary));
    }
    return summaries;
}

std::vector<ValueRecord> Store::valueRecords(const std::string& code) const
{
    Statement rows(*m_connection,
                   "SELECT indicator, value, year, source, url, confidence, note, changed_at "
                   "FROM profile_values WHERE profile = ?1 ORDER BY position");
    rows.bind(1, code);
    std::vector<ValueRecord> records;
    while (rows.step())
        records.push_back({readValueColumns(rows, 0), rows.optionalText(7)});
    return records;
}

ImportSummary Store::importProfiles(const std::vector<Profile>& profiles, ImportMode mode,
                                    const std::string& sourceName)
{
    requireWritable("import profiles");
    // Validation runs under the write lock, against the methodology that is
    // active when the rows are written.
    Transaction transaction(*m_connection);
    validateProfiles(profiles, activeMethodology(), sourceName);
    const ImportSummary summary = writeProfiles(*m_connection, profiles, mode, now());
    transaction.commit();
    return summary;
}

ImportSummary Store::importFile(const std::string& path)
{
    requireWritable("import " + path);
    const std::vector<Profile> loaded = loadProfilesFile(path);
    const ImportMode mode = profilesFormatFromPath(path) == ProfilesFormat::Csv
                                ? ImportMode::MergeValues
                                : ImportMode::ReplaceProfiles;
    return importProfiles(loaded, mode, path);
}

void Store::exportFile(const std::string& path) const
{
    const auto format = profilesFormatFromPath(path);
    if (!format)
        throw InputError(path, "",
                         "unknown export format: the file name must end in .json or .csv");
    const std::vector<Profile> all = profiles();
    writeFileAtomically(path,
                        *format == ProfilesFormat::Csv ? profilesToCsv(all) : profilesToJson(all));
}

void Store::saveProfile(const Profile& profile)
{
    importProfiles({profile}, ImportMode::ReplaceProfiles, "profile " + profile.code);
}

void Store::setValue(const std::string& code, const IndicatorValue& value)
{
    requireWritable("change a value");
    Transaction transaction(*m_connection);
    if (!profileExists(*m_connection, code))
        throw InputError(path(), code, "no profile with code \"" + code + "\"");
    Profile change;
    change.code = code;
    change.values = {value};
    validateProfiles({change}, activeMethodology(), "profile " + code);
    writeProfiles(*m_connection, {change}, ImportMode::MergeValues, now());
    transaction.commit();
}

void Store::deleteProfile(const std::string& code)
{
    requireWritable("delete a profile");
    Transaction transaction(*m_connection);
    Statement remove(*m_connection, "DELETE FROM profiles WHERE code = ?1");
    remove.bind(1, code).run();
    if (m_connection->changes() == 0)
        throw InputError(path(), code, "no profile with code \"" + code + "\"");
    transaction.commit();
}

} // namespace aisov
