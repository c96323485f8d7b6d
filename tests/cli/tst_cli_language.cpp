// SPDX-License-Identifier: MIT
// optibench-cli --lang zh_CN: the run table, methods, env and diagnose speak Chinese. The expected sentences are
// read from the .ts, and lines that must be prose are checked for Chinese, so a string lupdate did not extract (or
// filed under another context) fails here.

#include <QRegularExpression>
#include <QtTest>

#include "testutils.h"
#include "translations.h"

using namespace ob;

namespace {

bool hasCjk(const QString& text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

QStringList lines(const QString& text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

}  // namespace

class TestCliLanguage : public QObject {
    Q_OBJECT
private:
    QList<test::TsEntry> m_zh;

    QString zh(const char* context, const char* source) const
    {
        for (const auto& e : m_zh)
            if (e.context == QLatin1String(context) && e.source == QString::fromUtf8(source))
                return e.forms.value(0);
        return QStringLiteral("(not in the .ts: %1)").arg(QString::fromUtf8(source));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_zh = test::readTs(QStringLiteral("zh_CN"));
        QVERIFY(!m_zh.isEmpty());
    }

    void runTable()
    {
        const auto r = test::runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("run"),
                                     QStringLiteral("--hidden"), QStringLiteral("16"), QStringLiteral("--layers"),
                                     QStringLiteral("1"), QStringLiteral("--batch"), QStringLiteral("1,2"),
                                     QStringLiteral("--methods"), QStringLiteral("eager,dynamic_int8"),
                                     QStringLiteral("--qengine"), QStringLiteral("none"), QStringLiteral("--warmup"),
                                     QStringLiteral("2"), QStringLiteral("--iterations"), QStringLiteral("20"),
                                     QStringLiteral("--eval-samples"), QStringLiteral("32"),
                                     QStringLiteral("--quiet")});
        QCOMPARE(r.exitCode, 0);
        const QString header = lines(r.out).value(0);
        for (const char* column : {"method", "batch", "latency (ms)", "jitter (ms)", "score", "fidelity", "status"})
            QVERIFY2(header.contains(zh("ob", column)), qPrintable(header));
        // The failure keeps LibTorch's words; its cause and fix are Chinese.
        QVERIFY(r.out.contains(
            QStringLiteral("Didn't find engine for operation quantized::linear_prepack NoQEngine")));
        QVERIFY2(r.out.contains(zh("ob", "cause:")) && r.out.contains(zh("ob", "fix:")), qPrintable(r.out));
        for (const auto& line : lines(r.out))
            if (line.trimmed().startsWith(zh("ob", "cause:")) || line.trimmed().startsWith(zh("ob", "fix:")))
                QVERIFY2(hasCjk(line.section(zh("ob", "cause:"), 1) + line.section(zh("ob", "fix:"), 1)),
                         qPrintable(line));
    }

    void methods()
    {
        const auto r = test::runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("methods")});
        QCOMPARE(r.exitCode, 0);
        int summaries = 0;
        for (const auto& line : lines(r.out)) {
            if (!line.startsWith(QLatin1Char(' '))) {
                QVERIFY2(hasCjk(line.section(QLatin1Char('['), 1)), qPrintable(line));  // the group
                continue;
            }
            ++summaries;
            QVERIFY2(hasCjk(line), qPrintable(line));  // every summary and option description
        }
        QVERIFY(summaries > 15);
    }

    void env()
    {
        const auto r = test::runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("env")});
        QCOMPARE(r.exitCode, 0);
        const QStringList out = lines(r.out);
        QVERIFY(out.size() > 15);
        static const QRegularExpression gap(QStringLiteral("\\s{2,}"));
        for (const auto& line : out)
            QVERIFY2(hasCjk(line.section(gap, 0, 0)), qPrintable(line));  // every label
        QVERIFY(r.out.contains(zh("ob", "LibTorch version")));
    }

    void diagnose()
    {
        const QString log = qEnvironmentVariable("OPTIBENCH_TEST_DATA") + QStringLiteral("/seed_failures.log");
        const auto r =
            test::runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("diagnose"), log});
        QCOMPARE(r.exitCode, 0);
        const QStringList out = lines(r.out);
        const QString cause = zh("ob::cli", "cause: %1").section(QStringLiteral("%1"), 0, 0);
        const int found = static_cast<int>(out.filter(cause).size());
        QVERIFY(found > 0);
        QCOMPARE(out.last(),
                 zh("ob::cli", "%n known failure(s) found.").replace(QStringLiteral("%n"), QString::number(found)));
        for (const auto& line : out.filter(QStringLiteral("  ")))
            if (!line.contains(zh("ob::cli", "in OptiBench: %1").section(QStringLiteral("%1"), 0, 0)))
                QVERIFY2(hasCjk(line), qPrintable(line));
    }
};

QTEST_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
