// SPDX-License-Identifier: MIT
#pragma once
// tr() for the free functions of namespace ob. lupdate files a tr() call in namespace ob under the context "ob"
// (it ignores anonymous namespaces), so the run-time context must be "ob" too. Classes that are QObjects use their
// own tr(); code in ob::cli uses its own wrapper with the context "ob::cli".

#include <QCoreApplication>
#include <QString>

namespace ob {

inline QString tr(const char* source, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ob", source, disambiguation, n);
}

}  // namespace ob
