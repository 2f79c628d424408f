#pragma once

// Internal to aisov_core: percentiles of one profile's Monte Carlo draws
// (Uncertainty.cpp).

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace aisov::detail {

// Exact order statistics of one profile's draws without sorting them: a
// histogram over [min, max] (binning is monotone, so bins are ordered)
// finds the bin holding rank k, and only that bin's values are partitioned.
// Three cheap passes (the range, the bins, the values into their bins)
// instead of nth_element's unpredictable branches over all the draws.
// Buffers are sized once per thread.
class OrderStatistics
{
public:
    explicit OrderStatistics(std::size_t maxCount);

    // Reads `values` (at most maxCount, not empty) into bins. `lowest` and
    // `highest` are the least and the greatest of them (the caller has
    // them already: a pass over the values less).
    void prepare(std::span<const double> values, double lowest, double highest);
    // The k-th smallest value (0-based).
    double at(std::size_t k);
    // Percentile by linear interpolation between order statistics
    // (Hyndman and Fan type 7, the default of R and NumPy).
    double percentile(double p);

private:
    static constexpr std::size_t kBins = 1024;
    std::size_t m_count = 0;
    std::vector<std::uint16_t> m_binOf;
    std::vector<double> m_binned;         // the values, bin by bin
    std::vector<std::size_t> m_binStart;  // values in bins before b
    std::vector<std::size_t> m_binCursor; // filling m_binned

    double m_low = 0.0;
    double m_high = 0.0;
};

} // namespace aisov::detail
