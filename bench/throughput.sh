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

# Alternate the two tools for ROUNDS rounds on core 0 and keep each one's best wall time: on a shared machine the
# best of several interleaved runs is the fairest like-for-like figure.
ROUNDS="${ROUNDS:-3}"
best_dg=999999; best_rp=999999; cpu_dg=999999; cpu_rp=999999
for round in $(seq 1 "$ROUNDS"); do
  /usr/bin/time -f "%e %U %S %M" -o "$OUT/time.dg" taskset -c 0 ./doxguard scan --parallel 1 --redact --quiet \
    --input "$OUT/posts.jsonl" --output "$OUT/doxguard.out.jsonl"
  read -r wall user sys rss < "$OUT/time.dg"
  echo "doxguard  round $round: wall $wall s, user $user s, sys $sys s, peak RSS $((rss / 1024)) MB, $(wc -l < "$OUT/doxguard.out.jsonl") output lines"
  best_dg=$(python3 -c "print(min($best_dg, $wall))")
  cpu_dg=$(python3 -c "print(min($cpu_dg, $user + $sys))")
  /usr/bin/time -f "%e %U %S %M" -o "$OUT/time.rp" taskset -c 0 node bench/redact-pii/run.js "$OUT/posts.jsonl" "$OUT/redact-pii.out.jsonl" 2>/dev/null
  read -r wall user sys rss < "$OUT/time.rp"
  echo "redact-pii round $round: wall $wall s, user $user s, sys $sys s, peak RSS $((rss / 1024)) MB, $(wc -l < "$OUT/redact-pii.out.jsonl") output lines"
  best_rp=$(python3 -c "print(min($best_rp, $wall))")
  cpu_rp=$(python3 -c "print(min($cpu_rp, $user + $sys))")
done
python3 -c "
dg, rp, n = $best_dg, $best_rp, $POSTS
print(f'best of $ROUNDS, one core, end to end: doxguard {n/dg:,.0f} posts/s, redact-pii {n/rp:,.0f} posts/s, ratio {rp/dg:.2f}x')
# CPU time (user + sys) is what a busy shared machine distorts least; on a quiet one it is close to the wall time.
print(f'best CPU time: doxguard {$cpu_dg:.2f} s, redact-pii {$cpu_rp:.2f} s, ratio {$cpu_rp/$cpu_dg:.2f}x')"

echo "== doxguard scan, both cores, $POSTS posts"
/usr/bin/time -f "wall %e s, peak RSS %M KB" ./doxguard scan --redact --quiet --input "$OUT/posts.jsonl" --output /dev/null

echo "== robustness: $MALFORMED random and malformed lines"
/usr/bin/time -f "wall %e s, peak RSS %M KB" ./doxguard scan --quiet --input "$OUT/malformed.jsonl" --output "$OUT/malformed.out.jsonl"
in_lines=$(wc -l < "$OUT/malformed.jsonl"); out_lines=$(wc -l < "$OUT/malformed.out.jsonl")
echo "input lines: $in_lines, output lines: $out_lines"
[ "$in_lines" -eq "$out_lines" ] || { echo "MISMATCH"; exit 1; }
