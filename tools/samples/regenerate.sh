#!/usr/bin/env bash
# Renders the clips in samples/ with `medius synth` (deterministic: the same options give the same truth files).
# Usage: bash tools/samples/regenerate.sh   (from anywhere; writes into samples/ of this checkout)
# SamplesEndToEndTest holds the same options (src/eval/java/org/medius/eval/SampleClip.java) and fails when a
# truth file differs from what the generator gives.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/samples"
M="$ROOT/medius"
"$M" synth walk --view anterior --drop-deg 3,9 --valgus-deg 4,12 --seconds 6 --out "$OUT/walk-front-drop-3-9.mp4"
"$M" synth single-leg-squat --leg left --view anterior --drop-deg 4 --valgus-deg 6 --seconds 12 \
  --out "$OUT/single-leg-squat-left.mp4"
"$M" synth single-leg-squat --leg right --view anterior --drop-deg 8 --valgus-deg 20 --seconds 12 \
  --out "$OUT/single-leg-squat-right.mp4"
"$M" synth alternating-lunge --leg left --view anterior --valgus-deg 20,0 --seconds 25 \
  --out "$OUT/lunge-front-alternating-valgus-left.mp4"
"$M" synth run --view anterior --drop-deg 3,9 --valgus-deg 4,16 --seconds 6 --out "$OUT/run-front-drop-3-9.mp4"
"$M" synth stance --view anterior --drop-deg 0,8 --lean-deg 0,4 --seconds 15 \
  --out "$OUT/stance-front-drop-right.mp4"
"$M" synth walk --view anterior --drop-deg 3,9 --valgus-deg 4,12 --seconds 6 --markers \
  --out "$OUT/walk-front-markers-drop-3-9.mp4"
"$M" synth walk --view posterior --drop-deg 3,9 --valgus-deg 4,12 --seconds 5 --markers \
  --out "$OUT/walk-back-markers-drop-3-9.mp4"
"$M" synth run --view posterior --drop-deg 3,9 --valgus-deg 4,16 --seconds 4 --markers \
  --out "$OUT/run-back-markers-drop-3-9.mp4"
"$M" synth stance --view anterior --drop-deg 0,8 --lean-deg 0,4 --seconds 15 --markers \
  --out "$OUT/stance-front-markers-drop-right.mp4"
