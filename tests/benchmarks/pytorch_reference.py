#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""PyTorch's own optimizations of one TorchScript file, timed with torch.utils.benchmark on 1 thread.

Usage: /usr/bin/python3 tests/benchmarks/pytorch_reference.py FILE INPUTS_PT [--json] [--batch N] [--min-time S]
       [--min-cosine C] [--methods m1,m2]

INPUTS_PT is a torch.save file: a tensor, a tuple of tensors (positional) or a dict of tensors (keyword arguments), at
batch 1; --batch N repeats it along dimension 0. Methods: eager (torch.jit.load), freeze_optimize (torch.jit.freeze +
optimize_for_inference), dynamic_int8 / dynamic_int8_onednn (quantize_dynamic_jit on QNNPACK / ONEDNN), bf16
(module.to(torch.bfloat16), floating inputs cast), mobile (torch.utils.mobile_optimizer.optimize_for_mobile). Each
reports latency and its fidelity against eager: per output leaf cosine and max abs error (integer leaves: exact
agreement); faithful = every leaf finite, float leaves at cosine >= --min-cosine, integer leaves identical.

One thread means one core: torch.set_num_threads(1) limits LibTorch's own threads, not OpenBLAS's, which PyTorch's
addmm calls; left alone, OpenBLAS spreads a matrix product over every core (shufflenet_v2_x0_5's classifier: 0.41 ms
on two cores against 0.74 ms on one). So the BLAS and OpenMP thread counts are set to 1 before torch is imported, and
each result reports `cpu_per_wall` (process CPU time / wall time while it was timed: 1.0 on one core).
"""
import os

for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import math  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402

import torch  # noqa: E402
from torch.utils.benchmark import Timer

ALL = ["eager", "freeze_optimize", "dynamic_int8", "dynamic_int8_onednn", "bf16", "mobile"]


def leaves(v, path=""):
    if isinstance(v, torch.Tensor):
        return [(path or "output", v)]
    if isinstance(v, dict):
        return [x for k, e in v.items() for x in leaves(e, (path + "." if path else "") + str(k))]
    if isinstance(v, (tuple, list)):
        return [x for i, e in enumerate(v) for x in leaves(e, "%s[%d]" % (path, i))]
    return [(path or "output", torch.tensor(v))]


def compare(ref, got, min_cosine):
    out, faithful, primary = [], True, None
    for (path, a), (_, b) in zip(leaves(ref), leaves(got)):
        leaf = {"path": path, "finite": bool(torch.isfinite(b.float()).all())}
        if a.is_floating_point():
            x, y = a.double().flatten(), b.double().flatten()
            den = x.norm() * y.norm()
            leaf["cosine"] = float((x @ y) / den) if den > 0 else (1.0 if x.norm() == y.norm() else 0.0)
            leaf["max_abs_error"] = float((x - y).abs().max()) if x.numel() else 0.0
            if a.dim() >= 1 and a.shape[-1] > 1:
                leaf["argmax_agreement"] = float((a.argmax(-1) == b.float().argmax(-1)).double().mean())
            ok = leaf["finite"] and not math.isnan(leaf["cosine"]) and leaf["cosine"] >= min_cosine
            primary = primary or leaf
        else:
            leaf["exact"] = bool(torch.equal(a, b.to(a.dtype)))
            ok = leaf["exact"]
        leaf["faithful"] = ok
        faithful = faithful and ok
        out.append(leaf)
    if len(leaves(ref)) != len(leaves(got)):
        faithful = False
    primary = primary or (out[0] if out else {})
    return {"faithful": faithful, "primary_output": primary.get("path"), "cosine": primary.get("cosine"),
            "max_abs_error": primary.get("max_abs_error"), "argmax_agreement": primary.get("argmax_agreement"),
            "finite": all(x["finite"] for x in out), "leaves": out}


def cast(v, dtype):
    if isinstance(v, torch.Tensor):
        return v.to(dtype) if v.is_floating_point() else v
    if isinstance(v, dict):
        return {k: cast(e, dtype) for k, e in v.items()}
    return tuple(cast(e, dtype) for e in v)


def batched(v, n):
    if isinstance(v, torch.Tensor):
        return torch.cat([v] * n) if n > 1 else v
    if isinstance(v, dict):
        return {k: batched(e, n) for k, e in v.items()}
    return tuple(batched(e, n) for e in v)


def caller(module, inputs):
    if isinstance(inputs, dict):
        return lambda: module(**inputs)
    args = inputs if isinstance(inputs, tuple) else (inputs,)
    return lambda: module(*args)


def prepare(method, file):
    m = torch.jit.load(file).eval()
    if method == "freeze_optimize":
        return torch.jit.optimize_for_inference(torch.jit.freeze(m))
    if method.startswith("dynamic_int8"):
        engine = "onednn" if method.endswith("onednn") else "qnnpack"
        if engine not in torch.backends.quantized.supported_engines:
            raise RuntimeError("quantized engine %s is not in this build" % engine)
        torch.backends.quantized.engine = engine
        from torch.ao.quantization import default_dynamic_qconfig, quantize_dynamic_jit
        return quantize_dynamic_jit(m, {"": default_dynamic_qconfig})
    if method == "bf16":
        return m.to(torch.bfloat16)
    if method == "mobile":
        from torch.utils.mobile_optimizer import optimize_for_mobile
        return optimize_for_mobile(m)
    return m


def run(args):
    torch.set_num_threads(1)
    torch.set_grad_enabled(False)
    torch.manual_seed(0)
    warnings.filterwarnings("ignore")
    inputs = batched(torch.load(args.inputs), args.batch)
    reference, results, engine = None, [], torch.backends.quantized.engine
    for method in args.methods.split(","):
        r = {"method": method, "status": "ok", "error": None, "setup_ms": None, "latency_ms": None, "fidelity": None}
        try:
            t0 = time.perf_counter()
            module = prepare(method, args.file)
            call = caller(module, cast(inputs, torch.bfloat16) if method == "bf16" else inputs)
            output = call()
            r["setup_ms"] = (time.perf_counter() - t0) * 1e3
            for _ in range(args.warmup):
                call()
            cpu0, wall0 = time.process_time(), time.perf_counter()
            m = Timer("call()", globals={"call": call}, num_threads=1).blocked_autorange(min_run_time=args.min_time)
            cpu_per_wall = (time.process_time() - cpu0) / (time.perf_counter() - wall0)
            r["latency_ms"] = {"median": m.median * 1e3, "mean": m.mean * 1e3, "iqr": m.iqr * 1e3,
                               "runs": len(m.times), "calls_per_run": m.number_per_run}
            r["cpu_per_wall"] = cpu_per_wall
            if method == "eager":
                reference = output
            if reference is not None:
                r["fidelity"] = compare(reference, output, args.min_cosine)
        except Exception as e:  # a method that fails is a result, with PyTorch's own message
            r["status"], r["error"] = "failed", (str(e).strip().splitlines() or [type(e).__name__])[0][:400]
        torch.backends.quantized.engine = engine
        results.append(r)
    return {"schema": "optibench.pytorch_reference/1", "file": args.file, "inputs": args.inputs, "batch": args.batch,
            "threads": torch.get_num_threads(), "torch": torch.__version__, "min_cosine": args.min_cosine,
            "results": results}


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("file")
    p.add_argument("inputs")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--batch", type=int, default=1)
    p.add_argument("--min-time", type=float, default=0.5, help="seconds of timing per method (blocked_autorange)")
    p.add_argument("--warmup", type=int, default=5)
    p.add_argument("--min-cosine", type=float, default=0.999)
    p.add_argument("--methods", default=",".join(ALL))
    args = p.parse_args()
    if args.methods.split(",")[0] != "eager":
        args.methods = "eager," + args.methods.replace("eager,", "")
    out = run(args)
    if args.json:
        json.dump(out, sys.stdout, indent=1)
        print()
        return
    print("%-20s %-7s %11s %10s %9s %s" % ("method", "status", "median µs", "cosine", "faithful", "error"))
    for r in out["results"]:
        f = r["fidelity"] or {}
        print("%-20s %-7s %11s %10s %9s %s" % (
            r["method"], r["status"], "%.1f" % (r["latency_ms"]["median"] * 1e3) if r["latency_ms"] else "-",
            "%.6f" % f["cosine"] if f.get("cosine") is not None else "-", f.get("faithful", "-"), r["error"] or ""))


if __name__ == "__main__":
    main()
