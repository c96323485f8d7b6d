// SPDX-License-Identifier: MIT
// A model file's outputs against eager's, leaf by leaf: the statistics against values computed by hand, the verdict
// of applyOutputFidelity (faithful, drifted, score, diagnosis), and the JSON keys that carry them.

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <limits>

#include "config/runconfig.h"
#include "diagnosis/hints.h"
#include "format/celltext.h"
#include "format/runjson.h"
#include "format/texttable.h"
#include "results/output_compare.h"
#include "stats/output_fidelity.h"

using namespace ob;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNone = -1;  // no top-1 agreement expected

std::vector<double> vec(const QList<double>& v)
{
    return {v.begin(), v.end()};
}

std::vector<std::int64_t> dims(const QList<qint64>& v)
{
    return {v.begin(), v.end()};
}

bool same(double got, double want)
{
    if (std::isnan(want))
        return std::isnan(got);
    if (std::isinf(want))
        return got == want;
    return std::abs(got - want) < 1e-9;
}

engine::OutputLeaf leaf(const std::string& path, const std::string& dtype, std::vector<std::int64_t> shape,
                        std::vector<double> values)
{
    const bool floating = dtype == "Float" || dtype == "float";
    return engine::OutputLeaf{engine::OutputLeafInfo{path, dtype, std::move(shape), floating}, std::move(values)};
}

/// {"logits": [4, 3] floats, "ids": [4] integers}: the structure of a classifier that also returns its predictions.
std::vector<engine::OutputLeaf> classifierOutputs()
{
    return {leaf("logits", "Float", {4, 3}, {1, 2, 3, 3, 2, 1, 0, 5, 1, 2, 2.5, 0}),
            leaf("ids", "Long", {4}, {2, 0, 1, 1})};
}

MethodResult method(const QString& id)
{
    MethodResult r;
    r.method = id;
    return r;
}

}  // namespace

class TestOutputFidelity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void compareLeaf_data()
    {
        QTest::addColumn<QList<double>>("reference");
        QTest::addColumn<QList<double>>("candidate");
        QTest::addColumn<QList<qint64>>("shape");
        QTest::addColumn<QList<qint64>>("candidateShape");  // empty: the reference's
        QTest::addColumn<bool>("floating");
        QTest::addColumn<double>("cosine");
        QTest::addColumn<double>("maxAbs");
        QTest::addColumn<double>("relL2");
        QTest::addColumn<double>("top1");
        QTest::addColumn<bool>("exact");
        QTest::addColumn<bool>("finite");
        QTest::addColumn<bool>("mismatch");
        const QList<qint64> same;
        // [1, 0] . [0, 1] = 0; ||Δ|| = sqrt 2, ||ref|| = 1; one row of 2 classes, argmax 0 against 1.
        QTest::addRow("orthogonal") << QList<double>{1, 0} << QList<double>{0, 1} << QList<qint64>{2} << same << true
                                    << 0.0 << 1.0 << std::sqrt(2.0) << 0.0 << false << true << false;
        QTest::addRow("identical") << QList<double>{1, 2, 3, 4} << QList<double>{1, 2, 3, 4} << QList<qint64>{2, 2}
                                   << same << true << 1.0 << 0.0 << 0.0 << 100.0 << true << true << false;
        // Twice the reference: same direction (cosine 1), ||Δ|| = ||ref||.
        QTest::addRow("scaled") << QList<double>{1, 2} << QList<double>{2, 4} << QList<qint64>{1, 2} << same << true
                                << 1.0 << 2.0 << 1.0 << 100.0 << false << true << false;
        // Rows (3, 1) and (1, 3); the second row becomes (3, 1): dot 16, both norms sqrt 20; ||Δ|| = sqrt 8.
        QTest::addRow("argmax flips in 1 of 2 rows")
            << QList<double>{3, 1, 1, 3} << QList<double>{3, 1, 3, 1} << QList<qint64>{2, 2} << same << true << 0.8
            << 2.0 << std::sqrt(8.0 / 20.0) << 50.0 << false << true << false;
        // Four rows of 3 classes; the last row (2, 2.5, 0) becomes (2.6, 2.5, 0): argmax 1 -> 0.
        // ||ref||² = 64.25, ||cand||² = 64.25 - 4 + 6.76, dot = 64.25 - 4 + 5.2; ||Δ|| = 0.6.
        QTest::addRow("argmax flips in 1 of 4 rows")
            << QList<double>{1, 2, 3, 3, 2, 1, 0, 5, 1, 2, 2.5, 0}
            << QList<double>{1, 2, 3, 3, 2, 1, 0, 5, 1, 2.6, 2.5, 0} << QList<qint64>{4, 3} << same << true
            << 65.45 / std::sqrt(64.25 * 67.01) << 0.6 << 0.6 / std::sqrt(64.25) << 75.0 << false << true << false;
        // Zero vectors: two zeros are the same answer (cosine 1, 0/0 = 0); a zero against a non-zero is not.
        QTest::addRow("both zero") << QList<double>{0, 0} << QList<double>{0, 0} << QList<qint64>{2} << same << true
                                   << 1.0 << 0.0 << 0.0 << 100.0 << true << true << false;
        QTest::addRow("zero reference") << QList<double>{0, 0} << QList<double>{1, 0} << QList<qint64>{1, 2} << same
                                        << true << 0.0 << 1.0 << kInf << 100.0 << false << true << false;
        QTest::addRow("zero candidate") << QList<double>{1, 0} << QList<double>{0, 0} << QList<qint64>{1, 2} << same
                                        << true << 0.0 << 1.0 << 1.0 << 100.0 << false << true << false;
        // NaN never wins an argmax: the candidate's row (1, NaN) has argmax 0, the reference's (1, 2) has 1.
        QTest::addRow("NaN") << QList<double>{1, 2} << QList<double>{1, kNaN} << QList<qint64>{1, 2} << same << true
                             << kNaN << kInf << kInf << 0.0 << false << false << false;
        QTest::addRow("Inf") << QList<double>{1, 2} << QList<double>{kInf, 2} << QList<qint64>{2} << same << true
                             << kNaN << kInf << kInf << 0.0 << false << false << false;
        // A last dimension of 1 is no class dimension, nor is a scalar.
        QTest::addRow("column, no classes") << QList<double>{1, 2} << QList<double>{1, 2} << QList<qint64>{2, 1}
                                            << same << true << 1.0 << 0.0 << 0.0 << kNone << true << true << false;
        QTest::addRow("scalar") << QList<double>{2.5} << QList<double>{2} << QList<qint64>{} << same << true << 1.0
                                << 0.5 << 0.2 << kNone << false << true << false;
        // Integers are judged exactly; their argmax is not a prediction. 1·1 + 2·2 + 3·4 = 17, norms² 14 and 21.
        QTest::addRow("integers equal") << QList<double>{1, 2, 3} << QList<double>{1, 2, 3} << QList<qint64>{3}
                                        << same << false << 1.0 << 0.0 << 0.0 << kNone << true << true << false;
        QTest::addRow("integers unequal") << QList<double>{1, 2, 3} << QList<double>{1, 2, 4} << QList<qint64>{3}
                                          << same << false << 17 / std::sqrt(14.0 * 21.0) << 1.0
                                          << 1 / std::sqrt(14.0) << kNone << false << true << false;
        QTest::addRow("bools unequal") << QList<double>{1, 0} << QList<double>{0, 0} << QList<qint64>{2} << same
                                       << false << 0.0 << 1.0 << 1.0 << kNone << false << true << false;
        QTest::addRow("length mismatch") << QList<double>{1, 2} << QList<double>{1, 2, 3} << QList<qint64>{2} << same
                                         << true << kNaN << kNaN << kNaN << kNone << false << true << true;
        QTest::addRow("shape mismatch") << QList<double>{1, 2, 3, 4} << QList<double>{1, 2, 3, 4}
                                        << QList<qint64>{2, 2} << QList<qint64>{4} << true << kNaN << kNaN << kNaN
                                        << kNone << false << true << true;
    }

    void compareLeaf()
    {
        QFETCH(QList<double>, reference);
        QFETCH(QList<double>, candidate);
        QFETCH(QList<qint64>, shape);
        QFETCH(QList<qint64>, candidateShape);
        QFETCH(bool, floating);
        QFETCH(double, cosine);
        QFETCH(double, maxAbs);
        QFETCH(double, relL2);
        QFETCH(double, top1);
        QFETCH(bool, exact);
        QFETCH(bool, finite);
        QFETCH(bool, mismatch);
        const auto f = stats::compareLeaf(vec(reference), vec(candidate), dims(shape),
                                          dims(candidateShape.isEmpty() ? shape : candidateShape), floating);
        QCOMPARE(f.mismatch, mismatch);
        QCOMPARE(f.finite, finite);
        QCOMPARE(f.exactMatch, exact);
        QVERIFY2(same(f.cosine, cosine), qPrintable(QString::number(f.cosine, 'g', 17)));
        QVERIFY2(same(f.maxAbsError, maxAbs), qPrintable(QString::number(f.maxAbsError, 'g', 17)));
        QVERIFY2(same(f.relL2Error, relL2), qPrintable(QString::number(f.relL2Error, 'g', 17)));
        QCOMPARE(f.top1Agreement.has_value(), top1 != kNone);
        if (f.top1Agreement)
            QCOMPARE(*f.top1Agreement, top1);
    }

    void classDimensionIsTheLastOfAtLeastTwo()
    {
        QCOMPARE(stats::classDimension({}), std::int64_t(0));
        QCOMPARE(stats::classDimension({8, 1}), std::int64_t(0));
        QCOMPARE(stats::classDimension({8, 2}), std::int64_t(2));
        QCOMPARE(stats::classDimension({2, 3, 10}), std::int64_t(10));
        QVERIFY(!stats::top1Agreement({1, 2, 3}, {1, 2, 3}, 2));  // not a whole number of rows
        QVERIFY(!stats::top1Agreement({}, {}, 2));                // no rows
    }

    void eagerAgainstItselfIsFaithful()
    {
        const auto outputs = classifierOutputs();
        MethodResult r = method(QStringLiteral("eager"));
        applyOutputFidelity(r, outputs, outputs, QStringLiteral("logits"), RunConfig{});
        QVERIFY(r.fidelity);
        QCOMPARE(r.fidelity->faithful, std::optional<bool>(true));
        QCOMPARE(r.fidelity->cosine, 1.0);
        QCOMPARE(r.fidelity->maxAbsError, 0.0);
        QCOMPARE(r.fidelity->argmaxAgreement, 100.0);
        QCOMPARE(r.fidelity->primaryOutput, QStringLiteral("logits"));
        QCOMPARE(int(r.fidelity->leaves.size()), 2);
        QCOMPARE(r.fidelity->leaves[1].path, QStringLiteral("ids"));
        QVERIFY(r.fidelity->leaves[1].exactMatch);
        QVERIFY(!r.fidelity->leaves[1].top1Agreement);
        QCOMPARE(r.score, std::optional<double>(100.0));
        QVERIFY(r.flags.isEmpty());
        QVERIFY(r.diagnosis.isEmpty());
    }

    void aFlippedRowDrifts()
    {
        const auto reference = classifierOutputs();
        auto outputs = reference;
        outputs[0].values[9] = 2.6;  // the last row's argmax moves from 1 to 0: top-1 agreement 75%
        MethodResult r = method(QStringLiteral("dynamic_int8"));
        applyOutputFidelity(r, reference, outputs, QStringLiteral("logits"), RunConfig{});
        QCOMPARE(r.fidelity->faithful, std::optional<bool>(false));
        QCOMPARE(r.fidelity->argmaxAgreement, 75.0);
        QCOMPARE(r.score, std::optional<double>(75.0));
        QCOMPARE(r.fidelity->worstLeaf, QStringLiteral("logits"));
        QVERIFY(std::abs(r.fidelity->maxAbsError - 0.6) < 1e-12);
        QCOMPARE(r.flags, QStringList{QStringLiteral("drifted")});
        QCOMPARE(r.diagnosis.id, QStringLiteral("output_drift"));
        QCOMPARE(r.diagnosis.args.value(QStringLiteral("leaf")), QStringLiteral("logits"));
        QCOMPARE(r.diagnosis.args.value(QStringLiteral("top1")), QStringLiteral("75.0"));
        QVERIFY(r.diagnosis.args.contains(QStringLiteral("cosine")));
        QVERIFY(r.diagnosis.args.contains(QStringLiteral("max_abs")));
    }

    void anIntegerLeafMustBeExact()
    {
        const auto reference = classifierOutputs();
        auto outputs = reference;
        outputs[1].values[3] = 0;
        MethodResult r = method(QStringLiteral("bf16"));
        applyOutputFidelity(r, reference, outputs, QStringLiteral("logits"), RunConfig{});
        QCOMPARE(r.fidelity->faithful, std::optional<bool>(false));
        QCOMPARE(r.fidelity->worstLeaf, QStringLiteral("ids"));  // logits are exact; ids are not
        QCOMPARE(r.score, std::optional<double>(100.0));         // the primary leaf still agrees
        QCOMPARE(r.diagnosis.args.value(QStringLiteral("leaf")), QStringLiteral("ids"));
        QVERIFY(r.diagnosis.args.value(QStringLiteral("top1")).isEmpty());
        QVERIFY(r.flags.contains(QStringLiteral("drifted")));
    }

    void rounding_data()
    {
        QTest::addColumn<double>("delta");
        QTest::addColumn<bool>("faithful");
        QTest::addRow("rounding") << 1e-6 << true;
        QTest::addRow("beyond the cosine threshold") << 0.5 << false;
    }

    void rounding()
    {
        // A regression head: [4, 1], no class dimension, so the score is 100 x cosine and argmax agreement unknown.
        QFETCH(double, delta);
        QFETCH(bool, faithful);
        const std::vector<engine::OutputLeaf> reference{leaf("", "Float", {4, 1}, {1, -1, 1, -1})};
        auto outputs = reference;
        outputs[0].values[0] += delta;
        MethodResult r = method(QStringLiteral("jit_script"));
        applyOutputFidelity(r, reference, outputs, QString(), RunConfig{});
        QCOMPARE(r.fidelity->faithful, std::optional<bool>(faithful));
        QVERIFY(std::isnan(r.fidelity->argmaxAgreement));
        QVERIFY(r.score && std::abs(*r.score - 100 * r.fidelity->cosine) < 1e-12);
        QCOMPARE(r.fidelity->primaryOutput, QString());  // the bare tensor's path
        QCOMPARE(r.flags.contains(QStringLiteral("drifted")), !faithful);
    }

    void thresholdsComeFromTheConfig()
    {
        const auto reference = classifierOutputs();
        auto outputs = reference;
        outputs[0].values[9] = 2.6;
        RunConfig lenient;
        lenient.driftTop1 = 70;
        lenient.driftCosine = 0.99;
        MethodResult r = method(QStringLiteral("dynamic_int8"));
        applyOutputFidelity(r, reference, outputs, QStringLiteral("logits"), lenient);
        QCOMPARE(r.fidelity->faithful, std::optional<bool>(true));
        QVERIFY(r.flags.isEmpty());
    }

    void structureMismatchNamesTheLeaf()
    {
        const auto reference = classifierOutputs();
        auto outputs = reference;
        outputs.pop_back();  // no "ids"
        MethodResult r = method(QStringLiteral("simplify_outputs"));
        applyOutputFidelity(r, reference, outputs, QStringLiteral("logits"), RunConfig{});
        QCOMPARE(r.fidelity->faithful, std::optional<bool>(false));
        QCOMPARE(r.fidelity->worstLeaf, QStringLiteral("ids"));
        QCOMPARE(r.diagnosis.id, QStringLiteral("output_mismatch"));
        QCOMPARE(r.diagnosis.args.value(QStringLiteral("leaf")), QStringLiteral("ids"));
        QCOMPARE(r.diagnosis.args.value(QStringLiteral("expected")), QStringLiteral("[4]"));
        QVERIFY(r.diagnosis.args.value(QStringLiteral("got")).isEmpty());

        outputs = reference;
        outputs[0].info.shape = {2, 6};  // same values, another shape
        MethodResult s = method(QStringLiteral("jit_trace"));
        applyOutputFidelity(s, reference, outputs, QStringLiteral("logits"), RunConfig{});
        QCOMPARE(s.fidelity->faithful, std::optional<bool>(false));
        QVERIFY(s.fidelity->leaves[0].mismatch);
        QCOMPARE(s.diagnosis.args.value(QStringLiteral("got")), QStringLiteral("[2, 6]"));
        QVERIFY(!s.score);  // the primary leaf cannot be compared
    }

    void nonFiniteDriftsAndKeepsAnEarlierDiagnosis()
    {
        const auto reference = classifierOutputs();
        auto outputs = reference;
        outputs[0].values[0] = kNaN;
        MethodResult r = method(QStringLiteral("dynamic_fp16"));
        r.diagnosis = DiagnosisRef{QStringLiteral("trace_froze_control_flow"), {}, {}};
        applyOutputFidelity(r, reference, outputs, QStringLiteral("logits"), RunConfig{});
        QCOMPARE(r.fidelity->faithful, std::optional<bool>(false));
        QVERIFY(!r.fidelity->finite);
        QVERIFY(!r.score);
        QVERIFY(r.flags.contains(QStringLiteral("drifted")));
        QCOMPARE(r.diagnosis.id, QStringLiteral("trace_froze_control_flow"));
    }

    void newKeysSurviveJson()
    {
        const auto reference = classifierOutputs();
        auto outputs = reference;
        outputs[0].values[9] = 2.6;
        outputs.pop_back();
        RunResult run;
        run.methods = {QStringLiteral("eager"), QStringLiteral("jit_trace"), QStringLiteral("native_int8"),
                       QStringLiteral("old")};
        run.results = {method(QStringLiteral("eager")), method(QStringLiteral("jit_trace")),
                       method(QStringLiteral("native_int8")), method(QStringLiteral("old"))};
        applyOutputFidelity(run.results[0], reference, reference, QStringLiteral("logits"), run.config);
        applyOutputFidelity(run.results[1], reference, outputs, QStringLiteral("logits"), run.config);
        markNotApplicable(run.results[2], QStringLiteral("the native kernels need a residual MLP"));
        run.results[3].fidelity = stats::Fidelity{};  // a built-in model's fidelity of a run before faithful

        const QJsonObject json = runToJson(run);
        const QJsonArray results = json.value(QStringLiteral("results")).toArray();
        const QJsonObject drifted = results[1].toObject().value(QStringLiteral("fidelity")).toObject();
        QCOMPARE(drifted.value(QStringLiteral("faithful")), QJsonValue(false));
        QCOMPARE(drifted.value(QStringLiteral("primary_output")).toString(), QStringLiteral("logits"));
        QCOMPARE(drifted.value(QStringLiteral("worst_leaf")).toString(), QStringLiteral("ids"));
        const QJsonArray leaves = drifted.value(QStringLiteral("leaves")).toArray();
        QCOMPARE(leaves.size(), 2);
        const QJsonObject logits = leaves[0].toObject();
        for (const char* key : {"path", "dtype", "shape", "floating", "cosine", "max_abs_error", "rel_l2_error",
                                "top1_agreement", "exact_match", "finite"})
            QVERIFY2(logits.contains(QLatin1String(key)), key);
        const QJsonArray shape = logits.value(QStringLiteral("shape")).toArray();
        QCOMPARE(shape.size(), 2);
        QCOMPARE(shape[0].toInt(), 4);
        QCOMPARE(shape[1].toInt(), 3);
        QCOMPARE(logits.value(QStringLiteral("top1_agreement")).toDouble(), 75.0);
        QVERIFY(leaves[1].toObject().value(QStringLiteral("top1_agreement")).isNull());
        QVERIFY(leaves[1].toObject().value(QStringLiteral("cosine")).isNull());  // a missing leaf: no numbers
        QCOMPARE(results[2].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("not_applicable"));
        QVERIFY(results[3].toObject().value(QStringLiteral("fidelity")).toObject().value(QStringLiteral("faithful"))
                    .isNull());
        for (const char* key : {"max_abs_error", "cosine", "rel_l2_error", "argmax_agreement", "finite"})
            QVERIFY2(drifted.contains(QLatin1String(key)), key);  // the keys before this issue stay

        QString error;
        const auto back = runFromJson(runToJsonBytes(run), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->results[0].fidelity->faithful, std::optional<bool>(true));
        const stats::Fidelity& f = *back->results[1].fidelity;
        const stats::Fidelity& want = *run.results[1].fidelity;
        QCOMPARE(f.faithful, want.faithful);
        QCOMPARE(f.primaryOutput, want.primaryOutput);
        QCOMPARE(f.worstLeaf, want.worstLeaf);
        QCOMPARE(f.argmaxAgreement, want.argmaxAgreement);
        QCOMPARE(int(f.leaves.size()), int(want.leaves.size()));
        for (std::size_t i = 0; i < f.leaves.size(); ++i) {
            const auto& a = f.leaves[i];
            const auto& b = want.leaves[i];
            QCOMPARE(a.path, b.path);
            QCOMPARE(a.dtype, b.dtype);
            QCOMPARE(a.shape, b.shape);
            QCOMPARE(a.floating, b.floating);
            QVERIFY(same(a.cosine, b.cosine) && same(a.maxAbsError, b.maxAbsError) && same(a.relL2Error, b.relL2Error));
            QCOMPARE(a.top1Agreement, b.top1Agreement);
            QCOMPARE(a.exactMatch, b.exactMatch);
            QCOMPARE(a.finite, b.finite);
            QCOMPARE(a.mismatch, b.mismatch);
        }
        QCOMPARE(back->results[1].flags, run.results[1].flags);
        QCOMPARE(back->results[1].diagnosis, run.results[1].diagnosis);
        const MethodResult& na = back->results[2];
        QCOMPARE(na.status, MethodStatus::NotApplicable);
        QCOMPARE(na.error, QStringLiteral("the native kernels need a residual MLP"));
        QCOMPARE(na.diagnosis.id, QStringLiteral("not_applicable"));
        QCOMPARE(na.diagnosis.args.value(QStringLiteral("reason")), na.error);
        QVERIFY(!back->results[3].fidelity->faithful);
        QVERIFY(back->results[3].fidelity->leaves.empty());
    }

    void builtInModels_data()
    {
        QTest::addColumn<double>("cosine");
        QTest::addColumn<double>("argmax");
        QTest::addColumn<bool>("faithful");
        QTest::addRow("rounding") << 0.9999 << 100.0 << true;
        QTest::addRow("cosine below 0.999") << 0.995 << 100.0 << false;
        QTest::addRow("argmax below 99 percent") << 0.9999 << 98.0 << false;
    }

    void builtInModels()
    {
        // The built-in models' fidelity (stats::compare of reasoning_scores) records faithful by the same thresholds,
        // without the "drifted" flag: their own rule is numerically_wrong, below a cosine of 0.99.
        QFETCH(double, cosine);
        QFETCH(double, argmax);
        QFETCH(bool, faithful);
        MethodResult r = method(QStringLiteral("dynamic_int8"));
        r.fidelity = stats::Fidelity{};
        r.fidelity->cosine = cosine;
        r.fidelity->argmaxAgreement = argmax;
        annotateFidelity(r, RunConfig{});
        QCOMPARE(r.fidelity->faithful, std::optional<bool>(faithful));
        QVERIFY(r.flags.isEmpty());
        QVERIFY(r.diagnosis.isEmpty());
    }

    void theTableSaysDriftedAndNotApplicable()
    {
        const auto reference = classifierOutputs();
        auto outputs = reference;
        outputs[0].values[9] = 2.6;
        RunResult run;
        run.results = {method(QStringLiteral("eager")), method(QStringLiteral("dynamic_int8")),
                       method(QStringLiteral("native_int8"))};
        applyOutputFidelity(run.results[0], reference, reference, QStringLiteral("logits"), run.config);
        applyOutputFidelity(run.results[1], reference, outputs, QStringLiteral("logits"), run.config);
        markNotApplicable(run.results[2], QStringLiteral("the native kernels need a residual MLP"));
        for (int i : {0, 1})
            run.results[static_cast<std::size_t>(i)].status = MethodStatus::Ok;
        QCOMPARE(statusText(run.results[0], nullptr, QString()), QStringLiteral("ok"));
        QCOMPARE(statusText(run.results[1], nullptr, QString()), QStringLiteral("drifted"));
        run.results[1].flags << QStringLiteral("approximation");
        QCOMPARE(statusText(run.results[1], nullptr, QString()), QStringLiteral("drifted, flagged: approximation"));
        QCOMPARE(statusText(run.results[2], nullptr, QString()),
                 QStringLiteral("n/a: the native kernels need a residual MLP"));
        const QString text = runToText(run);
        QVERIFY2(text.contains(QStringLiteral("n/a: the native kernels need a residual MLP")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("native_int8: not applicable")));
        QVERIFY(text.contains(QStringLiteral("leaf logits has cosine")));  // the drift's diagnosis, rendered
        QVERIFY(!text.contains(QStringLiteral("failed")));
    }
};

QTEST_MAIN(TestOutputFidelity)
#include "tst_output_fidelity.moc"
