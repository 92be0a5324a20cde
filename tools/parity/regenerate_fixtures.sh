#!/usr/bin/env bash
# Recomputes the TFJS reference outputs in src/test/resources/parity/movenet-{thunder,lightning}.json
# with the original TFJS graph models (tfjs-backend-cpu, pinned in package-lock.json):
# all seeded cases plus every raw case whose .rgb file sits next to the fixture.
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
for model in thunder lightning; do
  node tfjs_reference.mjs --model "$model" --seeded --refresh-raw
done
