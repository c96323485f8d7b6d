// SPDX-License-Identifier: MIT
#include "runtime/errors.h"

#include <c10/util/Exception.h>

namespace ob::engine {

std::string errorText(const std::exception& e)
{
    if (const auto* c10e = dynamic_cast<const c10::Error*>(&e)) {
        std::string msg = c10e->what_without_backtrace();
        // LibTorch appends "Exception raised from ... (most recent call first):" to some messages.
        const auto pos = msg.find("\nException raised from");
        if (pos != std::string::npos)
            msg.erase(pos);
        return msg;
    }
    return e.what();
}

}  // namespace ob::engine
