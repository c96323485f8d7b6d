// SPDX-License-Identifier: MIT
#pragma once
// tr() for the report code: lupdate files tr() calls in namespace ob::report under the context "ob::report".

#include <QCoreApplication>
#include <QString>

namespace ob::report {

inline QString tr(const char* source, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ob::report", source, disambiguation, n);
}

}  // namespace ob::report
