// Hostile input for every file reader: whatever the bytes, a reader either
// returns valid data or throws InputError naming the file; it never crashes,
// hangs or accepts garbage silently.

#include "../ErrorMatch.h"
#include "../TestSupport.h"

#include "aisov/MethodologyIO.h"
#include "aisov/ProfileIO.h"
#include "aisov/TextFile.h"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <functional>

using namespace aisov;
using aisov::test::fixturePath;

namespace {

using Reader = std::function<void(const std::string&)>;

// Parses `text` with `reader`; returns true when it was accepted, false when
// refused with an InputError that names the file. Any other exception fails.
bool acceptedOrRefusedCleanly(const Reader& reader, const std::string& text)
{
    try {
        reader(text);
        return true;
    } catch (const InputError& error) {
        REQUIRE(error.file() == "hostile.input");
        REQUIRE_FALSE(error.reason().empty());
        return false;
    }
}

const Reader kMethodologyReader = [](const std::string& text) {
    (void)parseMethodology(text, "hostile.input");
};
const Reader kProfilesReader = [](const std::string& text) {
    (void)parseProfilesJson(text, "hostile.input");
};
const Reader kCsvReader = [](const std::string& text) {
    (void)parseProfilesCsv(text, "hostile.input");
};

void collectPointers(const nlohmann::json& node, const std::string& pointer,
                     std::vector<std::string>& pointers)
{
    pointers.push_back(pointer);
    if (node.is_object())
        for (auto it = node.begin(); it != node.end(); ++it)
            collectPointers(it.value(), pointer + "/" + it.key(), pointers);
    else if (node.is_array())
        for (std::size_t i = 0; i < node.size(); ++i)
            collectPointers(node[i], pointer + "/" + std::to_string(i), pointers);
}

// Every way of replacing one node of `document` (a leaf or a whole object or
// array, the root excepted) by a value of another type.
void forEachWrongType(const nlohmann::json& document,
                      const std::function<void(const nlohmann::json&, const std::string&)>& visit)
{
    const std::vector<nlohmann::json> wrongValues{
        nullptr, true, 12, -1e300, "text", nlohmann::json::array(), nlohmann::json::object()};
    std::vector<std::string> pointers;
    collectPointers(document, "", pointers);
    for (const auto& pointer : pointers) {
        if (pointer.empty())
            continue;
        for (const auto& wrong : wrongValues) {
            nlohmann::json mutated = document;
            mutated[nlohmann::json::json_pointer(pointer)] = wrong;
            visit(mutated, pointer);
        }
    }
}

} // namespace

TEST_CASE("every truncation of a valid file is refused cleanly", "[hostile]")
{
    const std::string methodology = readTextFile(fixturePath("three-pillars.methodology.json"));
    const std::string profiles = readTextFile(fixturePath("three-pillars.profiles.json"));
    for (std::size_t length = 0; length < methodology.size() - 2; ++length)
        CHECK_FALSE(acceptedOrRefusedCleanly(kMethodologyReader, methodology.substr(0, length)));
    for (std::size_t length = 0; length < profiles.size() - 2; ++length)
        CHECK_FALSE(acceptedOrRefusedCleanly(kProfilesReader, profiles.substr(0, length)));
    const std::string csv = profilesToCsv(parseProfilesJson(profiles, "p.json"));
    // A CSV cut inside a quoted field or a number may be refused; cut at a
    // line end it is valid: either way, no crash and no exception but InputError.
    for (std::size_t length = 0; length < csv.size(); ++length)
        acceptedOrRefusedCleanly(kCsvReader, csv.substr(0, length));
}

TEST_CASE("a wrong type at any place of a methodology is refused with that place", "[hostile]")
{
    const nlohmann::json document =
        nlohmann::json::parse(readTextFile(fixturePath("three-pillars.methodology.json")));
    std::size_t refused = 0;
    forEachWrongType(document, [&](const nlohmann::json& mutated, const std::string&) {
        if (!acceptedOrRefusedCleanly(kMethodologyReader, mutated.dump()))
            ++refused;
    });
    // Some replacements stay valid (a number for a number); most must be refused.
    CHECK(refused > 100);
}

TEST_CASE("a wrong type at any place of a profiles file is refused", "[hostile]")
{
    const nlohmann::json document =
        nlohmann::json::parse(readTextFile(fixturePath("three-pillars.profiles.json")));
    std::size_t refused = 0;
    forEachWrongType(document, [&](const nlohmann::json& mutated, const std::string&) {
        if (!acceptedOrRefusedCleanly(kProfilesReader, mutated.dump()))
            ++refused;
    });
    CHECK(refused > 100);
}

TEST_CASE("NaN and Infinity are refused however they are spelt", "[hostile]")
{
    for (const char* spelling : {"NaN", "nan", "Infinity", "-Infinity", "inf", "1e400", "-1e400"}) {
        const std::string json = std::string(R"({"format": "aisov.profiles/1", "profiles": [
            {"code": "CHE", "name": "S", "values": [{"indicator": "x", "value": )") +
                                 spelling + "}]}]}";
        INFO(spelling);
        CHECK_FALSE(acceptedOrRefusedCleanly(kProfilesReader, json));
        const std::string csv =
            std::string(kProfilesCsvHeader) + "\nCHE,x," + spelling + ",2024,s,u,high,\n";
        CHECK_FALSE(acceptedOrRefusedCleanly(kCsvReader, csv));
    }
}

TEST_CASE("deep nesting, long strings, invalid UTF-8 and duplicate keys", "[hostile]")
{
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    AISOV_REQUIRE_INPUT_ERROR(parseProfilesJson(deep, "hostile.input"), "", "nested deeper");

    // A 5 MB name is read in full, then refused by its length (issue 18:
    // names are at most 200 characters, textFieldProblem), with its place.
    const std::string longName(5 * 1024 * 1024, 'n');
    AISOV_REQUIRE_INPUT_ERROR(
        parseProfilesJson(
            R"({"format": "aisov.profiles/1", "profiles": [{"code": "CHE", "name": ")" + longName +
                R"("}]})",
            "long.json"),
        "$.profiles[0].name", "is 5242880 characters long; at most 200 are allowed");

    AISOV_REQUIRE_INPUT_ERROR(
        parseProfilesJson("{\"format\": \"aisov.profiles/1\", \"profiles\": [{\"code\": \"CHE\", "
                          "\"name\": \"S\xC3\x28\"}]}",
                          "hostile.input"),
        "line 1", "not valid JSON");
    AISOV_REQUIRE_INPUT_ERROR(parseProfilesJson(R"({"format": "aisov.profiles/1", "profiles": [
            {"code": "CHE", "name": "A", "name": "B"}]})",
                                                "hostile.input"),
                              "", "duplicate key \"name\"");
    AISOV_REQUIRE_INPUT_ERROR(parseProfilesJson("   \n\t ", "hostile.input"), "", "empty");
    AISOV_REQUIRE_INPUT_ERROR(parseProfilesCsv("", "hostile.input"), "", "empty");
}

TEST_CASE("a 1 GB file is refused by its size without being read", "[hostile]")
{
    const auto path = std::filesystem::temp_directory_path() / "aisov-hostile-1gb.json";
    {
        std::ofstream create(path, std::ios::binary);
    }
    // Sparse: takes no disk space, but reports a size of 1 GiB.
    std::filesystem::resize_file(path, 1024ull * 1024ull * 1024ull);
    AISOV_REQUIRE_INPUT_ERROR(loadProfilesFile(path.string()), "", "larger than the limit");
    AISOV_REQUIRE_INPUT_ERROR(loadMethodologyFile(path.string()), "", "1024 MiB");
    std::filesystem::remove(path);
}
