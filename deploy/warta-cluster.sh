#!/usr/bin/env bash
# Runs several Warta nodes on this machine behind nginx (round-robin), without systemd:
#   deploy/warta-cluster.sh start   # nodes, then the balancer; returns once every node answers /readyz
#   deploy/warta-cluster.sh stop    # the balancer, then the nodes (each drains its requests on SIGTERM)
#   deploy/warta-cluster.sh status
# Settings (environment):
#   WARTA_DLL            the published app (dotnet publish -c Release -o out src/Warta.Web → out/Warta.Web.dll)
#   WARTA_CLUSTER_DIR    where pids, logs, each node's data directory and nginx's files go (default ./cluster)
#   WARTA_NODES          number of nodes (default 3); WARTA_FIRST_PORT first node's port (default 5101, then +1 …)
#   WARTA_BALANCER_PORT  nginx's port on 127.0.0.1 (default 8080)
# and Warta's own settings, passed to every node as they are:
#   Warta__Database__Provider=Postgres  Warta__Database__ConnectionString=…  Warta__Redis__Configuration=…
#   Warta__Media__Directory=/srv/warta-media, Warta__Import__Directory=/srv/warta-import (directories every node sees)
# Each node gets its own data directory (its search index and logs) and trusts X-Forwarded-* from 127.0.0.1 only.
set -euo pipefail

dll=${WARTA_DLL:?WARTA_DLL must name the published Warta.Web.dll}
dir=$(realpath -m "${WARTA_CLUSTER_DIR:-cluster}")
nodes=${WARTA_NODES:-3}
first_port=${WARTA_FIRST_PORT:-5101}
balancer_port=${WARTA_BALANCER_PORT:-8080}

wait_ready() { # port seconds
  for _ in $(seq 1 $(( $2 * 5 ))); do
    if curl -fs -o /dev/null "http://127.0.0.1:$1/readyz"; then return 0; fi
    sleep 0.2
  done
  echo "node on port $1 did not become ready; see $dir/node-$(( $1 - first_port + 1 )).log" >&2
  return 1
}

start_node() { # number
  local n=$1 port=$(( first_port + $1 - 1 ))
  mkdir -p "$dir/node-$n"
  # Structured logs: one JSON object per line, with the request's id (nginx's $request_id) in its scopes.
  Warta__DataDirectory="$dir/node-$n" Warta__ForwardedHeaders__KnownProxies__0=127.0.0.1 \
    Logging__Console__FormatterName=${Logging__Console__FormatterName:-json} Logging__Console__FormatterOptions__IncludeScopes=true \
    nohup dotnet "$dll" --urls "http://127.0.0.1:$port" </dev/null >"$dir/node-$n.log" 2>&1 &
  echo $! >"$dir/node-$n.pid"
}

write_nginx_conf() {
  mkdir -p "$dir/nginx/logs" "$dir/nginx/temp"
  {
    echo "worker_processes 1;"
    echo "pid $dir/nginx/nginx.pid;"
    echo "error_log $dir/nginx/logs/error.log warn;"
    echo "events { worker_connections 1024; }"
    echo "http {"
    echo "  access_log off;"
    echo "  client_body_temp_path $dir/nginx/temp/body; proxy_temp_path $dir/nginx/temp/proxy;"
    echo "  fastcgi_temp_path $dir/nginx/temp/fastcgi; uwsgi_temp_path $dir/nginx/temp/uwsgi; scgi_temp_path $dir/nginx/temp/scgi;"
    echo "  client_max_body_size 1100m;"
    echo "  upstream warta {"
    for n in $(seq 1 "$nodes"); do echo "    server 127.0.0.1:$(( first_port + n - 1 )) max_fails=1 fail_timeout=5s;"; done
    echo "    keepalive 32;"
    echo "  }"
    echo "  server {"
    echo "    listen 127.0.0.1:$balancer_port;"
    echo "    location / {"
    echo "      proxy_pass http://warta;"
    echo "      proxy_http_version 1.1;"
    echo "      proxy_set_header Connection \"\";"
    echo "      proxy_set_header Host \$http_host;"
    echo "      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;"
    echo "      proxy_set_header X-Forwarded-Proto \$scheme;"
    echo "      proxy_set_header X-Request-ID \$request_id;"
    # A node that dies mid-request: reads go to the next node; a POST is never sent twice (nginx's default).
    echo "      proxy_next_upstream error timeout http_502 http_503;"
    echo "    }"
    echo "  }"
    echo "}"
  } >"$dir/nginx/nginx.conf"
}

case "${1:-}" in
  start)
    mkdir -p "$dir"
    # The first node migrates the database (and writes the demo site when it is empty) before the others join.
    start_node 1
    wait_ready "$first_port" 120
    for n in $(seq 2 "$nodes"); do start_node "$n"; done
    for n in $(seq 2 "$nodes"); do wait_ready $(( first_port + n - 1 )) 120; done
    write_nginx_conf
    nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf" </dev/null >"$dir/nginx/logs/start.log" 2>&1 || { cat "$dir/nginx/logs/start.log" >&2; exit 1; }
    echo "Warta: $nodes nodes behind http://127.0.0.1:$balancer_port/"
    ;;
  stop)
    if [ -f "$dir/nginx/nginx.pid" ]; then nginx -p "$dir/nginx" -c "$dir/nginx/nginx.conf" -s quit || true; fi
    for pidfile in "$dir"/node-*.pid; do
      [ -f "$pidfile" ] || continue
      kill -TERM "$(cat "$pidfile")" 2>/dev/null || true
      rm -f "$pidfile"
    done
    ;;
  status)
    for n in $(seq 1 "$nodes"); do
      port=$(( first_port + n - 1 ))
      printf 'node %s (port %s): %s\n' "$n" "$port" "$(curl -s "http://127.0.0.1:$port/readyz" || echo down)"
    done
    ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
