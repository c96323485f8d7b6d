// SPDX-License-Identifier: MIT
// libFuzzer target: configuration files as the CLI and the GUI load them (loadConfigFile -> applyJson), and
// single CLI values (applyText). Besides crashes and sanitizer findings, it checks two properties:
// a loaded configuration passes validate(), and it survives toJson -> applyJson unchanged.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "config/files.h"
#include "config/resources.h"
#include "config/validation.h"

namespace {

void check(bool condition, const char* what, const QByteArray& input)
{
    if (condition)
        return;
    std::fprintf(stderr, "property violated: %s\ninput: %s\n", what, input.constData());
    std::abort();
}

// One scratch file per fuzzing process, removed at exit.
struct ScratchFile {
    QString path = QDir::temp().filePath(
        QStringLiteral("optibench-fuzz-config-%1.json").arg(QCoreApplication::applicationPid()));
    ~ScratchFile() { QFile::remove(path); }
};

const QString& scratchFile()
{
    static const ScratchFile file;
    return file.path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    {
        QFile f(scratchFile());
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(bytes);
    }
    ob::RunConfig config;
    if (!ob::loadConfigFile(scratchFile(), config)) {
        check(!ob::validate(config), "a loaded configuration fails validate()", bytes);
        (void)ob::checkResources(config, qint64(1) << 33);
        ob::RunConfig again;
        check(!ob::applyJson(again, ob::toJson(config)), "toJson() of a loaded configuration is refused", bytes);
        check(again == config, "toJson -> applyJson changes the configuration", bytes);
    }
    // The same bytes as the value of every key, as on the command line.
    const QString text = QString::fromUtf8(bytes.left(256));
    for (const QString& key : ob::configKeys()) {
        ob::RunConfig c;
        if (!ob::applyText(c, key, text) && key != QLatin1String("options"))
            check(!ob::validate(c), "a value accepted by applyText() fails validate()", bytes);
    }
    return 0;
}
