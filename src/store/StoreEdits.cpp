#include "aisov/Store.h"

#include "StoreRows.h"
#include "aisov/ProfileIO.h"

namespace aisov {

using sqlite::Statement;
using sqlite::Transaction;
using namespace storage;

// --- Editing one profile -------------------------------------------------

namespace {

std::string sourceNameOf(const std::string& code)
{
    return "profile " + code;
}

// Writes the attributes of a stored profile, and its members and translated
// names when they changed (unchanged ones keep their rows).
void writeAttributes(sqlite::Connection& connection, const Profile& before, const Profile& after)
{
    // Parameters in the order of kProfileColumns.
    Statement update(connection, "UPDATE profiles SET name = ?2, kind = ?3, population = ?4, "
                                 "gdp_usd = ?5 WHERE code = ?1");
    bindProfileColumns(update, after);
    update.run();
    if (after.members != before.members)
        replaceMembers(connection, after.code, after.members);
    if (after.translations != before.translations)
        replaceProfileNames(connection, after.code, after.translations);
}

} // namespace

Profile Store::storedProfile(const std::string& code) const
{
    auto found = loadProfiles(*m_connection, &code);
    if (found.empty())
        throw InputError(path(), code, {InputProblem::NoProfile, {code}});
    return std::move(found.front());
}

void Store::editProfile(const std::string& code, const std::string& doing,
                        const std::function<void(Profile&)>& change)
{
    requireWritable(doing);
    Transaction transaction(*m_connection);
    const Profile before = storedProfile(code);
    Profile after = before;
    change(after);
    // Only the attributes are written; the values are not checked again (a
    // rename must not fail on a value an older methodology accepted).
    after.values.clear();
    validateProfileAttributes(after, sourceNameOf(code));
    validateProfiles({after}, activeMethodology(), sourceNameOf(code));
    writeAttributes(*m_connection, before, after);
    requireStoredBlocMembers(*m_connection, {after}, sourceNameOf(code));
    transaction.commit();
}

void Store::createProfile(const Profile& profile)
{
    requireWritable("create a profile");
    Transaction transaction(*m_connection);
    if (profileExists(*m_connection, profile.code))
        throw InputError(path(), profile.code, {InputProblem::ProfileExists, {profile.code}});
    validateProfileAttributes(profile, sourceNameOf(profile.code));
    validateProfiles({profile}, activeMethodology(), sourceNameOf(profile.code));
    writeProfiles(*m_connection, {profile}, ImportMode::ReplaceProfiles, now());
    requireStoredBlocMembers(*m_connection, {profile}, sourceNameOf(profile.code));
    transaction.commit();
}

void Store::setValue(const std::string& code, const IndicatorValue& value)
{
    setValues(code, {value});
}

void Store::setValues(const std::string& code, const std::vector<IndicatorValue>& values)
{
    requireWritable(values.size() == 1 ? "change a value" : "change values");
    Transaction transaction(*m_connection);
    Profile change = storedProfile(code);
    change.values = values;
    validateProfileAttributes(change, sourceNameOf(code)); // an indicator listed twice
    validateProfiles({change}, activeMethodology(), sourceNameOf(code));
    writeProfiles(*m_connection, {change}, ImportMode::MergeValues, now());
    transaction.commit();
}

void Store::removeValue(const std::string& code, const std::string& indicator)
{
    requireWritable("remove a value");
    Transaction transaction(*m_connection);
    if (!profileExists(*m_connection, code))
        throw InputError(path(), code, {InputProblem::NoProfile, {code}});
    Statement remove(*m_connection,
                     "DELETE FROM profile_values WHERE profile = ?1 AND indicator = ?2");
    remove.bind(1, code).bind(2, indicator).run();
    if (m_connection->changes() == 0)
        throw InputError(path(), code, {InputProblem::NoValueOfIndicator, {code, indicator}});
    transaction.commit();
}

void Store::renameProfile(const std::string& code, const std::string& newName)
{
    editProfile(code, "rename a profile", [&](Profile& profile) { profile.name = newName; });
}

void Store::setTranslatedName(const std::string& code, Language language, const std::string& name)
{
    editProfile(code, "rename a profile", [&](Profile& profile) {
        if (name.empty())
            profile.translations.erase(language);
        else
            profile.translations[language].name = name;
    });
}

void Store::setPopulation(const std::string& code, std::optional<double> population)
{
    editProfile(code, "change a population",
                [&](Profile& profile) { profile.population = population; });
}

void Store::setGdp(const std::string& code, std::optional<double> gdpUsd)
{
    editProfile(code, "change a GDP", [&](Profile& profile) { profile.gdpUsd = gdpUsd; });
}

void Store::setKind(const std::string& code, ProfileKind kind)
{
    editProfile(code, "change a profile's kind", [&](Profile& profile) { profile.kind = kind; });
}

void Store::setMembers(const std::string& code, const std::vector<std::string>& members)
{
    editProfile(code, "change a bloc's members",
                [&](Profile& profile) { profile.members = members; });
}

} // namespace aisov
