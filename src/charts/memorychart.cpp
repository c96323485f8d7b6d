// SPDX-License-Identifier: MIT
#include "charts/memorychart.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QLocale>
#include <QPen>
#include <QValueAxis>

#include <algorithm>

#include "charts/barseries.h"

namespace ob::app {
namespace {

constexpr double kMiB = 1024.0 * 1024.0;

double mib(qint64 bytes)
{
    return bytes >= 0 ? static_cast<double>(bytes) / kMiB : -1;
}

}  // namespace

MemoryChart::MemoryChart(QWidget* parent) : ChartBase(QStringLiteral("memory"), parent)
{
    m_x = new QBarCategoryAxis;
    m_y = new QValueAxis;
    m_y->setLabelFormat(QStringLiteral("%g"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    retranslate();
}

QString MemoryChart::title() const
{
    return m_measured ? tr("Memory per method: weights, and what the method adds to its process")
                      : tr("Memory per method: not measured in this run");
}

void MemoryChart::retranslate()
{
    ChartBase::retranslate();
    m_y->setTitleText(tr("MiB"));
}

MemoryChart::Bars MemoryChart::barsOf(const MethodResult& r)
{
    Bars bars;
    bars.weights = mib(r.weightBytes);
    const MethodMemory& m = r.memory;
    bars.kept = mib(m.retainedBytes);
    if (m.peakRssBytes >= 0 && m.baseBytes >= 0)
        bars.peak = mib(m.peakRssBytes - m.baseBytes);
    else if (m.preparePeakBytes >= 0 || m.retainedBytes >= 0)
        bars.peak = std::max(mib(m.preparePeakBytes), mib(std::max<qint64>(m.retainedBytes, 0) + m.runPeakBytes));
    if (bars.kept >= 0 && bars.peak >= 0)
        bars.peak = std::max(bars.peak, bars.kept);
    return bars;
}

QString MemoryChart::hoverText(const MethodResult& r)
{
    const QLocale locale;
    const auto text = [&](qint64 bytes) {
        return bytes >= 0 ? locale.toString(mib(bytes), 'f', 2) : QStringLiteral("–");
    };
    const MethodMemory& m = r.memory;
    QString out = tr("%1: weights %2 MiB at its precision; it keeps %3 MiB once prepared; peak %4 MiB above that "
                     "while prepared, %5 MiB during its calls")
                      .arg(r.method, text(r.weightBytes), text(m.retainedBytes), text(m.preparePeakBytes),
                           text(m.runPeakBytes));
    if (m.peakRssBytes >= 0)
        out += QLatin1Char('\n')
            + tr("A process holding only this method: peak %1 MiB, of which %2 MiB before any method")
                  .arg(text(m.peakRssBytes), text(m.baseBytes));
    if (m.measured() && !m.exact)
        out += QLatin1Char('\n') + tr("This system cannot reset the peak: the peaks are upper bounds.");
    if (const QString drift = driftText(r); !drift.isEmpty())
        out += QLatin1Char('\n') + drift;
    return out;
}

void MemoryChart::setRun(const RunResult& run)
{
    beginRun(run);
    clearSeries();
    std::vector<const MethodResult*> listed;  // drawn, or hidden in this chart (an empty category, name greyed)
    double baseLow = -1;
    double baseHigh = -1;
    m_measured = false;
    for (const auto& r : run.results) {
        if (r.status == MethodStatus::NotApplicable || r.status == MethodStatus::Failed)
            continue;  // the charts show the methods that ran
        const Bars bars = barsOf(r);
        if (bars.weights < 0 && bars.kept < 0 && bars.peak < 0)
            continue;
        m_measured = m_measured || r.memory.measured();
        if (const double base = mib(r.memory.baseBytes); base >= 0) {
            baseLow = baseLow < 0 ? base : std::min(baseLow, base);
            baseHigh = std::max(baseHigh, base);
        }
        if (!filteredMethods().contains(r.method))
            listed.push_back(&r);
    }
    chart()->setTitle(title());
    QStringList labels;
    QStringList hovers;
    QStringList methods;
    for (const auto* r : listed) {
        labels << categoryLabel(*r);
        hovers << hoverText(*r);
        methods << r->method;
    }
    setCategoryLabels(m_x, labels, hovers, methods);
    double top = 0;
    for (int i = 0; i < int(listed.size()); ++i) {
        const MethodResult& r = *listed[size_t(i)];
        if (!methodShown(r.method))
            continue;
        const Bars bars = barsOf(r);
        const QColor colour = methodStyle(r.method).colour;
        const QString text = hovers[i];
        const auto add = [&](const char* part, double x0, double x1, double low, double high, const QBrush& brush,
                             const QPen& pen) {
            auto* bar = newBar(x0, x1, low, high);
            bar->setProperty("memoryPart", QLatin1String(part));
            addMethodSeries(bar, r.method, m_x, m_y);
            bar->setBrush(brush);
            bar->setPen(drifted(r) ? QPen(kDriftColour, 2, Qt::DashLine) : pen);
            connect(bar, &QAreaSeries::hovered, this,
                    [this, text](const QPointF&, bool state) { showHover(state ? text : QString()); });
            top = std::max(top, high);
        };
        if (bars.weights >= 0)
            add("weights", i - 0.38, i - 0.02, 0, bars.weights, colour, QPen(colour.darker(140), 1));
        if (bars.kept >= 0)
            add("kept", i + 0.02, i + 0.38, 0, bars.kept, MethodPalette::tint(colour), QPen(colour, 1.5));
        if (bars.peak > std::max(bars.kept, 0.0))
            add("peak", i + 0.02, i + 0.38, std::max(bars.kept, 0.0), bars.peak, Qt::NoBrush, QPen(colour, 2));
    }
    QList<LegendEntry> entries;  // the key; the method names under the bars are their legend
    if (!listed.empty()) {
        const QColor grey(0x70, 0x70, 0x70);
        LegendEntry solid;
        solid.kind = LegendEntry::Kind::Swatch;
        solid.text = tr("solid: weights");
        solid.brush = grey;
        solid.pen = QPen(grey.darker(140));
        LegendEntry kept = solid;
        kept.text = tr("light: kept once prepared");
        kept.brush = MethodPalette::tint(grey);
        kept.pen = QPen(grey, 1.5);
        LegendEntry peak = solid;
        peak.text = tr("outlined: peak while prepared or called");
        peak.brush = Qt::NoBrush;
        peak.pen = QPen(grey, 2);
        entries << solid << kept << peak;
        if (baseLow >= 0) {
            const QLocale locale;
            LegendEntry note;
            note.kind = LegendEntry::Kind::Note;
            note.text = baseHigh - baseLow < 1
                ? tr("above the %1 MiB of the process before any method").arg(locale.toString(baseLow, 'f', 0))
                : tr("above the %1–%2 MiB of the process before any method")
                      .arg(locale.toString(baseLow, 'f', 0), locale.toString(baseHigh, 'f', 0));
            entries << note;
        }
    }
    setLegendEntries(entries);
    m_y->setRange(0, top > 0 ? top * 1.1 : 1);
    m_y->applyNiceNumbers();
}

}  // namespace ob::app
