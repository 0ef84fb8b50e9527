#!/usr/bin/env bash
# Soak: the Warta app (Release, demo data) under a realistic reader mix for MINUTES minutes at CONNECTIONS
# connections (wrk on loopback): home, stories, sections, tags, search, feeds, a comment post every 50 requests,
# and an editor publishing a story every PUBLISH_SECONDS through the newsroom's own form. One line per minute:
# req/s, p50/p99, answers by kind and RSS, so a drifting p99 or growing memory shows. Errors are 5xx answers and
# socket errors; 429 and 409 (the comment defences answering) are counted apart and are not errors. As bench/run.sh,
# the comment defences are relaxed for the one loopback address everything comes from.
# Usage: bench/soak.sh [minutes=10] [connections=64] [publish-seconds=5]
set -euo pipefail
cd "$(dirname "$0")/.."

MINUTES="${1:-10}"
CONNECTIONS="${2:-64}"
PUBLISH_SECONDS="${3:-5}"
THREADS=2
APP_PORT=5311
UA="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"

if ! command -v wrk >/dev/null; then
  [ "$(id -u)" -eq 0 ] || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq wrk >/dev/null
fi

out=bench/out/soak
rm -rf "$out"; mkdir -p "$out"
echo "Building Release…"
dotnet publish src/Warta.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out/app" --nologo -v quiet >"$out/build.log" 2>&1 || { tail -20 "$out/build.log"; echo "build failed" >&2; exit 1; }
apphome=$(realpath "$out/app")
data=$(mktemp -d)
app_pid=""; publisher=""
cleanup() { for p in $publisher $app_pid; do kill "$p" 2>/dev/null || true; done; rm -rf "$data"; }
trap cleanup EXIT
app="http://127.0.0.1:$APP_PORT"

Warta__DataDirectory="$data" Logging__LogLevel__Default=Warning ASPNETCORE_URLS="$app" \
  Warta__Comments__FloodSeconds=0 Warta__Comments__MinSecondsToPost=0 Warta__Comments__PostsPerMinute=1000000000 \
  dotnet "$apphome/Warta.Web.dll" --contentRoot "$apphome" >>"$out/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 1000); do curl -sf "$app/healthz" >/dev/null && break; sleep 0.05; done
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$app_pid/status"; }

printf 'kata-sandi-soak-yang-panjang\n' | Warta__DataDirectory="$data" Logging__LogLevel__Default=Warning \
  dotnet "$apphome/Warta.Web.dll" user add --email editor@soak.example --name "Editor Soak" --role editor >/dev/null

curl -sf "$app/" -o "$out/home.html"
article=$(grep -o 'class="top-story-headline"><a href="[^"]*"' "$out/home.html" | sed 's/.*href="//; s/"$//')
curl -sf "$app$article" -o "$out/article.html"
stories=$(grep -o 'href="/20[0-9][0-9]/[0-9][0-9]/[0-9][0-9]/[^"]*/"' "$out/home.html" | sed 's/href="//; s/"$//' | sort -u | head -n 6 | tr '\n' ' ')
section=$(grep -m 1 -o 'href="/rubrik/[^"]*"' "$out/home.html" | head -n 1 | sed 's/href="//; s/"$//')
tag=$(grep -m 1 -o 'href="/tag/[^"]*"' "$out/article.html" | head -n 1 | sed 's/href="//; s/"$//')
export PATHS="/ $stories $article $section $tag /cari/?q=banjir /cari/?q=pemerintah+daerah /feed/ $section""feed/ /sitemap.xml /page/2/ $article"

jar="$out/reader.txt"
article_id=$(grep -o 'data-token-url="/komentar/token/[0-9]*/"' "$out/article.html" | grep -o '[0-9]*')
tokens=$(curl -s -c "$jar" "$app/komentar/token/$article_id/")
export COMMENT_ANTIFORGERY=$(echo "$tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
export COMMENT_TIMER=$(echo "$tokens" | sed 's/.*"timer":"\([^"]*\)".*/\1/')
# Netscape cookie-jar lines; HttpOnly cookies (the antiforgery one) are written with a "#HttpOnly_" prefix.
export COMMENT_COOKIE=$(awk '{ sub(/^#HttpOnly_/, "") } !/^#/ && NF >= 7 { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar")
export COMMENT_ACTION="$article?handler=Comment"
export COMMENT_EVERY=50

# The publisher: an editor signed in through the newsroom form, publishing a new story every PUBLISH_SECONDS.
staff="$out/editor.txt"
curl -s -c "$staff" "$app/newsroom/masuk/" -o "$out/signin.html"
signin=$(grep -m 1 -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$out/signin.html" | sed 's/.*value="//; s/"$//')
curl -s -o /dev/null -b "$staff" -c "$staff" --data-urlencode "Email=editor@soak.example" --data-urlencode "Password=kata-sandi-soak-yang-panjang" \
  --data-urlencode "__RequestVerificationToken=$signin" "$app/newsroom/masuk/"
(
  set +e +o pipefail # a failed publish is counted, never the end of the publisher
  i=0
  while true; do
    i=$((i + 1))
    curl -s -b "$staff" "$app/newsroom/artikel/tulis/" -o "$out/editor.html"
    token=$(grep -o '<form[^>]*id="editor"[^>]*>' -A 3 "$out/editor.html" | grep -m 1 -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//; s/"$//')
    [ -n "$token" ] || token=$(grep -m 1 -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$out/editor.html" | sed 's/.*value="//; s/"$//')
    sid=$(grep -A 3 'name="Form.SectionId"' "$out/editor.html" | grep -o 'option value="[1-9][0-9]*"' | head -n 1 | grep -o '[0-9]*')
    code=$(curl -s -o /dev/null -w '%{http_code}' -b "$staff" --data-urlencode "__RequestVerificationToken=$token" \
      --data-urlencode "Form.Headline=Kabar terkini uji ketahanan nomor $i" --data-urlencode "Form.Body=Isi kabar terkini nomor $i untuk uji ketahanan." \
      --data-urlencode "Form.SectionId=$sid" --data-urlencode "Form.Language=id" --data-urlencode "Form.Version=0" --data-urlencode "act=Publish" \
      "$app/newsroom/artikel/tulis/")
    echo "$code" >> "$out/publish.txt"
    sleep "$PUBLISH_SECONDS"
  done
) &
publisher=$!

ms() { awk -v k="$1" '$1==k { v=$2; u=v; gsub(/[0-9.]/, "", u); sub(/[a-z]+$/, "", v); printf "%.2f", (u=="us" ? v/1000 : u=="s" ? v*1000 : v) }'; }
echo "== soak: ${MINUTES} min, $CONNECTIONS connections, $THREADS wrk threads, a comment every $COMMENT_EVERY requests, a publish every ${PUBLISH_SECONDS}s; $(nproc) cores; RSS at start $(rss_mb) MB"
printf '%-6s %9s %8s %9s %8s %8s %8s %8s %7s\n' minute req/s p50 p99 2xx/3xx 429/409 errors 404 rss-MB
total_errors=0
for minute in $(seq 1 "$MINUTES"); do
  # ROUND makes each minute's comments new words: the same text twice is refused as a duplicate (409).
  ROUND=$minute wrk -t"$THREADS" -c"$CONNECTIONS" -H "User-Agent: $UA" -d60s --latency -s bench/soak.lua "$app" > "$out/wrk-$minute.txt"
  r=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$out/wrk-$minute.txt")
  ok=$(awk '$1=="status" && $2 < 400 { s += $3 } END { print s + 0 }' "$out/wrk-$minute.txt")
  defended=$(awk '$1=="status" && ($2 == 429 || $2 == 409) { s += $3 } END { print s + 0 }' "$out/wrk-$minute.txt")
  missing=$(awk '$1=="status" && $2 == 404 { s += $3 } END { print s + 0 }' "$out/wrk-$minute.txt")
  errors=$(awk '$1=="status" && $2 >= 500 { s += $3 } $1=="socket" { s += $2 + $3 + $4 + $5 } $1=="status" && $2 >= 400 && $2 != 404 && $2 != 409 && $2 != 429 && $2 < 500 { s += $3 } END { print s + 0 }' "$out/wrk-$minute.txt")
  total_errors=$((total_errors + errors))
  printf '%-6s %9s %8s %9s %8s %8s %8s %8s %7s\n' "$minute" "$r" "$(ms 50% < "$out/wrk-$minute.txt")ms" "$(ms 99% < "$out/wrk-$minute.txt")ms" "$ok" "$defended" "$errors" "$missing" "$(rss_mb)"
done
published=$(grep -c '^302$' "$out/publish.txt" || true)
echo "== publishes: $published answered 302 of $(wc -l < "$out/publish.txt"); errors over the whole soak: $total_errors"
echo "== app log: $(grep -c -i 'fail\|error' "$out/app.log" || true) lines with fail/error (bench/out/soak/app.log)"
