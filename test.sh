#!/usr/bin/env bash
# Runs every test: unit (tests/Warta.Tests), integration over real SQLite files (tests/Warta.IntegrationTests)
# and browser tests in Debian's headless Chromium (tests/Warta.BrowserTests); then the integration tests again over
# a real PostgreSQL server (every provider-neutral one: tests of SQLite's own settings carry Provider=Sqlite), with
# the cluster test (Provider=Cluster: three nodes, Redis and nginx started by deploy/warta-cluster.sh).
# Installs what the tests need with apt-get when missing (needs root, as CI has): Chromium and chromium-driver
# for the browser tests, hunspell-id for the Indonesian root list the search stemmer reads, PostgreSQL (a
# throwaway cluster on 127.0.0.1 is created for the run and removed after it), Redis and nginx (the cluster test
# starts its own on free loopback ports), curl (the cluster script's readiness checks), e2fsprogs and mount (the
# storage fault tests mount a small tmpfs and an ext4 image on a loop device, which needs root, as CI has) and
# python3-aiosmtpd (the mail tests start a local SMTP server on 127.0.0.1 and read what arrived in its Maildir);
# Node.js and npm (a WordPress client library from npm, installed into tests/clients/wordpress from its lock file,
# drives the REST API).
# Ends with one line of real totals read from the TRX result files: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"

export DEBIAN_FRONTEND=noninteractive
need=()
for p in chromium chromium-driver hunspell-id postgresql redis-server nginx curl e2fsprogs mount python3-aiosmtpd; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
command -v node >/dev/null && command -v npm >/dev/null || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing packages: ${need[*]}. Run as root, or: sudo apt-get install ${need[*]}" >&2
    exit 1
  fi
  echo "Installing ${need[*]}…"
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${need[@]}" >/dev/null
fi

npm ci --prefix tests/clients/wordpress --no-audit --no-fund --loglevel=error >/dev/null

rm -rf artifacts/screenshots   # only this run's pictures, no stale failure shots
results="$(pwd)/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

# PostgreSQL: a throwaway cluster owned by this run (trust on loopback only, no fsync: nothing here must outlive it).
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg_dir=$(mktemp -d)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then chown postgres "$pg_dir"; as_pg=(runuser -u postgres --); fi
stop_postgres() { "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pg_dir"; }
trap stop_postgres EXIT
"${as_pg[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
pg_port=""
for port in $(seq 55432 55499); do
  if "${as_pg[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w -t 30 \
      -o "-c listen_addresses=127.0.0.1 -p $port -k $pg_dir -c fsync=off -c max_connections=300" start >/dev/null 2>&1; then
    pg_port=$port; break
  fi
done
[ -n "$pg_port" ] || { echo "Could not start PostgreSQL (log: $pg_dir/log)" >&2; cat "$pg_dir/log" >&2 || true; exit 1; }

status=0
dotnet test Warta.slnx --nologo --filter "Provider!=Cluster" --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=$?

echo "Integration tests again, on PostgreSQL (127.0.0.1:$pg_port), and the cluster test…"
WARTA_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres" \
  dotnet test tests/Warta.IntegrationTests --no-build --nologo --filter "Provider!=Sqlite" \
  --logger "trx;LogFileName=postgres.trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=$?

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
