#include "HugePageBuffer.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace aisov::detail {

namespace {

constexpr std::size_t kHugePage = std::size_t{2} << 20;

} // namespace

HugePageBuffer::HugePageBuffer(std::size_t count)
{
    if (count == 0)
        return;
    if (count > SIZE_MAX / sizeof(double) - kHugePage)
        throw std::bad_alloc();
    // Below two large pages, rounding up would touch more than it saves.
    const bool large = count * sizeof(double) >= 2 * kHugePage;
    const std::size_t alignment = large ? kHugePage : alignof(std::max_align_t);
    // aligned_alloc wants a size that is a multiple of the alignment.
    const std::size_t bytes = (count * sizeof(double) + alignment - 1) / alignment * alignment;
    void* memory = std::aligned_alloc(alignment, bytes);
    if (memory == nullptr)
        throw std::bad_alloc();
#if defined(__linux__)
    // Only advice: when it fails, the pages are the usual ones.
    if (large)
        (void)madvise(memory, bytes, MADV_HUGEPAGE);
#endif
    m_data.reset(static_cast<double*>(memory));
}

void HugePageBuffer::Free::operator()(double* data) const
{
    std::free(data);
}

} // namespace aisov::detail
