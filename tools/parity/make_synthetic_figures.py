#!/usr/bin/python3
"""Draw two synthetic person images (standing, striding) as raw parity inputs.

Random noise / blocks give MoveNet outputs with low scores; these cartoon
figures give confident detections (scores ~0.4-0.95), so the parity fixtures also
cover the "a person is present" regime. They are written as raw S*S*3 uint8 RGB
(NHWC) files next to the fixtures, one per model input size:

    src/test/resources/parity/synthetic-{standing,striding}-{256,192}.rgb

The committed .rgb files are the reference inputs (their SHA-256 is in the
fixtures); rendering depends on the Pillow version, so re-running this script
with another Pillow may produce slightly different bytes. Then re-run
tfjs_reference.mjs with --raw for the new files.

Usage: /usr/bin/python3 tools/parity/make_synthetic_figures.py
Then:  bash tools/parity/regenerate_fixtures.sh
       (writes their TFJS outputs to src/test/resources/parity/movenet-<model>-synthetic.json;
       they are kept out of movenet-<model>.json, whose "raw" cases the Java parity test
       treats as real video frames named frame:<video>:<index>)
"""

import os

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "..", "src", "test", "resources", "parity")

SKIN, SHIRT, PANTS, SHOES, HAIR = (224, 172, 140), (40, 90, 170), (50, 50, 60), (30, 25, 20), (50, 35, 25)

# Joint positions in a 256x256 frame: (x, y).
POSES = {
    "standing": {
        "hip_l": (118, 150), "knee_l": (112, 195), "ankle_l": (110, 236), "toe_l": (104, 238),
        "hip_r": (140, 150), "knee_r": (146, 195), "ankle_r": (150, 236), "toe_r": (158, 238),
        "shoulder_l": (110, 78), "elbow_l": (94, 112), "wrist_l": (86, 146),
        "shoulder_r": (148, 78), "elbow_r": (164, 112), "wrist_r": (172, 146),
        "head": (129, 45), "lean": 0,
    },
    "striding": {
        "hip_l": (122, 150), "knee_l": (100, 190), "ankle_l": (84, 228), "toe_l": (74, 232),
        "hip_r": (136, 150), "knee_r": (150, 192), "ankle_r": (168, 230), "toe_r": (180, 234),
        "shoulder_l": (112, 78), "elbow_l": (122, 110), "wrist_l": (140, 136),
        "shoulder_r": (146, 78), "elbow_r": (140, 112), "wrist_r": (118, 140),
        "head": (131, 45), "lean": 2,
    },
}


def draw_figure(size, pose):
    k = size / 256.0
    rows = np.arange(size, dtype=np.float32)[:, None] / size
    wall = np.array([170, 175, 185], np.float32) * (1 - rows) + np.array([120, 110, 100], np.float32) * rows
    bg = np.repeat(wall[:, None, :], size, axis=1)
    bg[int(0.8 * size):, :, :] = (95, 85, 75)
    img = Image.fromarray(bg.astype(np.uint8))
    d = ImageDraw.Draw(img)
    p = POSES[pose]

    def pt(name):
        x, y = p[name]
        return x * k, y * k

    def limb(a, b, width, colour):
        (ax, ay), (bx, by), w = a, b, width * k
        d.line([(ax, ay), (bx, by)], fill=colour, width=int(round(w)))
        for cx, cy in ((ax, ay), (bx, by)):
            d.ellipse([cx - w / 2, cy - w / 2, cx + w / 2, cy + w / 2], fill=colour)

    for side in ("l", "r"):
        limb(pt("hip_" + side), pt("knee_" + side), 22, PANTS)
        limb(pt("knee_" + side), pt("ankle_" + side), 18, PANTS)
        limb(pt("ankle_" + side), pt("toe_" + side), 10, SHOES)
    lean = p["lean"] * k
    d.rounded_rectangle([108 * k + lean, 72 * k, 150 * k + lean, 156 * k], radius=int(10 * k), fill=SHIRT)
    for side in ("l", "r"):
        limb(pt("shoulder_" + side), pt("elbow_" + side), 15, SHIRT)
        limb(pt("elbow_" + side), pt("wrist_" + side), 12, SKIN)
        wx, wy = pt("wrist_" + side)
        d.ellipse([wx - 5.5 * k, wy - 3 * k, wx + 5.5 * k, wy + 9 * k], fill=SKIN)
    hx, hy = pt("head")
    limb((hx, hy + 15 * k), (hx, hy + 29 * k), 12, SKIN)
    d.ellipse([hx - 14 * k, hy - 17 * k, hx + 14 * k, hy + 17 * k], fill=SKIN)
    d.chord([hx - 15 * k, hy - 20 * k, hx + 15 * k, hy + 7 * k], 180, 360, fill=HAIR)
    for ex in (-5, 5):
        d.ellipse([hx + (ex - 2) * k, hy - 3 * k, hx + (ex + 2) * k, hy + 1 * k], fill=(40, 30, 30))
    line_w = max(1, int(k * 1.5))
    d.line([(hx, hy + 1 * k), (hx, hy + 6 * k)], fill=(190, 140, 110), width=line_w)
    d.line([(hx - 4 * k, hy + 10 * k), (hx + 4 * k, hy + 10 * k)], fill=(150, 70, 70), width=line_w)
    img = img.filter(ImageFilter.GaussianBlur(0.8 * k))
    return np.asarray(img, dtype=np.uint8)


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for pose in POSES:
        for size in (256, 192):
            arr = draw_figure(size, pose)
            assert arr.shape == (size, size, 3)
            path = os.path.join(OUT_DIR, f"synthetic-{pose}-{size}.rgb")
            arr.tofile(path)
            print(f"wrote {os.path.relpath(path)} ({arr.nbytes} bytes)")


if __name__ == "__main__":
    main()
