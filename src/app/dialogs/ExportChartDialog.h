#pragma once

// Exports a chart: size preset (slides, A4), format (PNG, SVG, PDF), theme,
// DPI (PNG) and title, with a live preview of exactly what will be written.
// Copy puts the chart on the clipboard as an image, for pasting into slides.
// The choices are remembered for the next export.

#include "ChartData.h"
#include "ChartExporter.h"
#include "ChartRenderer.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class ExportChartDialog : public QDialog
{
    Q_OBJECT

public:
    ExportChartDialog(aisov::render::ChartKind kind, aisov::render::ChartData chart,
                      QWidget* parent);

    aisov::render::ExportOptions options() const;
    aisov::render::ExportFormat format() const;
    // The chart data with the title typed in.
    aisov::render::ChartData chartData() const;
    // A file name for the chosen format, in the last export directory.
    QString suggestedPath() const;

    // Writes the chart to `path` in the chosen format; shows an error dialog
    // and returns false when it cannot be written.
    bool exportTo(const QString& path);
    void copyToClipboard();

    void setPreset(const QString& presetId);
    void setFormat(aisov::render::ExportFormat format);
    void setTheme(const QString& themeName);
    void setChartTitle(const QString& title);
    QImage previewImage() const;

private:
    void chooseFileAndExport();
    void updatePreview();
    void rememberChoices() const;

    aisov::render::ChartKind m_kind;
    aisov::render::ChartData m_data;
    QComboBox* m_preset = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_theme = nullptr;
    QSpinBox* m_dpi = nullptr;
    QLineEdit* m_title = nullptr;
    QLabel* m_preview = nullptr;
};
