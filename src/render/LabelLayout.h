#pragma once

// Places the labels of markers that sit on one horizontal axis so that no
// two labels overlap, however close the markers are.
//
// Greedy row packing: labels are taken in order of their anchor; each goes
// into the lowest row where it fits at its preferred place (centred on the
// anchor, kept inside the bounds) or shifted right by at most `maxShift`
// past the row's last label. A label that fits nowhere opens a new row.
// Within a row, every label starts at least `gap` after the previous one
// ends, so labels never overlap; rows are drawn at different heights.

#include <vector>

namespace aisov::render {

struct LabelRequest
{
    double anchor = 0.0; // x of the marker the label belongs to
    double width = 0.0;
};

struct LabelPlacement
{
    double left = 0.0;
    double width = 0.0;
    int row = 0; // 0 is nearest to the axis

    double right() const { return left + width; }
};

struct LabelLayoutOptions
{
    double minX = 0.0;
    double maxX = 0.0;
    double gap = 6.0;      // free space between neighbouring labels of a row
    double maxShift = 0.0; // how far a label may move right of its preferred place
};

// Placements parallel to `requests`. Deterministic.
std::vector<LabelPlacement> layoutLabels(const std::vector<LabelRequest>& requests,
                                         const LabelLayoutOptions& options);

// 1 + the highest row used; 0 for no labels.
int rowCount(const std::vector<LabelPlacement>& placements);

} // namespace aisov::render
