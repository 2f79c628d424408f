// Reading and writing whole files safely (TextFile.h).

#include "../ErrorMatch.h"

#include "aisov/InputError.h"
#include "aisov/TextFile.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <unistd.h>

using namespace aisov;
namespace fs = std::filesystem;

namespace {

struct ScratchDirectory
{
    fs::path path;
    ScratchDirectory()
    {
        std::string pattern = (fs::temp_directory_path() / "aisov-textfile-XXXXXX").string();
        REQUIRE(::mkdtemp(pattern.data()) != nullptr);
        path = pattern;
    }
    ~ScratchDirectory() { fs::remove_all(path); }
    ScratchDirectory(const ScratchDirectory&) = delete;
    ScratchDirectory& operator=(const ScratchDirectory&) = delete;
};

std::size_t entriesIn(const fs::path& directory)
{
    return static_cast<std::size_t>(
        std::distance(fs::directory_iterator(directory), fs::directory_iterator()));
}

} // namespace

TEST_CASE("writeFileAtomically replaces a file whole and leaves no temporary", "[textfile]")
{
    ScratchDirectory scratch;
    const std::string path = (scratch.path / "out.json").string();
    writeFileAtomically(path, "first version, rather long");
    writeFileAtomically(path, "second");
    CHECK(readTextFile(path) == "second");
    CHECK(entriesIn(scratch.path) == 1);
}

// Found by a careful tester: a chmod 600 file came back world-readable
// (0644) after an export replaced it, and a write-protected one was replaced.
TEST_CASE("writeFileAtomically keeps the permissions of the file it replaces", "[textfile]")
{
    ScratchDirectory scratch;
    const std::string path = (scratch.path / "private.json").string();
    writeFileAtomically(path, "first");
    fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write);
    writeFileAtomically(path, "second");
    CHECK(readTextFile(path) == "second");
    CHECK(fs::status(path).permissions() == (fs::perms::owner_read | fs::perms::owner_write));
}

TEST_CASE("writeFileAtomically refuses a write-protected file and keeps it", "[textfile]")
{
    ScratchDirectory scratch;
    const std::string path = (scratch.path / "kept.json").string();
    writeFileAtomically(path, "precious");
    // No write permission for anyone: refused even for root, who could write it.
    fs::permissions(path, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    CHECK_THROWS_WITH(writeFileAtomically(path, "overwritten"),
                      Catch::Matchers::Contains("write-protected"));
    CHECK(readTextFile(path) == "precious");
    CHECK(entriesIn(scratch.path) == 1);
}

TEST_CASE("writeFileAtomically refuses to write through a symbolic link", "[textfile][security]")
{
    ScratchDirectory scratch;
    fs::create_directory(scratch.path / "outside");
    fs::create_directory(scratch.path / "work");
    const fs::path victim = scratch.path / "outside" / "victim.txt";
    writeFileAtomically(victim.string(), "precious");
    const fs::path link = scratch.path / "work" / "chart.png";
    fs::create_symlink(victim, link);

    try {
        writeFileAtomically(link.string(), "overwritten?");
        FAIL("wrote through a link");
    } catch (const FileError& error) {
        CHECK_THAT(error.what(), Catch::Matchers::Contains("symbolic link") &&
                                     Catch::Matchers::Contains(victim.string()));
    }
    CHECK(readTextFile(victim.string()) == "precious");
    CHECK(fs::is_symlink(link));
    CHECK(entriesIn(scratch.path / "work") == 1); // no temporary left behind
}

TEST_CASE("writeFileAtomically reports unwritable places as FileError", "[textfile]")
{
    ScratchDirectory scratch;
    CHECK_THROWS_AS(writeFileAtomically((scratch.path / "missing" / "x.json").string(), "x"),
                    FileError);
    CHECK_THROWS_AS(writeFileAtomically(scratch.path.string(), "x"), FileError);
}

TEST_CASE("readTextFile tells a missing file from a too large one", "[textfile]")
{
    ScratchDirectory scratch;
    CHECK_THROWS_AS(readTextFile((scratch.path / "none.json").string()), FileError);
    const std::string path = (scratch.path / "big.json").string();
    writeFileAtomically(path, std::string(100, 'x'));
    AISOV_REQUIRE_INPUT_ERROR(readTextFile(path, 10), "", "larger than the limit");
    CHECK(readTextFile(path, 100).size() == 100);
}
