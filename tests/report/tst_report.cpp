// SPDX-License-Identifier: MIT
// Chart exports and the report: what each format must be (offscreen).

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#include "charts/chartbase.h"
#include "pdfcheck.h"
#include "report/chartrender.h"
#include "format/csvreport.h"
#include "report/htmlreport.h"
#include "report/reportcharts.h"
#include "report/reportfiles.h"
#include "format/runjson.h"
#include "reportfixture.h"

using namespace ob;

namespace {

/// Pixels that are neither white nor grey: the series' colours.
int colouredPixels(const QImage& image)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2) {
            const QColor c = image.pixelColor(x, y);
            n += std::max({c.red(), c.green(), c.blue()}) - std::min({c.red(), c.green(), c.blue()}) > 40 ? 1 : 0;
        }
    return n;
}

}  // namespace

class TestReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pngHasRequestedSizeAndDpi_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<double>("scale");
        for (const auto& id : report::chartIds())
            QTest::addRow("%s", qPrintable(id)) << id << 2.0;
        QTest::addRow("latency at 1x") << QStringLiteral("latency") << 1.0;
        QTest::addRow("score at 3x") << QStringLiteral("score") << 3.0;
    }
    void pngHasRequestedSizeAndDpi()
    {
        QFETCH(QString, id);
        QFETCH(double, scale);
        auto chart = report::createChart(id);
        QVERIFY(chart);
        chart->setRun(test::fixtureRun());
        const QByteArray png = report::chartToPng(*chart, QSize(640, 400), scale);
        QVERIFY(png.startsWith("\x89PNG"));
        QImage image;
        QVERIFY(image.loadFromData(png, "PNG"));
        QCOMPARE(image.size(), QSize(qRound(640 * scale), qRound(400 * scale)));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), qRound(96 * scale));
        QCOMPARE(qRound(image.dotsPerMeterY() * 0.0254), qRound(96 * scale));
        // Something was drawn in colour: the series (an empty chart would be white, black and grey only).
        QVERIFY2(colouredPixels(image) > 50, qPrintable(id));
    }

    void renderingDoesNotDependOnTheWidgetSize()
    {
        auto chart = report::createChart(QStringLiteral("latencyByBatch"));
        chart->setRun(test::fixtureRun());
        chart->resize(300, 220);
        chart->show();
        QCoreApplication::processEvents();
        const QImage small = report::chartImage(*chart, QSize(700, 420), 1);
        chart->resize(1400, 900);
        QCoreApplication::processEvents();
        const QImage large = report::chartImage(*chart, QSize(700, 420), 1);
        QCOMPARE(small.size(), QSize(700, 420));
        QVERIFY(small == large);
    }

    void svgParsesAndHoldsTitleAndSeries()
    {
        auto chart = report::createChart(QStringLiteral("latencyByBatch"));
        chart->setRun(test::fixtureRun());
        const QByteArray svg = report::chartToSvg(*chart, QSize(800, 480));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QXmlStreamReader xml(svg);
        QString text;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::Characters)
                text += xml.text() + QLatin1Char('\n');
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY2(text.contains(chart->title()), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("eager")));  // legend entries: the series
        QVERIFY(text.contains(QStringLiteral("dynamic_int8")));
    }

    void pdfIsOnePageOfVectors()
    {
        auto chart = report::createChart(QStringLiteral("score"));
        chart->setRun(test::fixtureRun());
        const QByteArray pdf = report::chartToPdf(*chart, QSize(800, 480));
        QVERIFY(pdf.startsWith("%PDF-"));
        QCOMPARE(test::pdfPageCount(pdf), 1);
        const QString text = test::pdfText(pdf);
        if (!text.isEmpty())  // the text is text, not pixels
            QVERIFY2(text.contains(QStringLiteral("dynamic_int8")), qPrintable(text));
    }

    void htmlIsSelfContainedAndEscaped()
    {
        const QString html = QString::fromUtf8(report::reportHtml(test::fixtureRun()));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        // Every method has its rows: in the results and the per-batch tables its name spans its batch sizes, in the
        // memory and the score and fidelity tables it has one each; the failure has a row in the results table too.
        // Method ids may break after '_' (<wbr>), never inside a word.
        QCOMPARE(html.count(QStringLiteral("<tr><td class=\"method\" rowspan=\"2\">eager</td>")), 2);
        QCOMPARE(html.count(QStringLiteral("<tr><td class=\"method\">eager</td>")), 2);
        QCOMPARE(html.count(QStringLiteral("<tr class=\"flagged\"><td class=\"method\" rowspan=\"2\">dynamic_<wbr>int8</td>"))
                     + html.count(QStringLiteral("<tr><td class=\"method\" rowspan=\"2\">dynamic_<wbr>int8</td>")),
                 2);
        QVERIFY(html.contains(QStringLiteral("<tr class=\"failed\"><td class=\"method\">jit_<wbr>trace</td>")));
        // Self-contained: no resource is loaded from anywhere, no script runs.
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("\\b(src|href)\\s*="))));
        QVERIFY(!html.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
        // url(#id) names an element of the same file (a pattern of the charts' SVG); any other url( loads something.
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("url\\(\\s*['\"]?(?!#)"),
                                                  QRegularExpression::CaseInsensitiveOption)));
        QVERIFY(!html.contains(QStringLiteral("@import"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(html.contains(test::fixtureError().toHtmlEscaped()));
        QVERIFY(html.contains(QStringLiteral("Test OS &lt;1&gt;")));
        // Every chart inline, as SVG.
        QCOMPARE(html.count(QStringLiteral("<svg")), int(report::chartIds().size()));
        QVERIFY(html.contains(QStringLiteral("Failures and diagnoses")));
    }

    void pdfReportIsPaginated()
    {
        const QByteArray pdf = report::reportPdf(test::fixtureRun());
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(test::pdfPageCount(pdf) >= 2);
        const QString text = test::pdfText(pdf);
        if (!text.isEmpty()) {
            QVERIFY(QString(text).remove(QChar(0x200b)).contains(QStringLiteral("dynamic_int8")));
            QVERIFY(text.contains(QStringLiteral("<script>")));  // shown as text, as written
        }
    }

    void chartFilesAreWritten()
    {
        QTemporaryDir tmp;
        const QString dir = QDir(tmp.path()).filePath(QStringLiteral("charts"));
        QStringList written;
        const auto error = report::writeChartFiles(test::fixtureRun(), dir, QStringLiteral("--charts"), &written);
        QVERIFY2(!error, error ? qPrintable(error->message()) : "");
        QCOMPARE(written.size(), int(report::chartIds().size()) * 3);
        for (const auto& path : written)
            QVERIFY2(QFileInfo(path).size() > 500, qPrintable(path));
    }

    void badPathsAreRefused()
    {
        QTemporaryDir tmp;
        const RunResult run = test::fixtureRun();
        auto e = report::writeReport(run, QDir(tmp.path()).filePath(QStringLiteral("r.txt")), QStringLiteral("--out"));
        QVERIFY(e && e->field == QLatin1String("--out"));
        QVERIFY(e->message().contains(QStringLiteral(".html")));
        e = report::writeReport(run, QStringLiteral("/nonexistent-dir/r.html"), QStringLiteral("--out"));
        QVERIFY(e && e->message().contains(QStringLiteral("--out")));
        e = report::checkChartsDirectory(QStringLiteral("/nonexistent-dir/a/b"), QStringLiteral("--charts"));
        QVERIFY(e && e->message().contains(QStringLiteral("--charts")));
        auto chart = report::createChart(QStringLiteral("score"));
        const QString png = QDir(tmp.path()).filePath(QStringLiteral("c.png"));
        e = report::writeChart(*chart, png, QStringLiteral("png"), QSize(10, 10), 2, QStringLiteral("chart"));
        QVERIFY(e && e->message().contains(QStringLiteral("chart")));
        e = report::writeChart(*chart, png, QStringLiteral("gif"), QSize(800, 400), 2, QStringLiteral("chart"));
        QVERIFY(e);
        QVERIFY(!QFileInfo::exists(png));
    }

    void dataExportsAreLocaleNeutral()
    {
        QLocale::setDefault(QLocale(QLocale::German));
        const RunResult run = test::fixtureRun();
        const QStringList lines =
            QString::fromUtf8(runToCsv(run)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 2 * 2 + 1);  // header, methods x batches, the failed method's row
        QVERIFY(lines[1].contains(QRegularExpression(QStringLiteral("\\d\\.\\d"))));
        QString error;
        const auto back = runFromJson(runToJsonBytes(run), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(int(back->results.size()), 3);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
