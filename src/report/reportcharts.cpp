// SPDX-License-Identifier: MIT
#include "report/reportcharts.h"

#include "charts/batchchart.h"
#include "charts/latencychart.h"
#include "charts/memorychart.h"
#include "charts/methodbarchart.h"
#include "charts/profilechart.h"
#include "charts/rooflinechart.h"
#include "charts/tracechart.h"

namespace ob::report {

QStringList chartIds()
{
    return {QStringLiteral("latency"), QStringLiteral("trace"),  QStringLiteral("latencyByBatch"),
            QStringLiteral("throughputByBatch"), QStringLiteral("jitter"), QStringLiteral("score"),
            QStringLiteral("fidelity"), QStringLiteral("memory"), QStringLiteral("roofline")};
}

std::unique_ptr<app::ChartBase> createChart(const QString& id)
{
    std::unique_ptr<app::ChartBase> chart;
    if (id == QLatin1String("latency"))
        chart = std::make_unique<app::LatencyChart>();
    else if (id == QLatin1String("trace"))
        chart = std::make_unique<app::TraceChart>();
    else if (id == QLatin1String("latencyByBatch"))
        chart = std::make_unique<app::BatchChart>(app::BatchChart::Metric::Latency);
    else if (id == QLatin1String("throughputByBatch"))
        chart = std::make_unique<app::BatchChart>(app::BatchChart::Metric::Throughput);
    else if (id == QLatin1String("jitter"))
        chart = std::make_unique<app::MethodBarChart>(app::MethodBarChart::Metric::Jitter);
    else if (id == QLatin1String("score"))
        chart = std::make_unique<app::MethodBarChart>(app::MethodBarChart::Metric::Score);
    else if (id == QLatin1String("fidelity"))
        chart = std::make_unique<app::MethodBarChart>(app::MethodBarChart::Metric::Fidelity);
    else if (id == QLatin1String("roofline"))
        chart = std::make_unique<app::RooflineChart>();
    else if (id == QLatin1String("memory"))
        chart = std::make_unique<app::MemoryChart>();
    else if (id == QLatin1String("profile"))  // not in chartIds(): the profile section draws it (profilesection.h)
        chart = std::make_unique<app::ProfileChart>();
    if (chart)
        chart->setExportStyle();
    return chart;
}

std::unique_ptr<app::ChartBase> exportCopy(const app::ChartBase& shown, const RunResult& run)
{
    auto chart = createChart(shown.id());
    if (!chart)
        return chart;
    chart->copyViewOf(shown);  // the methods shown, the scale, the batch chosen
    chart->setRun(run);
    if (const int batch = jitterBatch(shown); batch > 0)
        static_cast<app::MethodBarChart*>(chart.get())->setBatch(batch);
    if (const auto* profile = qobject_cast<const app::ProfileChart*>(&shown))
        static_cast<app::ProfileChart*>(chart.get())->setMethods(profile->requestedMethods());
    return chart;
}

std::vector<std::unique_ptr<app::ChartBase>> createReportCharts(const RunResult& run)
{
    std::vector<std::unique_ptr<app::ChartBase>> charts;
    for (const auto& id : chartIds()) {
        auto chart = createChart(id);
        chart->setRun(run);
        charts.push_back(std::move(chart));
    }
    return charts;
}

int jitterBatch(const app::ChartBase& chart)
{
    if (chart.id() != QLatin1String("jitter"))
        return 0;
    return static_cast<const app::MethodBarChart&>(chart).batch();
}

}  // namespace ob::report
