// SPDX-License-Identifier: MIT
// The longest GUI event-loop stall during a run: a 1 ms precise timer on the GUI thread records the gaps between
// its ticks while the workbench runs the default configuration with live table and charts. A gap is how long the
// event loop could not react (plus the 1 ms period). Not a test: run by hand, e.g.
//   QT_QPA_PLATFORM=offscreen build/dev/tests/benchmarks/bench_gui_stall
//   xvfb-run -a -s "-screen 0 1600x1000x24" build/dev/tests/benchmarks/bench_gui_stall
// Options: --quick (the Quick preset), --runs N. Exit code 1 when the longest stall is 50 ms or more.

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

#include "charts/chartspanel.h"
#include "config/presets.h"
#include "logging/logging.h"
#include "mainwindow.h"
#include "pages/configpage.h"
#include "pages/resultspage.h"
#include "results/environment.h"
#include "session/runcontroller.h"
#include "settings/appsettings.h"

namespace {

struct Probe {
    QElapsedTimer clock;
    qint64 last = 0;
    std::vector<double> gapsMs;
};

double percentile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(q * static_cast<double>(v.size() - 1))];
}

}  // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    const int runsAt = static_cast<int>(args.indexOf(QStringLiteral("--runs")));
    const int runs = runsAt > 0 && runsAt + 1 < args.size() ? std::max(1, args[runsAt + 1].toInt()) : 1;
    ob::logging::init({false, QString()});

    QTemporaryDir dir;
    ob::app::MainWindow window(std::make_unique<ob::app::AppSettings>(dir.filePath(QStringLiteral("s.ini"))));
    window.resize(1600, 1000);
    window.show();
    const ob::RunConfig config = quick ? *ob::presetConfig(QStringLiteral("quick")) : ob::RunConfig{};
    window.configPage()->setConfig(config);

    double worst = 0;
    for (int run = 1; run <= runs; ++run) {
        Probe probe;
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, [&probe] {
            const qint64 now = probe.clock.nsecsElapsed();
            probe.gapsMs.push_back(static_cast<double>(now - probe.last) / 1e6);
            probe.last = now;
        });
        QEventLoop loop;
        QObject::connect(window.controller(), &ob::app::RunController::finished, &loop, &QEventLoop::quit);
        const int redrawsBefore = window.resultsPage()->charts()->redrawCount();
        QElapsedTimer wall;
        wall.start();
        probe.clock.start();
        tick.start();
        QTimer::singleShot(0, &window, [&window] { window.run(); });
        loop.exec();
        tick.stop();
        const double seconds = static_cast<double>(wall.elapsed()) / 1000.0;
        const auto& gaps = probe.gapsMs;
        const double longest = gaps.empty() ? 0 : *std::max_element(gaps.begin(), gaps.end());
        const auto over = [&](double ms) { return std::count_if(gaps.begin(), gaps.end(), [ms](double g) { return g >= ms; }); };
        worst = std::max(worst, longest);
        std::printf("run %d: %s, %zu methods, %.1f s, %zu ticks; gap p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, "
                    "longest %.1f ms; gaps >= 16 ms: %ld, >= 50 ms: %ld; chart redraws %d (%.1f/s)\n",
                    run, quick ? "quick preset" : "default configuration", window.controller()->run().results.size(),
                    seconds, gaps.size(), percentile(gaps, 0.5), percentile(gaps, 0.99), percentile(gaps, 0.999),
                    longest, static_cast<long>(over(16)), static_cast<long>(over(50)),
                    window.resultsPage()->charts()->redrawCount() - redrawsBefore,
                    (window.resultsPage()->charts()->redrawCount() - redrawsBefore) / std::max(seconds, 1e-3));
    }
    std::printf("longest GUI event-loop stall: %.1f ms (%s; platform %s; OptiBench %s)\n", worst,
                worst < 50 ? "under the 50 ms budget" : "OVER the 50 ms budget", qPrintable(QApplication::platformName()),
                qPrintable(ob::versionString()));
    return worst < 50 ? 0 : 1;
}
