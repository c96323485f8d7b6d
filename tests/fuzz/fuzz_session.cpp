// SPDX-License-Identifier: MIT
// libFuzzer target: session files (runFromJson, what Open session reads) and run journals (parseJournal, what
// the restore at start-up reads). A session that loads must save and load again.

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "format/runjson.h"
#include "results/journal.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    if (auto run = ob::runFromJson(bytes, &error)) {
        QString again;
        if (!ob::runFromJson(ob::runToJsonBytes(*run), &again)) {
            std::fprintf(stderr, "a loaded session does not load after saving: %s\n", qPrintable(again));
            std::abort();
        }
    } else if (error.isEmpty()) {
        std::fprintf(stderr, "a session was refused without a message\n");
        std::abort();
    }
    if (!ob::parseJournal(bytes, &error) && error.isEmpty()) {
        std::fprintf(stderr, "a journal was refused without a message\n");
        std::abort();
    }
    return 0;
}
