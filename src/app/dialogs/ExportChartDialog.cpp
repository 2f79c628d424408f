#include "ExportChartDialog.h"

#include "AppStrings.h"
#include "ChartDescription.h"
#include "Config.h"
#include "MessageBox.h"
#include "SizePreset.h"

#include "aisov/InputError.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

using aisov::render::ChartKind;
using aisov::render::ExportFormat;

namespace {

constexpr QSize kPreviewSize{560, 360};

} // namespace

ExportChartDialog::ExportChartDialog(ChartKind kind, aisov::render::ChartData chart,
                                     QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_data(std::move(chart))
{
    setObjectName(QStringLiteral("exportChartDialog"));
    setWindowTitle(tr("Export Chart"));
    Config& config = Config::instance();

    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetEdit"));
    for (const auto& preset : aisov::render::sizePresets())
        m_preset->addItem(preset.translatedDescription(), preset.id);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatEdit"));
    m_format->addItem(tr("PNG image"), static_cast<int>(ExportFormat::Png));
    m_format->addItem(tr("SVG drawing"), static_cast<int>(ExportFormat::Svg));
    m_format->addItem(tr("PDF document"), static_cast<int>(ExportFormat::Pdf));
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("themeEdit"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->addItem(tr("High contrast"), QStringLiteral("high-contrast"));
    m_dpi = new QSpinBox(this);
    m_dpi->setObjectName(QStringLiteral("dpiEdit"));
    m_dpi->setRange(48, 600);
    m_dpi->setSuffix(tr(" dpi"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(aisov::render::ChartRenderer::defaultTitle(kind));
    m_title->setText(m_data.title);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setMinimumSize(kPreviewSize);
    m_preview->setAlignment(Qt::AlignCenter);

    setPreset(config.get(ConfigKey::ExportPreset).toString());
    const auto savedFormat = aisov::render::exportFormatForPath(
        QStringLiteral("chart.") + config.get(ConfigKey::ExportFormat).toString());
    setFormat(savedFormat.value_or(ExportFormat::Png));
    setTheme(config.get(ConfigKey::ExportTheme).toString());
    m_dpi->setValue(config.get(ConfigKey::ExportDpi).toInt());

    auto* form = new QFormLayout;
    form->addRow(tr("&Size:"), m_preset);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(tr("T&itle:"), m_title);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("exportButton"));
    exportButton->setDefault(true);
    QPushButton* copyButton = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copyButton->setObjectName(QStringLiteral("copyButton"));
    connect(exportButton, &QPushButton::clicked, this, &ExportChartDialog::chooseFileAndExport);
    connect(copyButton, &QPushButton::clicked, this, &ExportChartDialog::copyToClipboard);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* columns = new QHBoxLayout;
    columns->addLayout(form);
    columns->addWidget(m_preview, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    for (QComboBox* combo : {m_preset, m_format, m_theme})
        connect(combo, &QComboBox::currentIndexChanged, this, &ExportChartDialog::updatePreview);
    connect(m_title, &QLineEdit::textChanged, this, &ExportChartDialog::updatePreview);
    connect(m_format, &QComboBox::currentIndexChanged, this,
            [this] { m_dpi->setEnabled(format() == ExportFormat::Png); });
    m_dpi->setEnabled(format() == ExportFormat::Png);
    updatePreview();
}

void ExportChartDialog::setPreset(const QString& presetId)
{
    const int index = m_preset->findData(presetId);
    m_preset->setCurrentIndex(index >= 0 ? index : 0);
}

void ExportChartDialog::setFormat(ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

void ExportChartDialog::setTheme(const QString& themeName)
{
    const int index = m_theme->findData(themeName);
    m_theme->setCurrentIndex(index >= 0 ? index : 0);
}

void ExportChartDialog::setChartTitle(const QString& title)
{
    m_title->setText(title);
}

ExportFormat ExportChartDialog::format() const
{
    return static_cast<ExportFormat>(m_format->currentData().toInt());
}

aisov::render::ExportOptions ExportChartDialog::options() const
{
    aisov::render::ExportOptions options;
    options.kind = m_kind;
    if (const auto preset = aisov::render::findSizePreset(m_preset->currentData().toString()))
        options.size = preset->size;
    options.dpi = m_dpi->value();
    options.theme = aisov::render::ChartTheme::fromName(m_theme->currentData().toString())
                        .value_or(aisov::render::ChartTheme::light());
    return options;
}

aisov::render::ChartData ExportChartDialog::chartData() const
{
    aisov::render::ChartData titled = m_data;
    titled.title = m_title->text().trimmed();
    return titled;
}

QImage ExportChartDialog::previewImage() const
{
    // Painted at the export's own logical size and scaled down, so the
    // preview has exactly the exported layout.
    const aisov::render::ExportOptions exportOptions = options();
    const QSizeF size = exportOptions.size;
    const double scale =
        std::min(kPreviewSize.width() / size.width(), kPreviewSize.height() / size.height());
    QImage image(
        QSize(static_cast<int>(size.width() * scale), static_cast<int>(size.height() * scale)),
        QImage::Format_RGB32);
    image.fill(exportOptions.theme.background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    aisov::render::ChartRenderer::paint(painter, QRectF(QPointF(0, 0), size), m_kind, chartData(),
                                        exportOptions.theme);
    return image;
}

void ExportChartDialog::updatePreview()
{
    m_preview->setPixmap(QPixmap::fromImage(previewImage()));
    m_preview->setAccessibleDescription(aisov::render::ChartDescription::text(m_kind, chartData()));
}

QString ExportChartDialog::suggestedPath() const
{
    QString directory = Config::instance().get(ConfigKey::ExportDirectory).toString();
    if (directory.isEmpty() || !QDir(directory).exists())
        directory = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString base = aisov::render::chartKindName(m_kind) + QStringLiteral("-chart.");
    return QDir(directory).filePath(base + aisov::render::exportFormatSuffix(format()));
}

void ExportChartDialog::chooseFileAndExport()
{
    const QString filter = tr("%1 files (*.%2)")
                               .arg(aisov::render::exportFormatSuffix(format()).toUpper(),
                                    aisov::render::exportFormatSuffix(format()));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), suggestedPath(), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + aisov::render::exportFormatSuffix(format());
    if (exportTo(path))
        accept();
}

bool ExportChartDialog::exportTo(const QString& path)
{
    try {
        aisov::render::ChartExporter::exportToFile(path, format(), chartData(), options());
    } catch (const std::exception& error) {
        MessageBox::critical(this, tr("Export failed"),
                             tr("The chart could not be written to %1.").arg(path),
                             QString::fromUtf8(error.what()));
        return false;
    }
    Config::instance().set(ConfigKey::ExportDirectory, QFileInfo(path).absolutePath());
    rememberChoices();
    return true;
}

void ExportChartDialog::copyToClipboard()
{
    QApplication::clipboard()->setImage(
        aisov::render::ChartExporter::renderImage(chartData(), options()));
    rememberChoices();
}

void ExportChartDialog::rememberChoices() const
{
    Config& config = Config::instance();
    config.set(ConfigKey::ExportPreset, m_preset->currentData().toString());
    config.set(ConfigKey::ExportFormat, aisov::render::exportFormatSuffix(format()));
    config.set(ConfigKey::ExportTheme, m_theme->currentData().toString());
    config.set(ConfigKey::ExportDpi, m_dpi->value());
}
