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
dotnet publish bench/Corpus -c Release -o "$out/corpus" --nologo -v quiet >/dev/null

data=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$data"; }
trap cleanup EXIT

start_app() {
  # Comment defences relaxed so one client on one address can load the comment form (flood control would stop it).
  Warta__DataDirectory="$data" Logging__LogLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$APP_PORT" \
    Warta__Comments__FloodSeconds=0 Warta__Comments__MinSecondsToPost=0 Warta__Comments__PostsPerMinute=1000000000 \
    dotnet "$out/app/Warta.Web.dll" >>"$out/app.log" 2>&1 &
  app_pid=$!
  pids+=($app_pid)
  for _ in $(seq 1 150); do curl -sf "http://127.0.0.1:$APP_PORT/healthz" >/dev/null && break; sleep 0.2; done
}
start_app

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

# The same article with 200 approved comments (a fifth of them replies), against its own limit.
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
dotnet "$out/corpus/Warta.Bench.Corpus.dll" "$data" 0 --comments 200 | grep -v '^warn\|^      '
start_app
curl -sf "$app$article_path" -o "$out/article-200.html"
dotnet "$out/limit/Warta.Bench.Limit.dll" "http://127.0.0.1:$((LIMIT_PORT + 1))" "$article_path=$out/article-200.html" >"$out/limit2.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$((LIMIT_PORT + 1))$article_path" >/dev/null && break; sleep 0.2; done
size=$(stat -c %s "$out/article-200.html")
for server in warta limit; do
  port=$([ "$server" = warta ] && echo $APP_PORT || echo $((LIMIT_PORT + 1)))
  read -r r p50 p99 err < <(run "comments200-$server" "http://127.0.0.1:$port$article_path")
  rps[comments200-$server]=$r
  printf '%-10s %-7s %10s %9s %9s %7s %8s\n' "200-comm" "$server" "$r" "$p50" "$p99" "$err" "$size"
done

# Comment POST throughput: a real form visit (antiforgery cookie and tokens), then distinct comments as fast as they go.
jar="$out/cookies.txt"
page=$(curl -s -c "$jar" "$app$article_path")
antiforgery=$(echo "$page" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
timer=$(echo "$page" | grep -o 'name="Comment.Token" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
action=$(echo "$page" | grep -o 'action="[^"]*handler=Comment"' | head -n 1 | sed 's/action="//; s/"$//')
export COOKIE=$(awk '$6 ~ /Antiforgery/ {print $6 "=" $7}' "$jar")
export BODY_PREFIX="__RequestVerificationToken=$antiforgery&Comment.Token=$timer&Comment.Author=Pembaca+Beban"
before=$(curl -s "$app$article_path" | grep -c 'class="comment' || true)
post_report=$(wrk -t2 -c8 -d"${DURATION}s" --latency -s bench/post-comment.lua "$app$action")
echo "$post_report" > "$out/wrk-comment-post.txt"
post_rps=$(echo "$post_report" | awk '/Requests\/sec/ {print $2}')
post_bad=$(echo "$post_report" | awk '/Non-2xx or 3xx/ {print $5}')
printf '%-10s %-7s %10s %9s %9s %7s\n' "POST" "warta" "$post_rps" "$(echo "$post_report" | awk '$1=="50%" {print $2}')" "$(echo "$post_report" | awk '$1=="99%" {print $2}')" "${post_bad:-0}"

echo
for page in home article comments200; do
  awk -v a="${rps[$page-warta]}" -v l="${rps[$page-limit]}" -v p="$page" 'BEGIN { printf "%-11s Warta/limit = %.1f%%\n", p, 100 * a / l }'
done
echo "comment POSTs answered 303 (stored) per second: $post_rps; refused or failed: ${post_bad:-0}"
echo "Raw wrk reports: $out/wrk-*.txt"
