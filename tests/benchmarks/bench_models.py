#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""OptiBench against PyTorch's own tools on the zoo, batch 1, one thread (a benchmark, not a test).

Usage: bench_models.py BUILD_DIR ZOO_DIR [--rounds N] [--model NAME ...] [--min-time S]

For each zoo model, N rounds of A then B (A B A B ...): A is `optibench-cli run` with eager and the methods zoo.json
allows to be ok; B is tests/benchmarks/pytorch_reference.py (torch.utils.benchmark) in its own /usr/bin/python3
process. Prints a Markdown table: per round the fastest faithful method of each side, the ratio of their times
(OptiBench / PyTorch: below 1 is OptiBench faster), and whether OptiBench's eager is no slower than PyTorch's; then the
median over the rounds. OptiBench's time is the median of its batch-1 calls (`median_ms`: with several worker
processes, the median of their medians), PyTorch's the median of blocked_autorange.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

PY = "/usr/bin/python3"
HERE = os.path.dirname(os.path.abspath(__file__))


def optibench(build, zoo, entry):
    """{method: (ms, faithful)} for the ok methods of one `run`, or an error string."""
    methods = [m for m, allowed in entry["methods"].items() if "ok" in allowed]
    specs = [a for s in entry["inputs"] for a in ("--input", s)]
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "run.json")
        try:
            p = subprocess.run([os.path.join(build, "src", "cli", "optibench-cli"), "run", "--model-file",
                                os.path.join(zoo, entry["file"]), *specs, "--methods", ",".join(methods), "--batch",
                                "1", "--threads", "1", "--eval-samples", "64", "--quiet", "--json", out],
                               capture_output=True, text=True)
        except OSError as e:
            return str(e)
        if p.returncode != 0 or not os.path.exists(out):
            return "exit %d: %s" % (p.returncode, (p.stderr.strip().splitlines() or [""])[0][:160])
        with open(out) as f:
            doc = json.load(f)
    times = {}
    for r in doc.get("results", []):
        b1 = [b for b in r.get("batches", []) if b.get("batch") == 1]
        if r.get("status") == "ok" and b1:
            f = r.get("fidelity") or {}
            faithful = f.get("faithful")
            if faithful is None:  # before `faithful` existed
                faithful = f.get("finite", False) and (f.get("cosine") or 0) >= 0.999
            median = b1[0].get("median_ms", b1[0]["latency_ms"]["p50"])  # p50: files before median_ms
            times[r["method"]] = (median, bool(faithful) or r["method"] == "eager")
    return times


def pytorch(zoo, entry, min_time):
    p = subprocess.run([PY, os.path.join(HERE, "pytorch_reference.py"), os.path.join(zoo, entry["file"]),
                        os.path.join(zoo, entry["example_inputs"]), "--json", "--min-time", str(min_time)],
                       capture_output=True, text=True)
    if p.returncode != 0:
        return "exit %d: %s" % (p.returncode, (p.stderr.strip().splitlines() or [""])[-1][:160])
    results = [r for r in json.loads(p.stdout)["results"] if r["status"] == "ok"]
    for r in results:  # one thread is one core: a reference on more would not compare like with like
        if r.get("cpu_per_wall", 1) > 1.2:
            print("warning: PyTorch's %s on %s used %.1f cores" % (r["method"], entry["file"], r["cpu_per_wall"]),
                  file=sys.stderr)
    return {r["method"]: (r["latency_ms"]["median"], r["fidelity"]["faithful"]) for r in results}


def fastest(times):
    ok = [(ms, m) for m, (ms, faithful) in times.items() if faithful]
    return min(ok) if ok else (None, "-")


def fmt(ms, method=""):
    return "-" if ms is None else ("%s %.3f" % (method, ms)).strip()


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("build")
    p.add_argument("zoo")
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--model", action="append")
    p.add_argument("--min-time", type=float, default=1.0, help="PyTorch seconds of timing per method")
    args = p.parse_args()
    with open(os.path.join(args.zoo, "zoo.json")) as f:
        zoo = json.load(f)
    print("| model | round | OptiBench fastest faithful (ms) | PyTorch fastest faithful (ms) | ratio | "
          "OptiBench eager | PyTorch eager | eager ≤ |")
    print("|---|---|---|---|---:|---:|---:|---|")
    for entry in zoo["models"]:
        if args.model and entry["name"] not in args.model:
            continue
        ratios, eager_ok = [], []
        for i in range(1, args.rounds + 1):
            a = optibench(args.build, args.zoo, entry)
            b = pytorch(args.zoo, entry, args.min_time)
            if isinstance(a, str) or isinstance(b, str):
                print("| %s | %d | %s | %s | - | - | - | - |" % (entry["name"], i, a if isinstance(a, str) else "",
                                                              b if isinstance(b, str) else ""))
                continue
            (ta, ma), (tb, mb) = fastest(a), fastest(b)
            ea, eb = a.get("eager", (None,))[0], b.get("eager", (None,))[0]
            ratio = ta / tb if ta and tb else None
            ratios += [ratio] if ratio else []
            eager_ok += [ea <= eb] if ea and eb else []
            print("| %s | %d | %s | %s | %s | %s | %s | %s |" % (
                entry["name"], i, fmt(ta, ma), fmt(tb, mb), "%.2f" % ratio if ratio else "-", fmt(ea), fmt(eb),
                "yes" if ea and eb and ea <= eb else "no"))
        if ratios:
            print("| **%s** | median | | | **%.2f** | | | %d of %d rounds |" % (
                entry["name"], statistics.median(ratios), sum(eager_ok), len(eager_ok)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
