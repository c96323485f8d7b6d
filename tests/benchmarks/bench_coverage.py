#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Do a run's intervals hold what other runs report? (issue 16, docs/performance.md "Forks")

Runs optibench-cli N times on the same configuration (default: the default model, the default methods and batch
sizes, the default forks) and reports, for each method, over every ordered pair of runs (a, b), a != b, and every
batch size:
  - the share of run b's medians inside run a's interval of the median (goal: >= 90%),
  - the share of run b's speed-ups vs eager inside run a's interval of the speed-up (goal: >= 90%),
  - the intervals' relative half-widths (median over runs and batch sizes),
  - for contrast, the same shares for the interval of a's first process alone (what a run with one process reports).
It also reports each run's wall time, the shift between processes and how often the processes fell into two states.
With --baseline-runs K it first times K runs with --forks 1, for the time a run with forks costs.

Not a test: a measurement on whatever machine it runs on. Usage:
  /usr/bin/python3 tests/benchmarks/bench_coverage.py --cli build/ci/src/cli/optibench-cli --runs 10 --out DIR
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time


def run_cli(cli, args, out_json, env):
    start = time.monotonic()
    p = subprocess.run([cli, "run", *args, "--quiet", "--json", out_json], env=env, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, text=True)
    seconds = time.monotonic() - start
    if p.returncode != 0:
        sys.exit("optibench-cli exited %d: %s" % (p.returncode, p.stderr[-2000:]))
    with open(out_json) as f:
        return json.load(f), seconds, p.stdout


def inside(value, interval):
    lo, hi = interval
    return lo is not None and hi is not None and lo <= value <= hi


def half_width(interval, centre):
    lo, hi = interval
    if lo is None or hi is None or not centre:
        return None
    return max(centre - lo, hi - centre) / centre


def collect(run):
    """method -> batch -> {median, ci, first_ci, speedup, speedup_ci}"""
    out = {}
    for r in run["results"]:
        if r.get("status") != "ok":
            continue
        speedups = {s["batch"]: s for s in r.get("speedup_vs_eager", [])}
        for b in r["batches"]:
            entry = {"median": b.get("median_ms", b["latency_ms"]["p50"]), "ci": b["median_ci_ms"]}
            processes = b.get("processes", [])
            if processes:
                entry["first_ci"] = processes[0]["median_ci_ms"]
                entry["first_median"] = processes[0]["median_ms"]
            s = speedups.get(b["batch"])
            if s:
                entry["speedup"] = s["ratio"]
                entry["speedup_ci"] = s["ci"]
            out.setdefault(r["method"], {})[b["batch"]] = entry
    return out


def share(hits):
    return sum(hits) / len(hits) if hits else float("nan")


def pct(x):
    return "-" if x != x else "%.0f%%" % (100 * x)


def width(x):
    return "-" if x != x else "%.1f%%" % (100 * x)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--baseline-runs", type=int, default=0, help="runs with --forks 1 first, for the time only")
    ap.add_argument("--out", required=True, help="directory for the run JSON files and the summary")
    ap.add_argument("--reuse", action="store_true", help="use the run files already in --out")
    ap.add_argument("args", nargs="*", help="more options for optibench-cli run (after --)")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    env = dict(os.environ)
    worker = os.path.join(os.path.dirname(os.path.abspath(a.cli)), "..", "worker", "optibench-worker")
    if "OPTIBENCH_WORKER" not in env and os.path.exists(worker):
        env["OPTIBENCH_WORKER"] = os.path.abspath(worker)

    baseline_seconds = []
    for k in range(a.baseline_runs):
        path = os.path.join(a.out, "baseline-%02d.json" % k)
        _, seconds, _ = run_cli(a.cli, [*a.args, "--forks", "1"], path, env)
        baseline_seconds.append(seconds)
        print("baseline run %d (--forks 1): %.1f s" % (k + 1, seconds), flush=True)

    runs, seconds, texts = [], [], []
    for k in range(a.runs):
        path = os.path.join(a.out, "run-%02d.json" % k)
        if a.reuse and os.path.exists(path):
            with open(path) as f:
                runs.append(json.load(f))
            seconds.append(float("nan"))
            continue
        run, s, text = run_cli(a.cli, a.args, path, env)
        runs.append(run)
        seconds.append(s)
        texts.append(text)
        worker_env = run["environment"].get("worker", {})
        print("run %d: %.1f s, %s processes, cores %s" % (k + 1, s, worker_env.get("forks"),
                                                          worker_env.get("fork_cpus")), flush=True)

    data = [collect(r) for r in runs]
    methods = [m for m in runs[0]["methods"] if all(m in d for d in data)]
    rows = []
    for m in methods:
        med_hits, spd_hits, first_hits, first_spd = [], [], [], []
        widths, spd_widths, first_widths = [], [], []
        for a_i, da in enumerate(data):
            for batch, ea in da[m].items():
                w = half_width(ea["ci"], ea["median"])
                if w is not None:
                    widths.append(w)
                if "first_ci" in ea:
                    fw = half_width(ea["first_ci"], ea["first_median"])
                    if fw is not None:
                        first_widths.append(fw)
                if "speedup_ci" in ea:
                    sw = half_width(ea["speedup_ci"], ea["speedup"])
                    if sw is not None:
                        spd_widths.append(sw)
                for b_i, db in enumerate(data):
                    if a_i == b_i or batch not in db[m]:
                        continue
                    eb = db[m][batch]
                    med_hits.append(inside(eb["median"], ea["ci"]))
                    if "first_ci" in ea:
                        first_hits.append(inside(eb["median"], ea["first_ci"]))
                    if "speedup_ci" in ea and "speedup" in eb:
                        spd_hits.append(inside(eb["speedup"], ea["speedup_ci"]))
        rows.append((m, share(med_hits), share(spd_hits), share(first_hits),
                     statistics.median(widths) if widths else float("nan"),
                     statistics.median(spd_widths) if spd_widths else float("nan"),
                     statistics.median(first_widths) if first_widths else float("nan")))

    lines = []
    lines.append("%d runs of: optibench-cli run %s" % (len(runs), " ".join(a.args)))
    finite = [s for s in seconds if s == s]
    if finite:
        lines.append("wall time per run: median %.1f s (%.1f-%.1f)" % (statistics.median(finite), min(finite),
                                                                      max(finite)))
    if baseline_seconds:
        lines.append("with --forks 1: median %.1f s (%.1f-%.1f)" % (statistics.median(baseline_seconds),
                                                                   min(baseline_seconds), max(baseline_seconds)))
    shifts, splits, processes = [], 0, []
    for r in runs:
        levels = []
        for res in r["results"]:
            for b in res.get("batches", []):
                sp = b.get("process_spread")
                if sp:
                    shifts.append(sp["between"])
                if b.get("states"):
                    levels.append(True)
        splits += bool(levels)
        processes.append(r["environment"].get("worker", {}).get("forks"))
    if shifts:
        lines.append("shift between processes (per method and batch): median %.1f%%, max %.1f%%" % (
            100 * statistics.median(shifts), 100 * max(shifts)))
    lines.append("runs whose processes fell into two states: %d of %d; processes per run: %s" % (
        splits, len(runs), processes))
    lines.append("")
    lines.append("| method | medians inside | speed-ups inside | median CI ± (median) | speed-up CI ± | "
                 "one process: medians inside | one process: CI ± |")
    lines.append("|---|---|---|---|---|---|---|")
    for m, med, spd, first, w, sw, fw in rows:
        lines.append("| %s | %s | %s | %s | %s | %s | %s |" % (m, pct(med), pct(spd), width(w), width(sw),
                                                             pct(first), width(fw)))
    summary = "\n".join(lines) + "\n"
    print(summary)
    with open(os.path.join(a.out, "summary.md"), "w") as f:
        f.write(summary)


if __name__ == "__main__":
    main()
