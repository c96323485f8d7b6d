// SPDX-License-Identifier: MIT
#pragma once
// The BLAS LibTorch calls into, found at run time (OpenBLAS exports its core type and thread controls).

#include <string>

namespace ob::engine {

struct BlasInfo {
    std::string library;   // "OpenBLAS" or "unknown (no OpenBLAS symbols)"
    std::string coreType;  // e.g. "Zen", "Haswell", "Cooperlake"
    std::string config;    // openblas_get_config()
    int threads = 0;       // -1 when it cannot be read
};

BlasInfo blasInfo();
/// Returns false when the BLAS has no thread control.
bool setBlasThreads(int n);

}  // namespace ob::engine
