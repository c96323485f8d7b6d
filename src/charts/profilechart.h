// SPDX-License-Identifier: MIT
#pragma once
// Where the time goes: horizontal bars of the top operators' self time per forward, one bar set per method
// (--profile; results/profile.h). With two methods it shows what an optimization did: bars that vanish were fused
// or folded, bars that appear replaced them.

#include <QStringList>

#include "charts/chartbase.h"

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QValueAxis;
QT_END_NAMESPACE

namespace ob::app {

class ProfileChart : public ChartBase {
    Q_OBJECT
public:
    /// Operators shown at most: those with the longest self time in any of the methods.
    static constexpr int kTopOperators = 12;

    explicit ProfileChart(QWidget* parent = nullptr);
    QString title() const override;
    void setRun(const RunResult& run) override;
    /// The methods drawn, one bar set each; empty: the default pair (eager and the fastest profiled method), or
    /// the only profiled one. Methods without a profile are left out.
    void setMethods(const QStringList& methods);
    /// The methods as asked for (empty: the default).
    QStringList requestedMethods() const { return m_requested; }
    /// The methods drawn now.
    QStringList shownMethods() const { return m_shown; }
    /// The operators on the axis, from the bottom up (the longest at the top).
    QStringList operators() const { return m_operators; }

protected:
    void retranslate() override;

private:
    void rebuild();

    QBarCategoryAxis* m_y = nullptr;
    QValueAxis* m_x = nullptr;
    QStringList m_requested;
    QStringList m_shown;
    QStringList m_operators;
    RunResult m_run;  // the methods and their profiles, without samples
};

}  // namespace ob::app
