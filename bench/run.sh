#!/usr/bin/env bash
# Helhet's load harness (issue 3): a municipality with a million requests on PostgreSQL, then
#   1. intake: POST /api/v1/requests from concurrent clients (wrk): throughput, p50, p99;
#   2. the same database's raw single-row insert rate (pgbench, same number of clients);
#   3. for scale, the rate of the cheapest authenticated API call (GET /api/v1/me, 4 clients);
#   4. a handler's queue page (/arenden, 50 rows by due time) and the list API (50 rows by due
#      time), one client at a time, so the latency is the server's time plus loopback.
# Usage: bench/run.sh [requests]        (default 1000000)
# Settings: CLIENTS, the concurrent clients of each intake run ("4 16"), DURATION seconds per measurement (30), SCALE of the municipality (5),
#           PORT (8095), BENCH_DB (helhet_bench, dropped and created), SKIP_BUILD=1, SKIP_LOAD=1
#           (reuse the database of the previous run).
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres), wrk, pgbench, psql, python3, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
REQUESTS=${1:-1000000}
CLIENTS=${CLIENTS:-"4 16"}
DURATION=${DURATION:-30}
SCALE=${SCALE:-5}
PORT=${PORT:-8095}
DB=${BENCH_DB:-helhet_bench}
OUT=target/bench
BASE=http://127.0.0.1:$PORT
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
mkdir -p "$OUT"

for tool in wrk pgbench psql python3 curl; do
  command -v $tool >/dev/null || { echo "bench: $tool saknas (apt-get install -y wrk postgresql-client python3 curl)"; exit 2; }
done

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== bygger target/helhet-0.1.0.jar"
  mvn -B -ntp -q -DskipTests package
fi

if [ "${SKIP_LOAD:-0}" != 1 ]; then
  echo "== ny databas $DB"
  $PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
fi

echo "== startar Helhet på port $PORT (demokommun i skala $SCALE)"
"$JAVA_HOME/bin/java" -Xmx2g -jar target/helhet-0.1.0.jar --server.port=$PORT \
  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB --spring.datasource.username=postgres \
  --helhet.demo.enabled=true --helhet.demo.scale=$SCALE --helhet.demo.request-history=0 \
  --helhet.data-dir=$OUT/data --logging.level.se.helhet=warn \
  > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for i in $(seq 1 180); do
  curl -sf "$BASE/actuator/health" >/dev/null && break
  kill -0 $APP 2>/dev/null || { echo "Helhet startade inte, se $OUT/app.log"; exit 1; }
  sleep 1
done

if [ "${SKIP_LOAD:-0}" != 1 ]; then
  echo "== skriver $REQUESTS ärenden"
  start=$(date +%s)
  $PSQL -d $DB -v n=$REQUESTS -f bench/load-requests.sql > "$OUT/load.log"
  echo "   klart på $(( $(date +%s) - start )) s"
fi
echo "== väntar på sökindexet (ärenden skrivna direkt i databasen är inte indexerade än)"
python3 bench/index-ready.py "$BASE"
$PSQL -d $DB -c "create table if not exists bench_raw_insert (id uuid primary key default gen_random_uuid(),
  created_at timestamptz not null default now(), payload varchar(200) not null)"
TOTAL=$($PSQL -d $DB -Atc "select count(*) from req_request")

python3 bench/bodies.py "$BASE" "$OUT/bodies.txt"
export BENCH_BODIES=$OUT/bodies.txt


# a minute: for the first minutes the JIT compiler costs as much CPU as the intakes themselves
# (bench/intake-cpu.sh shows it by thread), and a shorter warm-up measures the compiler too
echo "== uppvärmning, 60 s"
wrk -t2 -c4 -d60s -s bench/intake.lua "$BASE" > /dev/null
curl -s -o /dev/null -H "Authorization: Bearer demo-handlaggare" "$BASE/api/v1/requests?queue=MINE&sort=DUE&size=50"

for c in $CLIENTS; do
  echo "== inflöde: POST /api/v1/requests, $c klienter, $DURATION s"
  wrk -t2 -c$c -d${DURATION}s --latency -s bench/intake.lua "$BASE" > "$OUT/intake-$c.txt"
  echo "== pgbench: rå insert av en rad, $c klienter, $DURATION s"
  pgbench -h 127.0.0.1 -U postgres -n -c $c -j 2 -T $DURATION -f bench/raw-insert.sql $DB > "$OUT/pgbench-$c.txt" 2>&1
done

echo "== handläggarens kö och list-API:t, en klient i taget"
JAR=$OUT/cookies.txt
rm -f "$JAR"
CSRF=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "username=handlaggare" --data-urlencode "password=demo" \
  --data-urlencode "_csrf=$CSRF" "$BASE/login"
SESSION=$(awk '$6 == "JSESSIONID" { print $7 }' "$JAR")
[ -n "$SESSION" ] || { echo "inloggningen som handlaggare misslyckades"; exit 1; }
QUEUE=$(curl -s -H "Cookie: JSESSIONID=$SESSION" "$BASE/arenden?vy=mina")
[[ "$QUEUE" == *"<table"* ]] || { echo "kösidan visar ingen tabell för handlaggare"; exit 1; }
for view in mina alla; do
  wrk -t1 -c1 -d5s -H "Cookie: JSESSIONID=$SESSION" "$BASE/arenden?vy=$view" > /dev/null
  wrk -t1 -c1 -d${DURATION}s --latency -H "Cookie: JSESSIONID=$SESSION" "$BASE/arenden?vy=$view" > "$OUT/queue-$view.txt"
done
# the floor: the cheapest authenticated API call (one token lookup, one account read, JSON)
wrk -t2 -c4 -d5s -H "Authorization: Bearer demo-bestallare" "$BASE/api/v1/me" > /dev/null
wrk -t2 -c4 -d${DURATION}s --latency -H "Authorization: Bearer demo-bestallare" "$BASE/api/v1/me" > "$OUT/me.txt"
for queue in MINE ALL; do
  url="$BASE/api/v1/requests?queue=$queue&sort=DUE&size=50"
  wrk -t1 -c1 -d5s -H "Authorization: Bearer demo-handlaggare" "$url" > /dev/null
  wrk -t1 -c1 -d${DURATION}s --latency -H "Authorization: Bearer demo-handlaggare" "$url" > "$OUT/list-$queue.txt"
done

python3 bench/summarise.py "$OUT" "$TOTAL" "$CLIENTS" "$DURATION" | tee "$OUT/summary.md"
