// SPDX-License-Identifier: MIT
// Precompiled header of the engine's torch translation units.
#pragma once
#include <torch/torch.h>
#include <torch/script.h>
