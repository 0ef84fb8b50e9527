#!/usr/bin/env bash
# WordPress import benchmark: generates a WXR (default 50,000 posts with 10 comments each = 500,000 comments, plus
# one attachment per post), imports it with the Release app's `import wordpress --no-fetch` (the generated attachments
# live on no host; benchmarks send nothing past loopback) into an empty data directory, and
# reports wall time, items per second and the process's peak memory (VmHWM, sampled from /proc while it runs).
# Usage: bench/import.sh [posts] [comments-per-post]
set -euo pipefail
cd "$(dirname "$0")/.."

POSTS="${1:-50000}"
PER_POST="${2:-10}"
out=bench/out/import
rm -rf "$out"; mkdir -p "$out"
echo "Building Release…"
dotnet publish src/Warta.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/app" --nologo -v quiet >"$out/build.log" 2>&1 || { tail -20 "$out/build.log"; echo "build failed" >&2; exit 1; }
dotnet publish bench/Corpus -c Release -o "$out/corpus" --nologo -v quiet >"$out/build.log" 2>&1 || { tail -20 "$out/build.log"; echo "build failed" >&2; exit 1; }

data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
file="$data/export.xml"
dotnet "$out/corpus/Warta.Bench.Corpus.dll" --wxr "$file" "$POSTS" "$PER_POST"
echo "== export: $POSTS posts, $((POSTS * PER_POST)) comments, $POSTS attachments, $(du -m "$file" | cut -f1) MB"

start=$(date +%s.%N)
Warta__DataDirectory="$data/site" Warta__SeedDemoContent=false Logging__LogLevel__Default=Warning \
  dotnet "$out/app/Warta.Web.dll" import wordpress "$file" --no-fetch >"$out/import.log" 2>&1 &
pid=$!
peak=0
while kill -0 "$pid" 2>/dev/null; do
  hwm=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
  [ -n "$hwm" ] && [ "$hwm" -gt "$peak" ] && peak=$hwm
  sleep 0.5
done
wait "$pid"
end=$(date +%s.%N)
tail -n 3 "$out/import.log" | sed 's/\r/\n/g' | tail -n 2
awk -v s="$start" -v e="$end" -v posts="$POSTS" -v per="$PER_POST" -v peak="$peak" -v db="$(du -m "$data/site/warta.db" | cut -f1)" 'BEGIN {
  t = e - s; items = posts * 2 + posts * per
  printf "== import: %.1f s, %.0f items/s (posts, attachments and comments), %.0f posts/s, peak RSS %.0f MB, database %s MB\n", t, items / t, posts / t, peak / 1024, db
}'
