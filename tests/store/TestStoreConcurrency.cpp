// Two connections writing to one store at the same time lose nothing.
// (Two processes: tests/cli/TestCliDb.cpp runs parallel CLI imports.)

#include "StoreTestSupport.h"

#include <atomic>
#include <thread>

using namespace aisov;
using namespace aisov::test;

TEST_CASE("two connections writing at once lose no write", "[store][concurrency]")
{
    TempDir dir;
    const std::string path = dir.file("shared.sqlite");
    {
        Store store = Store::open(path, OpenMode::Create, ManualClock().options());
        Profile che;
        che.code = "CHE";
        che.name = "Switzerland";
        store.saveProfile(che);
    }
    constexpr int kWritesPerConnection = 40;
    std::atomic<int> failures{0};
    const auto writer = [&](const std::string& codePrefix, double base) {
        try {
            Store store = Store::open(path, OpenMode::Existing);
            for (int i = 0; i < kWritesPerConnection; ++i) {
                // One new profile per write, and a value on the shared one.
                Profile profile;
                profile.code =
                    codePrefix + static_cast<char>('A' + i % 26) + static_cast<char>('A' + i / 26);
                profile.name = profile.code;
                profile.kind = ProfileKind::Bloc;
                store.saveProfile(profile);
                IndicatorValue value;
                value.indicator = codePrefix == "X" ? "researchers" : "top500_share";
                value.value = base + i;
                store.setValue("CHE", value);
                store.snapshotProfile("CHE", codePrefix + std::to_string(i));
            }
        } catch (const std::exception& error) {
            UNSCOPED_INFO("writer " << codePrefix << " failed: " << error.what());
            ++failures;
        }
    };
    std::thread first(writer, "X", 1000.0);
    std::thread second(writer, "Y", 1.0);
    first.join();
    second.join();
    CHECK(failures == 0);

    Store store = Store::open(path, OpenMode::Existing);
    CHECK(store.profiles().size() == 1 + 2 * kWritesPerConnection);
    const auto che = store.profile("CHE");
    REQUIRE(che->values.size() == 2);
    CHECK(che->findValue("researchers")->value == 1000.0 + kWritesPerConnection - 1);
    CHECK(che->findValue("top500_share")->value == kWritesPerConnection);
    CHECK(store.snapshots("CHE").size() == 2 * kWritesPerConnection);
    CHECK(store.check().ok());
}

TEST_CASE("a reader never sees half of another connection's write", "[store][concurrency]")
{
    // Each write renames CHE to "v<N>" and sets its value to N in one
    // transaction: the name lives in `profiles`, the value in
    // `profile_values`. A read of the profile that is not one transaction
    // could pair a name with the value of another write.
    TempDir dir;
    const std::string path = dir.file("shared.sqlite");
    Profile che;
    che.code = "CHE";
    che.name = "v0";
    IndicatorValue researchers;
    researchers.indicator = "researchers";
    che.values = {researchers};
    Store::open(path, OpenMode::Create, ManualClock().options()).saveProfile(che);

    constexpr int kWrites = 300;
    std::atomic<bool> done{false};
    std::atomic<int> writerFailures{0};
    std::thread writer([&] {
        try {
            Store store = Store::open(path, OpenMode::Existing);
            for (int i = 1; i <= kWrites; ++i) {
                che.name = "v" + std::to_string(i);
                che.values[0].value = i;
                store.saveProfile(che);
            }
        } catch (const std::exception& error) {
            UNSCOPED_INFO("writer failed: " << error.what());
            ++writerFailures;
        }
        done = true;
    });
    Store reader = Store::open(path, OpenMode::Existing);
    int reads = 0;
    int torn = 0;
    while (!done) {
        const auto seen = reader.profile("CHE");
        const auto record = reader.profileRecord("CHE");
        if (seen->name != "v" + std::to_string(static_cast<int>(seen->values[0].value)) ||
            record->name != "v" + std::to_string(static_cast<int>(record->values[0].value.value)))
            ++torn;
        ++reads;
    }
    writer.join();
    CHECK(writerFailures == 0);
    INFO(reads << " reads");
    CHECK(torn == 0);
}
