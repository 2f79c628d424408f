#pragma once

// Comparison of 2-8 profiles: grouped bars, one group per pillar, one bar
// per profile, with each pillar's threshold as a dashed line. A bar that
// meets its threshold is solid; one that does not is hatched, so that
// met/not met reads without colour.

#include "ChartData.h"
#include "ChartTheme.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace aisov::render {

inline constexpr std::size_t kCompareMinProfiles = 2;
inline constexpr std::size_t kCompareMaxProfiles = 8;

struct CompareLayout
{
    QRectF plot;
    QRectF legend;
    QRectF axes;                // the 0-100 value area
    std::vector<QRectF> groups; // one per pillar

    double yForScore(double score) const { return axes.bottom() - axes.height() * score / 100.0; }
    // Full-height slot of profile `profile` of `count` in group `group`.
    QRectF barSlot(std::size_t group, std::size_t profile, std::size_t count) const;
};

class CompareChart
{
    Q_DECLARE_TR_FUNCTIONS(CompareChart)

public:
    static QString defaultTitle();
    static CompareLayout layout(const QRectF& bounds, const ChartData& data,
                                const ChartTheme& theme);
    static void paint(QPainter& painter, const QRectF& bounds, const ChartData& data,
                      const ChartTheme& theme);
};

} // namespace aisov::render
