#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Writes OptiBench's model zoo: small real third-party architectures as TorchScript, random weights, no downloads.

Usage: /usr/bin/python3 scripts/zoo/make_zoo.py OUTDIR

For each model NAME: OUTDIR/NAME.pt (TorchScript, eval mode), OUTDIR/NAME.inputs.pt (example inputs, torch.save: a
tensor or a tuple of tensors), and one entry in OUTDIR/zoo.json: the files, the `--input` specs of optibench-cli, the
output structure, and the statuses each method may end in. Deterministic: every model is built under its own seed.
Needs Debian's python3-torch and python3-torchvision (1.13 / 0.14).
"""
import json
import os
import sys
import warnings

import torch
import torch.nn as nn
import torchvision

METHODS = ["eager", "freeze_optimize", "fuser", "dynamic_int8", "bf16", "mobile_xnnpack", "channels_last", "jit_trace"]
OK, NA, FAILED = "ok", "not_applicable", "failed"
NOT_INFERABLE = {"transformer_encoder", "opaque_matmul"}  # a padding mask, a raw matmul: the graph does not tell


class TextEncoder(nn.Module):
    """Embedding + 2-layer TransformerEncoder (batch_first), mean-pooled over the valid tokens, 10 logits.

    ids: [B, 24] int64 in [0, 1000); mask: [B, 24] int64 or bool, nonzero = real token (the first one always counts).
    """

    def __init__(self, vocab=1000, d_model=64, heads=4, layers=2, classes=10, length=24):
        super().__init__()
        self.embed = nn.Embedding(vocab, d_model)
        self.pos = nn.Parameter(torch.randn(1, length, d_model) * 0.02)
        layer = nn.TransformerEncoderLayer(d_model, heads, dim_feedforward=128, dropout=0.0, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, layers, enable_nested_tensor=False)
        self.head = nn.Linear(d_model, classes)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        valid = mask != 0
        valid = torch.cat([torch.ones_like(valid[:, :1]), valid[:, 1:]], 1)  # not in place: C++-traceable
        h = self.encoder(self.embed(ids) + self.pos, src_key_padding_mask=~valid)
        w = valid.unsqueeze(-1).to(h.dtype)
        return self.head((h * w).sum(1) / w.sum(1))


class SequenceLSTM(nn.Module):
    """2-layer LSTM over x: [B, 16, 32]; returns (logits [B, 5], (h [2, B, 64], c [2, B, 64]))."""

    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(32, 64, num_layers=2, batch_first=True)
        self.head = nn.Linear(64, 5)

    def forward(self, x: torch.Tensor):
        out, (h, c) = self.lstm(x)
        return self.head(out[:, -1]), (h, c)


class DictMLP(nn.Module):
    """GELU/LayerNorm MLP over x: [B, 48]: {"logits" [B, 7], "embedding" [B, 32], "count" int64 [B]}."""

    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(48, 128), nn.GELU(), nn.LayerNorm(128), nn.Linear(128, 32), nn.GELU(),
                                  nn.LayerNorm(32))
        self.head = nn.Linear(32, 7)

    def forward(self, x: torch.Tensor):
        e = self.body(x)
        logits = self.head(e)
        return {"logits": logits, "embedding": e, "count": (logits > 0).sum(-1)}


class OpaqueMatmul(nn.Module):
    """forward(x) reshapes x: [B, 64] to [B, 4, 16] and multiplies by a raw [16, 8] parameter: no conv, linear or
    embedding weight tells the input shape, so it cannot be inferred from the graph."""

    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.randn(16, 8) / 4)

    def forward(self, x):
        return torch.tanh(x.reshape(x.shape[0], 4, 16).matmul(self.w)).flatten(1)


def methods(**override):
    """Allowed statuses per method: ok by default; override names the exceptions (a list of statuses)."""
    return {m: override.get(m, [OK]) for m in METHODS}


def vision(name):
    return getattr(torchvision.models, name)(weights=None)


def zoo():
    """(name, build, example inputs, specs, output, how, allowed statuses, notes) for every model."""
    seq = [NA, OK]  # channels_last applies to 4-D inputs only
    return [
        ("mobilenet_v3_small", lambda: vision("mobilenet_v3_small"), lambda: torch.randn(1, 3, 224, 224),
         ["x:B,3,224,224"], "tensor", "script", methods(fuser=[OK, FAILED]),
         "torchvision, scripted; Python's freeze+optimize_for_inference and quantize_dynamic_jit drift on it; its "
         "hardswish chains form NNC groups, which fail where LibTorch has no LLVM (Debian: fuser_no_llvm)"),
        ("shufflenet_v2_x0_5", lambda: vision("shufflenet_v2_x0_5"), lambda: torch.randn(1, 3, 96, 96),
         ["x:B,3,96,96"], "tensor", "trace", methods(),
         "torchvision, traced at 96x96: every argument is a bare Tensor"),
        ("transformer_encoder", TextEncoder,
         lambda: (torch.randint(0, 1000, (1, 24)), (torch.arange(24) < 17).long().unsqueeze(0)),
         ["ids:B,24:int64[0,1000)", "mask:B,24:int64[0,2)"], "tensor", "script", methods(channels_last=seq),
         "nn.TransformerEncoder (2 layers, d_model 64, 4 heads) behind an embedding; two int64 inputs"),
        ("lstm", SequenceLSTM, lambda: torch.randn(1, 16, 32), ["x:B,16,32"], "tuple", "script",
         methods(channels_last=seq, bf16=[OK, NA, FAILED]),
         "2-layer nn.LSTM + Linear; nested tuple output; Python's .to(bfloat16) fails on an LSTM"),
        ("dict_mlp", DictMLP, lambda: torch.randn(1, 48), ["x:B,48"], "dict", "script",
         methods(channels_last=seq, jit_trace=[FAILED, NA]),
         "GELU/LayerNorm MLP returning a dict with an int64 leaf (compared exactly); the strict tracer refuses dicts"),
        ("opaque_matmul", OpaqueMatmul, lambda: torch.randn(1, 64), ["x:B,64"], "tensor", "script",
         methods(channels_last=seq, dynamic_int8=[OK, NA]),
         "reshape + matmul with a raw parameter: the input shape cannot be inferred from the graph"),
    ]


def structure(v):
    if isinstance(v, torch.Tensor):
        return {"tensor": list(v.shape), "dtype": str(v.dtype).replace("torch.", "")}
    if isinstance(v, dict):
        return {k: structure(x) for k, x in v.items()}
    return [structure(x) for x in v]


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_zoo.py OUTDIR")
    if os.environ.get("PYTHONHASHSEED") != "0":  # the scripted files list constants in set order: fix the hash seed
        os.execve(sys.executable, [sys.executable] + sys.argv, dict(os.environ, PYTHONHASHSEED="0"))
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    torch.set_num_threads(1)
    warnings.filterwarnings("ignore")
    entries = []
    for i, (name, build, example, specs, output, how, allowed, notes) in enumerate(zoo()):
        torch.manual_seed(1000 + i)
        model = build().eval()
        inputs = example()
        args = inputs if isinstance(inputs, tuple) else (inputs,)
        with torch.no_grad():
            ts = torch.jit.script(model) if how == "script" else torch.jit.trace(model, args)
        ts = ts.eval()
        file, inputs_file = name + ".pt", name + ".inputs.pt"
        ts.save(os.path.join(out, file))
        torch.save(inputs, os.path.join(out, inputs_file))
        # Check: the saved file loads and, on the saved inputs, gives what the Python model gives.
        loaded = torch.jit.load(os.path.join(out, file))
        back = torch.load(os.path.join(out, inputs_file))
        with torch.no_grad():
            got, want = loaded(*(back if isinstance(back, tuple) else (back,))), model(*args)
        flat_got, flat_want = flatten(got), flatten(want)
        if len(flat_got) != len(flat_want) or not all(torch.allclose(a, b, atol=1e-5) for a, b in
                                                      zip(flat_got, flat_want)):
            sys.exit("make_zoo: %s: the TorchScript file does not reproduce the model" % name)
        kind = "dict" if isinstance(got, dict) else "tuple" if isinstance(got, tuple) else "tensor"
        if kind != output:
            sys.exit("make_zoo: %s: output is a %s, expected %s" % (name, kind, output))
        entries.append({"name": name, "file": file, "example_inputs": inputs_file, "inputs": specs, "output": output,
                        "output_structure": structure(got), "torchscript": how, "inferable": name not in NOT_INFERABLE,
                        "methods": allowed, "notes": notes, "parameters": sum(p.numel() for p in model.parameters())})
        print("make_zoo: %-20s %-9s %s -> %s" % (name, how, " ".join(specs), output))
    with open(os.path.join(out, "zoo.json"), "w") as f:
        json.dump({"schema": "optibench.zoo/1", "torch": torch.__version__.split("+")[0],
                   "torchvision": torchvision.__version__.split("+")[0], "methods": METHODS, "models": entries}, f,
                  indent=2)
        f.write("\n")
    print("make_zoo: %d models in %s" % (len(entries), out))


def flatten(v):
    if isinstance(v, torch.Tensor):
        return [v]
    if isinstance(v, dict):
        return [t for k in sorted(v) for t in flatten(v[k])]
    return [t for x in v for t in flatten(x)]


if __name__ == "__main__":
    main()
