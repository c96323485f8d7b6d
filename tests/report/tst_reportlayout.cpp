// SPDX-License-Identifier: MIT
// The report as a reader gets it: the title page's facts, the order of the sections, words instead of keys, and a
// PDF whose pages hold together (headings with what follows, header rows, tables within the page, charts two to a
// page, no word broken, no missing glyph), in English and in Chinese (offscreen).

#include <QAbstractTextDocumentLayout>
#include <QGlyphRun>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QtTest>

#include <map>
#include <memory>

#include "i18n/language.h"
#include "pdfcheck.h"
#include "report/htmlreport.h"
#include "report/reportcharts.h"
#include "report/reportpages.h"
#include "reportfixture.h"

using namespace ob;

namespace {

const QChar kZeroWidthSpace(0x200b);

QList<QTextTable*> tablesOf(QTextFrame* frame)
{
    QList<QTextTable*> out;
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* t = qobject_cast<QTextTable*>(child))
            out << t;
        out << tablesOf(child);
    }
    return out;
}

double pageTop(const QTextDocument& doc, const QTextBlock& block)
{
    return doc.documentLayout()->blockBoundingRect(block).top();
}

bool isCjk(QChar c)
{
    return c.script() == QChar::Script_Han || (c.unicode() >= 0x3000 && c.unicode() <= 0x30ff)
        || (c.unicode() >= 0xff00 && c.unicode() <= 0xffef);
}

/// The visible text of the HTML report: without the style sheet, the charts' SVG and the tags.
QString htmlText(const QByteArray& html)
{
    QString text = QString::fromUtf8(html);
    text.remove(QRegularExpression(QStringLiteral("<style>.*</style>"), QRegularExpression::DotMatchesEverythingOption));
    text.remove(QRegularExpression(QStringLiteral("<svg.*?</svg>"), QRegularExpression::DotMatchesEverythingOption));
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text;
}

/// Words a reader must never see: keys of the run JSON, stop rules, flag ids, configuration keys, CLI options.
QStringList forbiddenIn(const QString& text)
{
    QStringList found;
    for (const char* key : {"peak_rss_mb", "weights_mb", "retained_mb", "stop_rule", "ci_target", "time_budget",
                            "max_calls", "cpu_model", "logical_cores", "intra_op_threads", "torch_version",
                            "int8_slower_than_eager", "numerically_wrong", "not_applicable", "speedup_vs_eager",
                            "target-ci", "blas-threads", "time-budget", "eval-samples", "min-calls", "call_timeout_s", "memory_limit_mib"})
        if (text.contains(QLatin1String(key)))
            found << QLatin1String(key);
    const auto flag = QRegularExpression(QStringLiteral("(^|\\s|\\()--[a-z]")).match(text);
    if (flag.hasMatch())
        found << text.mid(std::max(0, int(flag.capturedStart()) - 40), 80);
    return found;
}

}  // namespace

class TestReportLayout : public QObject {
    Q_OBJECT
    // Made once per language and run (charts and layout take a second or so each).
    std::map<QString, std::shared_ptr<QTextDocument>> m_documents;
    std::map<QString, QByteArray> m_html;

    std::shared_ptr<QTextDocument> document(const QString& language, bool many)
    {
        auto& doc = m_documents[language + (many ? QStringLiteral("/15") : QStringLiteral("/3"))];
        if (!doc) {
            i18n::setLanguage(language);
            doc = report::reportDocument(many ? test::fixtureRunMany() : test::fixtureRun());
        }
        return doc;
    }
    QByteArray html(const QString& language)
    {
        auto& bytes = m_html[language];
        if (bytes.isEmpty()) {
            i18n::setLanguage(language);
            bytes = report::reportHtml(test::fixtureRunMany());
        }
        return bytes;
    }

private Q_SLOTS:
    void init() { QVERIFY(i18n::setLanguage(QStringLiteral("en"))); }  // English with its plural forms
    void cleanup() { i18n::setLanguage(QStringLiteral("en")); }

    void titlePageHasTheFacts()
    {
        const QString html = htmlText(this->html(QStringLiteral("en")));
        for (const QString& fact : {QStringLiteral("Test CPU 9000"), QStringLiteral("2 logical cores"),
                                    QStringLiteral("AVX2, FMA"), QStringLiteral("hidden size 256"),
                                    QStringLiteral("0.1.0 (test)"), QStringLiteral("2026"),
                                    QStringLiteral("15 methods at batch sizes 1, 4, 8, 16")})
            QVERIFY2(html.contains(fact), qPrintable(fact));
        // The verdict: the fastest faithful method of the fixture at every batch size (static_int8 takes 0.4 of
        // eager's time), with its speed-up.
        QVERIFY2(html.contains(QStringLiteral("Fastest faithful method: static_int8 at batch 1, 4, 8, 16 (2.50×, ")),
                 qPrintable(html.left(2000)));
        // In the PDF the title page stands alone: the next section starts on page 2.
        const auto doc = document(QStringLiteral("en"), true);
        QTextBlock block = doc->begin();
        QCOMPARE(block.blockFormat().headingLevel(), 1);
        for (block = block.next(); block.isValid() && block.blockFormat().headingLevel() != 2; block = block.next())
            QCOMPARE(report::pageOf(*doc, pageTop(*doc, block)), 0);
        QVERIFY(block.isValid());
        QCOMPARE(report::pageOf(*doc, pageTop(*doc, block)), 1);
    }

    void sectionsInReadingOrder()
    {
        const QString html = QString::fromUtf8(this->html(QStringLiteral("en")));
        const QStringList order{QStringLiteral("class=\"verdict\""), QStringLiteral("id=\"summary\""),
                                QStringLiteral("id=\"results\""), QStringLiteral("id=\"charts\""),
                                QStringLiteral("id=\"quality\""), QStringLiteral("id=\"failures\""),
                                QStringLiteral("id=\"batches\""), QStringLiteral("id=\"configuration\""),
                                QStringLiteral("id=\"environment\"")};
        int last = -1;
        for (const auto& id : order) {
            const int at = html.indexOf(id);
            QVERIFY2(at > last, qPrintable(id));
            last = at;
        }
        // Memory per method is in the results: a table with every measured method.
        const int memory = html.indexOf(QStringLiteral("Memory per method"));
        QVERIFY(memory > html.indexOf(QStringLiteral("id=\"results\"")) && memory < html.indexOf(QStringLiteral("id=\"charts\"")));
        QVERIFY(html.contains(QStringLiteral("<th>peak resident (MiB)</th>")));
    }

    void wordsNotKeys_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("en") << QStringLiteral("en");
        QTest::addRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void wordsNotKeys()
    {
        QFETCH(QString, language);
        const QStringList inHtml = forbiddenIn(htmlText(html(language)));
        QVERIFY2(inHtml.isEmpty(), qPrintable(inHtml.join(QStringLiteral(" | "))));
        const QString pdfText = document(language, true)->toPlainText().remove(kZeroWidthSpace);
        const QStringList inPdf = forbiddenIn(pdfText);
        QVERIFY2(inPdf.isEmpty(), qPrintable(inPdf.join(QStringLiteral(" | "))));
        // Method ids stay whole for a reader (the break points are invisible).
        QVERIFY(pdfText.contains(QStringLiteral("simplify+simplify_outputs+freeze_optimize")));
    }

    void pagesHoldTogether_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("many");
        for (const char* language : {"en", "zh_CN"}) {
            QTest::addRow("%s, 3 methods", language) << QString::fromLatin1(language) << false;
            QTest::addRow("%s, 15 methods", language) << QString::fromLatin1(language) << true;
        }
    }
    void pagesHoldTogether()
    {
        QFETCH(QString, language);
        QFETCH(bool, many);
        const auto doc = document(language, many);
        const double pageWidth = doc->pageSize().width();
        QStringList problems;
        QMap<int, int> imagesPerPage;
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            const int page = report::pageOf(*doc, pageTop(*doc, block));
            if (block.blockFormat().headingLevel() > 0) {
                QTextBlock next = report::nextContent(block);
                while (next.isValid() && next.blockFormat().headingLevel() > 0)
                    next = report::nextContent(next);
                if (next.isValid() && report::pageOf(*doc, pageTop(*doc, next)) != page)
                    problems << QStringLiteral("heading alone at a page's foot: ") + block.text();
            }
            if (block.text().contains(QChar::ObjectReplacementCharacter))
                ++imagesPerPage[page];
            // Every paragraph laid out (Qt's incremental relayout once left some without lines: they vanished).
            if (!block.text().trimmed().isEmpty() && (!block.layout() || block.layout()->lineCount() == 0))
                problems << QStringLiteral("not laid out: ") + block.text();
            // No word broken inside: where a line ends inside letters or digits, a break point was allowed there.
            const QTextLayout* layout = block.layout();
            const QString text = block.text();
            for (int i = 0; layout && i + 1 < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                const int end = line.textStart() + line.textLength();
                if (end <= 0 || end >= text.size())
                    continue;
                const QChar before = text[end - 1];
                const QChar after = text[end];
                if (before.isLetterOrNumber() && after.isLetterOrNumber() && !isCjk(before) && !isCjk(after))
                    problems << QStringLiteral("broken inside a word: ") + text.left(end) + QStringLiteral(" | ")
                            + text.mid(end);
            }
            // No missing glyph (a box instead of a character): glyph 0 is the font's .notdef.
            for (const QGlyphRun& glyphs : layout ? layout->glyphRuns() : QList<QGlyphRun>())
                if (glyphs.glyphIndexes().contains(0))
                    problems << QStringLiteral("missing glyph in: ") + text;
        }
        const QList<QTextTable*> tables = tablesOf(doc->rootFrame());
        QVERIFY(tables.size() >= 5);
        for (int i = 0; i < tables.size(); ++i) {
            QTextTable* t = tables[i];
            const QRectF rect = doc->documentLayout()->frameBoundingRect(t);
            // (Its position is offset by its border; its width is what must fit, give or take its outer border.)
            if (rect.width() > pageWidth + 1)
                problems << QStringLiteral("table %1 (%4) is %2 px wide, the page %3")
                                .arg(i)
                                .arg(rect.width())
                                .arg(pageWidth)
                                .arg(t->cellAt(0, 0).firstCursorPosition().block().text());
            // The title page's facts and contents are labels and values; every other table has a header row.
            if (report::pageOf(*doc, rect.top()) > 0 && t->format().headerRowCount() < 1)
                problems << QStringLiteral("table %1 has no header row: ").arg(i)
                        + t->cellAt(0, 0).firstCursorPosition().block().text();
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // Charts two to a page.
        const int charts = int(report::chartIds().size());
        QCOMPARE(imagesPerPage.size(), (charts + 1) / 2);
        for (int n : imagesPerPage)
            QVERIFY(n <= 2);
        // A sensible length: the title page, a page or two of results each, the charts, the details.
        const int pages = doc->pageCount();
        QVERIFY2(pages >= 2 + (charts + 1) / 2 && pages <= (many ? 20 : 12), qPrintable(QString::number(pages)));
    }

    void chineseUsesACjkFont()
    {
        QVERIFY(i18n::setLanguage(QStringLiteral("zh_CN")));
        const QByteArray pdf = report::reportPdf(test::fixtureRunMany());
        const QString text = test::pdfText(pdf);
        if (text.isEmpty()) {  // (not QSKIP: its lone argument trips clang's -Wpedantic)
            qInfo("pdftotext is not installed: the PDF's text and fonts are not checked");
            return;
        }
        const QString results = QCoreApplication::translate("ob::report", "Results");
        QVERIFY(results != QLatin1String("Results"));
        QVERIFY2(text.contains(results), qPrintable(text.left(400)));
        QVERIFY(text.contains(QStringLiteral("OptiBench")));
        // The Simplified Chinese forms: fontconfig's fallback for Han is often the Japanese one.
        const QString pdffonts = QStandardPaths::findExecutable(QStringLiteral("pdffonts"));
        if (pdffonts.isEmpty())
            return;
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(pdf);
        file.flush();
        QProcess p;
        p.start(pdffonts, {file.fileName()});
        QVERIFY(p.waitForFinished(30000));
        const QString fonts = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(fonts.contains(QStringLiteral("NotoSansCJKsc")), qPrintable(fonts));
        QVERIFY2(!fonts.contains(QStringLiteral("NotoSansCJKjp")), qPrintable(fonts));
    }
};

QTEST_MAIN(TestReportLayout)
#include "tst_reportlayout.moc"
