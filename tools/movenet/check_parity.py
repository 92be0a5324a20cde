#!/usr/bin/python3
"""Check the TorchScript MoveNet files against the TFJS parity fixtures.

For every case in src/test/resources/parity/movenet-<model>.json (and, if present,
movenet-<model>-synthetic.json: cartoon-person raw inputs) the input is
regenerated (xorshift32 "noise"/"blobs", see the fixture's "generator" text) or
read from the raw .rgb file next to the fixture, its SHA-256 is checked against
the fixture, the .pt is run with torch.jit.load, and the max abs difference to the
TFJS output is printed separately for coordinates (y, x) and scores.

Usage: /usr/bin/python3 tools/movenet/check_parity.py [--model thunder|lightning|all] [--tol 1e-3] [--margins]
Exit status 1 if any value differs by more than --tol (or an input hash mismatches).

--margins also runs the (untraced) graph interpreter from convert_movenet.py on the
source TFJS files in tools/build/movenet and prints, per case, the smallest gap
between the best and second-best value at the graph's two ArgMax ops (person
centre; per-keypoint cell). A gap near float32 noise (~1e-6) means a different
but equally valid heatmap cell could win in another runtime, so a large
coordinate difference on such an input would be a near-tie, not a conversion bug.
"""

import argparse
import hashlib
import json
import os
import sys

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))


def xorshift32_bytes(seed, count):
    """count bytes (x >>> 24) from xorshift32 (13, 17, 5) started at seed, one byte per step."""
    x = seed & 0xFFFFFFFF
    if x == 0:
        raise ValueError("seed must be nonzero")
    out = np.empty(count, dtype=np.uint8)
    for i in range(count):
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        out[i] = x >> 24
    return out


def noise_image(size, seed):
    return xorshift32_bytes(seed, size * size * 3)


def blobs_image(size, seed, block):
    if size % block:
        raise ValueError(f"block {block} does not divide {size}")
    nb = size // block
    block_val = xorshift32_bytes(seed, nb * nb * 3).reshape(nb, nb, 3)
    return np.repeat(np.repeat(block_val, block, axis=0), block, axis=1).reshape(-1)


def case_input(case, size, fixture_dir):
    kind = case["kind"]
    if kind == "noise":
        return noise_image(size, case["seed"])
    if kind == "blobs":
        return blobs_image(size, case["seed"], case["block"])
    if kind == "raw":
        path = os.path.join(fixture_dir, case.get("rawFile", case["name"] + ".rgb"))
        if not os.path.exists(path):
            return None
        return np.fromfile(path, dtype=np.uint8)
    raise ValueError(f"unknown case kind {kind}")


def argmax_margin_probe(json_path, size):
    """Returns f(input NHWC float tensor) -> [min top1-top2 gap per ArgMax op, in graph order]."""
    sys.path.insert(0, HERE)
    import convert_movenet as cm

    nodes, consts, _ = cm.load_graph(json_path)
    gaps = []

    def arg_max_with_gap(m, node, inputs):
        dim = int(m.static(node, 1))
        top2 = torch.topk(inputs[0], 2, dim=dim).values
        gaps.append((top2.select(dim, 0) - top2.select(dim, 1)).min().item())
        return cm.op_arg_max(m, node, inputs)

    ops = dict(cm.OPS)
    cm.OPS["ArgMax"] = arg_max_with_gap
    try:
        module = cm.TfjsGraphModule(nodes, consts, "input", "Identity:0", [1, size, size, 3]).eval()
    finally:
        cm.OPS.clear()
        cm.OPS.update(ops)

    def probe(x):
        gaps.clear()
        cm.OPS["ArgMax"] = arg_max_with_gap
        try:
            with torch.no_grad():
                module(x)
        finally:
            cm.OPS["ArgMax"] = ops["ArgMax"]
        return list(gaps)

    return probe


def check_model(model, pt_path, fixture_path, tol, margins_json=None):
    with open(fixture_path) as f:
        fixture = json.load(f)
    size = fixture["inputSize"]
    net = torch.jit.load(pt_path).eval()
    fixture_dir = os.path.dirname(fixture_path)
    ok = True
    worst_xy = worst_score = 0.0
    print(f"{model}: {pt_path} vs {fixture_path} ({len(fixture['cases'])} cases)")
    probe = argmax_margin_probe(margins_json, size) if margins_json else None
    print(f"  {'case':<22} {'max|dy,dx|':>11} {'max|dscore|':>11} {'max score':>9}"
          + ("   argmax gaps (centre, min over keypoints)" if probe else ""))
    for case in fixture["cases"]:
        data = case_input(case, size, fixture_dir)
        if data is None:
            print(f"  {case['name']:<22} SKIPPED (raw file {case.get('rawFile')} not present)")
            continue
        if data.size != size * size * 3:
            raise ValueError(f"{case['name']}: {data.size} bytes, expected {size * size * 3}")
        sha = hashlib.sha256(data.tobytes()).hexdigest()
        if sha != case["inputSha256"]:
            print(f"  {case['name']:<22} INPUT SHA-256 MISMATCH {sha} != {case['inputSha256']}")
            ok = False
            continue
        x = torch.from_numpy(data.astype(np.float32).reshape(1, size, size, 3))
        with torch.no_grad():
            got = net(x).numpy().reshape(17, 3).astype(np.float64)
        want = np.array(case["output"], dtype=np.float64).reshape(17, 3)
        d = np.abs(got - want)
        dxy, dscore = d[:, :2].max(), d[:, 2].max()
        worst_xy, worst_score = max(worst_xy, dxy), max(worst_score, dscore)
        flag = "" if max(dxy, dscore) <= tol else "  FAIL"
        ok &= not flag
        gaps = "   " + ", ".join(f"{g:.2e}" for g in probe(x)) if probe else ""
        print(f"  {case['name']:<22} {dxy:11.3e} {dscore:11.3e} {want[:, 2].max():9.4f}{gaps}{flag}")
    print(f"  {'ALL':<22} {worst_xy:11.3e} {worst_score:11.3e}")
    return ok


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", choices=["thunder", "lightning", "all"], default="all")
    p.add_argument("--models-dir", default=os.path.join(REPO, "models"))
    p.add_argument("--fixtures-dir", default=os.path.join(REPO, "src", "test", "resources", "parity"))
    p.add_argument("--tol", type=float, default=1e-3)
    p.add_argument("--threads", type=int, default=4)
    p.add_argument("--margins", action="store_true", help="also print ArgMax top-1/top-2 gaps (needs tools/build/movenet)")
    p.add_argument("--source-dir", default=os.path.join(REPO, "tools", "build", "movenet"),
                   help="TFJS source files for --margins")
    args = p.parse_args(argv)
    torch.set_num_threads(args.threads)
    ok = True
    for model in (["thunder", "lightning"] if args.model == "all" else [args.model]):
        margins_json = os.path.join(args.source_dir, f"movenet-{model}.json") if args.margins else None
        for suffix in ("", "-synthetic"):
            fixture = os.path.join(args.fixtures_dir, f"movenet-{model}{suffix}.json")
            if suffix and not os.path.exists(fixture):
                continue
            ok &= check_model(model, os.path.join(args.models_dir, f"movenet-{model}.pt"), fixture, args.tol, margins_json)
    print("PARITY OK" if ok else "PARITY FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
