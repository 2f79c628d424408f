#include "aisov/Store.h"

#include "StoreRows.h"
#include "aisov/ProfileIO.h"
#include "aisov/TextFile.h"

namespace aisov {

using sqlite::ReadTransaction;
using sqlite::Statement;
using sqlite::Transaction;
using namespace storage;

namespace {

constexpr std::size_t kMebibyte = std::size_t{1024} * 1024;

// Whether `after` has no `attribute` at all (a name and a kind it always has).
bool isCleared(ProfileAttribute attribute, const Profile& after)
{
    switch (attribute) {
    case ProfileAttribute::Population:
        return !after.population;
    case ProfileAttribute::Gdp:
        return !after.gdpUsd;
    case ProfileAttribute::Members:
        return after.members.empty();
    case ProfileAttribute::TranslatedNames:
        return after.translations.empty();
    case ProfileAttribute::Name:
    case ProfileAttribute::Kind:
        return false;
    }
    return false;
}

// The values and attributes `plan` takes away; `incoming` (the file's
// profiles) tells a cleared attribute from one that changes value.
std::vector<ImportRemoval> removals(const ImportPlan& plan, const std::vector<Profile>& incoming)
{
    std::vector<ImportRemoval> removed;
    for (const ProfileChange& change : plan.profiles) {
        ImportRemoval removal{change.code, {}, {}};
        for (const ValueChange& value : change.values)
            if (value.kind == ChangeKind::Removed)
                removal.indicators.push_back(value.indicator);
        const Profile* after = findProfile(incoming, change.code);
        for (const ProfileAttribute attribute : change.attributes)
            if (isCleared(attribute, *after))
                removal.attributes.push_back(attribute);
        if (!removal.indicators.empty() || !removal.attributes.empty())
            removed.push_back(std::move(removal));
    }
    return removed;
}

} // namespace

// --- Profiles ------------------------------------------------------------

std::vector<Profile> Store::profiles() const
{
    const ReadTransaction reading(*m_connection);
    return loadProfiles(*m_connection, nullptr);
}

std::optional<Profile> Store::profile(const std::string& code) const
{
    const ReadTransaction reading(*m_connection);
    auto found = loadProfiles(*m_connection, &code);
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<ProfileSummary> Store::profileSummaries() const
{
    const ReadTransaction reading(*m_connection);
    Statement rows(*m_connection,
                   "SELECT p.code, p.name, p.kind, count(v.indicator), max(v.changed_at) "
                   "FROM profiles p LEFT JOIN profile_values v ON v.profile = p.code "
                   "GROUP BY p.code ORDER BY p.code");
    std::vector<ProfileSummary> summaries;
    std::map<std::string, Translations> names = readProfileNames(*m_connection, nullptr);
    while (rows.step()) {
        ProfileSummary summary;
        summary.code = rows.text(0);
        summary.name = rows.text(1);
        summary.kind = profileKindFromString(rows.text(2)).value_or(ProfileKind::Country);
        summary.valueCount = static_cast<std::size_t>(rows.int64(3));
        summary.lastChangedAt = rows.optionalText(4);
        if (const auto found = names.find(summary.code); found != names.end())
            summary.translations = std::move(found->second);
        summaries.push_back(std::move(summary));
    }
    return summaries;
}

ImportSummary Store::importProfiles(const std::vector<Profile>& profiles, ImportMode mode,
                                    const std::string& sourceName)
{
    requireWritable("import profiles");
    // Validation runs under the write lock, against the methodology that is
    // active when the rows are written.
    Transaction transaction(*m_connection);
    validateProfiles(profiles, activeMethodology(), sourceName);
    const ImportPlan plan = planImport(loadProfiles(*m_connection, nullptr), profiles, mode);
    ImportSummary summary = writeProfiles(*m_connection, profiles, mode, now());
    requireStoredBlocMembers(*m_connection, profiles, sourceName);
    summary.removed = removals(plan, profiles);
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
        throw InputError(path, "", {InputProblem::UnknownExportFormat});
    refuseOverwritingInput(path, this->path());
    const std::vector<Profile> all = profiles();
    const std::string text =
        *format == ProfilesFormat::Csv ? profilesToCsv(all) : profilesToJson(all);
    // A backup that `db import` would refuse is no backup.
    if (text.size() > kMaxInputFileBytes)
        throw StoreError(path + ": cannot export: the file would be " +
                         std::to_string(text.size() / kMebibyte) + " MiB, more than the " +
                         std::to_string(kMaxInputFileBytes / kMebibyte) +
                         " MiB an import reads, so it could not be imported again; nothing was "
                         "written (export the profiles in parts with 'db show CODE')");
    writeFileAtomically(path, text);
}

void Store::saveProfile(const Profile& profile)
{
    importProfiles({profile}, ImportMode::ReplaceProfiles, "profile " + profile.code);
}

} // namespace aisov
