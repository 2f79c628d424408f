// aisov-cli chart, run as a real process (docs/cli.md): files
// written, and the exit codes of the contract.

#include "../CliRunner.h"
#include "../TestSupport.h"

#include "aisov/TextFile.h"

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <sstream>

using aisov::test::fixturePath;
using aisov::test::runCli;
using aisov::test::runCliAt;
using aisov::test::slurp;
using Catch::Matchers::Contains;

namespace {

const std::string kMethodology = fixturePath("three-pillars.methodology.json");
const std::string kProfiles = fixturePath("three-pillars.profiles.json");

std::filesystem::path outputDirectory()
{
    auto directory = std::filesystem::temp_directory_path() /
                     ("aisov-cli-chart-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(directory);
    return directory;
}

std::vector<std::string> chartArguments(const std::string& kind, const std::string& out,
                                        std::vector<std::string> extra = {})
{
    std::vector<std::string> arguments{"chart",      kind,      "--methodology", kMethodology,
                                       "--profiles", kProfiles, "--codes",       "XAA,YBB,XYBLOC",
                                       "--out",      out};
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    return arguments;
}

std::uint32_t bigEndian32(const std::string& bytes, std::size_t offset)
{
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<unsigned char>(bytes[offset + i]);
    return value;
}

struct PngHeader
{
    std::uint32_t width = 0;
    std::uint32_t height = 0;
    std::uint32_t pixelsPerMetre = 0; // from the pHYs chunk; 0 when absent
};

PngHeader readPngHeader(const std::string& bytes)
{
    PngHeader header;
    REQUIRE(bytes.size() > 33);
    REQUIRE(bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
    header.width = bigEndian32(bytes, 16); // IHDR data follows length + type
    header.height = bigEndian32(bytes, 20);
    const auto phys = bytes.find("pHYs");
    if (phys != std::string::npos)
        header.pixelsPerMetre = bigEndian32(bytes, phys + 4);
    return header;
}

} // namespace

TEST_CASE("chart writes PNG, SVG and PDF and exits 0", "[cli][chart]")
{
    const auto directory = outputDirectory();
    for (const std::string kind : {"spectrum", "radar", "compare"}) {
        for (const std::string suffix : {"png", "svg", "pdf"}) {
            const std::string out = (directory / kind).replace_extension(suffix).string();
            const auto run =
                runCli(chartArguments(kind, out, {"--width", "800", "--height", "450"}));
            INFO(kind << " " << suffix << ": " << run.err);
            REQUIRE(run.exitCode == 0);
            CHECK_THAT(run.out, Contains("wrote " + out));
            const std::string bytes = slurp(out);
            if (suffix == "png")
                CHECK(bytes.compare(0, 4, "\x89PNG") == 0);
            else if (suffix == "svg")
                CHECK((bytes.find("<svg") != std::string::npos &&
                       bytes.find("Country X") != std::string::npos));
            else
                CHECK(bytes.compare(0, 5, "%PDF-") == 0);
        }
    }
    std::filesystem::remove_all(directory);
}

TEST_CASE("chart PNG honours --width, --height and --dpi", "[cli][chart]")
{
    const auto directory = outputDirectory();
    const std::string out = (directory / "hidpi.png").string();
    const auto run = runCli(
        chartArguments("spectrum", out,
                       {"--width", "1920", "--height", "1080", "--dpi", "192", "--theme", "dark"}));
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const PngHeader header = readPngHeader(slurp(out));
    CHECK(header.width == 3840);
    CHECK(header.height == 2160);
    CHECK(header.pixelsPerMetre == 7559);
    std::filesystem::remove_all(directory);
}

TEST_CASE("chart --preset a4 gives an A4 PDF page", "[cli][chart]")
{
    const auto directory = outputDirectory();
    const std::string out = (directory / "a4.pdf").string();
    const auto run = runCli(chartArguments("radar", out, {"--preset", "a4"}));
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const std::string pdf = slurp(out);
    // "/MediaBox [x0 y0 x1 y1]" (std::regex would trip GCC 12's
    // -Wmaybe-uninitialized under the sanitizers).
    const auto at = pdf.find("/MediaBox");
    REQUIRE(at != std::string::npos);
    std::istringstream box(pdf.substr(pdf.find('[', at) + 1, 80));
    double x0 = -1, y0 = -1, x1 = -1, y1 = -1;
    box >> x0 >> y0 >> x1 >> y1;
    CHECK(x0 == 0);
    CHECK(y0 == 0);
    CHECK(x1 == Approx(595.3).margin(1));
    CHECK(y1 == Approx(841.9).margin(1));
    std::filesystem::remove_all(directory);
}

TEST_CASE("chart runs without QT_QPA_PLATFORM or a display", "[cli][chart]")
{
    const auto directory = outputDirectory();
    const std::string out = (directory / "headless.png").string();
    const std::string saved = std::getenv("QT_QPA_PLATFORM") ? std::getenv("QT_QPA_PLATFORM") : "";
    ::unsetenv("QT_QPA_PLATFORM");
    ::unsetenv("DISPLAY");
    ::unsetenv("WAYLAND_DISPLAY");
    const auto run = runCli(chartArguments("spectrum", out));
    if (!saved.empty())
        ::setenv("QT_QPA_PLATFORM", saved.c_str(), 1);
    INFO(run.err);
    CHECK(run.exitCode == 0);
    CHECK(readPngHeader(slurp(out)).width == 1920);
    std::filesystem::remove_all(directory);
}

TEST_CASE("chart reads profiles from a database", "[cli][chart]")
{
    const auto directory = outputDirectory();
    const std::string database = (directory / "store.db").string();
    const std::string out = (directory / "from-db.svg").string();
    // A new store is seeded with the bundled profiles and methodology.
    REQUIRE(runCli({"db", "--db", database, "init"}).exitCode == 0);
    const auto run =
        runCli({"chart", "spectrum", "--db", database, "--codes", "CHE,USA,EU27", "--out", out});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const std::string svg = slurp(out);
    CHECK(svg.find("Switzerland") != std::string::npos);
    CHECK(svg.find("United States") != std::string::npos);
    std::filesystem::remove_all(directory);
}

TEST_CASE("chart history draws a profile's snapshots from a database", "[cli][chart]")
{
    const auto directory = outputDirectory();
    const std::string database = (directory / "history.db").string();
    const std::string out = (directory / "history.svg").string();
    REQUIRE(runCli({"db", "--db", database, "init"}).exitCode == 0);
    const auto snapshot =
        runCli({"db", "--db", database, "snapshot", "CHE", "--label", "First look"});
    INFO(snapshot.err);
    REQUIRE(snapshot.exitCode == 0);
    const auto run = runCli({"chart", "history", "--db", database, "--codes", "CHE", "--out", out});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const std::string svg = slurp(out);
    CHECK(svg.find("Score over time") != std::string::npos);
    CHECK(svg.find("Switzerland") != std::string::npos);
    // The snapshot and today, at either end of the time axis, both labelled.
    CHECK(svg.find("First look") != std::string::npos);
    CHECK(svg.find("Today") != std::string::npos);

    const auto noDatabase =
        runCli({"chart", "history", "--profiles", database, "--codes", "CHE", "--out", out});
    CHECK(noDatabase.exitCode == 2);
    CHECK(noDatabase.err.find("needs --db FILE") != std::string::npos);
    const auto twoCodes =
        runCli({"chart", "history", "--db", database, "--codes", "CHE,USA", "--out", out});
    CHECK(twoCodes.exitCode == 2);
    CHECK(twoCodes.err.find("exactly one profile") != std::string::npos);
    std::filesystem::remove_all(directory);
}

TEST_CASE("chart replaces an existing file", "[cli][chart]")
{
    const auto directory = outputDirectory();
    const std::string out = (directory / "replace.svg").string();
    aisov::writeFileAtomically(out, "old");
    const auto run = runCli(chartArguments("compare", out));
    REQUIRE(run.exitCode == 0);
    const std::string bytes = slurp(out);
    CHECK(bytes.find("<svg") != std::string::npos);
    CHECK(std::distance(std::filesystem::directory_iterator(directory),
                        std::filesystem::directory_iterator()) == 1);
    std::filesystem::remove_all(directory);
}

TEST_CASE("chart to an unwritable path exits 1 and names it", "[cli][chart]")
{
    const std::string out = "/nonexistent-aisov-dir/chart.png";
    const auto run = runCli(chartArguments("spectrum", out));
    CHECK(run.exitCode == 1);
    CHECK_THAT(run.err, Contains(out));
}

TEST_CASE("chart never writes through a symbolic link", "[cli][chart][security]")
{
    const auto directory = outputDirectory();
    const auto victim = directory / "victim.png";
    aisov::writeFileAtomically(victim.string(), "precious");
    const auto link = directory / "chart.png";
    std::filesystem::create_symlink(victim, link);
    const auto run = runCli(chartArguments("spectrum", link.string()));
    CHECK(run.exitCode == 1);
    CHECK_THAT(run.err, Contains("symbolic link"));
    CHECK(slurp(victim.string()) == "precious");
    CHECK(std::filesystem::is_symlink(link));
    std::filesystem::remove_all(directory);
}

TEST_CASE("chart with bad profiles exits 3", "[cli][chart]")
{
    const auto directory = outputDirectory();
    const std::string out = (directory / "never.png").string();
    const std::string broken = (directory / "broken.json").string();
    aisov::writeFileAtomically(broken,
                               R"({"format": "aisov.profiles/1", "profiles": [ {"code": 5}]})");
    const auto run = runCli({"chart", "spectrum", "--methodology", kMethodology, "--profiles",
                             broken, "--codes", "XAA", "--out", out});
    CHECK(run.exitCode == 3);
    CHECK_THAT(run.err, Contains("broken.json"));
    // An unknown code is invalid input too.
    const auto unknown = runCli({"chart", "spectrum", "--methodology", kMethodology, "--profiles",
                                 kProfiles, "--codes", "XAA,NOPE", "--out", out});
    CHECK(unknown.exitCode == 3);
    CHECK_THAT(unknown.err, Contains("NOPE"));
    CHECK_FALSE(std::filesystem::exists(out));
    std::filesystem::remove_all(directory);
}

TEST_CASE("chart usage errors exit 2", "[cli][chart]")
{
    const std::string out = "/tmp/aisov-cli-chart-usage.png";
    const std::vector<std::vector<std::string>> bad{
        {"chart", "--profiles", kProfiles, "--codes", "XAA", "--out", out},
        {"chart", "pie", "--profiles", kProfiles, "--codes", "XAA", "--out", out},
        {"chart", "spectrum", "--profiles", kProfiles, "--codes", "XAA"},
        {"chart", "spectrum", "--profiles", kProfiles, "--out", out},
        {"chart", "spectrum", "--codes", "XAA", "--out", out},
        {"chart", "spectrum", "--profiles", kProfiles, "--codes", "XAA", "--out", "/tmp/chart.jpg"},
        {"chart", "compare", "--profiles", kProfiles, "--codes", "XAA", "--out", out},
        {"chart", "spectrum", "--profiles", kProfiles, "--codes", "XAA", "--out", out, "--theme",
         "sepia"},
        {"chart", "spectrum", "--profiles", kProfiles, "--codes", "XAA", "--out", out, "--dpi",
         "0"},
        {"chart", "spectrum", "--profiles", kProfiles, "--codes", "XAA", "--out", out, "--width",
         "wide"},
        {"chart", "spectrum", "--profiles", kProfiles, "--codes", "XAA", "--out", out, "--preset",
         "letter"},
        {"chart", "spectrum", "--profiles", kProfiles, "--codes", "XAA", "--out", out, "--width",
         "10000", "--dpi", "960"},
        {"chart", "spectrum", "--profiles", kProfiles, "--codes", "XAA", "--out", out, "--bogus"},
        {"chart", "spectrum", "--profiles", kProfiles, "--codes", "XAA", "--out", out, "--seed",
         "3"},
        {"chart", "spectrum", "--profiles", kProfiles, "--codes", "XAA", "--out", out,
         "--uncertainty", "0"},
        // A coalition also named in --codes is one profile, not two: found
        // only after loading.
        {"chart", "compare", "--methodology", kMethodology, "--profiles", kProfiles, "--codes",
         "DUO", "--coalition", "DUO=XAA,YBB", "--out", out},
    };
    for (const auto& arguments : bad) {
        const auto run = runCli(arguments);
        std::string line;
        for (const auto& argument : arguments)
            line += argument + " ";
        INFO(line << "\n" << run.err);
        CHECK(run.exitCode == 2);
        CHECK_FALSE(run.err.empty());
    }
    CHECK_FALSE(std::filesystem::exists(out));
}

TEST_CASE("chart --uncertainty draws p5-p95 whiskers; the same seed gives the same file",
          "[cli][chart]")
{
    const auto directory = outputDirectory();
    const std::string plain = (directory / "plain.svg").string();
    const std::string first = (directory / "first.svg").string();
    const std::string second = (directory / "second.svg").string();
    REQUIRE(runCli(chartArguments("spectrum", plain)).exitCode == 0);
    for (const auto& out : {first, second}) {
        const auto run =
            runCli(chartArguments("spectrum", out, {"--uncertainty", "300", "--seed", "5"}));
        INFO(run.err);
        REQUIRE(run.exitCode == 0);
    }
    // The legend explains the whiskers only when there are some.
    CHECK(slurp(plain).find("uncertainty interval") == std::string::npos);
    CHECK_THAT(slurp(first), Contains("uncertainty interval (p5"));
    CHECK(slurp(first) == slurp(second));
    std::filesystem::remove_all(directory);
}

TEST_CASE("chart --coalition adds the pooled bloc, which counts for compare's 2-8 profiles",
          "[cli][chart]")
{
    const auto directory = outputDirectory();
    const std::string out = (directory / "coalition.svg").string();
    const auto run =
        runCli({"chart", "compare", "--methodology", kMethodology, "--profiles", kProfiles,
                "--codes", "XAA", "--coalition", "DUO=XAA,YBB", "--out", out});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const std::string svg = slurp(out);
    CHECK_THAT(svg, Contains("Country X"));
    CHECK_THAT(svg, Contains("DUO"));
    std::filesystem::remove_all(directory);
}

TEST_CASE("chart --scenario draws a saved scenario on the spectrum and the delta chart",
          "[cli][chart][scenario]")
{
    const auto directory = outputDirectory();
    const std::string database = (directory / "store.db").string();
    REQUIRE(runCli({"db", "--db", database, "init"}).exitCode == 0);
    const auto saved = runCli({"db", "--db", database, "scenario", "CHE", "--name", "Cluster",
                               "--set", "top500_share=10"});
    INFO(saved.err);
    REQUIRE(saved.exitCode == 0);
    // "Saved scenario "Cluster" of CHE (1 override): score 41.2 -> 47.9"
    const std::string scenarioScore = saved.out.substr(saved.out.rfind(' ') + 1, std::string::npos);
    REQUIRE(scenarioScore.size() > 1);
    const std::string percent = scenarioScore.substr(0, scenarioScore.size() - 1) + "%";

    const std::string spectrum = (directory / "spectrum.svg").string();
    const auto drawn = runCli({"chart", "spectrum", "--db", database, "--codes", "CHE,USA",
                               "--scenario", "Cluster", "--out", spectrum});
    INFO(drawn.err);
    REQUIRE(drawn.exitCode == 0);
    // The label reads base -> scenario with the score the store computed;
    // USA has no scenario of that name and keeps a plain label.
    CHECK_THAT(slurp(spectrum), Contains("\u2192 " + percent) && Contains("United States") &&
                                    Contains("base \u2192 scenario"));

    const std::string delta = (directory / "delta.svg").string();
    const auto deltaRun = runCli({"chart", "delta", "--db", database, "--codes", "CHE",
                                  "--scenario", "Cluster", "--out", delta});
    INFO(deltaRun.err);
    REQUIRE(deltaRun.exitCode == 0);
    CHECK_THAT(slurp(delta),
               Contains("Switzerland: Cluster") && Contains("Change from base to scenario"));

    // On radar and compare the scenario is a series of its own, beside its base.
    for (const std::string kind : {"radar", "compare"}) {
        const std::string file = (directory / (kind + ".svg")).string();
        const auto run = runCli({"chart", kind, "--db", database, "--codes", "CHE", "--scenario",
                                 "Cluster", "--out", file});
        INFO(kind << ": " << run.err);
        REQUIRE(run.exitCode == 0);
        CHECK_THAT(slurp(file), Contains("Switzerland (Cluster)") && Contains("Switzerland"));
    }

    // Levers from where the scenario leaves Switzerland.
    const std::string leversFile = (directory / "levers.svg").string();
    const auto leversRun = runCli({"chart", "levers", "--db", database, "--codes", "CHE",
                                   "--scenario", "Cluster", "--out", leversFile});
    INFO(leversRun.err);
    REQUIRE(leversRun.exitCode == 0);
    CHECK_THAT(slurp(leversFile), Contains("Switzerland (Cluster): " + percent));

    const auto unknown = runCli({"chart", "delta", "--db", database, "--codes", "CHE,USA",
                                 "--scenario", "Nope", "--out", delta + ".2.svg"});
    CHECK(unknown.exitCode == 3);
    CHECK_THAT(unknown.err, Contains("no scenario \"Nope\" on CHE,USA"));
    CHECK_FALSE(std::filesystem::exists(delta + ".2.svg"));

    const std::string out = (directory / "usage.svg").string();
    const std::vector<std::vector<std::string>> usage{
        {"chart", "delta", "--db", database, "--codes", "CHE", "--out", out},
        {"chart", "delta", "--profiles", kProfiles, "--codes", "XAA", "--scenario", "Cluster",
         "--out", out},
        // Base and scenario are two of compare's 2 to 8 series.
        {"chart", "compare", "--db", database, "--codes", "CHE,USA,CHN,DEU,FRA,GBR,JPN,KOR",
         "--scenario", "Cluster", "--out", out},
    };
    for (const auto& arguments : usage) {
        const auto run = runCli(arguments);
        INFO(run.err);
        CHECK(run.exitCode == 2);
    }
    CHECK_FALSE(std::filesystem::exists(out));
    std::filesystem::remove_all(directory);
}

TEST_CASE("chart levers draws one profile's levers; --top keeps the first N",
          "[cli][chart][levers]")
{
    const auto directory = outputDirectory();
    const std::string all = (directory / "levers.svg").string();
    const std::string first = (directory / "levers-top1.svg").string();
    const std::vector<std::string> base{"chart",      "levers",  "--methodology", kMethodology,
                                        "--profiles", kProfiles, "--codes",       "YBB"};
    auto arguments = base;
    arguments.insert(arguments.end(), {"--out", all});
    const auto run = runCli(arguments);
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    // YBB: c1 15 -> 16 adds 8.14 points (see TestCliLevers).
    CHECK_THAT(slurp(all), Contains("Country Y: 63.0%, Mid") && Contains(">+8.14<") &&
                               Contains(">c1<") && Contains(">a2<"));
    arguments = base;
    arguments.insert(arguments.end(), {"--top", "1", "--out", first});
    REQUIRE(runCli(arguments).exitCode == 0);
    CHECK_THAT(slurp(first), Contains(">c1<"));
    CHECK(slurp(first).find(">a2<") == std::string::npos);

    const std::string out = (directory / "usage.svg").string();
    const std::vector<std::vector<std::string>> usage{
        {"--codes", "XAA,YBB"},
        {"--codes", "YBB", "--top", "0"},
        {"--codes", "YBB", "--top", "21"},
        {"--codes", "YBB", "--coalition", "D=XAA,YBB"},
    };
    for (const auto& extra : usage) {
        std::vector<std::string> bad{"chart",      "levers",  "--methodology", kMethodology,
                                     "--profiles", kProfiles, "--out",         out};
        bad.insert(bad.end(), extra.begin(), extra.end());
        const auto failed = runCli(bad);
        INFO(failed.err);
        CHECK(failed.exitCode == 2);
    }
    CHECK(runCli(chartArguments("spectrum", out, {"--top", "3"})).exitCode == 2);
    CHECK_FALSE(std::filesystem::exists(out));
    std::filesystem::remove_all(directory);
}

TEST_CASE("brief writes a one-page PDF whose text holds the profile's score", "[cli][brief]")
{
    const auto directory = outputDirectory();
    const std::string profiles =
        std::string(AISOV_SOURCE_DIR) + "/data/profiles/bundled-profiles.json";
    const std::string pdf = (directory / "che.pdf").string();
    const auto run = runCli({"brief", "CHE", "--profiles", profiles, "--out", pdf});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK_THAT(run.out, Contains("wrote " + pdf));
    const std::string bytes = slurp(pdf);
    REQUIRE(bytes.rfind("%PDF-", 0) == 0);
    CHECK(bytes.find("/Count 1") != std::string::npos); // one page in the page tree

    // The score as `score` computes it, rounded as the brief prints it.
    const auto scored =
        runCli({"score", "--profiles", profiles, "--codes", "CHE", "--format", "csv"});
    REQUIRE(scored.exitCode == 0);
    const std::string textFile = (directory / "che.txt").string();
    REQUIRE(std::system(("pdftotext " + aisov::test::shellQuote(pdf) + " " +
                         aisov::test::shellQuote(textFile))
                            .c_str()) == 0);
    const std::string text = slurp(textFile);
    INFO(text);
    CHECK_THAT(text, Contains("Switzerland (CHE)"));
    const auto firstRow = scored.out.substr(scored.out.find('\n') + 1);
    // csv: code,name,score,...
    const auto scoreStart = firstRow.find(',', firstRow.find(',') + 1) + 1;
    const double score = std::stod(firstRow.substr(scoreStart));
    std::ostringstream printed;
    printed.setf(std::ios::fixed);
    printed.precision(1);
    printed << score << "%";
    CHECK_THAT(text, Contains(printed.str()));
}

TEST_CASE("brief refuses what it cannot write", "[cli][brief]")
{
    const std::string profiles =
        std::string(AISOV_SOURCE_DIR) + "/data/profiles/bundled-profiles.json";
    CHECK(runCli({"brief", "CHE", "--profiles", profiles}).exitCode == 2); // no --out
    CHECK(runCli({"brief", "CHE", "--profiles", profiles, "--out", "/tmp/x.png"}).exitCode == 2);
    CHECK(runCli({"brief", "CHE", "--profiles", profiles, "--out", profiles}).exitCode == 2);
    const auto unknown = runCli({"brief", "NOPE", "--profiles", profiles, "--out", "/tmp/n.pdf"});
    CHECK(unknown.exitCode == 3);
    CHECK_THAT(unknown.err, Contains("no profile with code \"NOPE\""));
}

TEST_CASE("chart --lang ko labels the chart in Korean; an unknown language is a usage error",
          "[cli][chart][lang]")
{
    const auto directory = outputDirectory();
    const std::string out = (directory / "radar-ko.svg").string();
    // --lang may come before the command or among its options.
    auto arguments = chartArguments("radar", out, {"--lang", "ko"});
    const auto run = runCli(arguments);
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const std::string svg = slurp(out);
    // RadarChart's title "Pillar profile" and its legend's "Threshold: ..."
    // in resources/translations/aisov_ko.ts.
    CHECK_THAT(svg, Contains("기둥별 프로필"));
    CHECK_THAT(svg, Contains("기준선"));
    CHECK_THAT(svg, !Contains("Pillar profile"));

    const auto english = runCli(chartArguments("radar", out, {"--lang=en"}));
    REQUIRE(english.exitCode == 0);
    CHECK_THAT(slurp(out), Contains("Pillar profile"));

    const auto unknown = runCli({"--lang", "xx", "score", "--profiles", kProfiles});
    CHECK(unknown.exitCode == 2);
    CHECK_THAT(unknown.err, Contains("--lang must be en or ko"));
    std::filesystem::remove_all(directory);
}

TEST_CASE("--lang ko translates the CLI's own messages", "[cli][lang]")
{
    const auto missing = runCli({"--lang", "ko", "score", "--profiles", "/nonexistent.json"});
    CHECK(missing.exitCode == 1);
    const auto unknown = runCli({"--lang", "ko", "frobnicate"});
    CHECK(unknown.exitCode == 2);
    CHECK_THAT(unknown.err, Contains("알 수 없는 명령 \"frobnicate\""));
    const auto usage = runCli({"validate", "--lang=ko"});
    CHECK(usage.exitCode == 2);
    CHECK_THAT(usage.err, Contains("자세한 사용법은 'aisov-cli --help'를 실행하십시오."));
}

namespace {

// A copy of the executable in a directory of its own, so that it finds the
// rendering module (CliRenderModule.h) only where a test puts it.
std::string copiedCli(const std::filesystem::path& directory)
{
    std::filesystem::remove_all(directory);
    std::filesystem::create_directories(directory / "bin");
    const auto executable = directory / "bin" / "aisov-cli";
    std::filesystem::copy_file(AISOV_CLI, executable);
    return executable.string();
}

} // namespace

TEST_CASE("only the commands that draw or translate need the rendering module", "[cli][chart]")
{
    const auto directory = outputDirectory() / "without-module";
    const std::string cli = copiedCli(directory);
    const std::vector<std::string> score{"score",   "--methodology", kMethodology, "--profiles",
                                         kProfiles, "--format",      "json"};
    const auto built = runCli(score);
    REQUIRE(built.exitCode == 0);
    const auto alone = runCliAt(cli, score);
    CHECK(alone.exitCode == 0);
    CHECK(alone.out == built.out);
    CHECK(alone.err == built.err);

    const auto out = (directory / "spectrum.png").string();
    const auto chart = runCliAt(cli, chartArguments("spectrum", out));
    CHECK(chart.exitCode == 1);
    CHECK(chart.out.empty());
    CHECK_THAT(chart.err, Contains("the rendering module (charts, briefs, translations) cannot "
                                   "be loaded") &&
                              Contains("aisov-cli-render.so: not found"));
    CHECK_FALSE(std::filesystem::exists(out));
    const auto translated = runCliAt(cli, {"--lang", "ko", "validate", "--profiles", kProfiles});
    CHECK(translated.exitCode == 1);
    CHECK_THAT(translated.err, Contains("the rendering module"));
    std::filesystem::remove_all(directory);
}

TEST_CASE("the installed aisov-cli finds its rendering module in the library directory",
          "[cli][chart]")
{
    // bin/aisov-cli and <libdir>/aisov/aisov-cli-render.so, as the package
    // installs them (src/cli/CMakeLists.txt).
    const auto directory = outputDirectory() / "installed";
    const std::string cli = copiedCli(directory);
    const auto moduleDirectory = directory / "bin" / AISOV_CLI_RENDER_MODULE_DIR;
    std::filesystem::create_directories(moduleDirectory);
    std::filesystem::copy_file(AISOV_CLI_RENDER_MODULE, moduleDirectory / "aisov-cli-render.so");
    const auto out = (directory / "spectrum.png").string();
    const auto run = runCliAt(cli, chartArguments("spectrum", out));
    CHECK(run.exitCode == 0);
    CHECK_THAT(run.out, Contains("wrote " + out));
    CHECK(slurp(out).substr(1, 3) == "PNG");
    std::filesystem::remove_all(directory);
}
