// SPDX-License-Identifier: MIT
// Memory per method: the windows around a preparation and a warm-up, and the JSON "memory" object.
#include <QtTest>

#include <memory>
#include <vector>

#include "bench/memorywindow.h"
#include "config/memoryinfo.h"
#include "format/runjson.h"

using namespace ob;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

/// `mib` MiB, every page written (resident), kept until destroyed.
std::unique_ptr<std::vector<char>> touched(qint64 mib)
{
    auto block = std::make_unique<std::vector<char>>(static_cast<std::size_t>(mib * kMiB));
    for (std::size_t i = 0; i < block->size(); i += 4096)
        (*block)[i] = static_cast<char>(i);
    return block;
}

}  // namespace

class TestMemory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void residentAndPeakAreRead()
    {
        const qint64 rss = residentMemoryBytes();
        if (rss < 0)
            QSKIP("this OS does not report resident memory");
        QVERIFY(peakResidentMemoryBytes() >= rss / 2);  // the peak is at least what the process holds (pages move)
    }

    void preparationKeepsWhatTheMethodHolds()
    {
        MethodMemory memory;
        const qint64 base = residentMemoryBytes();
        const MemoryWindow window;
        auto kept = touched(48);
        window.closePreparation(memory, base);
        if (!memory.exact)
            QSKIP("this OS cannot reset the peak: the figures are the process's");
        QVERIFY2(memory.retainedBytes >= 44 * kMiB, qPrintable(QString::number(memory.retainedBytes)));
        QVERIFY(memory.preparePeakBytes >= memory.retainedBytes);
        QCOMPARE(memory.baseBytes, base);
        QVERIFY(memory.peakRssBytes >= base + memory.retainedBytes);
        QVERIFY((*kept)[4096] == static_cast<char>(4096));
    }

    void aTransientAllocationIsAPeakNotRetained()
    {
        MethodMemory memory;
        const qint64 base = residentMemoryBytes();
        const MemoryWindow preparation;
        preparation.closePreparation(memory, base);
        const qint64 before = memory.peakRssBytes;
        {
            const MemoryWindow run;
            touched(64).reset();  // allocated, resident, freed: what a forward's activations do
            run.closeRun(memory);
        }
        if (!memory.exact)
            QSKIP("this OS cannot reset the peak");
        QVERIFY2(memory.runPeakBytes >= 60 * kMiB, qPrintable(QString::number(memory.runPeakBytes)));
        QVERIFY(memory.retainedBytes < 16 * kMiB);
        QVERIFY(memory.peakRssBytes >= before + 56 * kMiB);
    }

    void memoryRoundTripsThroughJson()
    {
        MethodResult r;
        r.method = QStringLiteral("eager");
        r.weightBytes = 3 * kMiB + 17;
        r.memory.baseBytes = 160 * kMiB + 4096;
        r.memory.retainedBytes = 5 * kMiB + 123;
        r.memory.preparePeakBytes = 6 * kMiB;
        r.memory.runPeakBytes = 0;
        r.memory.peakRssBytes = r.memory.baseBytes + r.memory.preparePeakBytes;
        r.memory.exact = true;
        const QJsonObject o = methodToJson(r);
        const QJsonObject m = o.value(QStringLiteral("memory")).toObject();
        QCOMPARE(m.value(QStringLiteral("weights_mb")).toDouble(), static_cast<double>(r.weightBytes) / kMiB);
        QCOMPARE(m.value(QStringLiteral("peak_rss_mb")).toDouble(), static_cast<double>(r.memory.peakRssBytes) / kMiB);
        const auto back = methodFromJson(o, nullptr);
        QVERIFY(back);
        QCOMPARE(back->memory.peakRssBytes, r.memory.peakRssBytes);
        QCOMPARE(back->memory.baseBytes, r.memory.baseBytes);
        QCOMPARE(back->memory.retainedBytes, r.memory.retainedBytes);
        QCOMPARE(back->memory.preparePeakBytes, r.memory.preparePeakBytes);
        QCOMPARE(back->memory.runPeakBytes, r.memory.runPeakBytes);
        QVERIFY(back->memory.exact);
    }

    void aMethodThatWasNotMeasuredHasNoMemory()
    {
        MethodResult r;
        r.method = QStringLiteral("eager");
        QVERIFY(methodToJson(r).value(QStringLiteral("memory")).isNull());
        const auto back = methodFromJson(methodToJson(r), nullptr);
        QVERIFY(back);
        QVERIFY(!back->memory.measured());
    }
};

QTEST_GUILESS_MAIN(TestMemory)
#include "tst_memory.moc"
