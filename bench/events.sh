#!/usr/bin/env bash
# Events benchmark (issue 6): server time of the Kulturnatten programme page with every filter,
# of the unfiltered page and of the full .ics feed, with 400 events; and the programme page's
# weight without images (its first page, and all its pages together). Starts Helhet on a fresh
# embedded database (no PostgreSQL needed).
# Usage: bench/events.sh [requests per URL, default 200]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-200}
PORT=${PORT:-8193}
DATA=$(mktemp -d /tmp/helhet-bench-events.XXXX)
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
[ -f target/helhet-0.1.0.jar ] || mvn -q -DskipTests package
$JAVA -Dserver.port="$PORT" -Dhelhet.data-dir="$DATA" -Dhelhet.demo.request-history=0 \
  -Dhelhet.events.demo-events=400 -jar target/helhet-0.1.0.jar > "$DATA/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; rm -rf "$DATA"' EXIT
BASE="http://localhost:$PORT"
for _ in $(seq 1 180); do curl -sf "$BASE/actuator/health" > /dev/null && break; sleep 1; done
P=/evenemang/kulturnatten-2027
FILTERED="$P?tid=18-21&omrade=Centrum&kategori=MUSIK&alder=VUXNA&tillganglighet=HEARING_LOOP&q=konsert&vy=lista"
mkdir -p target/bench
{
  echo "| what | p50 ms | p95 ms | max ms | bytes |"
  echo "| --- | ---: | ---: | ---: | ---: |"
  for url in "$FILTERED" "$P" "$P?vy=platser" "$P.ics" "/api/v1/programmes/kulturnatten-2027/events"; do
    for _ in $(seq 1 20); do curl -s -o /dev/null "$BASE$url"; done  # warm-up
    for _ in $(seq 1 "$N"); do curl -s -o /dev/null -w '%{time_starttransfer} %{size_download}\n' "$BASE$url"; done \
      | python3 -c "
import sys
rows=[l.split() for l in sys.stdin]
t=sorted(float(r[0])*1000 for r in rows)
print('| \`$url\` | %.1f | %.1f | %.1f | %s |' % (t[len(t)//2], t[int(len(t)*0.95)], t[-1], rows[-1][1]))"
  done
  echo
  echo "Page weight of the unfiltered programme page (HTML + CSS + JS, no images):"
  html=$(curl -s -o /dev/null -w '%{size_download}' "$BASE$P")
  html_gz=$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$BASE$P")
  css=$(( $(curl -s -o /dev/null -w '%{size_download}' "$BASE/css/helhet.css") + $(curl -s -o /dev/null -w '%{size_download}' "$BASE/css/events.css") ))
  css_gz=$(( $(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$BASE/css/helhet.css") + $(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "$BASE/css/events.css") ))
  js=$(curl -s -o /dev/null -w '%{size_download}' "$BASE/js/events.js")
  echo "- uncompressed: HTML $html + CSS $css + JS $js = $(( (html + css + js) / 1024 )) KB"
  echo "- gzip (as sent to a browser): HTML $html_gz + CSS $css_gz + JS $js = $(( (html_gz + css_gz + js) / 1024 )) KB"
  # the first page holds whole hours up to about 200 programme items; "Visa fler" fetches the rest
  pages=0; all=0
  while :; do
    pages=$((pages + 1))
    body=$(curl -s "$BASE$P?sida=$pages")
    all=$((all + $(printf %s "$body" | wc -c)))
    grep -q 'class="ev-more"' <<< "$body" || break
  done
  echo "- the whole list, all $pages pages fetched one after the other: HTML $(( all / 1024 )) KB uncompressed"
  echo
  echo "Events in the programme: $(curl -s "$BASE/api/v1/programmes/kulturnatten-2027/events" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'); machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $N requests per URL, one at a time, curl on the same machine."
} | tee target/bench/events.md
