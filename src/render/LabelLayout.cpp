#include "LabelLayout.h"

#include <algorithm>
#include <numeric>

namespace aisov::render {

std::vector<LabelPlacement> layoutLabels(const std::vector<LabelRequest>& requests,
                                         const LabelLayoutOptions& options)
{
    std::vector<std::size_t> order(requests.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return requests[a].anchor < requests[b].anchor;
    });

    std::vector<LabelPlacement> placements(requests.size());
    std::vector<double> rowRight; // right edge of the last label of each row
    for (const std::size_t index : order) {
        const LabelRequest& request = requests[index];
        // Centred on the anchor, kept inside the bounds (a label wider than
        // the bounds starts at minX).
        const double preferred = std::max(options.minX, std::min(request.anchor - request.width / 2,
                                                                 options.maxX - request.width));
        std::size_t row = 0;
        double left = preferred;
        for (; row < rowRight.size(); ++row) {
            left = std::max(preferred, rowRight[row] + options.gap);
            const bool insideBounds = left + request.width <= options.maxX + 1e-9 ||
                                      left == preferred; // too wide for any row: alone is fine
            if (insideBounds && left - preferred <= options.maxShift + 1e-9)
                break;
        }
        if (row == rowRight.size()) {
            rowRight.push_back(0.0);
            left = preferred;
        }
        rowRight[row] = left + request.width;
        placements[index] = {left, request.width, static_cast<int>(row)};
    }
    return placements;
}

int rowCount(const std::vector<LabelPlacement>& placements)
{
    int rows = 0;
    for (const auto& placement : placements)
        rows = std::max(rows, placement.row + 1);
    return rows;
}

} // namespace aisov::render
