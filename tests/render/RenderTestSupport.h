#pragma once

// Shared by the render tests and the benchmark: a QGuiApplication on the
// offscreen platform, chart data from the fixtures or made up, and pixel
// helpers.

#include "../TestSupport.h"

#include "ChartData.h"

#include "aisov/Levers.h"
#include "aisov/MethodologyIO.h"
#include "aisov/ProfileIO.h"
#include "aisov/Scoring.h"

#include <QColor>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRect>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>
#include <cstdlib>
#include <random>
#include <stdexcept>

namespace aisov::test {

// The text of a PDF as a reader copying it gets it, through poppler's
// pdftotext (installed by scripts/setup.sh); empty when it fails.
inline QString pdfText(const QByteArray& pdf)
{
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("document.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Pages of a PDF: /Type /Page objects (not the /Pages tree).
inline qsizetype pdfPageCount(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral(R"(/Type\s*/Page(?!s))"));
    return QString::fromLatin1(pdf).count(page);
}

// Painting text needs a QGuiApplication. Tests get one from
// aisov_catch_gui_main (tests/catch_gui_main.cpp), which owns it for the
// whole run; this only makes a missing one a clear failure.
inline void ensureGuiApplication()
{
    if (QGuiApplication::instance() == nullptr)
        throw std::logic_error("no QGuiApplication: link the test with aisov_catch_gui_main");
}

// Chart data of the three-pillars fixture: XAA (79.5), YBB (63.0, pillar b
// missing), XYBLOC (88.0, pooled).
inline render::ChartData fixtureChartData()
{
    const Methodology methodology =
        loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    const std::vector<Profile> profiles =
        loadProfilesFile(fixturePath("three-pillars.profiles.json"));
    return render::makeChartData(methodology, scoreProfiles(profiles, methodology), profiles);
}

// The fixture's chart data with the levers of Country Y (YBB), the first `top`.
inline render::ChartData fixtureChartDataWithLevers(std::size_t top = 10)
{
    const Methodology methodology =
        loadMethodologyFile(fixturePath("three-pillars.methodology.json"));
    const std::vector<Profile> profiles =
        loadProfilesFile(fixturePath("three-pillars.profiles.json"));
    render::ChartData data = fixtureChartData();
    render::attachLevers(data, analyzeLeversAmong(profiles, 1, methodology), methodology, profiles,
                         top);
    return data;
}

// `count` profiles over `pillars` pillars, scores drawn with a fixed seed and
// packed into [from, to] so that many markers crowd together.
inline render::ChartData syntheticChartData(std::size_t count, std::size_t pillars = 6,
                                            double from = 10.0, double to = 60.0, unsigned seed = 7)
{
    render::ChartData data;
    data.methodologyName = QStringLiteral("Synthetic methodology");
    data.methodologyVersion = QStringLiteral("test");
    for (std::size_t p = 0; p < pillars; ++p)
        data.pillars.push_back(
            {QStringLiteral("p%1").arg(p), QStringLiteral("Pillar %1").arg(p + 1), 60.0});
    data.bands = {{0, QStringLiteral("Dependent")},
                  {20, QStringLiteral("Emerging")},
                  {40, QStringLiteral("Partial autonomy")},
                  {60, QStringLiteral("Strategic autonomy")},
                  {80, QStringLiteral("Sovereign")}};
    std::mt19937 generator(seed);
    std::uniform_real_distribution<double> score(from, to);
    std::uniform_real_distribution<double> pillarScore(0.0, 100.0);
    for (std::size_t i = 0; i < count; ++i) {
        render::ChartProfile profile;
        profile.code = QStringLiteral("C%1").arg(i, 2, 10, QLatin1Char('0'));
        profile.name = QStringLiteral("Country %1").arg(i + 1);
        profile.score = score(generator);
        for (std::size_t p = 0; p < pillars; ++p) {
            const double value = pillarScore(generator);
            profile.pillarScores.push_back(value);
            profile.pillarMeets.push_back(value >= 60.0);
            profile.met += value >= 60.0 ? 1 : 0;
        }
        data.profiles.push_back(profile);
    }
    data.note.sources = {QStringLiteral("Synthetic source A"),
                         QStringLiteral("Synthetic source B")};
    data.note.firstYear = 2021;
    data.note.lastYear = 2025;
    data.note.valueCount = static_cast<int>(count * pillars);
    return data;
}

inline bool similarColor(QColor a, QColor b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

// Pixels of `image` inside `rect` (device pixels) that differ from `background`.
inline int countInkPixels(const QImage& image, const QRect& rect, QColor background)
{
    int ink = 0;
    const QRect clipped = rect.intersected(image.rect());
    for (int y = clipped.top(); y <= clipped.bottom(); ++y)
        for (int x = clipped.left(); x <= clipped.right(); ++x)
            if (!similarColor(image.pixelColor(x, y), background, 24))
                ++ink;
    return ink;
}

// Pixels in `rect` close to `color`.
inline int countColorPixels(const QImage& image, const QRect& rect, QColor color,
                            int tolerance = 30)
{
    int matches = 0;
    const QRect clipped = rect.intersected(image.rect());
    for (int y = clipped.top(); y <= clipped.bottom(); ++y)
        for (int x = clipped.left(); x <= clipped.right(); ++x)
            if (similarColor(image.pixelColor(x, y), color, tolerance))
                ++matches;
    return matches;
}

// A logical rectangle in device pixels of an image with device pixel ratio.
inline QRect devicePixels(const QRectF& logical, double ratio)
{
    return QRectF(logical.topLeft() * ratio, logical.size() * ratio).toAlignedRect();
}

} // namespace aisov::test
