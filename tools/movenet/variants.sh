#!/usr/bin/env bash
# Builds the MoveNet model variants to time and check against the shipped models (issue 18, "Speed"); never
# shipped, never committed:
#
#   tools/build/variants/channels-last/movenet-{thunder,lightning}.pt   every convolution on the NHWC path, float
#   tools/build/variants/int8/movenet-{thunder,lightning}.pt            int8 static quantisation (fbgemm qconfig)
#   tools/build/variants/int8-onednn/movenet-{thunder,lightning}.pt     the same with 8-bit activations
#
#   bash tools/movenet/variants.sh          # fetch the sources, dump calibration frames, build, check parity
#   bash tools/movenet/variants.sh --eval   # then COCO PCK and pose_1 on each variant (reports beside the .pt)
#
# Each directory is laid out like models/: Medius uses it with MEDIUS_MODELS=DIR (or -Dmedius.models=DIR), e.g.
#   MEDIUS_MODELS=tools/build/variants/int8 ./medius bench VIDEO
#   MEDIUS_MODELS=$PWD/tools/build/variants/int8 mvn -q -o test-compile surefire:test@evaluation -Dtest=CocoPckTest
# tools/bench/peer_table.sh times them. How the variants are made: tools/movenet/variants.py.
#
# Needs: npm (or tools/build/movenet already fetched), Maven (offline is fine once built), Debian python3-torch 1.13
# (/usr/bin/python3; PYTHON=... to override) and ../shared/data for the int8 calibration frames. The calibration
# frames (model inputs decoded from ../shared/data, never from the clips the evaluations use: pose_1 and coco) go
# to CALIB_DIR (default /tmp/medius-calib), outside the repository.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PYTHON="${PYTHON:-/usr/bin/python3}"
CALIB_DIR="${CALIB_DIR:-/tmp/medius-calib}"
OUT="$ROOT/tools/build/variants"
EVAL=0
[[ ${1:-} == --eval ]] && EVAL=1
cd "$ROOT"

bash tools/movenet/fetch_weights.sh

# 42 calibration frames from 13 clips (letterboxed whole frames, as ParityFrameDump makes the parity inputs)
CALIB=(tfjs/pose_squats.mp4:10,30,45,60 walking-side/demo4.mp4:50,150,250,350 walking-side/demo_HEAD.mp4:30,90,150,210
  running-side/male_side.mp4:40,130,220,310 pose2sim-balance/cam01.mp4:10,40,70,95 pose2sim-static/cam03.mp4:5
  lunges/barbell_split_squat_back_oblique.mp4:60,260,460 lunges/dumbbell_lunges_front_oblique.mp4:30,130,230
  lunges/outdoor_lunges_front_oblique.mp4:60,260,460 walking-frontal/forest_posterior_walk.mp4:20,90,160
  walking-frontal/h36m_toward_away.mp4:50,200,350 walking-frontal/plaza_anterior_walk_cane.mp4:20,70,130
  walking-frontal/treadmill_anterior_waist_down.mp4:50,200,330)
frames=()
for spec in "${CALIB[@]}"; do
  IFS=, read -ra idx <<< "${spec##*:}"
  for i in "${idx[@]}"; do frames+=("frame:${spec%%:*}:$i"); done
done
if [[ $(find "$CALIB_DIR" -name '*.rgb' 2>/dev/null | wc -l) -lt $((2 * ${#frames[@]})) ]]; then
  [[ -d $ROOT/../shared/data ]] || { echo "variants.sh: ../shared/data is missing (int8 calibration frames)" >&2; exit 1; }
  echo "dumping ${#frames[@]} calibration frames to $CALIB_DIR ..."
  mvn -o -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
    -Dmdep.includeScope=test
  mkdir -p "$CALIB_DIR"
  java -Dmedius.shared.data="$ROOT/../shared/data" \
    -cp "target/bench-classes:target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
    org.medius.pose.ParityFrameDump "$CALIB_DIR" "${frames[@]}" > "$CALIB_DIR/list.txt"
fi

# one model per process (TorchScript mangles class names when a second model is traced in one process)
for model in thunder lightning; do
  "$PYTHON" tools/movenet/variants.py --variant channels-last --model "$model" --out-root "$OUT"
  "$PYTHON" -W ignore tools/movenet/variants.py --variant int8 --model "$model" --out-root "$OUT" --calib-dir "$CALIB_DIR"
  "$PYTHON" -W ignore tools/movenet/variants.py --variant int8 --qconfig onednn --model "$model" --out-root "$OUT" \
    --calib-dir "$CALIB_DIR"
done

# parity with the original TFJS outputs (the int8 variants are expected to fail the 1e-3 tolerance: the numbers say
# by how much)
for v in channels-last int8 int8-onednn; do
  echo "== parity: $v"
  "$PYTHON" tools/movenet/check_parity.py --models-dir "$OUT/$v" | grep -E '^(thunder|lightning)|ALL|PARITY' || true
done

if [[ $EVAL == 1 ]]; then
  mvn -o -q -B test-compile
  for v in shipped channels-last int8 int8-onednn; do
    dir="$OUT/$v"
    [[ $v == shipped ]] && { dir="$ROOT/models"; mkdir -p "$OUT/shipped"; }
    for t in CocoPckTest Pose1ReferenceTest; do
      echo "== $t on $v ($dir)"
      MEDIUS_MODELS="$dir" mvn -o -q -B surefire:test@evaluation -Dtest="org.medius.eval.$t" \
        > "$OUT/${v}/$t.log" 2>&1 && echo "passed" || echo "FAILED (see $OUT/${v}/$t.log)"
    done
    cp target/eval/coco-pck.md target/eval/pose1.md "$OUT/${v}/"
    sed -n '/^## PCK@0.2/,/^## Per person/p' "$OUT/$v/coco-pck.md" | grep -E 'hips \+ knees|all labelled'
    sed -n '/^## Groups/,/^Mean signed/p' "$OUT/$v/pose1.md" | grep -E 'hips \+ knees|all 17'
  done
fi
ls -l "$OUT"/*/movenet-*.pt
