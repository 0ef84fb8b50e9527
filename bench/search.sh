#!/usr/bin/env bash
# Search, feed and sitemap benchmark over generated corpora (default 100,000 articles each): index build rate,
# in-process search latency for a query mix, memory; then the Release app on that data, timing feeds and sitemaps
# over HTTP and loading /cari with wrk. Two corpora: "realistic" (a dictionary-wide vocabulary drawn by Zipf's law,
# names, places, figures: a two-word search matches well under 1 %) and "dense" (a small vocabulary: a search
# matches nearly half of everything, the worst case).
# Usage: bench/search.sh [article-count] [realistic|dense ...]   (both by default)
set -euo pipefail
cd "$(dirname "$0")/.."

COUNT="${1:-100000}"
shift || true
CORPORA=("${@:-realistic dense}")
CORPORA=(${CORPORA[*]})
PORT=5311
command -v wrk >/dev/null || { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq wrk >/dev/null; }
[ -f /usr/share/hunspell/id_ID.dic ] || { DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq hunspell-id >/dev/null; }

out=bench/out/search
rm -rf "$out"; mkdir -p "$out"
echo "Building Release…"
dotnet publish src/Warta.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/app" --nologo -v quiet >"$out/build.log" 2>&1 || { tail -20 "$out/build.log"; echo "build failed" >&2; exit 1; }
dotnet publish bench/Corpus -c Release -o "$out/corpus" --nologo -v quiet >"$out/build.log" 2>&1 || { tail -20 "$out/build.log"; echo "build failed" >&2; exit 1; }

data=""
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; [ -n "$data" ] && rm -rf "$data"; }
trap cleanup EXIT

for corpus in "${CORPORA[@]}"; do
data=$(mktemp -d)
queries=""
echo
echo "######## $corpus corpus"
echo "== corpus and index ($COUNT articles)"
if [ "$corpus" = realistic ]; then
  queries="$out/queries.txt"
  dotnet "$out/corpus/Warta.Bench.Corpus.dll" "$data" "$COUNT" --realistic --queries "$queries" | grep -v '^warn\|^      '
else
  dotnet "$out/corpus/Warta.Bench.Corpus.dll" "$data" "$COUNT" | grep -v '^warn\|^      '
fi

# The app on that data; extra settings as NAME=value arguments.
start_app() {
  env Warta__DataDirectory="$data" Warta__SeedDemoContent=false Logging__LogLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$PORT" "$@" \
    dotnet "$out/app/Warta.Web.dll" >>"$out/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.2; done
}
start_app

# median of 5 timed GETs, after one warm-up
timed() {
  curl -s -o /dev/null "$1"
  for _ in 1 2 3 4 5; do curl -s -o /dev/null -w '%{time_total}\n' "$1"; done | sort -n | sed -n 3p
}
month=$(curl -s "http://127.0.0.1:$PORT/sitemap.xml" | grep -o 'sitemap-articles-[0-9-]*\.xml' | sed -n 2p)
echo "== feeds and sitemaps over HTTP (median of 5, seconds)"
for path in /feed/ /feed/atom/ /rubrik/ekonomi/feed/ /sitemap.xml "/$month" /sitemap-news.xml /sitemap-tags.xml; do
  printf '%-40s %s s  %s bytes\n' "$path" "$(timed "http://127.0.0.1:$PORT$path")" "$(curl -s "http://127.0.0.1:$PORT$path" | wc -c)"
done

echo "== /cari over HTTP (wrk, 4 connections, 10 s): the same search repeated (answered from the recent-answers cache)"
if [ -n "$queries" ]; then repeated=$(sed -n '1p;2p;3p' "$queries" | cut -f1 | tr ' ' '+'); else repeated="harga+pasar Kim+Jong+Un perekonomian+daerah"; fi
for q in $repeated; do
  wrk -t2 -c4 -d3s "http://127.0.0.1:$PORT/cari/?q=$q" >/dev/null
  report=$(wrk -t2 -c4 -d10s --latency "http://127.0.0.1:$PORT/cari/?q=$q")
  printf '%-22s %8s req/s  p50 %8s  p99 %8s\n' "$q" "$(echo "$report" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$report" | awk '$1=="50%" {print $2}')" "$(echo "$report" | awk '$1=="99%" {print $2}')"
done
# varied LABEL: a different search every request (bench/search.lua), after a warm-up: the first seconds of a fresh
# process (tiered JIT, first stems) are cold start, not search.
varied() {
  QUERIES="$queries" wrk -t2 -c4 -d15s -s bench/search.lua "http://127.0.0.1:$PORT" >/dev/null
  report=$(QUERIES="$queries" wrk -t2 -c4 -d10s --latency -s bench/search.lua "http://127.0.0.1:$PORT")
  printf '%-22s %8s req/s  %s  (non-2xx: %s)\n' "$1" "$(echo "$report" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "$report" | sed -n 's/^percentiles: //p')" "$(echo "$report" | awk '/Non-2xx/ {print $NF}')"
}
echo "== /cari over HTTP (wrk, 4 connections, 10 s): a different search every request (bench/search.lua)"
# As served: answers kept 10 s. The mix repeats its searches within seconds, so many of these come from memory.
varied "varied, as served"
echo "== app memory after the load: $(awk '/VmRSS/ {printf "RSS %.0f MB", $2/1024}' /proc/$pid/status), $(awk '/VmHWM/ {printf "peak %.0f MB", $2/1024}' /proc/$pid/status)"
kill "$pid"; wait "$pid" 2>/dev/null || true
# Every search made afresh: the price of searching itself.
start_app Warta__Search__RecentAnswerSeconds=0
varied "varied, none kept"
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
rm -rf "$data"; data=""
done
