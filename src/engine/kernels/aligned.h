// SPDX-License-Identifier: MIT
#pragma once
// A 64-byte aligned, zero-initialised array for packed weights and activations, and the arena that keeps a
// model's packed weights together (plain C++, no torch).

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#if defined(_WIN32)
#include <malloc.h>
#endif

namespace ob::engine::kernels {

template <typename T>
class AlignedArray {
public:
    AlignedArray() = default;
    explicit AlignedArray(std::size_t n) { resize(n); }

    /// Reallocates to n zeroed elements (contents are not kept).
    void resize(std::size_t n)
    {
        m_size = n;
        if (n == 0) {
            m_data.reset();
            return;
        }
        const std::size_t bytes = (n * sizeof(T) + 63) / 64 * 64;
#if defined(_WIN32)
        void* p = _aligned_malloc(bytes, 64);
#else
        void* p = std::aligned_alloc(64, bytes);
#endif
        if (!p)
            throw std::bad_alloc();
        std::memset(p, 0, bytes);
        m_data.reset(static_cast<T*>(p));
    }
    /// Grows (zeroed) when n exceeds the current size.
    void ensure(std::size_t n)
    {
        if (n > m_size)
            resize(n);
    }

    /// Moves the contents into `arena` (this array then points into it and frees nothing).
    template <typename Arena>
    void moveInto(Arena& arena)
    {
        if (m_size == 0)
            return;
        T* p = static_cast<T*>(arena.take(m_size * sizeof(T)));
        std::memcpy(p, m_data.get(), m_size * sizeof(T));
        m_data = std::unique_ptr<T, Free>(p, Free{false});
    }

    T* data() { return m_data.get(); }
    const T* data() const { return m_data.get(); }
    std::size_t size() const { return m_size; }
    T& operator[](std::size_t i) { return m_data.get()[i]; }
    const T& operator[](std::size_t i) const { return m_data.get()[i]; }

private:
    struct Free {
        bool owned = true;
        void operator()(T* p) const
        {
            if (!owned)
                return;
#if defined(_WIN32)
            _aligned_free(p);
#else
            std::free(p);
#endif
        }
    };
    std::unique_ptr<T, Free> m_data;
    std::size_t m_size = 0;
};

}  // namespace ob::engine::kernels
