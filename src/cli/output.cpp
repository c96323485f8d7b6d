// SPDX-License-Identifier: MIT
#include "output.h"

#include <cstdio>

#if defined(_WIN32)
#include <io.h>
#define OB_ISATTY _isatty
#define OB_FILENO _fileno
#else
#include <unistd.h>
#define OB_ISATTY isatty
#define OB_FILENO fileno
#endif

namespace ob::cli {

void printOut(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stderr);
    std::fflush(stderr);
}

bool stderrIsTerminal()
{
    return OB_ISATTY(OB_FILENO(stderr)) != 0;
}

int fail(const QString& message, int code)
{
    printErr(QStringLiteral("optibench-cli: error: ") + message + QLatin1Char('\n'));
    return code;
}

}  // namespace ob::cli
