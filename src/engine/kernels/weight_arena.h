// SPDX-License-Identifier: MIT
#pragma once
// One block of memory for all the packed weights of a model, in the order the forward reads them.
// Separate allocations land wherever the allocator's history puts them: in a process that has run before, the
// physical pages of a ~1 MB int8 model scatter over the 1 MB L2's sets and the same kernel ran 5 % slower in a
// second run than in the first (bench_crosscheck --mode=repeat). One block, on transparent huge pages where the
// kernel offers them (madvise), is contiguous in physical memory too, so the layout no longer depends on history.

#include <cstddef>
#include <memory>

namespace ob::engine::kernels {

class WeightArena {
public:
    /// Reserves `bytes` (zeroed); blocks of 512 KiB or more are aligned to and rounded up to 2 MiB huge pages.
    explicit WeightArena(std::size_t bytes);
    /// The next `bytes`, 64-byte aligned; throws std::logic_error past the reserved size.
    void* take(std::size_t bytes);
    /// Bytes a take() of `bytes` uses (for sizing the arena beforehand).
    static std::size_t footprint(std::size_t bytes) { return (bytes + 63) / 64 * 64; }
    bool hugePages() const { return m_huge; }

private:
    struct Free {
        void operator()(unsigned char* p) const;
    };
    std::unique_ptr<unsigned char, Free> m_data;
    std::size_t m_size = 0;
    std::size_t m_used = 0;
    bool m_huge = false;
};

}  // namespace ob::engine::kernels
