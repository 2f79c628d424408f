#include "OrderStatistics.h"

#include <algorithm>
#include <cmath>

namespace aisov::detail {

OrderStatistics::OrderStatistics(std::size_t maxCount)
    : m_binOf(maxCount)
    , m_binned(maxCount)
    , m_binStart(kBins + 1)
    , m_binCursor(kBins)
{}

void OrderStatistics::prepare(std::span<const double> values, double lowest, double highest)
{
    m_count = values.size();
    m_low = lowest;
    m_high = highest;
    double scale = static_cast<double>(kBins) / (m_high - m_low);
    if (!std::isfinite(scale))
        scale = 0.0; // all equal, or a spread too small to divide: one bin
    std::fill(m_binStart.begin(), m_binStart.end(), 0);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const auto bin = std::min(kBins - 1, static_cast<std::size_t>((values[i] - m_low) * scale));
        m_binOf[i] = static_cast<std::uint16_t>(bin);
        ++m_binStart[bin + 1];
    }
    for (std::size_t b = 1; b <= kBins; ++b)
        m_binStart[b] += m_binStart[b - 1];
    // Every value into its bin's range, in one pass without a branch: a
    // percentile then partitions only the few values of its bin.
    std::copy(m_binStart.begin(), m_binStart.end() - 1, m_binCursor.begin());
    for (std::size_t i = 0; i < values.size(); ++i)
        m_binned[m_binCursor[m_binOf[i]]++] = values[i];
}

double OrderStatistics::at(std::size_t k)
{
    if (m_low == m_high)
        return m_low;
    const auto bin = static_cast<std::size_t>(
        std::upper_bound(m_binStart.begin(), m_binStart.end(), k) - m_binStart.begin() - 1);
    // Partitioning reorders the bin's range only within itself, so a later
    // rank in the same bin still finds all of its values there.
    const auto first = m_binned.begin() + static_cast<std::ptrdiff_t>(m_binStart[bin]);
    const auto last = m_binned.begin() + static_cast<std::ptrdiff_t>(m_binStart[bin + 1]);
    const auto nth = m_binned.begin() + static_cast<std::ptrdiff_t>(k);
    std::nth_element(first, nth, last);
    return *nth;
}

double OrderStatistics::percentile(double p)
{
    const double position = p * static_cast<double>(m_count - 1);
    const auto k = static_cast<std::size_t>(position);
    const double low = at(k);
    const double fraction = position - static_cast<double>(k);
    if (fraction == 0.0 || k + 1 >= m_count)
        return low;
    return low + fraction * (at(k + 1) - low);
}

} // namespace aisov::detail
