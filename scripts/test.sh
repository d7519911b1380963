#!/usr/bin/env bash
# The README's test command: installs and starts what the tests need, runs every test project, and ends with the
# one summary line CI reads: "tests: N passed, N failed".
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Services the tests need are started by scripts/services.sh when it exists (PostgreSQL, Chromium...).
if [ -x "$ROOT/scripts/services.sh" ]; then
  "$ROOT/scripts/services.sh" || { echo "services failed to start" >&2; echo "tests: 0 passed, 1 failed"; exit 1; }
fi

RESULTS="$ROOT/TestResults"
rm -rf "$RESULTS"
dotnet build DoxGuard.slnx -c Release --nologo -v quiet
build_rc=$?
if [ $build_rc -ne 0 ]; then
  echo "build failed" >&2
  echo "tests: 0 passed, 1 failed"
  exit 1
fi

# The launcher's native scanner (Native AOT) is built here, before the tests that compare it with the JIT build run in
# parallel with other test projects.
bash "$ROOT/doxguard" scan --text "build check" >/dev/null || echo "native scanner build failed" >&2

dotnet test DoxGuard.slnx -c Release --no-build --nologo --logger "trx" --results-directory "$RESULTS" "$@"
test_rc=$?

passed=0; failed=0
shopt -s nullglob
for trx in "$RESULTS"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
if [ $test_rc -ne 0 ] && [ $failed -eq 0 ]; then failed=1; fi
echo "tests: $passed passed, $failed failed"
[ $failed -eq 0 ] && [ $test_rc -eq 0 ]
