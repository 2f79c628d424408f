#include "ChartTheme.h"

#include <algorithm>
#include <cmath>

namespace aisov::render {

namespace {

// Okabe & Ito (2008), ordered so that the first colours contrast most on
// both light and dark backgrounds; yellow, weak on white, comes late.
std::vector<QColor> okabeIto(const QColor& neutral)
{
    return {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00),
            QColor(0x00, 0x9E, 0x73), QColor(0xD5, 0x5E, 0x00),
            QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9),
            QColor(0xF0, 0xE4, 0x42), neutral};
}

} // namespace

double relativeLuminance(const QColor& color)
{
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

double contrastRatio(const QColor& first, const QColor& second)
{
    const double a = relativeLuminance(first);
    const double b = relativeLuminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QStringList defaultChartFontFamilies()
{
    // DejaVu Sans before the CJK font: where Noto Sans is missing (Debian
    // ships it apart, in fonts-noto-core), Latin text, digits and arrows
    // come from a TrueType font, whose PDF text a reader can copy; the
    // CFF-based CJK font's digits come out of Qt's PDF writer without a
    // text mapping.
    return {QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"),
            QStringLiteral("Noto Sans CJK KR"), QStringLiteral("Arial"),
            QStringLiteral("sans-serif")};
}

ChartTheme ChartTheme::light()
{
    ChartTheme theme;
    theme.name = QStringLiteral("light");
    theme.background = QColor(0xFF, 0xFF, 0xFF);
    theme.foreground = QColor(0x1A, 0x1A, 0x1A);
    theme.muted = QColor(0x5F, 0x5F, 0x5F);
    theme.grid = QColor(0xCC, 0xCC, 0xCC);
    theme.threshold = QColor(0x33, 0x33, 0x33);
    theme.series = okabeIto(QColor(0x00, 0x00, 0x00));
    theme.bandRamp = {QColor(0xEF, 0xF3, 0xFF), QColor(0x9E, 0xCA, 0xE1), QColor(0x31, 0x82, 0xBD),
                      QColor(0x08, 0x30, 0x6B)};
    theme.fontFamilies = defaultChartFontFamilies();
    return theme;
}

ChartTheme ChartTheme::dark()
{
    ChartTheme theme;
    theme.name = QStringLiteral("dark");
    theme.background = QColor(0x12, 0x14, 0x18);
    theme.foreground = QColor(0xF2, 0xF2, 0xF2);
    theme.muted = QColor(0xB0, 0xB4, 0xBA);
    theme.grid = QColor(0x3A, 0x3F, 0x47);
    theme.threshold = QColor(0xE0, 0xE0, 0xE0);
    theme.series = okabeIto(QColor(0xF2, 0xF2, 0xF2));
    theme.bandRamp = {QColor(0x1F, 0x2A, 0x38), QColor(0x24, 0x4B, 0x6E), QColor(0x3A, 0x7C, 0xB0),
                      QColor(0x9E, 0xCA, 0xE1)};
    theme.fontFamilies = defaultChartFontFamilies();
    return theme;
}

ChartTheme ChartTheme::highContrast()
{
    ChartTheme theme;
    theme.name = QStringLiteral("high-contrast");
    theme.background = QColor(0x00, 0x00, 0x00);
    theme.foreground = QColor(0xFF, 0xFF, 0xFF);
    theme.muted = QColor(0xFF, 0xFF, 0x00); // yellow, not grey: notes stay as legible as titles
    theme.grid = QColor(0xC8, 0xC8, 0xC8);
    theme.threshold = QColor(0xFF, 0xFF, 0x00);
    // The Okabe-Ito colours that stand out from black (blue, at 4:1, is left
    // out), with pure yellow and white: still told apart under colour-vision
    // deficiencies, every one at 5:1 or more against the background.
    theme.series = {QColor(0xFF, 0xFF, 0x00), QColor(0x56, 0xB4, 0xE9), QColor(0xE6, 0x9F, 0x00),
                    QColor(0xFF, 0xFF, 0xFF), QColor(0xCC, 0x79, 0xA7), QColor(0x00, 0x9E, 0x73),
                    QColor(0xD5, 0x5E, 0x00)};
    // White to orange: light enough everywhere (interpolated colours too)
    // for black band names at 7:1 or more, and distinct from the black page.
    theme.bandRamp = {QColor(0xFF, 0xFF, 0xFF), QColor(0xFF, 0xFF, 0x00), QColor(0xFF, 0xB0, 0x00),
                      QColor(0xFF, 0x8C, 0x00)};
    theme.darkText = QColor(0x00, 0x00, 0x00);
    theme.strokeScale = 1.75;
    theme.fontFamilies = defaultChartFontFamilies();
    return theme;
}

std::optional<ChartTheme> ChartTheme::fromName(const QString& name)
{
    if (name == QLatin1String("light"))
        return light();
    if (name == QLatin1String("dark"))
        return dark();
    if (name == QLatin1String("high-contrast"))
        return highContrast();
    return std::nullopt;
}

QStringList ChartTheme::names()
{
    return {QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("high-contrast")};
}

QColor ChartTheme::bandColor(std::size_t index, std::size_t count) const
{
    if (bandRamp.empty())
        return grid;
    if (count <= 1 || bandRamp.size() == 1)
        return bandRamp.front();
    const double position = static_cast<double>(index) / static_cast<double>(count - 1) *
                            static_cast<double>(bandRamp.size() - 1);
    const auto lower = std::min(static_cast<std::size_t>(position), bandRamp.size() - 2);
    const double t = position - static_cast<double>(lower);
    const QColor& a = bandRamp[lower];
    const QColor& b = bandRamp[lower + 1];
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor ChartTheme::textOn(const QColor& fill) const
{
    // WCAG contrast against black and against white; the larger wins.
    const double luminance = relativeLuminance(fill);
    const double againstBlack = (luminance + 0.05) / 0.05;
    const double againstWhite = 1.05 / (luminance + 0.05);
    return againstBlack >= againstWhite ? darkText : QColor(0xFF, 0xFF, 0xFF);
}

QFont ChartTheme::font(double pixelSize, QFont::Weight weight) const
{
    QFont font;
    font.setFamilies(fontFamilies);
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pixelSize))));
    font.setWeight(weight);
    font.setStyleHint(QFont::SansSerif);
    // Keep glyph positions independent of the device's hinting, so that the
    // PNG, SVG and PDF of one chart lay out identically.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

} // namespace aisov::render
