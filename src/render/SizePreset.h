#pragma once

// Named chart sizes for slides and paper. Sizes are logical pixels at
// 96 px per inch: a PNG multiplies them by its device pixel ratio, a PDF
// page measures them at 96 px per inch (so the A4 presets give A4 pages).

#include <QSizeF>
#include <QString>

#include <optional>
#include <vector>

namespace aisov::render {

inline constexpr double kLogicalDpi = 96.0;

struct SizePreset
{
    QString id;              // "slide-16x9", used on the command line
    const char* description; // untranslated; see translatedDescription()
    QSizeF size;             // logical pixels

    QString translatedDescription() const;
};

const std::vector<SizePreset>& sizePresets();
std::optional<SizePreset> findSizePreset(const QString& id);

} // namespace aisov::render
