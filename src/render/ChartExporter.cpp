#include "ChartExporter.h"

#include "SizePreset.h"

#include "aisov/InputError.h"
#include "aisov/TextFile.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>
#include <stdexcept>

namespace aisov::render {

namespace {

constexpr double kInchesPerMetre = 1.0 / 0.0254;
// QPainter cannot paint beyond 32767 device pixels per side, and an image
// of more than 400 megapixels (1.6 GB) is refused before trying to
// allocate it.
constexpr double kMaxImageSide = 32767;
constexpr double kMaxImagePixels = 400e6;

QString documentTitle(const ChartData& data, const ExportOptions& options)
{
    return data.title.isEmpty() ? ChartRenderer::defaultTitle(options.kind) : data.title;
}

void paintInto(QPainter& painter, const ChartData& data, const ExportOptions& options)
{
    ChartRenderer::paint(painter, QRectF(QPointF(0, 0), options.size), options.kind, data,
                         options.theme);
}

} // namespace

QString exportFormatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    }
    return {};
}

std::optional<ExportFormat> exportFormatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const ExportFormat format : {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf})
        if (suffix == exportFormatSuffix(format))
            return format;
    return std::nullopt;
}

QImage ChartExporter::renderImage(const ChartData& data, const ExportOptions& options)
{
    const double ratio = options.devicePixelRatio();
    const double width = options.size.width() * ratio;
    const double height = options.size.height() * ratio;
    if (!(width >= 1 && height >= 1 && width <= kMaxImageSide && height <= kMaxImageSide &&
          width * height <= kMaxImagePixels))
        throw std::runtime_error(tr("cannot render a %1 × %2 pixel image: too large or empty")
                                     .arg(width, 0, 'f', 0)
                                     .arg(height, 0, 'f', 0)
                                     .toStdString());
    const QSize pixels(static_cast<int>(std::lround(options.size.width() * ratio)),
                       static_cast<int>(std::lround(options.size.height() * ratio)));
    // Opaque: every theme paints a solid background. RGB32 also halves the
    // PNG encoding time against ARGB32 (no alpha channel to un-premultiply
    // and compress), which dominates a 3840 x 2160 export.
    QImage image(pixels, QImage::Format_RGB32);
    if (image.isNull())
        throw std::runtime_error(tr("cannot allocate a %1 × %2 pixel image")
                                     .arg(pixels.width())
                                     .arg(pixels.height())
                                     .toStdString());
    image.setDevicePixelRatio(ratio);
    const int dotsPerMetre = static_cast<int>(std::lround(options.dpi * kInchesPerMetre));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    image.fill(options.theme.background);
    QPainter painter(&image);
    paintInto(painter, data, options);
    painter.end();
    return image;
}

QByteArray ChartExporter::renderPng(const ChartData& data, const ExportOptions& options)
{
    const QImage image = renderImage(data, options);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        throw std::runtime_error(tr("cannot encode the chart as PNG").toStdString());
    return bytes;
}

namespace {

// QSvgGenerator names only the font's first family; viewers without it
// would fall back to their default font, which may lack Hangul. Spell out
// the whole fallback chain as CSS (quoted names, generic family last).
QByteArray withFontFallbacks(QByteArray svg, const QStringList& families)
{
    if (families.isEmpty())
        return svg;
    QStringList css;
    for (const QString& family : families)
        css.append(family.contains(QLatin1Char(' '))
                       ? QLatin1Char('\'') + family + QLatin1Char('\'')
                       : family);
    const QByteArray generated = "font-family=\"" + families.front().toUtf8() + "\"";
    const QByteArray chain = "font-family=\"" + css.join(QStringLiteral(", ")).toUtf8() + "\"";
    return svg.replace(generated, chain);
}

} // namespace

QByteArray ChartExporter::renderSvg(const ChartData& data, const ExportOptions& options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(options.size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), options.size));
    generator.setResolution(static_cast<int>(kLogicalDpi));
    generator.setTitle(documentTitle(data, options));
    generator.setDescription(dataNoteText(data.note));
    QPainter painter(&generator);
    paintInto(painter, data, options);
    painter.end();
    return withFontFallbacks(bytes, options.theme.fontFamilies);
}

QByteArray ChartExporter::renderPdf(const ChartData& data, const ExportOptions& options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(documentTitle(data, options));
    writer.setCreator(QStringLiteral("AI Sovereignty Spectrum"));
    // One page the size of the chart: logical pixels at 96 per inch, in points.
    const QSizeF points = options.size * (72.0 / kLogicalDpi);
    writer.setPageLayout(
        QPageLayout(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch),
                    QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    // Device units are then logical pixels, as on every other device.
    writer.setResolution(static_cast<int>(kLogicalDpi));
    QPainter painter(&writer);
    paintInto(painter, data, options);
    painter.end();
    return bytes;
}

QByteArray ChartExporter::render(ExportFormat format, const ChartData& data,
                                 const ExportOptions& options)
{
    switch (format) {
    case ExportFormat::Png:
        return renderPng(data, options);
    case ExportFormat::Svg:
        return renderSvg(data, options);
    case ExportFormat::Pdf:
        return renderPdf(data, options);
    }
    return {};
}

void ChartExporter::exportToFile(const QString& path, ExportFormat format, const ChartData& data,
                                 const ExportOptions& options)
{
    // Render first: a failure while painting leaves any existing file alone.
    const QByteArray bytes = render(format, data, options);
    // The one atomic writer of the project: temporary file, then rename;
    // refuses to write through a symbolic link.
    writeFileAtomically(path.toStdString(), bytes.toStdString());
}

} // namespace aisov::render
