// SPDX-License-Identifier: MIT
#pragma once
// A model's output structure as leaves: tensors and numbers inside any nesting of tuples, lists and string-keyed
// dicts, with the path that names each.

#include <ATen/core/ivalue.h>

#include <string>
#include <vector>

#include "optibench/engine/types.h"

namespace ob::engine {

/// Every leaf of `output` in structure order (a bare tensor or number is the leaf "output"), with its values when `values` is set. Throws std::runtime_error
/// naming the leaf for what cannot be compared (strings, None, objects, non-string dict keys).
std::vector<OutputLeaf> outputLeaves(const c10::IValue& output, bool values);

/// The leaf top-1 agreement is measured on: the first floating leaf of shape [rows, classes] (classes >= 2);
/// empty when there is none.
std::string primaryLeaf(const std::vector<OutputLeaf>& leaves);

/// Appends `more` to `into` leaf by leaf (evaluation in chunks of rows); the structures must match.
void appendRows(std::vector<OutputLeaf>& into, std::vector<OutputLeaf> more);

}  // namespace ob::engine
