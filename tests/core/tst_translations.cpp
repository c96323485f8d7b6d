// SPDX-License-Identifier: MIT
// The translations: the Chinese .ts is complete and keeps every placeholder, the embedded .qm answers what the .ts
// says, and the code asks for (context, source) pairs that the .ts holds, so that a context lupdate records
// differently from the run-time tr() (a class lupdate cannot place in its namespace) fails here.

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

#include "config/presets.h"
#include "config/resources.h"
#include "config/validation.h"
#include "diagnosis/catalog.h"
#include "i18n/engine_texts.h"
#include "i18n/language.h"
#include "optibench/engine/engine.h"
#include "format/runjson.h"
#include "format/seed_comparison.h"
#include "format/statstext.h"
#include "format/steps_text.h"
#include "format/texttable.h"
#include "results/environment.h"
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

/// %1..%99, %n and {name} placeholders, sorted.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(?:L?[0-9]{1,2}|n)|\\{[A-Za-z_]+\\}"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    out.sort();
    out.removeDuplicates();
    return out;
}

/// The keyboard accelerator of a menu or label text ("&File" -> 'F'), or a null QChar.
QChar accelerator(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("&([A-Za-z])"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).at(0).toUpper() : QChar();
}

std::vector<std::string> engineTexts()
{
    std::vector<std::string> out;
    for (const auto& s : engine::strategies()) {
        out.push_back(s.group);
        out.push_back(s.summary);
        if (!s.failsWhen.empty())
            out.push_back(s.failsWhen);
        for (const auto& o : s.options)
            out.push_back(o.summary);
    }
    for (const auto& m : engine::models())
        out.push_back(m.summary);
    return out;
}

RunResult sessionRun(const QString& name)
{
    QFile file(qEnvironmentVariable("OPTIBENCH_TEST_DATA") + QStringLiteral("/sessions/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString error;
    return runFromJson(file.readAll(), &error).value_or(RunResult{});
}

}  // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { i18n::setLanguage(QStringLiteral("en")); }

    void chineseIsComplete()
    {
        const auto ts = test::readTs(QStringLiteral("zh_CN"));
        QVERIFY2(ts.size() > 400, qPrintable(QString::number(ts.size())));
        QStringList problems;
        for (const auto& e : ts) {
            const QString where = e.context + QStringLiteral(" | ") + e.source.left(60);
            if (!e.type.isEmpty())
                problems << e.type + QStringLiteral(": ") + where;
            if (e.forms.isEmpty() || e.forms.contains(QString()))
                problems << QStringLiteral("empty: ") + where;
            for (const auto& form : e.forms) {
                if (placeholders(form) != placeholders(e.source))
                    problems << QStringLiteral("placeholders differ: ") + where;
                if (accelerator(form) != accelerator(e.source))
                    problems << QStringLiteral("accelerator differs: ") + where;
            }
            // Chinese text, except for entries made only of numbers, units, names, options, keys and placeholders.
            static const QRegularExpression word(QStringLiteral("[A-Za-z]{4,}"));
            static const QRegularExpression kept(QStringLiteral(
                "%[0-9n]+|\\{[a-z_]+\\}|NaN/Inf|MiB|GiB|KiB|GFLOP/s|OptiBench|roofline|--[a-z-]+|\\bconfig\\b"));
            QString bare = e.source;
            bare.remove(kept);
            if (bare.contains(word) && !hasCjk(e.forms.value(0)) && e.source != QLatin1String("JIT"))
                problems << QStringLiteral("not Chinese: ") + where;
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void englishHasPluralForms()
    {
        const auto ts = test::readTs(QStringLiteral("en"));
        QVERIFY(!ts.isEmpty());
        int numerus = 0;
        for (const auto& e : ts) {
            if (!e.numerus)
                continue;
            ++numerus;
            QVERIFY2(e.type.isEmpty() && e.forms.size() == 2 && !e.forms.contains(QString()), qPrintable(e.source));
        }
        QVERIFY(numerus > 0);
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("ob::app::MainWindow", "Finished: %n method(s)", nullptr, 1),
                 QStringLiteral("Finished: 1 method"));
        QCOMPARE(QCoreApplication::translate("ob::app::MainWindow", "Finished: %n method(s)", nullptr, 3),
                 QStringLiteral("Finished: 3 methods"));
    }

    void embeddedQmAnswersTheTs()
    {
        QVERIFY(i18n::setLanguage(QStringLiteral("zh_CN")));
        QCOMPARE(QLocale().language(), QLocale::Chinese);
        QStringList wrong;
        for (const auto& e : test::readTs(QStringLiteral("zh_CN"))) {
            const QByteArray context = e.context.toUtf8();
            const QByteArray source = e.source.toUtf8();
            const QString got = QCoreApplication::translate(context.constData(), source.constData(), nullptr,
                                                            e.numerus ? 2 : -1);
            QString want = e.forms.value(0);
            if (e.numerus)
                want.replace(QStringLiteral("%n"), QStringLiteral("2"));
            if (got != want)
                wrong << e.context + QStringLiteral(" | ") + e.source.left(60);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
        QVERIFY(i18n::setLanguage(QStringLiteral("en")));
        QCOMPARE(QLocale().language(), QLocale::English);
        QCOMPARE(QCoreApplication::translate("ob", "status"), QStringLiteral("status"));
    }

    void coreAsksForWhatTheTsHolds()
    {
        // Every lookup the core code makes must be an entry of the .ts (same context, same source).
        QVERIFY(i18n::setLanguage(QStringLiteral("zh_CN")));
        test::RecordingTranslator recorder;
        QCoreApplication::installTranslator(&recorder);
        for (const auto& e : diagnosisCatalog()) {
            DiagnosisRef ref;
            ref.id = e.id;
            renderDiagnosis(ref);
            ref.args.insert(QStringLiteral("cosine"), QStringLiteral("0.5"));  // the clauses that need an argument
            ref.args.insert(QStringLiteral("outputs"), QStringLiteral("x"));
            ref.args.insert(QStringLiteral("path"), QStringLiteral("x"));
            ref.args.insert(QStringLiteral("control_flow"), QStringLiteral("data-dependent"));
            renderDiagnosis(ref);
        }
        RunConfig config;
        const std::pair<const char*, const char*> bad[] = {
            {"hidden", "x"},      {"hidden", "0"},      {"batch", "1,x"},   {"methods", "nope"},
            {"option", "x"},      {"config", "/nonexistent.json"},          {"iterations", "x"},
            {"target-ci", "x"},   {"threads", "-1"},    {"qengine", "x"}};
        for (const auto& [key, value] : bad)
            if (auto error = applyText(config, QLatin1String(key), QLatin1String(value)))
                error->message();
        if (auto error = checkResources(RunConfig{}, 1))  // does not fit in 1 byte: the estimate's parts, translated
            error->message();
        presets();
        formatBytes(3LL << 30);
        formatBytes(3LL << 20);
        formatBytes(3LL << 10);
        for (const auto& key : captureEnvironment().keys())
            environmentLabel(key);
        for (const auto& text : engineTexts())
            i18n::engineText(text);
        for (const char* name : {"diagnosed-failure.json", "fixable-failure.json"}) {
            const RunResult run = sessionRun(QLatin1String(name));
            QVERIFY(!run.results.empty());
            runToText(run);
            stepsToText(run);
            seedComparisonText(run);
            measurementNotes(run);
            for (const auto& r : run.results)
                scoreText(run, r);
        }
        QCoreApplication::removeTranslator(&recorder);
        const QSet<QString> recorded = recorder.take();
        QVERIFY(recorded.size() > 50);
        const QStringList missing = test::missingFromTs(recorded, test::readTs(QStringLiteral("zh_CN")));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void diagnosesAreTranslated()
    {
        // Each entry of every catalog file renders a Chinese cause and fix; the raw error text is not part of it.
        QStringList untranslated;
        for (const auto& e : diagnosisCatalog()) {
            DiagnosisRef ref;
            ref.id = e.id;
            QVERIFY(i18n::setLanguage(QStringLiteral("en")));
            const DiagnosisText en = renderDiagnosis(ref);
            QVERIFY(i18n::setLanguage(QStringLiteral("zh_CN")));
            const DiagnosisText zh = renderDiagnosis(ref);
            if (!hasCjk(zh.cause) || zh.cause == en.cause || (!en.fix.isEmpty() && !hasCjk(zh.fix)))
                untranslated << e.id;
        }
        QVERIFY(diagnosisCatalog().size() > 20);
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral(", "))));
    }

    void engineTextsAreTranslated()
    {
        // A text the engine adds or rewords must be added to i18n/engine_texts.cpp (printed ready to paste).
        const QStringList known = i18n::engineTextSources();
        QStringList missing;
        QStringList untranslated;
        QVERIFY(i18n::setLanguage(QStringLiteral("zh_CN")));
        for (const auto& text : engineTexts()) {
            const QString english = QString::fromStdString(text);
            if (!known.contains(english)) {
                QString literal = english;
                literal.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
                    .replace(QLatin1Char('"'), QStringLiteral("\\\""));
                missing << QStringLiteral("    QT_TRANSLATE_NOOP(\"ob::EngineText\", \"%1\"),").arg(literal);
            } else if (!hasCjk(i18n::engineText(text)) && english != QLatin1String("JIT")) {
                untranslated << english;
            }
        }
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
