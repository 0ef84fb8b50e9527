#!/usr/bin/env bash
# Scale-out benchmark (the overhead, on this 2-core machine, not the scaling): the cached story page
#   1. on one node over SQLite, 2. on one node over PostgreSQL + Redis, 3. through nginx in front of three nodes
#   (deploy/warta-cluster.sh), each against bare Kestrel serving the same bytes (the limit) in the same run;
#   then 4. change propagation: a reader's comment posted to node 1, until node 3 serves the page showing it (p50/p99).
# Throwaway PostgreSQL and Redis on loopback, removed at the end. Needs root for apt-get when wrk/postgresql/redis/nginx miss.
# Usage: bench/cluster.sh [seconds-per-slice] [connections] [propagation-samples]
set -euo pipefail
cd "$(dirname "$0")/.."
SLICE="${1:-5}"; CONNECTIONS="${2:-32}"; SAMPLES="${3:-30}"; THREADS=2; ROUNDS=3
UA="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
need=(); for p in wrk postgresql redis-server nginx curl; do dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${need[@]}" >/dev/null
fi

out=$(realpath -m bench/out/cluster); rm -rf "$out"; mkdir -p "$out"
echo "Building Release…"
dotnet publish src/Warta.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/app" --nologo -v quiet >"$out/build.log" 2>&1 || { tail -20 "$out/build.log"; echo "build failed" >&2; exit 1; }
dotnet publish bench/Limit -c Release -o "$out/limit" --nologo -v quiet >"$out/build.log" 2>&1 || { tail -20 "$out/build.log"; echo "build failed" >&2; exit 1; }
dll="$out/app/Warta.Web.dll"

pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1); pg="$out/pg"; mkdir -p "$pg"; as_pg=()
if [ "$(id -u)" -eq 0 ]; then chown postgres "$pg"; as_pg=(runuser -u postgres --); fi
"${as_pg[@]}" "$pg_bin/initdb" -D "$pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg/data" -l "$pg/log" -w -o "-c listen_addresses=127.0.0.1 -p 55499 -k $pg" start >/dev/null
redis-server --port 6399 --bind 127.0.0.1 --save '' --appendonly no --dir "$out" --daemonize yes >/dev/null
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  WARTA_DLL="$dll" WARTA_CLUSTER_DIR="$out/cluster" bash deploy/warta-cluster.sh stop >/dev/null 2>&1 || true
  redis-cli -p 6399 shutdown nosave >/dev/null 2>&1 || true
  "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg/data" -m immediate stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
shared=(Warta__Database__Provider=Postgres "Warta__Database__ConnectionString=Host=127.0.0.1;Port=55499;Username=postgres;Database=warta"
  Warta__Redis__Configuration=127.0.0.1:6399 "Warta__Media__Directory=$out/media" "Warta__Import__Directory=$out/import")
relaxed=(Warta__Comments__FloodSeconds=0 Warta__Comments__MinSecondsToPost=0 Warta__Comments__PostsPerMinute=1000000000 Logging__LogLevel__Default=Warning)

start_node() { # port data-dir [env…]
  local port=$1 data=$2; shift 2
  env Warta__DataDirectory="$data" "${relaxed[@]}" "$@" dotnet "$dll" --contentRoot "$out/app" --urls "http://127.0.0.1:$port" >>"$out/node-$port.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 600); do curl -sf -o /dev/null "http://127.0.0.1:$port/readyz" && return; sleep 0.1; done
  echo "node on $port did not start" >&2; exit 1
}

# ratio NAME URL: Warta (URL) and the limit (same bytes) in alternating slices; prints req/s both ways, ratio, p99.
ratio() {
  local name=$1 url=$2 path; path=$(echo "$url" | sed 's|^http://[^/]*||')
  curl -sf -H "User-Agent: $UA" "$url" -o "$out/$name.html"
  dotnet "$out/limit/Warta.Bench.Limit.dll" "http://127.0.0.1:5399" "$path=$out/$name.html" >"$out/limit-$name.log" 2>&1 &
  local limit_pid=$!
  for _ in $(seq 1 100); do curl -sf -o /dev/null "http://127.0.0.1:5399$path" && break; sleep 0.1; done
  for u in "$url" "http://127.0.0.1:5399$path"; do wrk -t$THREADS -c"$CONNECTIONS" -H "User-Agent: $UA" -d3s "$u" >/dev/null; done
  local w=0 l=0 wp99=0 lp99=0
  for _ in $(seq 1 $ROUNDS); do
    for side in warta limit; do
      local target; target=$([ $side = warta ] && echo "$url" || echo "http://127.0.0.1:5399$path")
      local report; report=$(wrk -t$THREADS -c"$CONNECTIONS" -H "User-Agent: $UA" -d"${SLICE}s" --latency "$target")
      local rps; rps=$(echo "$report" | awk '/Requests\/sec/ {print $2}')
      local p99; p99=$(echo "$report" | awk '$1=="99%" { v=$2; u=v; gsub(/[0-9.]/, "", u); sub(/[a-z]+$/, "", v); printf "%.2f", (u=="us" ? v/1000 : u=="s" ? v*1000 : v) }')
      if [ $side = warta ]; then w=$(awk -v a=$w -v b="$rps" 'BEGIN{print a+b}'); wp99=$(awk -v a=$wp99 -v b="$p99" 'BEGIN{print (b>a?b:a)}')
      else l=$(awk -v a=$l -v b="$rps" 'BEGIN{print a+b}'); lp99=$(awk -v a=$lp99 -v b="$p99" 'BEGIN{print (b>a?b:a)}'); fi
    done
  done
  kill $limit_pid; wait $limit_pid 2>/dev/null || true
  awk -v n="$name" -v w=$w -v l=$l -v r=$ROUNDS -v wp="$wp99" -v lp="$lp99" -v b="$(stat -c %s "$out/$name.html")" \
    'BEGIN { printf "%-22s %7d B %10.0f %10.0f %7.0f%% %9.2fms %9.2fms\n", n, b, w/r, l/r, 100*w/l, wp, lp }'
}

echo "== wrk: $THREADS threads, $CONNECTIONS connections, ${SLICE}s x $ROUNDS alternating slices per side, loopback; $(nproc) cores"
printf '%-22s %9s %10s %10s %8s %11s %11s\n' setup page warta/s limit/s ratio p99-warta p99-limit

start_node 5311 "$out/sqlite"
story=$(curl -sf http://127.0.0.1:5311/ | grep -o 'class="top-story-headline"><a href="[^"]*"' | sed 's/.*href="//; s/"$//')
ratio "1 node, SQLite" "http://127.0.0.1:5311$story"
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true

start_node 5312 "$out/pg-one" "${shared[@]}"
story=$(curl -sf http://127.0.0.1:5312/ | grep -o 'class="top-story-headline"><a href="[^"]*"' | sed 's/.*href="//; s/"$//')
ratio "1 node, PG + Redis" "http://127.0.0.1:5312$story"
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true

env "${shared[@]}" "${relaxed[@]}" WARTA_DLL="$dll" WARTA_CLUSTER_DIR="$out/cluster" WARTA_FIRST_PORT=5321 WARTA_BALANCER_PORT=5320 \
  Logging__Console__FormatterName=simple bash deploy/warta-cluster.sh start >/dev/null
ratio "3 nodes behind nginx" "http://127.0.0.1:5320$story"

echo "== propagation: a comment posted to node 1 until node 3 serves the story showing it ($SAMPLES samples)"
article_id=$(curl -sf "http://127.0.0.1:5321$story" | grep -o 'data-token-url="/komentar/token/[0-9]*/"' | grep -o '[0-9]*')
jar="$out/reader.txt"
post() { # text
  local tokens; tokens=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:5321/komentar/token/$article_id/")
  curl -s -o /dev/null -w '%{http_code}' -b "$jar" -H "User-Agent: $UA" \
    --data-urlencode "__RequestVerificationToken=$(echo "$tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')" \
    --data-urlencode "Comment.Token=$(echo "$tokens" | sed 's/.*"timer":"\([^"]*\)".*/\1/')" \
    --data-urlencode "Comment.Author=Pembaca Bench" --data-urlencode "Comment.Email=pembaca@bench.example" \
    --data-urlencode "Comment.Comment=$1" "http://127.0.0.1:5321$story?handler=Comment"
}
# The first comment of a new commenter waits for moderation; approved once, the same commenter's next ones go straight up.
post "Komentar pertama pembaca bench." >/dev/null
psql -h 127.0.0.1 -p 55499 -U postgres -d warta -qc "UPDATE \"Comments\" SET \"Status\" = 1 WHERE \"AuthorEmail\" = 'pembaca@bench.example'" >/dev/null
lags=()
for i in $(seq 1 "$SAMPLES"); do
  text="Penanda-$i-$RANDOM$RANDOM"
  post "$text" >/dev/null
  t0=$(date +%s%N)
  until curl -s "http://127.0.0.1:5323$story" | grep -q "$text"; do
    [ $(( ($(date +%s%N) - t0) / 1000000 )) -lt 10000 ] || { echo "sample $i never arrived" >&2; break; }
    sleep 0.005
  done
  lags+=($(( ($(date +%s%N) - t0) / 1000000 )))
done
printf '%s\n' "${lags[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "lag to node 3: p50 %d ms, p99 %d ms, max %d ms (n=%d)\n", a[int(NR*0.5+0.5)], a[int(NR*0.99+0.5)], a[NR], NR }'
