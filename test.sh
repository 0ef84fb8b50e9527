#!/usr/bin/env bash
# Runs every test: unit (tests/Warta.Tests), integration over real SQLite files (tests/Warta.IntegrationTests)
# and browser tests in Debian's headless Chromium (tests/Warta.BrowserTests).
# Installs what the tests need with apt-get when missing (needs root, as CI has): Chromium and chromium-driver
# for the browser tests, hunspell-id for the Indonesian root list the search stemmer reads.
# Ends with one line of real totals read from the TRX result files: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

export DEBIAN_FRONTEND=noninteractive
need=()
for p in chromium chromium-driver hunspell-id; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing packages: ${need[*]}. Run as root, or: sudo apt-get install ${need[*]}" >&2
    exit 1
  fi
  echo "Installing ${need[*]}…"
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${need[@]}" >/dev/null
fi

rm -rf artifacts/screenshots   # only this run's pictures, no stale failure shots
results="$(pwd)/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

status=0
dotnet test Warta.slnx --nologo --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=$?

passed=0; failed=0; skipped=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or the test host broke before any test could fail: say so rather than report a clean run.
  failed=1
  echo "dotnet test exited with $status before reporting a failed test (build error or crashed test host)." >&2
fi

echo "Screenshots: artifacts/screenshots/"
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
exit "$status"
