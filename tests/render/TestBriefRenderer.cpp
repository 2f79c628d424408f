// The country brief (CountryBrief.h, BriefRenderer.h): what it holds for the
// three-pillars fixture, and the one-page PDF read back as text.

#include "../ErrorMatch.h"
#include "RenderTestSupport.h"

#include "BriefRenderer.h"
#include "CountryBrief.h"

#include "aisov/InputError.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace aisov;
using namespace aisov::render;
using aisov::test::ensureGuiApplication;
using aisov::test::fixturePath;

namespace {

Analysis fixtureAnalysis()
{
    return {loadProfilesFile(fixturePath("three-pillars.profiles.json")),
            loadMethodologyFile(fixturePath("three-pillars.methodology.json"))};
}

const QDate kDate(2026, 12, 2);

} // namespace

TEST_CASE("a brief holds the requirements, coverage, levers and sources", "[render][brief]")
{
    // XAA: Alpha 50 (a1 50 -> 0.5, a2 10 -> 0.5), Beta 80, Gamma 100; all
    // meet their 50; every indicator has a value (coverage 1).
    const CountryBrief brief = makeCountryBrief(fixtureAnalysis(), "XAA", 2);
    CHECK(brief.name == QStringLiteral("Country X"));
    CHECK_FALSE(brief.pooled);
    CHECK(brief.coverage == Approx(1.0));
    REQUIRE(brief.requirements.size() == 3);
    CHECK(brief.requirements[0].pillarName == QStringLiteral("Alpha"));
    CHECK(*brief.requirements[0].score == Approx(50.0));
    CHECK(*brief.requirements[1].score == Approx(80.0));
    CHECK(*brief.requirements[2].score == Approx(100.0));
    CHECK(brief.requirements[0].meets);
    REQUIRE(brief.chart.profiles.size() == 1);
    CHECK(*brief.chart.profiles[0].score == Approx(100.0 * std::pow(0.4, 0.25)));
    REQUIRE(brief.chart.levers.has_value());
    CHECK(brief.chart.levers->levers.size() == 2);
    // The four values all come from "fixture", https://example.org/x, 2023-2024.
    CHECK(brief.valueCount == 4);
    REQUIRE(brief.sources.size() == 1);
    CHECK(brief.sources[0].source == QStringLiteral("fixture"));
    CHECK(brief.sources[0].url == QStringLiteral("https://example.org/x"));
    CHECK(brief.sources[0].indicators.size() == 4);
    CHECK(*brief.sources[0].firstYear == 2023);
    CHECK(*brief.sources[0].lastYear == 2024);
}

TEST_CASE("a pooled bloc's brief lists its members' sources", "[render][brief]")
{
    // XYBLOC has no values of its own: XAA's four (example.org/x) and YBB's
    // two (example.org/y) stand behind it.
    const CountryBrief brief = makeCountryBrief(fixtureAnalysis(), "XYBLOC");
    CHECK(brief.pooled);
    CHECK(brief.valueCount == 6);
    REQUIRE(brief.sources.size() == 2);
    CHECK(brief.sources[0].url == QStringLiteral("https://example.org/x")); // most indicators first
    CHECK(brief.sources[1].indicators.size() == 2);
    AISOV_REQUIRE_INPUT_ERROR(makeCountryBrief(fixtureAnalysis(), "NOPE"), "code",
                              "no profile with code");
}

TEST_CASE("the brief is one A4 page whose text holds the score", "[render][brief][pdf]")
{
    ensureGuiApplication();
    const CountryBrief brief = makeCountryBrief(fixtureAnalysis(), "YBB");
    const QByteArray pdf = BriefRenderer::renderPdf(brief, ChartTheme::light(), kDate);
    REQUIRE(pdf.startsWith("%PDF-"));
    CHECK(aisov::test::pdfPageCount(pdf) == 1);
    CHECK(pdf.contains("/MediaBox [0 0 595"));
    const QString text = aisov::test::pdfText(pdf);
    INFO(text.toStdString());
    // YBB: 100 * (1 * 0.5^2)^(1/3) = 62.996; Beta has no data (2 of 3 met).
    CHECK(text.contains(QStringLiteral("Country Y (YBB)")));
    CHECK(text.contains(QStringLiteral("63.0%")));
    CHECK(text.contains(QStringLiteral("2 of 3 requirements met")));
    CHECK(text.contains(QStringLiteral("The six requirements")));
    CHECK(text.contains(QStringLiteral("Top levers")));
    CHECK(text.contains(QStringLiteral("https://example.org/y")));
}

TEST_CASE("the brief is written whole or not at all", "[render][brief][pdf]")
{
    ensureGuiApplication();
    const CountryBrief brief = makeCountryBrief(fixtureAnalysis(), "XAA");
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("brief.pdf"));
    BriefRenderer::exportToFile(path, brief, ChartTheme::dark(), kDate);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    CHECK(written.startsWith("%PDF-"));
    CHECK(aisov::test::pdfText(written).contains(QStringLiteral("79.5%")));
    CHECK_THROWS_AS(BriefRenderer::exportToFile(directory.filePath(QStringLiteral("no/such/b.pdf")),
                                                brief, ChartTheme::light(), kDate),
                    aisov::FileError);
}
