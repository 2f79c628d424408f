#include "SizePreset.h"

#include <QCoreApplication>

namespace aisov::render {

namespace {

constexpr double millimetresToLogical(double millimetres)
{
    return millimetres / 25.4 * kLogicalDpi;
}

} // namespace

QString SizePreset::translatedDescription() const
{
    return QCoreApplication::translate("SizePreset", description);
}

const std::vector<SizePreset>& sizePresets()
{
    static const std::vector<SizePreset> presets{
        {QStringLiteral("slide-16x9"), QT_TRANSLATE_NOOP("SizePreset", "16:9 slide (1920 × 1080)"),
         QSizeF(1920, 1080)},
        {QStringLiteral("slide-4x3"), QT_TRANSLATE_NOOP("SizePreset", "4:3 slide (1440 × 1080)"),
         QSizeF(1440, 1080)},
        {QStringLiteral("a4-landscape"),
         QT_TRANSLATE_NOOP("SizePreset", "A4 landscape (297 × 210 mm)"),
         QSizeF(millimetresToLogical(297), millimetresToLogical(210))},
        {QStringLiteral("a4"), QT_TRANSLATE_NOOP("SizePreset", "A4 portrait (210 × 297 mm)"),
         QSizeF(millimetresToLogical(210), millimetresToLogical(297))},
    };
    return presets;
}

std::optional<SizePreset> findSizePreset(const QString& id)
{
    for (const auto& preset : sizePresets()) {
        if (preset.id == id)
            return preset;
    }
    return std::nullopt;
}

} // namespace aisov::render
