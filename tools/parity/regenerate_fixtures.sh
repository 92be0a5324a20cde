#!/usr/bin/env bash
# Recomputes the TFJS reference outputs with the original TFJS graph models (tfjs-backend-cpu,
# pinned in package-lock.json):
#   src/test/resources/parity/movenet-{thunder,lightning}.json: all seeded cases, plus every
#     raw case whose rawFile sits next to the fixture (other raw cases are kept as they are);
#   src/test/resources/parity/movenet-{thunder,lightning}-synthetic.json: the two cartoon-person
#     inputs synthetic-{standing,striding}-{256,192}.rgb (see make_synthetic_figures.py).
# The synthetic cases live in their own file because MoveNetParityTest reads every "raw" case of
# the main fixture as a real video frame named frame:<video>:<index>.
#
#   bash tools/parity/regenerate_fixtures.sh
#
# To add frames later (S*S*3 uint8 RGB NHWC files, S = 256 thunder / 192 lightning):
#   (cd tools/parity && node tfjs_reference.mjs --model thunder --raw frame-0001=/path/frame-0001-256.rgb ...)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

bash "$ROOT/tools/movenet/fetch_weights.sh"
cd "$ROOT/tools/parity"
[[ -d node_modules/@tensorflow/tfjs-converter ]] || npm ci --no-audit --no-fund
P=../../src/test/resources/parity
for spec in thunder:256 lightning:192; do
  model=${spec%%:*} size=${spec##*:}
  node tfjs_reference.mjs --model "$model" --seeded --refresh-raw
  node tfjs_reference.mjs --model "$model" --out "$P/movenet-$model-synthetic.json" \
    --raw synthetic-standing="$P/synthetic-standing-$size.rgb" --raw synthetic-striding="$P/synthetic-striding-$size.rgb"
done
