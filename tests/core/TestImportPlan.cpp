// planImport: what an import adds, changes and removes, worked out against
// the stored profiles before anything is written.

#include "../TestSupport.h"

#include "aisov/ImportPlan.h"

#include <catch2/catch.hpp>

using namespace aisov;
using aisov::test::valueOf;

namespace {

Profile profileOf(const std::string& code, std::vector<IndicatorValue> values)
{
    Profile profile;
    profile.code = code;
    profile.name = "Country " + code;
    profile.values = std::move(values);
    return profile;
}

} // namespace

TEST_CASE("A JSON import (replace) lists new, changed and removed values")
{
    const std::vector<Profile> stored{profileOf("AAA", {valueOf("a1", 1), valueOf("a2", 2)})};
    Profile incoming = profileOf("AAA", {valueOf("a1", 5), valueOf("b1", 3)});
    incoming.population = 1000;
    const ImportPlan plan = planImport(stored, {incoming, profileOf("BBB", {valueOf("a1", 7)})},
                                       ImportMode::ReplaceProfiles);
    REQUIRE(plan.profiles.size() == 2);
    const ProfileChange& changed = plan.profiles[0];
    CHECK(changed.kind == ChangeKind::Changed);
    CHECK(changed.attributes == std::vector{ProfileAttribute::Population});
    REQUIRE(changed.values.size() == 3);
    CHECK(changed.values[0].indicator == "a1");
    CHECK(changed.values[0].kind == ChangeKind::Changed);
    CHECK(*changed.values[0].before == 1);
    CHECK(*changed.values[0].after == 5);
    CHECK(changed.values[1].indicator == "b1");
    CHECK(changed.values[1].kind == ChangeKind::Added);
    CHECK(changed.values[2].indicator == "a2");
    CHECK(changed.values[2].kind == ChangeKind::Removed); // replace drops what the file lacks
    CHECK(plan.profiles[1].kind == ChangeKind::Added);
    CHECK(plan.count(ChangeKind::Added) == 1);
    CHECK(plan.valueCount(ChangeKind::Removed) == 1);
    CHECK(plan.valueCount(ChangeKind::Added) == 2); // b1 and BBB's a1
}

TEST_CASE("A CSV import (merge) removes nothing and keeps the attributes")
{
    Profile stored = profileOf("AAA", {valueOf("a1", 1), valueOf("a2", 2)});
    stored.population = 5;
    Profile incoming = profileOf("AAA", {valueOf("a1", 1)});
    incoming.name = "AAA"; // a CSV profile has its code as name
    const ImportPlan plan = planImport({stored}, {incoming}, ImportMode::MergeValues);
    CHECK(plan.empty());
    CHECK(plan.unchangedProfiles == 1);
}

TEST_CASE("A change of provenance alone is a change, marked as such")
{
    IndicatorValue newer = valueOf("a1", 1);
    newer.year = 2025;
    const ImportPlan plan = planImport({profileOf("AAA", {valueOf("a1", 1)})},
                                       {profileOf("AAA", {newer})}, ImportMode::MergeValues);
    REQUIRE(plan.profiles.size() == 1);
    REQUIRE(plan.profiles[0].values.size() == 1);
    CHECK(plan.profiles[0].values[0].provenanceOnly);
}

TEST_CASE("a change of a translated name is a change of the profile",
          "[import][plan][translations]")
{
    Profile stored;
    stored.code = "CHE";
    stored.name = "Switzerland";
    stored.translations[Language::Korean].name = "스위스";
    Profile renamed = stored;
    renamed.translations[Language::Korean].name = "스위스 연방";
    const ImportPlan plan = planImport({stored}, {renamed}, ImportMode::ReplaceProfiles);
    REQUIRE(plan.profiles.size() == 1);
    CHECK(plan.profiles[0].attributes == std::vector{ProfileAttribute::TranslatedNames});
    CHECK(plan.profiles[0].translations == renamed.translations); // for the preview
    CHECK(planImport({stored}, {stored}, ImportMode::ReplaceProfiles).unchangedProfiles == 1);
    // Values only (CSV): the translated names stay, so nothing changes.
    Profile valuesOnly;
    valuesOnly.code = "CHE";
    CHECK(planImport({stored}, {valuesOnly}, ImportMode::MergeValues).empty());
}
