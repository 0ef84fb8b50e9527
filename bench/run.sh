#!/usr/bin/env bash
# Load benchmark: the Warta app (Release, demo data, the top story carrying 20 approved comments) against a bare
# Kestrel endpoint serving the same bytes (the limit), in the same run, with wrk on loopback.
#   1. cold start: process launch to the first home page, three times on the existing data directory and three times
#      on an empty one (the demo site written first)
#   2. cached pages (the default): home, the article with 21 comments, a ~14 KB story with one comment, a ~5 KB
#      page (a short static page), a section and a tag page, each against the limit serving the same bytes with
#      response headers of the same length
#   3. uncached render (Warta__Cache__Enabled=false): the same pages against the same limit, rendered from the
#      story snapshots kept in memory ("uncached"), then with those off too, every page read from SQLite ("cold")
#   4. memory: RSS while a mix of reader pages is loaded for MEMORY_SECONDS, three times in a row
#   5. a burst of 1,000 comment posts, approved by an editor through the moderation queue, then the article page
# Usage: bench/run.sh [duration-seconds] [connections] [memory-seconds]
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${1:-15}"
CONNECTIONS="${2:-32}"
MEMORY_SECONDS="${3:-120}"
THREADS=2
APP_PORT=5301
LIMIT_PORT=5302
BURST=1000
# Every request is a reader's browser: the story page then counts the view as it would for a person (wrk sends no
# User-Agent of its own, and a request without one is not counted).
UA="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"

if ! command -v wrk >/dev/null; then
  [ "$(id -u)" -eq 0 ] || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq wrk >/dev/null
fi

out=bench/out/run
rm -rf "$out"; mkdir -p "$out"
echo "Building Release…"
dotnet publish src/Warta.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/app" --nologo -v quiet >"$out/build.log" 2>&1 || { tail -20 "$out/build.log"; echo "build failed" >&2; exit 1; }
dotnet publish bench/Limit -c Release -o "$out/limit" --nologo -v quiet >"$out/build.log" 2>&1 || { tail -20 "$out/build.log"; echo "build failed" >&2; exit 1; }
dotnet publish bench/Corpus -c Release -o "$out/corpus" --nologo -v quiet >"$out/build.log" 2>&1 || { tail -20 "$out/build.log"; echo "build failed" >&2; exit 1; }

apphome=$(realpath "$out/app")
data=$(mktemp -d)
pids=()
app_pid=""
cleanup() { for p in "${pids[@]}" $app_pid; do kill "$p" 2>/dev/null || true; done; rm -rf "$data"; }
trap cleanup EXIT
app="http://127.0.0.1:$APP_PORT"

# start_app [output cache on|off] [snapshots on|off]. Comment defences relaxed: every request comes from one address
# and one client.
start_app() {
  Warta__DataDirectory="$data" Logging__LogLevel__Default=Warning ASPNETCORE_URLS="$app" Warta__Cache__Enabled="${1:-true}" \
    Warta__Cache__Snapshots="${2:-true}" \
    Warta__Comments__FloodSeconds=0 Warta__Comments__MinSecondsToPost=0 Warta__Comments__PostsPerMinute=1000000000 \
    dotnet "$apphome/Warta.Web.dll" --contentRoot "$apphome" >>"$out/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 1000); do curl -sf "$app/healthz" >/dev/null && return; sleep 0.01; done
  echo "the app did not start" >&2; exit 1
}
stop_app() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$app_pid/status"; }

# run NAME URL SECONDS [wrk args…] -> "rps p50-ms p99-ms errors"
run() {
  local name=$1 url=$2 seconds=$3; shift 3
  local report
  report=$(wrk -t"$THREADS" -c"$CONNECTIONS" -H "User-Agent: $UA" -d"${seconds}s" --latency "$@" "$url")
  echo "$report" > "$out/wrk-$name.txt"
  # wrk prints latencies as 354.00us, 2.12ms or 1.01s; all in ms here.
  ms() { awk -v k="$1" '$1==k { v=$2; u=v; gsub(/[0-9.]/, "", u); sub(/[a-z]+$/, "", v); printf "%.2f", (u=="us" ? v/1000 : u=="s" ? v*1000 : v) }'; }
  echo "$(echo "$report" | awk '/Requests\/sec/ {print $2}') $(echo "$report" | ms 50%) $(echo "$report" | ms 99%) \
$(echo "$report" | awk '/Non-2xx|Socket errors/ {n++} END {print (n ? "yes" : "0")}')"
}

# First start writes the demo site; then 20 approved comments go on the newest story.
start_app; stop_app
dotnet "$out/corpus/Warta.Bench.Corpus.dll" "$data" 0 --comments 20 | grep -v '^warn\|^      '
small_path=$(dotnet "$out/corpus/Warta.Bench.Corpus.dll" "$data" 0 --comments 1 --skip 1 | grep -v '^warn\|^      ' | tee /dev/stderr | sed -n 's/.* at //p')

# A pipe nothing writes to: `read -t` on it is a sleep without starting a process.
exec 9<> <(:)
# cold_start LABEL DIRECTORY: process launch to the first home page answered.
cold_start() {
  local t0 t1
  t0=$(date +%s%N)
  Warta__DataDirectory="$2" Logging__LogLevel__Default=Warning ASPNETCORE_URLS="$app" dotnet "$apphome/Warta.Web.dll" --contentRoot "$apphome" >>"$out/app.log" 2>&1 &
  app_pid=$!
  # Wait for the port with the shell's own builtins, no process per try: a curl (or even a sleep) every few ms took
  # CPU the starting app needed on two cores and added 0.3–0.4 s to what this measured. The one request then waits
  # in the app until the first page is ready.
  until { exec 8<>"/dev/tcp/127.0.0.1/$APP_PORT"; } 2>/dev/null; do read -t 0.01 -u 9 || true; done
  exec 8>&-
  until curl -sf -o /dev/null "$app/"; do read -t 0.02 -u 9 || true; done
  t1=$(date +%s%N)
  echo "$1: $(( (t1 - t0) / 1000000 )) ms to the first page"
  stop_app
}
echo "== cold start (process launch to the first home page, existing data)"
for i in 1 2 3; do cold_start "cold start $i" "$data"; done
echo "== cold start on an empty data directory (the demo site written, then the first home page)"
for i in 1 2 3; do
  empty=$(mktemp -d)
  cold_start "cold start (empty) $i" "$empty"
  rm -rf "$empty"
done

start_app true
curl -sf "$app/" -o "$out/home.html"
article_path=$(grep -o 'class="top-story-headline"><a href="[^"]*"' "$out/home.html" | sed 's/.*href="//; s/"$//')
curl -sf "$app$article_path" -o "$out/article.html"
page5_path=/redaksi/
section_path=$(grep -m 1 -o 'href="/rubrik/[^"]*"' "$out/home.html" | head -n 1 | sed 's/href="//; s/"$//')
tag_path=$(grep -m 1 -o 'href="/tag/[^"]*"' "$out/article.html" | head -n 1 | sed 's/href="//; s/"$//')
declare -A paths=([home]=/ [article]="$article_path" [story14]="$small_path" [page5]="$page5_path" [section]="$section_path" [tag]="$tag_path")
PAGES="home article story14 page5 section tag"
# The limit serves each page's bytes with an extra header padding its response headers to the app's length (the
# security headers, validators and cache headers are part of what a page costs).
header_bytes() { curl -s -D - -o /dev/null -H "User-Agent: $UA" "$1" | wc -c; }
limit_args=()
for page in $PAGES; do curl -sf -H "User-Agent: $UA" "$app${paths[$page]}" -o "$out/$page.html"; limit_args+=("${paths[$page]}=$out/$page.html"); done
dotnet "$out/limit/Warta.Bench.Limit.dll" "http://127.0.0.1:$LIMIT_PORT" "${limit_args[@]}" >"$out/limit.log" 2>&1 &
limit_pid=$!
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$LIMIT_PORT/" >/dev/null && break; sleep 0.2; done
limit_args=()
for page in $PAGES; do
  pad=$(( $(header_bytes "$app${paths[$page]}") - $(header_bytes "http://127.0.0.1:$LIMIT_PORT${paths[$page]}") - 13 ))
  limit_args+=("${paths[$page]}=$out/$page.html=$(( pad > 0 ? pad : 0 ))")
done
kill "$limit_pid"; wait "$limit_pid" 2>/dev/null || true
dotnet "$out/limit/Warta.Bench.Limit.dll" "http://127.0.0.1:$LIMIT_PORT" "${limit_args[@]}" >"$out/limit.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$LIMIT_PORT/" >/dev/null && break; sleep 0.2; done
for page in $PAGES; do
  cmp -s <(curl -sf "http://127.0.0.1:$LIMIT_PORT${paths[$page]}") <(curl -sf -H "User-Agent: $UA" "$app${paths[$page]}") || { echo "limit does not serve the same bytes for $page" >&2; exit 1; }
  echo "page $page: ${paths[$page]} $(stat -c %s "$out/$page.html") bytes, headers $(header_bytes "$app${paths[$page]}") bytes (limit $(header_bytes "http://127.0.0.1:$LIMIT_PORT${paths[$page]}"))"
done
comments=$(grep -o 'class="comment-text"' "$out/article.html" | wc -l)
echo "== page weight: article with $comments comments $(stat -c %s "$out/article.html") bytes of HTML," \
  "$(curl -s -H 'Accept-Encoding: br' "$app$article_path" | wc -c) brotli, $(curl -s -H 'Accept-Encoding: gzip' "$app$article_path" | wc -c) gzip; home $(stat -c %s "$out/home.html") bytes"
css=$(grep -o '/css/site[^"]*\.css' "$out/home.html"); js=$(grep -o '/js/site[^"]*\.js' "$out/home.html")
echo "== assets: $css $(curl -s -H 'Accept-Encoding: br' "$app$css" | wc -c) bytes brotli, $js $(curl -s -H 'Accept-Encoding: br' "$app$js" | wc -c) bytes brotli;" \
  "$(curl -s -D - -o /dev/null -H 'Accept-Encoding: br' "$app$css" | grep -i '^cache-control' | tr -d '\r')"

declare -A rps
# table MODE: for each page, Warta and the limit take turns (ROUNDS slices each, alternating), so a change in the
# machine's background load during the run falls on both alike. Per server: mean req/s over its slices, median p50,
# worst p99.
ROUNDS=3
table() {
  local mode=$1
  for page in $PAGES; do
    local path=${paths[$page]}
    for port in $APP_PORT $LIMIT_PORT; do   # warm-up: JIT tiering, caches, connection pools
      wrk -t"$THREADS" -c"$CONNECTIONS" -H "User-Agent: $UA" -d5s "http://127.0.0.1:$port$path" >/dev/null
    done
    declare -A sum=() p50s=() worst=() errs=()
    for round in $(seq 1 $ROUNDS); do
      for server in warta limit; do
        local port; port=$([ "$server" = warta ] && echo $APP_PORT || echo $LIMIT_PORT)
        read -r r p50 p99 err < <(run "$mode-$page-$server-$round" "http://127.0.0.1:$port$path" $(( DURATION / ROUNDS )))
        sum[$server]=$(awk -v a="${sum[$server]:-0}" -v b="$r" 'BEGIN { print a + b }')
        p50s[$server]="${p50s[$server]:-} $p50"
        worst[$server]=$(awk -v a="${worst[$server]:-0}" -v b="$p99" 'BEGIN { print (b > a ? b : a) }')
        [ "$err" = 0 ] || errs[$server]=yes
      done
    done
    for server in warta limit; do
      local mean median
      mean=$(awk -v s="${sum[$server]}" -v n=$ROUNDS 'BEGIN { printf "%.0f", s / n }')
      median=$(echo "${p50s[$server]}" | tr ' ' '\n' | grep . | sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
      rps[$mode-$page-$server]=$mean
      printf '%-9s %-8s %-6s %10s %9s %9s %6s\n' "$mode" "$page" "$server" "$mean" "${median}ms" "${worst[$server]}ms" "${errs[$server]:-0}"
    done
  done
}
echo "== wrk: $THREADS threads, $CONNECTIONS connections, ${DURATION}s per target in $ROUNDS alternating slices, loopback; $(nproc) cores"
printf '%-9s %-8s %-6s %10s %9s %9s %6s\n' mode page server req/s p50 p99 errors
table cached
stop_app; start_app false
table uncached
stop_app; start_app false false
table cold
stop_app; start_app true

echo "== memory: a mix of reader pages for ${MEMORY_SECONDS}s, three times (RSS in MB)"
section=$(grep -m 1 -o 'href="/rubrik/[^"]*"' "$out/home.html" | head -n 1 | sed 's/href="//; s/"$//')
tag=$(grep -m 1 -o 'href="/tag/[^"]*"' "$out/article.html" | head -n 1 | sed 's/href="//; s/"$//')
export PATHS="/ $article_path $section $tag /feed/ /page/2/ /sitemap.xml $article_path"
echo "start: $(rss_mb)"
for round in 1 2 3; do
  peak=0
  wrk -t"$THREADS" -c"$CONNECTIONS" -H "User-Agent: $UA" -d"${MEMORY_SECONDS}s" -s bench/paths.lua "$app" > "$out/wrk-memory-$round.txt" &
  load=$!
  while kill -0 "$load" 2>/dev/null; do now=$(rss_mb); [ "$now" -gt "$peak" ] && peak=$now; sleep 2; done
  echo "round $round: $(awk '/Requests\/sec/ {print $2}' "$out/wrk-memory-$round.txt") req/s, peak $peak, after $(rss_mb)"
done

echo "== a burst of $BURST comment posts, approved through the moderation queue, then the article page"
# An editor, signed in through the newsroom's own form, approves through the moderation queue, 50 at a time.
printf 'kata-sandi-bench-yang-panjang\n' | Warta__DataDirectory="$data" Logging__LogLevel__Default=Warning \
  dotnet "$apphome/Warta.Web.dll" user add --email editor@bench.example --name "Editor Bench" --role editor >/dev/null
staff="$out/editor.txt"
curl -s -c "$staff" "$app/newsroom/masuk/" -o "$out/signin.html"
signin=$(grep -m 1 -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$out/signin.html" | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -b "$staff" -c "$staff" --data-urlencode "Email=editor@bench.example" --data-urlencode "Password=kata-sandi-bench-yang-panjang" \
  --data-urlencode "__RequestVerificationToken=$signin" "$app/newsroom/masuk/"
# count_shown: the number in the article page's "N Komentar" heading, as an anonymous reader gets it.
count_shown() { curl -s "$app$article_path" -o "$out/check.html"; grep -o 'id="comments-title"[^>]*>[0-9.]* Komentar' "$out/check.html" | sed 's/.*>//; s/ Komentar//' | tr -d '.'; }
# approve_queue [check]: approves every held comment; with "check", after each batch the reader's page must count
# exactly the comments approved so far.
approve_queue() {
  approved=0
  while true; do
    curl -s -b "$staff" "$app/newsroom/komentar/" -o "$out/queue.html"
    ids=$(grep -o 'name="ids" value="[0-9]*" form="bulk"' "$out/queue.html" | grep -o '[0-9]*' || true)
    [ -z "$ids" ] && break
    token=$(grep -m 1 -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$out/queue.html" | sed 's/.*value="//; s/"$//')
    bulk=$(grep -o '<form[^>]*id="bulk"[^>]*>' "$out/queue.html" | grep -o 'action="[^"]*"' | sed 's/action="//; s/"$//; s/&amp;/\&/g')
    args=(); for id in $ids; do args+=(--data-urlencode "ids=$id"); done
    curl -s -o /dev/null -b "$staff" "${args[@]}" --data-urlencode "to=Approved" --data-urlencode "__RequestVerificationToken=$token" "$app$bulk"
    approved=$((approved + $(echo "$ids" | wc -l)))
    if [ "${1:-}" = check ]; then
      shown=$(count_shown)
      [ "$shown" -eq $((before + approved)) ] || { echo "page shows $shown comments, $((before + approved)) approved" >&2; exit 1; }
    fi
  done
}
approve_queue   # whatever the demo site had waiting, so the queue holds only the burst

jar="$out/reader.txt"
article_id=$(grep -o 'data-token-url="/komentar/token/[0-9]*/"' "$out/article.html" | grep -o '[0-9]*')
tokens=$(curl -s -c "$jar" "$app/komentar/token/$article_id/")
antiforgery=$(echo "$tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
timer=$(echo "$tokens" | sed 's/.*"timer":"\([^"]*\)".*/\1/')
action="$article_path?handler=Comment"
t0=$(date +%s%N)
seq 1 "$BURST" | xargs -P 8 -I{} curl -s -o /dev/null -w '%{http_code}\n' -b "$jar" \
  --data-urlencode "__RequestVerificationToken=$antiforgery" --data-urlencode "Comment.Token=$timer" \
  --data-urlencode "Comment.Author=Pembaca {}" --data-urlencode "Comment.Email=pembaca{}@bench.example" \
  --data-urlencode "Comment.Comment=Komentar beruntun nomor {} tentang berita ini." "$app$action" > "$out/burst.txt"
t1=$(date +%s%N)
echo "posted: $(grep -c 303 "$out/burst.txt") answered 303 of $BURST in $(( (t1 - t0) / 1000000 )) ms"
before=$(count_shown)
echo "article page after the burst: $before comments (readers approved before are published at once; the rest wait)"
approve_queue check
echo "approved $approved in the queue, 50 at a time; after each batch the reader's page counted every approved comment: $(count_shown) now"

echo
for mode in cached uncached cold; do
  for page in $PAGES; do
    awk -v a="${rps[$mode-$page-warta]}" -v l="${rps[$mode-$page-limit]}" -v p="$mode $page" 'BEGIN { printf "%-17s Warta/limit = %.1f%%\n", p, 100 * a / l }'
  done
done
echo "Raw wrk reports: $out/wrk-*.txt"
