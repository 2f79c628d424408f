#pragma once

// Internal to aisov_core: an uninitialised array of doubles for the Monte
// Carlo draws (16 MB at 10,000 draws of 200 profiles, 160 MB at 100,000),
// in memory the kernel may back with 2 MB pages. With 4 KB pages, touching
// 16 MB for the first time costs 4,096 page faults, which measured as a
// tenth of the whole `score --uncertainty 10000` command
// (docs/performance.md, "Uncertainty"); with 2 MB pages it is eight.
// Where the kernel does not give large pages the array works the same.

#include <cstddef>
#include <memory>

namespace aisov::detail {

class HugePageBuffer
{
public:
    HugePageBuffer() = default;
    explicit HugePageBuffer(std::size_t count);

    double* data() { return m_data.get(); }
    const double* data() const { return m_data.get(); }

private:
    struct Free
    {
        void operator()(double* data) const;
    };
    std::unique_ptr<double, Free> m_data;
};

} // namespace aisov::detail
