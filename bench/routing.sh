#!/usr/bin/env bash
# Helhet's routing benchmark (issue 4) on PostgreSQL: the demo municipality's HR function grown to
# 150 staff with 5,000 open requests, then the assignment decision at intake (p50/p99), the time to
# hand over 500 requests when a sickness is registered, and rebalancing the function with Timefold
# against a greedy baseline. Writes target/bench/routing.md.
# Usage: bench/routing.sh            Settings: BENCH_DB (helhet_bench_routing, dropped and created), SKIP_BUILD=1
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres), psql.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
DB=${BENCH_DB:-helhet_bench_routing}
OUT=target/bench
mkdir -p "$OUT"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== bygger (test-compile) och tar fram klassvägen"
  mvn -B -ntp -q -DskipTests test-compile
fi
mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile="$OUT/routing.classpath" -Dmdep.includeScope=test >/dev/null
echo "== ny databas $DB"
psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q -d postgres -c "drop database if exists $DB" -c "create database $DB"
echo "== kör bänken (demokommun, 150 handläggare, 5 000 öppna ärenden)"
"$JAVA_HOME/bin/java" -Xmx2g -Dbench.db="jdbc:postgresql://127.0.0.1:5432/$DB?reWriteBatchedInserts=true" \
  -cp "target/classes:target/test-classes:$(cat "$OUT/routing.classpath")" se.helhet.bench.RoutingBench \
  > "$OUT/routing.log" 2>&1 || { tail -40 "$OUT/routing.log"; exit 1; }
cat "$OUT/routing.md"
