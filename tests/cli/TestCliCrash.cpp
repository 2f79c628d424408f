// A crash at any moment of an import costs nothing: the CLI is killed with
// SIGKILL at random moments of a large import, many times, and each time
// the database must pass `db check` and hold either the whole import or
// none of it (issue 7).

#include "../CliRunner.h"
#include "../store/StoreTestSupport.h"

#include "aisov/BundledData.h"
#include "aisov/ProfileIO.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <random>
#include <thread>

extern char** environ;

using namespace aisov::test;
using Catch::Matchers::Contains;

namespace {

constexpr int kImportedProfiles = 3000;

// 3000 profiles with every indicator of the default methodology: large
// enough that an import takes a good fraction of a second.
std::string largeImport()
{
    std::vector<aisov::Profile> profiles;
    for (int i = 0; static_cast<int>(profiles.size()) < kImportedProfiles; ++i) {
        aisov::Profile profile;
        // AAA, AAB, ...: codes of the right form, skipping the bundled ones.
        profile.code = {static_cast<char>('A' + i / (26 * 26)),
                        static_cast<char>('A' + (i / 26) % 26), static_cast<char>('A' + i % 26)};
        if (aisov::findProfile(aisov::bundledProfiles(), profile.code) != nullptr)
            continue;
        profile.name = "Imported " + std::to_string(i);
        for (const auto& indicator : aisov::defaultMethodology().indicators) {
            aisov::IndicatorValue value;
            value.indicator = indicator.id;
            value.value = indicator.goalpostHigh;
            value.year = 2025;
            value.source = "crash test";
            value.url = "https://example.org/" + std::to_string(i);
            profile.values.push_back(value);
        }
        profiles.push_back(profile);
    }
    return aisov::profilesToJson(profiles);
}

pid_t spawnCli(const std::vector<std::string>& arguments)
{
    std::vector<std::string> all{AISOV_CLI};
    all.insert(all.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (auto& argument : all)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    const int error = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    REQUIRE(error == 0);
    return pid;
}

std::size_t profileCount(const std::string& database)
{
    aisov::Store store = aisov::Store::open(database, aisov::OpenMode::ReadOnly);
    return store.profiles().size();
}

} // namespace

TEST_CASE("SIGKILL during an import leaves all or nothing", "[cli][crash]")
{
    TempDir dir;
    const std::string importFile = writeFile(dir, "large.json", largeImport());
    const std::size_t seeded = aisov::bundledProfiles().size();

    // How long one whole import takes here, to spread the kills over it.
    const std::string timing = dir.file("timing.sqlite");
    REQUIRE(runCli({"db", "--db", timing, "init"}).exitCode == 0);
    const auto start = std::chrono::steady_clock::now();
    REQUIRE(runCli({"db", "--db", timing, "import", importFile}).exitCode == 0);
    const auto duration = std::chrono::duration_cast<std::chrono::microseconds>(
        std::chrono::steady_clock::now() - start);
    REQUIRE(profileCount(timing) == seeded + kImportedProfiles);

    std::mt19937 random(4242);
    // Kills spread over the first 90% of a whole import's time (process
    // start included). On a busy machine an import can run faster than the
    // one timed above and finish before its kill: such an attempt does not
    // count, and the window shrinks so that the next kills land in time.
    long window = duration.count() * 9 / 10;
    constexpr int kMidwayKills = 20;
    constexpr int kMaxAttempts = 80;
    int killedMidway = 0;
    for (int attempt = 0; attempt < kMaxAttempts && killedMidway < kMidwayKills; ++attempt) {
        const std::string database = dir.file("crash" + std::to_string(attempt) + ".sqlite");
        REQUIRE(runCli({"db", "--db", database, "init"}).exitCode == 0);
        const pid_t pid = spawnCli({"db", "--db", database, "import", importFile});
        std::this_thread::sleep_for(
            std::chrono::microseconds(std::uniform_int_distribution<long>(0, window)(random)));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        if (WIFSIGNALED(status))
            ++killedMidway;
        else
            window = window * 3 / 4;

        INFO("attempt " << attempt);
        const auto check = runCli({"db", "--db", database, "check"});
        CHECK(check.exitCode == 0);
        CHECK_THAT(check.out, Contains(": ok"));
        const std::size_t count = profileCount(database);
        CHECK((count == seeded || count == seeded + kImportedProfiles));
    }
    // The kills must really have hit running imports, or the test proves nothing.
    CHECK(killedMidway == kMidwayKills);
}
