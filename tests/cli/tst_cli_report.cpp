// SPDX-License-Identifier: MIT
// optibench-cli reports: run --report/--charts, report RUN.json --out, and bad paths (exit 2, the option named).

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QtTest>

#include "../report/pdfcheck.h"
#include "../report/reportfixture.h"
#include "report/reportcharts.h"
#include "format/runjson.h"
#include "testutils.h"

using ob::test::runCli;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestCliReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_runJson = QDir(m_dir.path()).filePath(QStringLiteral("fixture.json"));
        QFile f(m_runJson);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ob::runToJsonBytes(ob::test::fixtureRun()));
    }

    void reportFromRunJson()
    {
        const QDir dir(m_dir.path());
        const QString html = dir.filePath(QStringLiteral("r.html"));
        const QString charts = dir.filePath(QStringLiteral("charts"));
        auto r = runCli({QStringLiteral("report"), m_runJson, QStringLiteral("--out"), html, QStringLiteral("--charts"),
                         charts});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = QString::fromUtf8(readAll(html));
        QVERIFY(text.contains(QStringLiteral("<td class=\"method\">dynamic_<wbr>int8</td>")));
        QVERIFY(text.contains(ob::test::fixtureError().toHtmlEscaped()));
        const QStringList files = QDir(charts).entryList(QDir::Files);
        QCOMPARE(files.size(), 3 * int(ob::report::chartIds().size()));  // PNG, SVG and PDF of each chart
        QImage png;
        QVERIFY(png.load(QDir(charts).filePath(QStringLiteral("latency.png"))));
        QCOMPARE(png.size(), QSize(1800, 1080));

        const QString pdf = dir.filePath(QStringLiteral("r.pdf"));
        r = runCli({QStringLiteral("report"), m_runJson, QStringLiteral("--out=") + pdf});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QByteArray bytes = readAll(pdf);
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(ob::test::pdfPageCount(bytes) >= 2);
    }

    void reportInChinese()
    {
        const QString html = QDir(m_dir.path()).filePath(QStringLiteral("zh.html"));
        const auto r = runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("report"), m_runJson,
                               QStringLiteral("--out"), html});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QString::fromUtf8(readAll(html)).contains(QStringLiteral("lang=\"zh-CN\"")));
    }

    void runWritesReportAndCharts()
    {
        const QDir dir(m_dir.path());
        const QString report = dir.filePath(QStringLiteral("run.html"));
        const QString charts = dir.filePath(QStringLiteral("runcharts"));
        const auto r = runCli({QStringLiteral("run"), QStringLiteral("--hidden"), QStringLiteral("16"),
                               QStringLiteral("--layers"), QStringLiteral("1"), QStringLiteral("--batch=1,2"),
                               QStringLiteral("--methods"), QStringLiteral("eager"), QStringLiteral("--warmup"),
                               QStringLiteral("2"), QStringLiteral("--iterations"), QStringLiteral("12"),
                               QStringLiteral("--eval-samples"), QStringLiteral("32"), QStringLiteral("--option"),
                               QStringLiteral("roofline=off"), QStringLiteral("--report"), report,
                               QStringLiteral("--charts"), charts});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = QString::fromUtf8(readAll(report));
        // The method beside its two batch sizes in the results and per-batch tables, once in the memory and in the
        // score and fidelity tables.
        QCOMPARE(text.count(QStringLiteral("<tr><td class=\"method\" rowspan=\"2\">eager</td>")), 2);
        QCOMPARE(text.count(QStringLiteral("<tr><td class=\"method\">eager</td>")), 2);
        QVERIFY(QFileInfo::exists(QDir(charts).filePath(QStringLiteral("throughputByBatch.svg"))));
    }

    void badInputExits2WithTheFieldNamed_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("field");
        const QString missing = QStringLiteral("/nonexistent-optibench-dir/x");
        QTest::addRow("report --out in missing dir")
            << QStringList{QStringLiteral("report"), QStringLiteral("@RUN"), QStringLiteral("--out"),
                           missing + QStringLiteral(".html")}
            << QStringLiteral("--out");
        QTest::addRow("report --out wrong type")
            << QStringList{QStringLiteral("report"), QStringLiteral("@RUN"), QStringLiteral("--out"),
                           QStringLiteral("@DIR/x.docx")}
            << QStringLiteral("--out");
        QTest::addRow("report --charts in missing dir")
            << QStringList{QStringLiteral("report"), QStringLiteral("@RUN"), QStringLiteral("--charts"),
                           missing + QStringLiteral("/charts")}
            << QStringLiteral("--charts");
        QTest::addRow("report missing run file")
            << QStringList{QStringLiteral("report"), missing + QStringLiteral(".json"), QStringLiteral("--out"),
                           QStringLiteral("@DIR/y.html")}
            << QStringLiteral("RUN.json");
        QTest::addRow("report nothing to write") << QStringList{QStringLiteral("report"), QStringLiteral("@RUN")}
                                                 << QStringLiteral("--out");
        QTest::addRow("run --report in missing dir")
            << QStringList{QStringLiteral("run"), QStringLiteral("--methods"), QStringLiteral("eager"),
                           QStringLiteral("--report"), missing + QStringLiteral(".pdf")}
            << QStringLiteral("--report");
        QTest::addRow("run --charts is a file")
            << QStringList{QStringLiteral("run"), QStringLiteral("--methods"), QStringLiteral("eager"),
                           QStringLiteral("--charts"), QStringLiteral("@RUN")}
            << QStringLiteral("--charts");
    }
    void badInputExits2WithTheFieldNamed()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, field);
        for (auto& a : args) {
            a.replace(QStringLiteral("@RUN"), m_runJson);
            a.replace(QStringLiteral("@DIR"), m_dir.path());
        }
        const auto r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(field), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());  // refused before any work
    }

    void notARunFile()
    {
        const QString bogus = QDir(m_dir.path()).filePath(QStringLiteral("bogus.json"));
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"schema\": \"something/9\"}");
        f.close();
        const auto r = runCli({QStringLiteral("report"), bogus, QStringLiteral("--out"),
                               QDir(m_dir.path()).filePath(QStringLiteral("z.html"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("RUN.json")), qPrintable(r.err));
    }

private:
    QTemporaryDir m_dir;
    QString m_runJson;
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
