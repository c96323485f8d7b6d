// SPDX-License-Identifier: MIT
#include "kernels/weight_arena.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>
#if defined(_WIN32)
#include <malloc.h>
#elif defined(__linux__)
#include <sys/mman.h>
#endif

namespace ob::engine::kernels {
namespace {
constexpr std::size_t kHugePage = std::size_t(2) << 20;
constexpr std::size_t kHugeFrom = std::size_t(512) << 10;
}  // namespace

void WeightArena::Free::operator()(unsigned char* p) const
{
#if defined(_WIN32)
    _aligned_free(p);
#else
    std::free(p);
#endif
}

WeightArena::WeightArena(std::size_t bytes)
{
    const std::size_t align = bytes >= kHugeFrom ? kHugePage : 64;
    m_size = (std::max<std::size_t>(bytes, 1) + align - 1) / align * align;
#if defined(_WIN32)
    void* p = _aligned_malloc(m_size, align);
#else
    void* p = std::aligned_alloc(align, m_size);
#endif
    if (!p)
        throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    // Before the first touch, so that the zeroing below already faults in huge pages.
    if (align == kHugePage)
        m_huge = madvise(p, m_size, MADV_HUGEPAGE) == 0;
#endif
    std::memset(p, 0, m_size);
    m_data.reset(static_cast<unsigned char*>(p));
}

void* WeightArena::take(std::size_t bytes)
{
    const std::size_t n = footprint(bytes);
    if (m_used + n > m_size)
        throw std::logic_error("weight arena: sized too small");
    void* p = m_data.get() + m_used;
    m_used += n;
    return p;
}

}  // namespace ob::engine::kernels
