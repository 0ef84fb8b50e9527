#!/usr/bin/env bash
# Live coverage benchmark: READERS readers hold one live story open (each its own connection, asking for updates
# about once a second with the ETag it last had, as the page's script does) while an editor posts an entry every
# 5 s from the live desk. Prints delivery latency (p50/p99 from the editor sending an entry to a reader holding it),
# the server's memory per waiting reader, and the story page against the limit (a bare Kestrel endpoint serving the
# same bytes) while those readers wait, in the same run, with wrk on loopback.
# Usage: bench/live.sh [readers] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."

READERS="${1:-2000}"
SECONDS_UNDER_LOAD="${2:-60}"
APP_PORT=5321
LIMIT_PORT=5322
UA="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
# Every reader holds a socket on both sides: the default 1,024 open files is far too few.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
command -v wrk >/dev/null || { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq wrk >/dev/null; }

out=bench/out/live
rm -rf "$out"; mkdir -p "$out"
echo "Building Release…"
dotnet publish src/Warta.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/app" --nologo -v quiet >"$out/build.log" 2>&1 || { tail -20 "$out/build.log"; echo "build failed" >&2; exit 1; }
dotnet publish bench/Limit -c Release -o "$out/limit" --nologo -v quiet >"$out/build.log" 2>&1 || { tail -20 "$out/build.log"; echo "build failed" >&2; exit 1; }
dotnet publish bench/LiveReaders -c Release -o "$out/readers" --nologo -v quiet >"$out/build.log" 2>&1 || { tail -20 "$out/build.log"; echo "build failed" >&2; exit 1; }

apphome=$(realpath "$out/app")
data=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$data"; }
trap cleanup EXIT
app="http://127.0.0.1:$APP_PORT"
Warta__DataDirectory="$data" Logging__LogLevel__Default=Warning ASPNETCORE_URLS="$app" \
  dotnet "$apphome/Warta.Web.dll" --contentRoot "$apphome" >>"$out/app.log" 2>&1 &
app_pid=$!; pids+=($app_pid)
for _ in $(seq 1 1000); do curl -sf "$app/healthz" >/dev/null && break; sleep 0.02; done
rss_mb() { awk '/VmRSS/ {printf "%.1f", $2 / 1024}' "/proc/$app_pid/status"; }

printf 'kata-sandi-bench-yang-panjang\n' | Warta__DataDirectory="$data" Logging__LogLevel__Default=Warning \
  dotnet "$apphome/Warta.Web.dll" user add --email editor@bench.example --name "Editor Bench" --role editor >/dev/null
story=$(curl -sf "$app/" | grep -o 'class="top-story-headline"><a href="[^"]*"' | sed 's/.*href="//; s/"$//')

# A warm server first: the story, its poll and the newsroom answered a few hundred times.
wrk -t2 -c16 -d5s -H "User-Agent: $UA" "$app$story" >/dev/null
base=$(rss_mb)
echo "== $READERS readers on $story for ${SECONDS_UNDER_LOAD}s, an entry every 5 s ($(nproc) cores, open files $(ulimit -n))"
echo "server RSS before the readers: $base MB"
dotnet "$out/readers/Warta.Bench.LiveReaders.dll" "$app" "$story" editor@bench.example kata-sandi-bench-yang-panjang "$READERS" "$SECONDS_UNDER_LOAD" 5 >"$out/readers.log" 2>&1 &
readers_pid=$!; pids+=($readers_pid)
until grep -q READY "$out/readers.log"; do
  kill -0 "$readers_pid" 2>/dev/null || { cat "$out/readers.log"; exit 1; }
  sleep 0.5
done
sleep 5
held=$(rss_mb)
connections=$(ss -Htn state established "( sport = :$APP_PORT )" | wc -l)
echo "server RSS with the readers waiting: $held MB, $connections connections held: $(awk -v a="$held" -v b="$base" -v n="$READERS" 'BEGIN { printf "%.1f KB", (a - b) * 1024 / n }') per waiting reader"

# The story page (now a live one) against the limit, while the readers wait and entries arrive.
curl -sf "$app$story" -o "$out/story.html"
dotnet "$out/limit/Warta.Bench.Limit.dll" "http://127.0.0.1:$LIMIT_PORT" "$story=$out/story.html" >"$out/limit.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$LIMIT_PORT$story" >/dev/null && break; sleep 0.2; done
rps() { wrk -t1 -c32 -d"$2"s -H "User-Agent: $UA" "$1" | awk '/Requests\/sec/ {print $2}'; }
w=0; l=0
for round in 1 2 3; do
  w=$(awk -v a="$w" -v b="$(rps "$app$story" 5)" 'BEGIN { print a + b }')
  l=$(awk -v a="$l" -v b="$(rps "http://127.0.0.1:$LIMIT_PORT$story" 5)" 'BEGIN { print a + b }')
done
echo "story page under that load (wrk 1 thread, 32 connections, 3 × 5 s alternating): warta $(awk -v a="$w" 'BEGIN { printf "%.0f", a / 3 }') req/s," \
  "limit $(awk -v a="$l" 'BEGIN { printf "%.0f", a / 3 }') req/s, ratio $(awk -v a="$w" -v b="$l" 'BEGIN { printf "%.2f", a / b }')"
echo "(the story page $(stat -c %s "$out/story.html") bytes; the readers' client and wrk share the machine's $(nproc) cores with the server)"
wait "$readers_pid"
grep -v READY "$out/readers.log"
echo "server RSS at the end: $(rss_mb) MB, peak $(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$app_pid/status") MB"
