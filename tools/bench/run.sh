#!/usr/bin/env bash
# Runs one benchmark or hand-run tool of src/bench/java (a class with a main method) on the test class path:
#
#   bash tools/bench/run.sh CLASS [ARGS...]
#   bash tools/bench/run.sh FrameSourceBench ../shared/data/walking-side/demo4.mp4 300
#   bash tools/bench/run.sh OverlayRenderBench ../shared/data/walking-side/demo4.mp4 target/overlay.mp4
#
# Paths are relative to the repository root. CLASS is a simple name (looked up under src/bench/java) or a fully
# qualified one. MVN_ARGS passes options to Maven, e.g. MVN_ARGS=-o to stay offline. The JUnit benchmarks of
# src/bench/java (SessionScaleBench, ViewerPlaybackBench) run through Maven instead:
#   mvn -q test-compile surefire:test@bench -Dtest=NAME
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
if [[ $# == 0 ]]; then
  sed -n '2,11p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit 2
fi
CLASS="$1"
shift
cd "$ROOT"
if [[ $CLASS != *.* ]]; then
  file="$(find src/bench/java -name "$CLASS.java" | head -n 1)"
  [[ -n $file ]] || { echo "no $CLASS.java under src/bench/java" >&2; exit 2; }
  CLASS="$(echo "${file#src/bench/java/}" | sed 's/\.java$//; s#/#.#g')"
fi
# compile, and write the test class path; Maven's output is shown only when it fails
# shellcheck disable=SC2086
if ! log="$(mvn -q -B ${MVN_ARGS:-} test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test 2>&1)"; then
  printf '%s\n' "$log" >&2
  exit 1
fi
# the same settings as the tests' JVM (pom.xml, surefire): no network for DJL, the shared footage beside the clone
exec java -Xmx4g -Dai.djl.offline=true -Dmedius.shared.data="$ROOT/../shared/data" \
  -cp "target/bench-classes:target/test-classes:target/classes:$(cat target/test-classpath.txt)" "$CLASS" "$@"
