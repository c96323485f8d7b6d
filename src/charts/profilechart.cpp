// SPDX-License-Identifier: MIT
#include "charts/profilechart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QMap>
#include <QValueAxis>

#include <algorithm>

#include "results/profilecompare.h"

namespace ob::app {

ProfileChart::ProfileChart(QWidget* parent) : ChartBase(QStringLiteral("profile"), parent)
{
    m_y = new QBarCategoryAxis;
    m_x = new QValueAxis;
    m_x->setLabelFormat(QStringLiteral("%.3g"));
    chart()->addAxis(m_y, Qt::AlignLeft);
    chart()->addAxis(m_x, Qt::AlignBottom);
    retranslate();
}

QString ProfileChart::title() const
{
    return tr("Where the time goes: self time per operator");
}

void ProfileChart::retranslate()
{
    ChartBase::retranslate();
    m_x->setTitleText(tr("ms per forward (self time)"));
    rebuild();
}

void ProfileChart::setRun(const RunResult& run)
{
    m_run.config = run.config;
    m_run.results.clear();
    for (const auto& r : run.results) {
        MethodResult copy;
        copy.method = r.method;
        copy.status = r.status;
        copy.flags = r.flags;
        copy.profile = r.profile;
        m_run.results.push_back(std::move(copy));
    }
    rebuild();
}

void ProfileChart::setMethods(const QStringList& methods)
{
    m_requested = methods;
    rebuild();
}

void ProfileChart::rebuild()
{
    clearSeries();
    m_shown.clear();
    m_operators.clear();
    QStringList wanted = m_requested;
    if (wanted.isEmpty()) {
        const auto [base, other] = defaultProfilePair(m_run);
        if (!base.isEmpty())
            wanted = {base, other};
        else if (const auto profiled = profiledMethods(m_run); !profiled.empty())
            wanted = {profiled.front()->method};
    }
    std::vector<std::pair<const MethodResult*, std::vector<ProfileRow>>> shown;
    for (const auto& m : wanted) {
        const MethodResult* r = m_run.result(m);
        if (!r || !r->profile || !r->profile->ok() || r->profile->rows.empty() || m_shown.contains(m))
            continue;
        m_shown << m;
        shown.emplace_back(r, operatorTotals(*r->profile));
    }
    // The operators with the longest self time in any method shown.
    QMap<QString, double> longest;
    for (const auto& [r, totals] : shown)
        for (const auto& t : totals)
            longest[t.op] = std::max(longest.value(t.op), t.selfMs);
    std::vector<std::pair<double, QString>> order;
    for (auto it = longest.begin(); it != longest.end(); ++it)
        order.emplace_back(it.value(), it.key());
    std::sort(order.begin(), order.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    if (order.size() > static_cast<std::size_t>(kTopOperators))
        order.resize(kTopOperators);
    for (auto it = order.rbegin(); it != order.rend(); ++it)  // bottom up: the longest at the top
        m_operators << it->second;

    auto* series = new QHorizontalBarSeries;
    double top = 0;
    QList<QStringList> tips;  // per set, per category
    for (const auto& [r, totals] : shown) {
        auto* set = new QBarSet(methodLabel(*r));
        QStringList setTips;
        for (const auto& op : m_operators) {
            const auto it = std::find_if(totals.begin(), totals.end(), [&](const ProfileRow& t) { return t.op == op; });
            const double ms = it != totals.end() ? it->selfMs : 0;
            *set << ms;
            top = std::max(top, ms);
            setTips << (it != totals.end()
                            ? tr("%1 in %2: %3 ms self per forward (%4% of its profile), %5 call(s)")
                                  .arg(op, r->method, QString::number(ms, 'g', 3))
                                  .arg(it->share * 100, 0, 'f', 1)
                                  .arg(it->calls, 0, 'g', 4)
                            : tr("%1 does not run in %2").arg(op, r->method));
        }
        series->append(set);
        tips << setTips;
    }
    m_y->setCategories(m_operators);
    addSeries(series, m_x, m_y);
    connect(series, &QHorizontalBarSeries::hovered, this, [tips, series](bool state, int index, QBarSet* set) {
        const int s = static_cast<int>(series->barSets().indexOf(set));
        showToolTip(state && s >= 0 && s < tips.size() && index >= 0 && index < tips[s].size() ? tips[s][index]
                                                                                               : QString());
    });
    m_x->setRange(0, top > 0 ? top * 1.1 : 1);
    if (top > 0)
        m_x->applyNiceNumbers();
}

}  // namespace ob::app
