#pragma once

// Export of a chart to PNG, SVG or PDF, all painted by ChartRenderer.
//
// Sizes are logical pixels (see SizePreset.h). PNG: the image has
// size × dpi/96 pixels, a device pixel ratio of dpi/96 and the DPI written
// as dots per metre, so 1920 × 1080 at 192 dpi is a 3840 × 2160 image that
// still lays out as 1920 × 1080. SVG: vector with text kept as text.
// PDF: vector, one page exactly the chart's size (measured at 96 px/inch).

#include "ChartData.h"
#include "ChartRenderer.h"
#include "ChartTheme.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSizeF>
#include <QString>

#include <optional>

namespace aisov::render {

enum class ExportFormat
{
    Png,
    Svg,
    Pdf
};

// "png", "svg", "pdf": the file name suffix of each format.
QString exportFormatSuffix(ExportFormat format);

// From the file name's suffix (case-insensitive); empty for anything else.
std::optional<ExportFormat> exportFormatForPath(const QString& path);

struct ExportOptions
{
    ChartKind kind = ChartKind::Spectrum;
    QSizeF size{1920, 1080}; // logical pixels
    double dpi = 96.0;       // PNG only: 192 gives a device pixel ratio of 2
    ChartTheme theme = ChartTheme::light();

    double devicePixelRatio() const { return dpi / 96.0; }
};

class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    static QImage renderImage(const ChartData& data, const ExportOptions& options);
    static QByteArray renderPng(const ChartData& data, const ExportOptions& options);
    static QByteArray renderSvg(const ChartData& data, const ExportOptions& options);
    static QByteArray renderPdf(const ChartData& data, const ExportOptions& options);
    static QByteArray render(ExportFormat format, const ChartData& data,
                             const ExportOptions& options);

    // Renders, then writes through a temporary file that is renamed over
    // `path` (writeFileAtomically): an existing file is replaced whole or not at
    // all, and a symbolic link is refused rather than written through.
    // Throws aisov::FileError naming the path when it cannot be written.
    static void exportToFile(const QString& path, ExportFormat format, const ChartData& data,
                             const ExportOptions& options);
};

} // namespace aisov::render
