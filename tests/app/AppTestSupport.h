#pragma once

// Builds the databases the application's tests open: the three-pillar test
// methodology and its profiles (tests/fixtures), whose scores are worked out
// by hand in the tests.

#include "TestSupport.h"

#include "aisov/MethodologyIO.h"
#include "aisov/ProfileIO.h"
#include "aisov/Store.h"

#include "Session.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace aisov::test {

// A store at `path` holding only the three-pillar fixture, active.
inline void createFixtureDatabase(const QString& path)
{
    StoreOptions options;
    options.seedBundledProfiles = false;
    Store store = Store::open(path.toStdString(), OpenMode::Create, options);
    store.addMethodology(loadMethodologyFile(fixturePath("three-pillars.methodology.json")));
    store.setActiveMethodology("three-pillars", "1");
    store.importProfiles(loadProfilesFile(fixturePath("three-pillars.profiles.json")),
                         ImportMode::ReplaceProfiles, "fixture");
}

// Two undo steps in `session`: a new profile "NEW", then its value of a1
// (40), for the tests of steps the store refuses.
inline void createProfileWithValue(Session& session)
{
    Profile created;
    created.code = "NEW";
    created.name = "New country";
    session.createProfile(created);
    IndicatorValue value;
    value.indicator = "a1";
    value.value = 40;
    value.year = 2024;
    session.setValue(QStringLiteral("NEW"), value);
}

// Deletes `code` from the store at `path` through a connection of its own,
// as another program would.
inline void deleteProfileElsewhere(const QString& path, const std::string& code)
{
    Store::open(path.toStdString(), OpenMode::Existing).deleteProfile(code);
}

inline QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace aisov::test
