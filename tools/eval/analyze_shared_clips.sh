#!/usr/bin/env bash
# Runs `medius analyze` on every real clip of ../shared/data with the task it shows, and keeps each printed
# summary in OUT/NAME.txt beside the CSV/JSON outputs. Usage: bash tools/eval/analyze_shared_clips.sh [OUT]
# (default /tmp/medius-shared). Needs ../shared/data beside the checkout; nothing from it is copied.
set -euo pipefail
cd "$(dirname "$0")/../.."
data=../shared/data
out=${1:-/tmp/medius-shared}
mkdir -p "$out"
run() { # NAME VIDEO ARGS...
  local name=$1 video=$2
  shift 2
  mkdir -p "$out/$name"
  echo "== $name: medius analyze $video $*" | tee "$out/$name.txt"
  ./medius analyze "$data/$video" --no-progress --out "$out/$name" "$@" 2>&1 | tee -a "$out/$name.txt" || true
}
run pose_squats tfjs/pose_squats.mp4 --task squat
run pose_1 tfjs/pose_1.mp4 --task single-leg-squat
for c in 1 2 3 4; do
  run balance_cam0$c pose2sim-balance/cam0$c.mp4 --task single-leg-squat
  run static_cam0$c pose2sim-static/cam0$c.mp4 --task walk
done
run male_side running-side/male_side.mp4 --task run
run demo4 walking-side/demo4.mp4 --task walk
# the walking woman among several people: the box given in docs/evaluation.md
run demo_HEAD walking-side/demo_HEAD.mp4 --task walk --subject 1300,450,1768,994
