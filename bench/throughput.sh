#!/usr/bin/env bash
# Whole-process throughput on ONE core: ./doxguard scan vs the npm package redact-pii on the same 100,000 posts,
# plus the robustness run over 1,000,000 random and malformed lines. Figures go to docs/benchmarks.md by hand.
# Usage: bench/throughput.sh [POSTS] [MALFORMED]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
POSTS="${1:-100000}"
MALFORMED="${2:-1000000}"
OUT="$ROOT/bench/out"
mkdir -p "$OUT"

dotnet build bench/DoxGuard.Benchmarks -c Release -v q --nologo >&2
GEN="dotnet bench/DoxGuard.Benchmarks/bin/Release/net10.0/DoxGuard.Benchmarks.dll"
[ -f "$OUT/posts.jsonl" ] && [ "$(wc -l < "$OUT/posts.jsonl")" -eq "$POSTS" ] || $GEN generate "$POSTS" "$OUT/posts.jsonl"
[ -f "$OUT/malformed.jsonl" ] && [ "$(wc -l < "$OUT/malformed.jsonl")" -eq "$MALFORMED" ] || $GEN malformed "$MALFORMED" "$OUT/malformed.jsonl"
./doxguard scan --text warmup >/dev/null 2>&1   # builds the CLI if needed, outside the timing

if [ ! -d bench/redact-pii/node_modules ]; then (cd bench/redact-pii && npm install --no-audit --no-fund >&2); fi

echo "== doxguard scan --redact, one core (taskset -c 0, --parallel 1), $POSTS posts"
/usr/bin/time -f "wall %e s, peak RSS %M KB" taskset -c 0 ./doxguard scan --parallel 1 --redact --quiet \
  --input "$OUT/posts.jsonl" --output "$OUT/doxguard.out.jsonl"
echo "output lines: $(wc -l < "$OUT/doxguard.out.jsonl")"

echo "== redact-pii SyncRedactor, one core (taskset -c 0), $POSTS posts"
/usr/bin/time -f "wall %e s, peak RSS %M KB" taskset -c 0 node bench/redact-pii/run.js "$OUT/posts.jsonl" "$OUT/redact-pii.out.jsonl"
echo "output lines: $(wc -l < "$OUT/redact-pii.out.jsonl")"

echo "== doxguard scan, both cores, $POSTS posts"
/usr/bin/time -f "wall %e s, peak RSS %M KB" ./doxguard scan --redact --quiet --input "$OUT/posts.jsonl" --output /dev/null

echo "== robustness: $MALFORMED random and malformed lines"
/usr/bin/time -f "wall %e s, peak RSS %M KB" ./doxguard scan --quiet --input "$OUT/malformed.jsonl" --output "$OUT/malformed.out.jsonl"
in_lines=$(wc -l < "$OUT/malformed.jsonl"); out_lines=$(wc -l < "$OUT/malformed.out.jsonl")
echo "input lines: $in_lines, output lines: $out_lines"
[ "$in_lines" -eq "$out_lines" ] || { echo "MISMATCH"; exit 1; }
