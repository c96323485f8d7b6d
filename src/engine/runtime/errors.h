// SPDX-License-Identifier: MIT
#pragma once

#include <exception>
#include <string>

namespace ob::engine {

/// The exception's text as the user should see it: LibTorch's message without its C++ backtrace.
std::string errorText(const std::exception& e);

}  // namespace ob::engine
