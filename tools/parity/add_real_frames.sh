#!/usr/bin/env bash
# Adds (or refreshes) real-frame cases in the parity fixtures: each frame is decoded from ../shared/data by
# our VideoReader and letterboxed into the model square by our crop-and-resize (ParityFrameDump, in
# src/bench/java); the original TFJS model then records its outputs (tfjs_reference.mjs). Only the SHA-256 of each
# input and the TFJS outputs are stored; the frames themselves stay in ../shared/data (never in the repo).
#
#   bash tools/parity/add_real_frames.sh [frame:<path under ../shared/data>:<index> ...]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
FRAMES=("$@")
if [[ ${#FRAMES[@]} == 0 ]]; then
  FRAMES=(frame:tfjs/pose_1.mp4:0 frame:tfjs/pose_1.mp4:60 frame:tfjs/pose_squats.mp4:20
          frame:pose2sim-balance/cam02.mp4:50 frame:running-side/male_side.mp4:100
          frame:walking-side/demo_HEAD.mp4:100 frame:walking-side/demo4.mp4:200)
fi
bash "$ROOT/tools/movenet/fetch_weights.sh"
cd "$ROOT"
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
java -Dmedius.shared.data="$ROOT/../shared/data" \
  -cp "target/bench-classes:target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  org.medius.pose.ParityFrameDump "$tmp" "${FRAMES[@]}" > "$tmp/list.txt"
cd "$ROOT/tools/parity"
[[ -d node_modules/@tensorflow/tfjs-converter ]] || npm ci --no-audit --no-fund
for size in 256 192; do
  model=$([[ $size == 256 ]] && echo thunder || echo lightning)
  args=()
  while read -r name s file sha; do
    [[ $s == "$size" ]] && args+=(--raw "$name=$file")
  done < "$tmp/list.txt"
  node tfjs_reference.mjs --model "$model" "${args[@]}"
  # the inputs are temporary: drop the rawFile pointer so the Java test rebuilds them from ../shared/data
  node -e '
    const fs = require("fs"); const p = process.argv[1]; const d = JSON.parse(fs.readFileSync(p));
    for (const c of d.cases) if (c.name.startsWith("frame:")) delete c.rawFile;
    fs.writeFileSync(p, JSON.stringify(d, null, 1) + "\n");' "$ROOT/src/test/resources/parity/movenet-$model.json"
done
