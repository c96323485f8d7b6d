// SPDX-License-Identifier: MIT
#include "report/reportsections.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

#include "config/validation.h"
#include "diagnosis/catalog.h"
#include "i18n/language.h"
#include "format/celltext.h"
#include "report/profilesection.h"
#include "report/reporttr.h"
#include "format/seed_comparison.h"
#include "format/statstext.h"
#include "format/steps_text.h"
#include "results/environment.h"

namespace ob::report {
namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString dash()
{
    return QStringLiteral("–");
}

struct Cell {
    QString text;
    bool numeric = false;
};

/// A table; `rowClasses` (optional) gives a class per row ("failed", "flagged", "na").
QString table(const QStringList& header, const QList<QList<Cell>>& rows, const QStringList& rowClasses = {})
{
    QString html =
        QStringLiteral("<table class=\"data\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<thead><tr>");
    for (const auto& h : header)
        html += QStringLiteral("<th>") + esc(h) + QStringLiteral("</th>");
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (int i = 0; i < rows.size(); ++i) {
        const QString cls = i < rowClasses.size() && !rowClasses[i].isEmpty()
            ? QStringLiteral(" class=\"") + rowClasses[i] + QStringLiteral("\"")
            : QString();
        html += QStringLiteral("<tr") + cls + QStringLiteral(">");
        for (int col = 0; col < rows[i].size(); ++col) {
            const Cell& c = rows[i][col];
            // Method names and numbers never break inside (Qt's rich text would split "dynamic_int8" otherwise).
            html += c.numeric ? QStringLiteral("<td class=\"num\" align=\"right\" nowrap>")
                : col == 0    ? QStringLiteral("<td nowrap>")
                              : QStringLiteral("<td>");
            html += esc(c.text) + QStringLiteral("</td>");
        }
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</tbody></table>\n");
}

QString heading(const QString& id, const QString& text)
{
    return QStringLiteral("<h2 id=\"%1\">%2</h2>\n").arg(id, esc(text));
}

QString paragraphs(const QString& text)
{
    QString html;
    for (const auto& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        html += QStringLiteral("<p class=\"note\">") + esc(line.trimmed()) + QStringLiteral("</p>\n");
    return html;
}

QString jsonText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 10);
    case QJsonValue::String: return v.toString();
    case QJsonValue::Null: return dash();
    case QJsonValue::Array: {
        QStringList parts;
        for (const auto& e : v.toArray())
            parts << (e.isObject() || e.isArray() ? QString::fromUtf8(QJsonDocument(e.toObject()).toJson(
                                                        QJsonDocument::Compact))
                                                  : jsonText(e));
        return parts.join(QStringLiteral(", "));
    }
    default: return {};
    }
}

/// Nested objects become "outer.inner" rows.
void flatten(const QJsonObject& object, const QString& prefix, QList<QList<Cell>>& rows)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key();
        if (it.value().isObject())
            flatten(it.value().toObject(), key, rows);
        else
            rows << QList<Cell>{{key}, {jsonText(it.value())}};
    }
}

QString headerSection(const RunResult& run)
{
    const QLocale locale = i18n::currentLocale();
    QString html = QStringLiteral("<h1>") + esc(reportTitle(run)) + QStringLiteral("</h1>\n<p class=\"meta\">");
    QStringList meta;
    if (run.started.isValid())
        meta << tr("Started %1").arg(locale.toString(run.started.toLocalTime(), QLocale::LongFormat));
    if (run.finished.isValid())
        meta << tr("finished %1").arg(locale.toString(run.finished.toLocalTime(), QLocale::LongFormat));
    meta << tr("OptiBench %1").arg(run.toolVersion.isEmpty() ? versionString() : run.toolVersion);
    html += esc(meta.join(QStringLiteral("; "))) + QStringLiteral("</p>\n");
    int failed = 0;
    for (const auto& r : run.results)
        failed += r.status == MethodStatus::Failed ? 1 : 0;
    html += QStringLiteral("<p>")
        + esc(tr("%n method(s) on the %1 model; batch sizes %2; %3 failed.", nullptr, int(run.results.size()))
                  .arg(run.config.model,
                       [&]() -> QString {
                           QStringList b;
                           for (int v : run.config.batches)
                               b << QString::number(v);
                           return b.join(QStringLiteral(", "));
                       }())
                  .arg(failed))
        + QStringLiteral("</p>\n");
    if (!run.error.isEmpty())
        html += QStringLiteral("<p class=\"error\">") + esc(tr("The run failed: %1").arg(run.error))
            + QStringLiteral("</p>\n");
    if (run.cancelled)
        html += QStringLiteral("<p class=\"error\">") + esc(tr("The run was cancelled; finished results are kept."))
            + QStringLiteral("</p>\n");
    return html;
}

QString configurationSection(const RunResult& run)
{
    QList<QList<Cell>> rows;
    flatten(toJson(run.config), QString(), rows);
    return heading(QStringLiteral("configuration"), tr("Configuration"))
        + table({tr("setting"), tr("value")}, rows);
}

QString environmentSection(const RunResult& run)
{
    QList<QList<Cell>> rows;
    flatten(run.environment, QString(), rows);
    rows << QList<Cell>{{tr("timer resolution (ns)")}, {QString::number(run.timer.resolutionNs, 'f', 1), true}};
    rows << QList<Cell>{{tr("timer overhead per call (ns)")}, {QString::number(run.timer.overheadNs, 'f', 1), true}};
    if (run.machine)
        rows << QList<Cell>{{tr("roofs (one core)")},
                            {tr("%1 GFLOP/s fp32, %2 GOP/s int8; %3 / %4 / %5 / %6 GB/s from L1 / L2 / L3 / DRAM")
                                 .arg(qRound(run.machine->peakGflopsFp32))
                                 .arg(qRound(run.machine->peakGopsInt8))
                                 .arg(qRound(run.machine->bandwidthL1))
                                 .arg(qRound(run.machine->bandwidthL2))
                                 .arg(qRound(run.machine->bandwidthL3))
                                 .arg(QString::number(run.machine->bandwidthDram, 'f', 1))}};
    return heading(QStringLiteral("environment"), tr("Environment")) + table({tr("item"), tr("value")}, rows);
}

/// The class of a method's rows: failed, not applicable ("na", greyed), flagged (drifted among others) or none.
QString rowClass(const MethodResult& r)
{
    if (r.status == MethodStatus::Failed)
        return QStringLiteral("failed");
    if (r.status == MethodStatus::NotApplicable)
        return QStringLiteral("na");
    return r.flags.isEmpty() ? QString() : QStringLiteral("flagged");
}

QString resultsSection(const RunResult& run)
{
    const QString failed = tr("failed (see Failures and diagnoses)");  // the report explains failures below
    const QStringList header{tr("method"),   tr("batch"),       tr("latency (ms)"), tr("jitter (ms)"),
                             tr("p99 (ms)"), tr("median (ms)"), tr("vs eager"),     tr("score"),
                             tr("fidelity"), tr("status")};
    QList<QList<Cell>> rows;
    QStringList classes;
    for (const auto& r : run.results) {
        const QString score = scoreText(run, r);
        const QString cls = rowClass(r);
        if (r.batches.empty()) {
            rows << QList<Cell>{{r.method}, {dash()}, {dash()}, {dash()}, {dash()}, {dash()}, {dash()}, {score},
                                {fidelityText(r)}, {statusText(r, nullptr, failed)}};
            classes << cls;
            continue;
        }
        for (const auto& b : r.batches) {
            const SpeedupEntry* sp = r.speedup(b.batch);
            rows << QList<Cell>{{r.method},
                                {QString::number(b.batch), true},
                                {msText(b.latencyMs.mean), true},
                                {msText(b.latencyMs.std), true},
                                {msText(b.latencyMs.p99), true},
                                {medianCiText(b), true},
                                {r.method == QLatin1String("eager") ? tr("baseline")
                                                                    : (sp ? speedupText(*sp) : dash())},
                                {score},
                                {fidelityText(r)},
                                {statusText(r, &b, failed)}};
            classes << cls;
        }
    }
    QString html = heading(QStringLiteral("results"), tr("Results")) + table(header, rows, classes);
    html += QStringLiteral("<p class=\"note\">")
        + esc(tr("Latency, jitter (standard deviation) and p99 are per call, in milliseconds. The median carries its "
                 "95% bootstrap confidence interval. \"vs eager\" is the ratio of medians with its 95% CI; "
                 "\"≈\" marks a difference that is not significant (p ≥ 0.05 or the CI includes 1), which is not a win."))
        + QStringLiteral("</p>\n");
    if (!run.results.empty() && run.error.isEmpty())
        html += QStringLiteral("<h3>") + esc(tr("How this run measured")) + QStringLiteral("</h3>\n")
            + paragraphs(measurementNotes(run));
    return html;
}

QString chartsSection(const QList<EmbeddedChart>& charts)
{
    if (charts.isEmpty())
        return {};
    // A new page: the charts take a page each in the PDF, and the heading should not stay behind alone.
    QString html = QStringLiteral("<h2 id=\"charts\" style=\"page-break-before: always\">") + esc(tr("Charts"))
        + QStringLiteral("</h2>\n");
    for (const auto& c : charts) {
        html += QStringLiteral("<div class=\"chart\" id=\"chart-%1\">\n").arg(c.id) + c.html + QStringLiteral("\n");
        if (!c.caption.isEmpty())
            html += QStringLiteral("<p class=\"caption\">") + esc(c.caption) + QStringLiteral("</p>\n");
        html += QStringLiteral("</div>\n");
    }
    return html;
}

QString qualitySection(const RunResult& run)
{
    QList<QList<Cell>> rows;
    for (const auto& r : run.results) {
        const QString ci = r.scoreCi ? QStringLiteral("%1 – %2").arg(QString::number(r.scoreCi->low, 'f', 6),
                                                                     QString::number(r.scoreCi->high, 'f', 6))
                                     : dash();
        QList<Cell> row{{r.method}, {r.score ? QString::number(*r.score, 'f', 6) : dash(), true}, {ci, true}};
        if (r.fidelity && r.fidelity->finite)
            row << Cell{QString::number(r.fidelity->maxAbsError, 'e', 2), true}
                << Cell{QString::number(r.fidelity->cosine, 'f', 6), true}
                << Cell{QString::number(r.fidelity->relL2Error, 'e', 2), true}
                << Cell{std::isfinite(r.fidelity->argmaxAgreement)
                            ? QString::number(r.fidelity->argmaxAgreement, 'f', 1) : dash(), true};
        else
            row << Cell{r.fidelity ? tr("NaN/Inf") : dash()} << Cell{dash()} << Cell{dash()} << Cell{dash()};
        row << Cell{r.flags.join(QStringLiteral(", "))};
        rows << row;
    }
    return heading(QStringLiteral("quality"), tr("Score and fidelity"))
        + table({tr("method"), tr("score"), tr("score 95% CI"), tr("max |Δ score|"), tr("logit cosine"),
                 tr("relative L2 error"), tr("argmax agreement (%)"), tr("flags")},
                rows)
        + QStringLiteral("<p class=\"note\">")
        + esc(tr("Score: mean reasoning score over the evaluation set. Fidelity compares each method's answers with "
                 "eager's on the same inputs."))
        + QStringLiteral("</p>\n");
}

QString failuresSection(const RunResult& run)
{
    QString html;
    for (const auto& r : run.results) {
        if (r.status != MethodStatus::Failed && r.diagnosis.isEmpty())
            continue;
        const QString cls = r.status == MethodStatus::Failed ? QStringLiteral("failed")
            : (r.status == MethodStatus::NotApplicable ? QStringLiteral("na") : QStringLiteral("flagged"));
        const QString verdict = r.status == MethodStatus::Failed ? tr("failed")
            : (r.status == MethodStatus::NotApplicable ? tr("not applicable") : tr("flagged"));
        html += QStringLiteral("<h3 class=\"%1\">").arg(cls) + esc(r.method + QStringLiteral(": ") + verdict)
            + QStringLiteral("</h3>\n");
        if (!r.error.isEmpty() && r.status != MethodStatus::NotApplicable)  // its reason is in the diagnosis
            html += QStringLiteral("<p><b>") + esc(tr("Error (as LibTorch wrote it):")) + QStringLiteral("</b></p>\n")
                + QStringLiteral("<pre class=\"error\">") + esc(r.error) + QStringLiteral("</pre>\n");
        if (!r.diagnosis.isEmpty()) {
            const auto d = renderDiagnosis(r.diagnosis);
            html += QStringLiteral("<p><b>") + esc(tr("Cause:")) + QStringLiteral("</b> ") + esc(d.cause)
                + QStringLiteral("</p>\n");
            if (!d.fix.isEmpty())
                html += QStringLiteral("<p><b>") + esc(tr("Fix:")) + QStringLiteral("</b> ") + esc(d.fix)
                    + QStringLiteral("</p>\n");
        } else if (r.status == MethodStatus::Failed) {
            html += QStringLiteral("<p>") + esc(tr("No known diagnosis matches this error."))
                + QStringLiteral("</p>\n");
        }
    }
    if (html.isEmpty())
        html = QStringLiteral("<p>") + esc(tr("No method failed or was flagged.")) + QStringLiteral("</p>\n");
    return heading(QStringLiteral("failures"), tr("Failures and diagnoses")) + html;
}

QString batchSection(const RunResult& run)
{
    QList<QList<Cell>> rows;
    for (const auto& r : run.results)
        for (const auto& b : r.batches) {
            const QString ci = QStringLiteral("%1 – %2").arg(msText(b.medianCiMs.low), msText(b.medianCiMs.high));
            rows << QList<Cell>{{r.method},
                                {QString::number(b.batch), true},
                                {QString::number(b.calls), true},
                                {QString::number(b.block), true},
                                {msText(b.latencyMs.mean), true},
                                {msText(b.latencyMs.std), true},
                                {msText(b.latencyMs.min), true},
                                {msText(b.latencyMs.p50), true},
                                {ci, true},
                                {msText(b.latencyMs.p99), true},
                                {QString::number(b.throughputPerS, 'f', 0), true},
                                {QString::number(b.outliers), true},
                                {b.stopRule},
                                {b.steady ? tr("yes") : tr("no")},
                                {b.roofline ? QStringLiteral("%1% %2").arg(qRound(b.roofline->efficiency * 100))
                                                  .arg(b.roofline->limit)
                                            : dash()}};
        }
    if (rows.isEmpty())
        return heading(QStringLiteral("batches"), tr("Per batch"))
            + QStringLiteral("<p>") + esc(tr("Nothing was measured.")) + QStringLiteral("</p>\n");
    return heading(QStringLiteral("batches"), tr("Per batch"))
        + table({tr("method"), tr("batch"), tr("calls"), tr("block"), tr("mean (ms)"), tr("std (ms)"), tr("min (ms)"),
                 tr("median (ms)"), tr("median 95% CI"), tr("p99 (ms)"), tr("samples/s"), tr("outliers"),
                 tr("stop rule"), tr("steady"), tr("roofline")},
                rows);
}

QString seedSection(const RunResult& run)
{
    QList<QList<Cell>> rows;
    for (const auto& s : seedComparison(run)) {
        if (s.originalMs < 0 || s.optimizedMs < 0)
            continue;
        const auto ratio = [](double a, double b) -> QString {
            return b > 0 ? QString::number(a / b, 'f', 1) + QStringLiteral("×") : dash();
        };
        rows << QList<Cell>{{QString::number(s.batch), true},
                            {msText(s.seedOriginalMs), true},
                            {msText(s.seedOptimizedMs), true},
                            {ratio(s.seedOriginalMs, s.seedOptimizedMs), true},
                            {msText(s.originalMs), true},
                            {msText(s.optimizedMs), true},
                            {ratio(s.originalMs, s.optimizedMs), true}};
    }
    if (rows.isEmpty())
        return {};
    return heading(QStringLiteral("seed"), tr("Against the seed report"))
        + table({tr("batch"), tr("seed: original (ms)"), tr("seed: optimized (ms)"), tr("seed: speed-up"),
                 tr("here: eager (ms)"), tr("here: %1 (ms)").arg(kSeedOptimizedMethod), tr("here: speed-up")},
                rows)
        + QStringLiteral("<p class=\"note\">")
        + esc(tr("The seed's numbers were measured on an unknown machine; they are claims, not targets. This run's "
                 "numbers are means on this machine."))
        + QStringLiteral("</p>\n");
}

QString stepsSection(const RunResult& run)
{
    const QString text = stepsToText(run);
    if (text.trimmed().isEmpty())
        return {};
    return heading(QStringLiteral("steps"), tr("Steps of each method"))
        + QStringLiteral("<pre class=\"steps\">") + esc(text.trimmed()) + QStringLiteral("</pre>\n");
}

}  // namespace

QString reportTitle(const RunResult& run)
{
    return tr("OptiBench report: %1 model").arg(run.config.model);
}

QString reportStyle()
{
    return QStringLiteral(
        "body { font-family: 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif; font-size: 10pt; "
        "color: #1a1a1a; }\n"
        "h1 { font-size: 18pt; margin-bottom: 4px; }\n"
        "h2 { font-size: 13pt; margin-top: 18px; border-bottom: 1px solid #888888; }\n"
        "h3 { font-size: 11pt; margin-top: 10px; }\n"
        "p.meta { color: #555555; }\n"
        "p.note, p.caption { color: #444444; font-size: 9pt; }\n"
        "table.data { border-collapse: collapse; margin-top: 4px; }\n"
        // Condensed: the results and per-batch tables fit across a landscape page without breaking numbers.
        "td, th { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', 'Noto Sans CJK SC', sans-serif; "
        "font-size: 7.5pt; }\n"
        "table.data th { background-color: #e8eaee; text-align: left; }\n"
        "table.data td, table.data th { border: 1px solid #b0b4ba; padding: 2px 5px; }\n"
        "td.num { text-align: right; white-space: nowrap; }\n"
        "tr.failed td, h3.failed, p.error, pre.error { color: #b31d1d; }\n"
        "tr.flagged td, h3.flagged { color: #9a6700; }\n"
        "tr.na td, h3.na { color: #777777; }\n"
        "pre { font-family: 'DejaVu Sans Mono', monospace; font-size: 8pt; white-space: pre-wrap; }\n"
        "div.chart { margin-top: 10px; page-break-inside: avoid; }\n");
}

QString reportBody(const RunResult& run, const QList<EmbeddedChart>& charts)
{
    return headerSection(run) + configurationSection(run) + environmentSection(run) + resultsSection(run)
        + chartsSection(charts) + profileSection(run) + qualitySection(run) + failuresSection(run) + batchSection(run)
        + seedSection(run) + stepsSection(run);
}

}  // namespace ob::report
