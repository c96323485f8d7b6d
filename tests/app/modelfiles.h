// SPDX-License-Identifier: MIT
#pragma once
// Small TorchScript files for the GUI tests, written by LibTorch in a translation unit of their own (modelfiles.cpp):
// the tests that use them include no torch header. Plain C++ only.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace ob::test {

/// A parameter of a module: its name and shape (filled with seeded random values).
using ParameterShape = std::pair<std::string, std::vector<std::int64_t>>;

/// Saves a TorchScript module whose methods are `source` (TorchScript code, e.g. "def forward(self, x: Tensor)
/// -> Tensor: ...") with `parameters`, to `path`. Returns the empty string, or LibTorch's error.
std::string writeScriptModule(const std::string& path, const std::string& source,
                              const std::vector<ParameterShape>& parameters);

/// Saves random float tensors of `shapes` as an example-inputs file (torch::pickle_save, as torch.save reads it):
/// one tensor alone, several as a tuple. Returns the empty string, or LibTorch's error.
std::string writeExampleInputs(const std::string& path, const std::vector<std::vector<std::int64_t>>& shapes);

}  // namespace ob::test
