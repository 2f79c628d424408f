// Reference images guard against silent visual regressions: each chart of
// the fixture is rendered and compared with tests/render/reference/*.png.
//
// A pixel "differs" when any channel is off by more than kChannelTolerance;
// the test fails when more than kMaxDifferingShare of the pixels differ
// (anti-aliasing and font-version noise stay well below that).
//
// Regenerate after an intended visual change (and look at the images before
// committing them):
//   AISOV_UPDATE_REFERENCE=1 QT_QPA_PLATFORM=offscreen build/tests/TestReferenceImages

#include "RenderTestSupport.h"

#include "ChartExporter.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace aisov::render;
using aisov::test::ensureGuiApplication;
using aisov::test::fixtureChartData;
using aisov::test::fixtureChartDataWithLevers;

namespace {

constexpr int kChannelTolerance = 48;
constexpr double kMaxDifferingShare = 0.015;

QString referencePath(const QString& name)
{
    return QStringLiteral(AISOV_SOURCE_DIR "/tests/render/reference/") + name +
           QStringLiteral(".png");
}

double differingShare(const QImage& actual, const QImage& expected)
{
    const QImage a = actual.convertToFormat(QImage::Format_ARGB32);
    const QImage b = expected.convertToFormat(QImage::Format_ARGB32);
    qint64 differing = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            if (std::abs(qRed(p) - qRed(q)) > kChannelTolerance ||
                std::abs(qGreen(p) - qGreen(q)) > kChannelTolerance ||
                std::abs(qBlue(p) - qBlue(q)) > kChannelTolerance)
                ++differing;
        }
    }
    return static_cast<double>(differing) / (static_cast<double>(a.width()) * a.height());
}

void checkAgainstReference(const QString& name, ChartKind kind, const ChartTheme& theme)
{
    ensureGuiApplication();
    ChartData data = kind == ChartKind::Levers ? fixtureChartDataWithLevers() : fixtureChartData();
    data.profiles[1].uncertainty = ScoreInterval{52.0, 71.0}; // whiskers are part of the look
    ExportOptions options;
    options.kind = kind;
    options.size = {800, 450};
    options.dpi = 96;
    options.theme = theme;
    const QImage actual =
        ChartExporter::renderImage(data, options).convertToFormat(QImage::Format_RGB32);
    const QString path = referencePath(name);
    if (qEnvironmentVariableIsSet("AISOV_UPDATE_REFERENCE")) {
        REQUIRE(actual.save(path, "PNG"));
        WARN("wrote reference image " << path.toStdString());
        return;
    }
    QImage expected;
    INFO("reference " << path.toStdString()
                      << " (regenerate: AISOV_UPDATE_REFERENCE=1 build/tests/TestReferenceImages)");
    REQUIRE(expected.load(path));
    REQUIRE(expected.size() == actual.size());
    const double share = differingShare(actual, expected);
    INFO("differing share " << share);
    if (share > kMaxDifferingShare) {
        const QString failed = QDir::temp().filePath(name + QStringLiteral("-actual.png"));
        actual.save(failed, "PNG");
        WARN("actual image saved to " << failed.toStdString());
    }
    CHECK(share <= kMaxDifferingShare);
}

} // namespace

TEST_CASE("spectrum matches its reference image", "[render][reference]")
{
    checkAgainstReference(QStringLiteral("spectrum-light"), ChartKind::Spectrum,
                          ChartTheme::light());
}

TEST_CASE("dark spectrum matches its reference image", "[render][reference]")
{
    checkAgainstReference(QStringLiteral("spectrum-dark"), ChartKind::Spectrum, ChartTheme::dark());
}

TEST_CASE("radar matches its reference image", "[render][reference]")
{
    checkAgainstReference(QStringLiteral("radar-light"), ChartKind::Radar, ChartTheme::light());
}

TEST_CASE("compare matches its reference image", "[render][reference]")
{
    checkAgainstReference(QStringLiteral("compare-light"), ChartKind::Compare, ChartTheme::light());
}

TEST_CASE("levers match their reference image", "[render][reference]")
{
    checkAgainstReference(QStringLiteral("levers-light"), ChartKind::Levers, ChartTheme::light());
}
