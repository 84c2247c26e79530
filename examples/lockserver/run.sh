#!/usr/bin/env bash
# The lock server pipeline, offline (pipeline.replay: generate, fix, cfa, model new, check --fix, trace spec,
# instrument, convert, validate, save); then checks that fresh runs of the instrumented builds reproduce the
# recorded raw traces.
# Run from anywhere: examples/lockserver/run.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
EX="$ROOT/examples/lockserver"
OUT="$ROOT/target/lockserver/pipeline"
cd "$ROOT"
rm -rf "$OUT"
./shell --script examples/lockserver/pipeline.replay

# Record: the instrumented builds print one NDJSON event per state change (seed 1, 40 steps).
(cd "$OUT/good" && python3 lock_server.py 1 40) > "$OUT/raw_trace.ndjson"
(cd "$OUT/mutated" && python3 lock_server.py 1 40) > "$OUT/mutated_raw_trace.ndjson"
diff -u "$EX/raw_trace.ndjson" "$OUT/raw_trace.ndjson"
diff -u "$EX/mutated_raw_trace.ndjson" "$OUT/mutated_raw_trace.ndjson"
diff -u "$EX/trace.ndjson" "$OUT/trace.ndjson"
diff -u "$EX/mutated_trace.ndjson" "$OUT/mutated_trace.ndjson"
echo "lockserver: recorded traces reproduced; $(wc -l < "$OUT/trace.ndjson") events (good, accepted), $(wc -l < "$OUT/mutated_trace.ndjson") events (mutated, rejected at line 5)"
