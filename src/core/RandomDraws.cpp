#include "RandomDraws.h"

namespace aisov::detail {

const std::array<double, kNormalTableSize>& normalQuantiles()
{
    static const std::array<double, kNormalTableSize> table = [] {
        std::array<double, kNormalTableSize> quantiles{};
        for (std::size_t k = 0; k < kNormalTableSize; ++k) {
            const double p = (static_cast<double>(k) + 0.5) / static_cast<double>(kNormalTableSize);
            double low = -10.0;
            double high = 10.0;
            for (int step = 0; step < 80; ++step) { // bisection on the normal CDF
                const double middle = 0.5 * (low + high);
                if (0.5 * std::erfc(-middle / std::numbers::sqrt2) < p)
                    low = middle;
                else
                    high = middle;
            }
            quantiles[k] = 0.5 * (low + high);
        }
        return quantiles;
    }();
    return table;
}

} // namespace aisov::detail
