// libFuzzer target for opening a database file: the bytes become a file,
// which the store opens (migrating it when it is an older schema), lists,
// reads every snapshot whole, scores its profiles and scenarios, and checks.
// Refusing the file (InputError, or StoreError/FileError for what SQLite
// reports) is fine; a crash or a sanitizer report is a bug.

#include "aisov/InputError.h"
#include "aisov/Scoring.h"
#include "aisov/Store.h"
#include "aisov/TextFile.h"

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const std::string path = (std::filesystem::temp_directory_path() /
                                     ("aisov-fuzz-" + std::to_string(::getpid()) + ".sqlite"))
                                        .string();
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(path + suffix);
    aisov::writeFileAtomically(path, std::string(reinterpret_cast<const char*>(data), size));
    try {
        aisov::StoreOptions options;
        options.busyTimeout = std::chrono::milliseconds(0);
        aisov::Store store = aisov::Store::open(path, aisov::OpenMode::Existing, options);
        (void)store.check();
        (void)store.profileSummaries();
        (void)store.methodologies();
        const auto profiles = store.profiles();
        for (const auto& profile : profiles) {
            for (const auto& snapshot : store.snapshots(profile.code))
                (void)store.snapshot(snapshot.id);
            (void)store.valueRecords(profile.code);
            for (const auto& scenario : store.scenarios(profile.code))
                (void)store.scoreScenario(profile.code, scenario.name);
        }
        (void)aisov::scoreProfiles(profiles, store.activeMethodology());
    } catch (const aisov::InputError&) {
    } catch (const aisov::FileError&) {
    }
    return 0;
}
