#!/usr/bin/env bash
# Load benchmark: the Warta app (Release, demo data) against a bare Kestrel endpoint serving the same bytes
# (the limit), in the same run, with wrk on loopback. Prints req/s, p50/p99 latency and the ratio page/limit.
# Usage: bench/run.sh [duration-seconds] [connections]
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-15}"
CONNECTIONS="${2:-32}"
THREADS=2
APP_PORT=5301
LIMIT_PORT=5302

if ! command -v wrk >/dev/null; then
  [ "$(id -u)" -eq 0 ] || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq wrk >/dev/null
fi

out=bench/out
rm -rf "$out"; mkdir -p "$out"
echo "Building Release…"
dotnet publish src/Warta.Web -c Release -o "$out/app" --nologo -v quiet >/dev/null
dotnet publish bench/Limit -c Release -o "$out/limit" --nologo -v quiet >/dev/null

data=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$data"; }
trap cleanup EXIT

Warta__DataDirectory="$data" Logging__LogLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$APP_PORT" \
  dotnet "$out/app/Warta.Web.dll" >"$out/app.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$APP_PORT/healthz" >/dev/null && break; sleep 0.2; done

app="http://127.0.0.1:$APP_PORT"
article_path=$(curl -sf "$app/" | grep -o 'class="top-story-headline"><a href="[^"]*"' | sed 's/.*href="//; s/"$//')
curl -sf "$app/" -o "$out/home.html"
curl -sf "$app$article_path" -o "$out/article.html"

dotnet "$out/limit/Warta.Bench.Limit.dll" "http://127.0.0.1:$LIMIT_PORT" "/=$out/home.html" "$article_path=$out/article.html" >"$out/limit.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$LIMIT_PORT/" >/dev/null && break; sleep 0.2; done
cmp -s <(curl -sf "http://127.0.0.1:$LIMIT_PORT$article_path") "$out/article.html" || { echo "limit does not serve the same bytes" >&2; exit 1; }

# run NAME URL -> "rps p50 p99 errors"
run() {
  wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$2" >/dev/null   # warm-up: JIT, caches, connection pools
  local report
  report=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$2")
  echo "$report" > "$out/wrk-$1.txt"
  local rps p50 p99 errors
  rps=$(echo "$report" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$report" | awk '$1=="50%" {print $2}')
  p99=$(echo "$report" | awk '$1=="99%" {print $2}')
  errors=$(echo "$report" | awk '/Non-2xx|Socket errors/ {n++} END {print (n ? "yes" : "0")}')
  echo "$rps $p50 $p99 $errors"
}

echo "wrk: $THREADS threads, $CONNECTIONS connections, ${DURATION}s per target, loopback; $(nproc) cores"
printf '%-10s %-7s %10s %9s %9s %7s %8s\n' page server req/s p50 p99 errors bytes
declare -A rps
for page in home article; do
  path=$([ "$page" = home ] && echo / || echo "$article_path")
  size=$(stat -c %s "$out/$page.html")
  for server in warta limit; do
    port=$([ "$server" = warta ] && echo $APP_PORT || echo $LIMIT_PORT)
    read -r r p50 p99 err < <(run "$page-$server" "http://127.0.0.1:$port$path")
    rps[$page-$server]=$r
    printf '%-10s %-7s %10s %9s %9s %7s %8s\n' "$page" "$server" "$r" "$p50" "$p99" "$err" "$size"
  done
done
echo
for page in home article; do
  awk -v a="${rps[$page-warta]}" -v l="${rps[$page-limit]}" -v p="$page" 'BEGIN { printf "%-8s Warta/limit = %.1f%%\n", p, 100 * a / l }'
done
echo "Raw wrk reports: $out/wrk-*.txt"
