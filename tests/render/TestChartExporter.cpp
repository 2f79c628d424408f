// Export to PNG, SVG and PDF, and safe writing of the files.

#include "RenderTestSupport.h"

#include "ChartExporter.h"
#include "SizePreset.h"
#include "SpectrumChart.h"

#include "aisov/InputError.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace aisov::render;
using aisov::test::ensureGuiApplication;
using aisov::test::fixtureChartData;

namespace {

ExportOptions optionsFor(ChartKind kind, QSizeF size = {1920, 1080})
{
    ExportOptions options;
    options.kind = kind;
    options.size = size;
    return options;
}

// All character data inside <text> elements, and the names of all elements.
struct SvgContent
{
    QStringList texts;
    QStringList elements;
    bool wellFormed = false;
};

SvgContent parseSvg(const QByteArray& svg)
{
    SvgContent content;
    QXmlStreamReader reader(svg);
    int textDepth = 0;
    QString current;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            content.elements.append(reader.name().toString());
            if (reader.name() == QLatin1String("text")) {
                ++textDepth;
                current.clear();
            }
        } else if (reader.isCharacters() && textDepth > 0) {
            current += reader.text();
        } else if (reader.isEndElement() && reader.name() == QLatin1String("text")) {
            --textDepth;
            content.texts.append(current);
        }
    }
    content.wellFormed = !reader.hasError();
    return content;
}

// The first page's /MediaBox [x0 y0 x1 y1] as width and height in points.
std::optional<QSizeF> pdfMediaBox(const QByteArray& pdf)
{
    static const QRegularExpression mediaBox(
        QStringLiteral(R"(/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\])"));
    const auto match = mediaBox.match(QString::fromLatin1(pdf));
    if (!match.hasMatch())
        return std::nullopt;
    return QSizeF(match.captured(3).toDouble() - match.captured(1).toDouble(),
                  match.captured(4).toDouble() - match.captured(2).toDouble());
}

} // namespace

TEST_CASE("the format follows the file suffix", "[render][export]")
{
    CHECK(exportFormatForPath(QStringLiteral("a/b/chart.png")) == ExportFormat::Png);
    CHECK(exportFormatForPath(QStringLiteral("chart.SVG")) == ExportFormat::Svg);
    CHECK(exportFormatForPath(QStringLiteral("chart.pdf")) == ExportFormat::Pdf);
    CHECK_FALSE(exportFormatForPath(QStringLiteral("chart.jpg")).has_value());
    CHECK_FALSE(exportFormatForPath(QStringLiteral("chart")).has_value());
}

TEST_CASE("PNG at 2x: 3840 x 2160 pixels with 192 dpi recorded", "[render][export][png]")
{
    ensureGuiApplication();
    ExportOptions options = optionsFor(ChartKind::Spectrum);
    options.dpi = 192;
    const QByteArray png = ChartExporter::renderPng(fixtureChartData(), options);
    REQUIRE(png.startsWith("\x89PNG\r\n\x1a\n"));
    QImage decoded;
    REQUIRE(decoded.loadFromData(png, "PNG"));
    CHECK(decoded.size() == QSize(3840, 2160));
    CHECK(decoded.dotsPerMeterX() == 7559);
    CHECK(decoded.dotsPerMeterY() == 7559);
}

TEST_CASE("SVG is well-formed XML with the labels kept as text", "[render][export][svg]")
{
    ensureGuiApplication();
    for (const ChartKind kind : {ChartKind::Spectrum, ChartKind::Radar, ChartKind::Compare}) {
        INFO(chartKindName(kind).toStdString());
        const QByteArray svg =
            ChartExporter::renderSvg(fixtureChartData(), optionsFor(kind, {1280, 720}));
        const SvgContent content = parseSvg(svg);
        REQUIRE(content.wellFormed);
        CHECK(content.elements.first() == QStringLiteral("svg"));
        // Vector, not a picture of the chart.
        CHECK_FALSE(content.elements.contains(QStringLiteral("image")));
        const QString allText = content.texts.join(QLatin1Char('\n'));
        for (const QString& name : {QStringLiteral("Country X"), QStringLiteral("Country Y"),
                                    QStringLiteral("Bloc of X and Y")})
            CHECK(allText.contains(name));
        CHECK(allText.contains(QStringLiteral("Three pillars (test fixture), version 1")));
        CHECK(allText.contains(QStringLiteral("Sources: fixture")));
        CHECK(svg.contains("viewBox=\"0 0 1280 720\""));
        // Text names the whole font chain, so that viewers find Hangul glyphs.
        CHECK(svg.contains("font-family=\"'Noto Sans', 'DejaVu Sans', 'Noto Sans CJK KR'"));
    }
}

TEST_CASE("SVG and PNG share one layout: labels sit where the layout puts them",
          "[render][export][svg]")
{
    ensureGuiApplication();
    const ChartData data = fixtureChartData();
    const ExportOptions options = optionsFor(ChartKind::Spectrum, {1280, 720});
    const SpectrumLayout layout =
        SpectrumChart::layout(QRectF(QPointF(0, 0), options.size), data, options.theme);
    QXmlStreamReader reader(ChartExporter::renderSvg(data, options));
    int found = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement() || reader.name() != QLatin1String("text"))
            continue;
        const double x = reader.attributes().value(QStringLiteral("x")).toDouble();
        const double y = reader.attributes().value(QStringLiteral("y")).toDouble();
        const QString text = reader.readElementText();
        for (const auto& marker : layout.markers) {
            if (text != marker.label)
                continue;
            ++found;
            INFO(text.toStdString() << " at " << x << "," << y);
            CHECK(marker.labelRect.contains(QPointF(x, y)));
        }
    }
    CHECK(found == static_cast<int>(layout.markers.size()));
}

TEST_CASE("Korean names stay text in SVG", "[render][export][svg][korean]")
{
    ensureGuiApplication();
    ChartData data = fixtureChartData();
    data.profiles[0].name = QStringLiteral("대한민국");
    const QByteArray svg = ChartExporter::renderSvg(data, optionsFor(ChartKind::Radar, {800, 450}));
    const SvgContent content = parseSvg(svg);
    REQUIRE(content.wellFormed);
    CHECK(content.texts.join(QLatin1Char('\n')).contains(QStringLiteral("대한민국")));
}

TEST_CASE("PDF is one vector page of the chart's size", "[render][export][pdf]")
{
    ensureGuiApplication();
    const QByteArray pdf =
        ChartExporter::renderPdf(fixtureChartData(), optionsFor(ChartKind::Spectrum));
    REQUIRE(pdf.startsWith("%PDF-"));
    CHECK(pdf.trimmed().endsWith("%%EOF"));
    const auto box = pdfMediaBox(pdf);
    REQUIRE(box.has_value());
    // 1920 x 1080 logical pixels at 96 per inch = 1440 x 810 points.
    CHECK(box->width() == Approx(1440).margin(1));
    CHECK(box->height() == Approx(810).margin(1));
    static const QRegularExpression page(QStringLiteral(R"(/Type\s*/Page(?!s))"));
    CHECK(QString::fromLatin1(pdf).count(page) == 1);
    // Text is text: fonts are embedded, not rasterised.
    CHECK(pdf.contains("/FontFile"));
}

TEST_CASE("size presets give slide and A4 pages", "[render][export][pdf]")
{
    ensureGuiApplication();
    REQUIRE(findSizePreset(QStringLiteral("slide-16x9")).has_value());
    CHECK(findSizePreset(QStringLiteral("slide-16x9"))->size == QSizeF(1920, 1080));
    CHECK(findSizePreset(QStringLiteral("slide-4x3"))->size == QSizeF(1440, 1080));
    CHECK_FALSE(findSizePreset(QStringLiteral("letter")).has_value());
    for (const auto& preset : sizePresets())
        CHECK_FALSE(preset.translatedDescription().isEmpty());

    const auto a4 = findSizePreset(QStringLiteral("a4"));
    REQUIRE(a4.has_value());
    const QByteArray pdf =
        ChartExporter::renderPdf(fixtureChartData(), optionsFor(ChartKind::Radar, a4->size));
    const auto box = pdfMediaBox(pdf);
    REQUIRE(box.has_value());
    // A4 is 210 x 297 mm = 595.3 x 841.9 points.
    CHECK(box->width() == Approx(595.3).margin(1));
    CHECK(box->height() == Approx(841.9).margin(1));
}

TEST_CASE("export writes the file and replaces an existing one whole", "[render][export][file]")
{
    ensureGuiApplication();
    QTemporaryDir directory;
    REQUIRE(directory.isValid());
    const QString path = directory.filePath(QStringLiteral("chart.png"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("an older chart");
    }
    ChartExporter::exportToFile(path, ExportFormat::Png, fixtureChartData(),
                                optionsFor(ChartKind::Compare, {640, 360}));
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    CHECK(bytes.startsWith("\x89PNG"));
    QImage decoded;
    CHECK(decoded.loadFromData(bytes, "PNG"));
    CHECK(decoded.size() == QSize(640, 360));
    // No temporary file is left beside it.
    CHECK(QDir(directory.path()).entryList(QDir::Files) ==
          QStringList{QStringLiteral("chart.png")});
}

TEST_CASE("an unwritable path is a FileError that names it", "[render][export][file]")
{
    ensureGuiApplication();
    const QString path = QStringLiteral("/nonexistent-aisov-dir/sub/chart.svg");
    try {
        ChartExporter::exportToFile(path, ExportFormat::Svg, fixtureChartData(),
                                    optionsFor(ChartKind::Spectrum, {640, 360}));
        FAIL("no FileError");
    } catch (const aisov::FileError& error) {
        CHECK_THAT(error.what(), Catch::Matchers::Contains("/nonexistent-aisov-dir/sub/chart.svg"));
    }
    // A directory where the file should go.
    QTemporaryDir directory;
    CHECK_THROWS_AS(ChartExporter::exportToFile(directory.path(), ExportFormat::Png,
                                                fixtureChartData(),
                                                optionsFor(ChartKind::Spectrum, {640, 360})),
                    aisov::FileError);
}

TEST_CASE("a failed render leaves an existing file untouched", "[render][export][file]")
{
    ensureGuiApplication();
    QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("chart.png"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("keep me");
    }
    ExportOptions impossible = optionsFor(ChartKind::Spectrum, {100000, 100000});
    impossible.dpi = 960; // a million pixels per side: refused before allocating
    CHECK_THROWS(
        ChartExporter::exportToFile(path, ExportFormat::Png, fixtureChartData(), impossible));
    QFile kept(path);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "keep me");
    CHECK(QDir(directory.path()).entryList(QDir::Files) ==
          QStringList{QStringLiteral("chart.png")});
}
