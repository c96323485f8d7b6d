#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Runs every model of the zoo (scripts/zoo/make_zoo.py) through optibench-cli and checks what it reports.

Usage: check_zoo.py BUILD_DIR ZOO_DIR [--make-zoo MAKE_ZOO_PY] [--cli EXE] [--model NAME ...] [--methods m1,m2]

With --make-zoo, first writes the zoo into ZOO_DIR with /usr/bin/python3 (exit 77, a skip, when that interpreter has
no torch/torchvision). Checks per model: `inspect FILE --json` exits 0 (2 where zoo.json says the inputs cannot be
inferred) with JSON naming the inputs, and 0 given the --input specs; `run` with the
model's --input specs exits 0 and every method is present with a valid status allowed by zoo.json ("failed" with its
error), eager ok and faithful, at least four methods ok, every unfaithful ok method flagged "drifted"; one model also
with --example-inputs; a wrong-rank and a wrong-name spec exit 2 naming --input. Prints a table, then "N passed, M
failed"; exits 1 on any failure.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

PY = "/usr/bin/python3"
STATUSES = {"ok", "failed", "cancelled", "not_applicable"}
RUN_OPTS = ["--preset", "quick", "--iterations", "20", "--warmup", "5", "--eval-samples", "32", "--quiet"]
MIN_OK = 4


class Checks:
    def __init__(self):
        self.passed, self.failed = 0, []

    def check(self, cond, what):
        if cond:
            self.passed += 1
        else:
            self.failed.append(what)
            print("FAIL: " + what, flush=True)
        return cond


def cli(exe, *args, timeout=900):
    try:
        p = subprocess.run([exe, *args], capture_output=True, text=True, timeout=timeout)
        return p.returncode, p.stdout, p.stderr
    except (OSError, subprocess.TimeoutExpired) as e:
        return -1, "", str(e)


def strings(v):
    """Every string (keys and values) in a JSON document."""
    if isinstance(v, dict):
        return [s for k, x in v.items() for s in [k] + strings(x)]
    if isinstance(v, list):
        return [s for x in v for s in strings(x)]
    return [v] if isinstance(v, str) else []


def first_line(text):
    """The line that says what went wrong: LibTorch's interpreter errors put it last, after the traceback."""
    lines = [x for x in text.strip().splitlines() if x.strip()] or [""]
    return (lines[-1] if "Traceback of TorchScript" in text else lines[0])[:200]


def check_run(c, label, entry, doc, methods, batches):
    """Checks one run JSON; returns {method: result} for the table."""
    if not c.check(doc.get("schema") == "optibench.run/1", "%s: schema is %r" % (label, doc.get("schema"))):
        return {}
    results = {r.get("method"): r for r in doc.get("results", [])}
    allowed = {m: entry["methods"].get(m, ["ok", "not_applicable"]) for m in methods}
    ok = 0
    for m in methods:
        r = results.get(m)
        if not c.check(r is not None, "%s: method %s missing from results (skipped silently)" % (label, m)):
            continue
        st = r.get("status")
        c.check(st in STATUSES, "%s/%s: status %r is not one of %s" % (label, m, st, sorted(STATUSES)))
        c.check(st in allowed[m],
                "%s/%s: status %s, expected %s; error: %s" % (label, m, st, "|".join(allowed[m]),
                                                              first_line(r.get("error") or "")))
        if st in ("failed", "not_applicable"):
            c.check(bool(r.get("error")), "%s/%s: status %s without an error saying why" % (label, m, st))
        if st != "ok":
            continue
        ok += 1
        f = r.get("fidelity")
        if not c.check(isinstance(f, dict), "%s/%s: ok but fidelity is %r" % (label, m, f)):
            continue
        faithful = f.get("faithful")
        c.check(isinstance(faithful, bool), "%s/%s: fidelity.faithful is %r, expected a bool" % (label, m, faithful))
        c.check(isinstance(f.get("leaves"), list) and len(f["leaves"]) > 0,
                "%s/%s: fidelity.leaves missing or empty" % (label, m))
        if m == "eager":
            c.check(faithful is True, "%s/eager: not faithful to itself: %s" % (label, json.dumps(f)[:200]))
        elif faithful is False:
            c.check("drifted" in r.get("flags", []),
                    "%s/%s: unfaithful (cosine %s, worst leaf %s) but flags %s lack \"drifted\""
                    % (label, m, f.get("cosine"), f.get("worst_leaf"), r.get("flags")))
        got = sorted(b.get("batch") for b in r.get("batches", []))
        c.check(got == sorted(batches), "%s/%s: batches %s, expected %s" % (label, m, got, batches))
        for b in r.get("batches", []):
            p50 = (b.get("latency_ms") or {}).get("p50")
            c.check(isinstance(p50, (int, float)) and p50 > 0,
                    "%s/%s: batch %s p50 is %r" % (label, m, b.get("batch"), p50))
    c.check(results.get("eager", {}).get("status") == "ok", "%s: eager is not ok: %s" % (
        label, first_line(results.get("eager", {}).get("error") or "missing")))
    c.check(ok >= MIN_OK, "%s: only %d methods ok, at least %d expected" % (label, ok, MIN_OK))
    return results


def run_model(c, args, entry, methods, label, inputs_args, batches):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "run.json")
        rc, _, err = cli(args.cli, "run", "--model-file", os.path.join(args.zoo, entry["file"]), *inputs_args,
                         "--methods", ",".join(methods), "--batch", ",".join(map(str, batches)), *RUN_OPTS,
                         "--json", out)
        if not c.check(rc == 0, "%s: run exited %d: %s" % (label, rc, first_line(err))):
            return {}
        if not c.check(os.path.exists(out), "%s: run wrote no JSON" % label):
            return {}
        with open(out) as f:
            return check_run(c, label, entry, json.load(f), methods, batches)


def check_model(c, args, entry, methods):
    name, file = entry["name"], os.path.join(args.zoo, entry["file"])
    specs = [a for s in entry["inputs"] for a in ("--input", s)]
    want = 0 if entry.get("inferable", True) else 2
    for label, extra, rc_want in ((name + ": inspect --json", [], want), (name + ": inspect --input --json", specs, 0)):
        rc, out, err = cli(args.cli, "inspect", file, *extra, "--json")
        c.check(rc == rc_want, "%s exited %d, expected %d: %s" % (label, rc, rc_want, first_line(err)))
        try:
            found = set(strings(json.loads(out)))
        except ValueError as e:
            c.check(False, "%s: not JSON: %s" % (label, e))
            continue
        for spec in entry["inputs"]:
            c.check(spec.split(":")[0] in found, "%s does not name input %r" % (label, spec.split(":")[0]))
            if extra:
                c.check(spec in found, "%s does not echo the spec %r" % (label, spec))
    rows = {name: run_model(c, args, entry, methods, name, specs, [1, 4])}
    if name == "transformer_encoder":
        label = name + " (--example-inputs)"
        rows[label] = run_model(c, args, entry, methods, label,
                                ["--example-inputs", os.path.join(args.zoo, entry["example_inputs"])], [1])
        wrong = ["--input", "tokens:B,24:int64[0,1000)", "--input", entry["inputs"][1]]
        check_invalid(c, args, file, wrong, "%s: unknown argument name" % name)
    if name == "mobilenet_v3_small":
        check_invalid(c, args, file, ["--input", "x:B,3,224"], "%s: wrong rank" % name)
    return rows


def check_invalid(c, args, file, inputs_args, label):
    rc, _, err = cli(args.cli, "run", "--model-file", file, *inputs_args, "--methods", "eager", "--batch", "1",
                     *RUN_OPTS)
    c.check(rc == 2, "%s: exited %d, expected 2: %s" % (label, rc, first_line(err)))
    c.check("--input" in err, "%s: stderr does not name --input: %s" % (label, first_line(err)))


def table(rows):
    print("\n| model | method | status | p50 b1 ms | × eager | faithful | flags |")
    print("|---|---|---|---:|---:|---|---|")
    for model, results in rows.items():
        def p50(r):
            for b in (r or {}).get("batches", []):
                if b.get("batch") == 1:
                    return (b.get("latency_ms") or {}).get("p50")
        base = p50(results.get("eager"))
        for m, r in results.items():
            t = p50(r)
            ratio = "%.2f" % (t / base) if t and base else "-"
            faithful = (r.get("fidelity") or {}).get("faithful", "-")
            print("| %s | %s | %s | %s | %s | %s | %s |" % (model, m, r.get("status"), "%.3f" % t if t else "-",
                                                            ratio, faithful, ",".join(r.get("flags", []))))


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("build")
    p.add_argument("zoo")
    p.add_argument("--make-zoo", help="path of make_zoo.py: write the zoo first")
    p.add_argument("--cli", help="the optibench-cli to run (default BUILD_DIR/src/cli/optibench-cli)")
    p.add_argument("--model", action="append", help="only these models")
    p.add_argument("--methods", help="override zoo.json's method list")
    args = p.parse_args()
    args.cli = args.cli or os.path.join(args.build, "src", "cli", "optibench-cli")
    if args.make_zoo:
        if subprocess.run([PY, "-c", "import torch, torchvision"], capture_output=True).returncode != 0:
            print("SKIP: %s cannot import torch and torchvision (apt-get install python3-torchvision)" % PY)
            return 77
        if subprocess.run([PY, args.make_zoo, args.zoo]).returncode != 0:
            print("0 passed, 1 failed")
            return 1
    if not os.access(args.cli, os.X_OK):
        print("FAIL: %s is not an executable (build the optibench-cli target)\n0 passed, 1 failed" % args.cli)
        return 1
    with open(os.path.join(args.zoo, "zoo.json")) as f:
        zoo = json.load(f)
    methods = args.methods.split(",") if args.methods else zoo["methods"]
    rc, out, _ = cli(args.cli, "run", "--help")
    if "--input" not in out:
        print("note: optibench-cli run --help does not list --input (exit %d); the runs below will fail" % rc)
    c, rows = Checks(), {}
    for entry in zoo["models"]:
        if not args.model or entry["name"] in args.model:
            rows.update(check_model(c, args, entry, methods))
    table(rows)
    print("%d passed, %d failed" % (c.passed, len(c.failed)))
    return 1 if c.failed else 0


if __name__ == "__main__":
    sys.exit(main())
