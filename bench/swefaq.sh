#!/usr/bin/env bash
# Suggestion quality on SweFAQ (issue 5): for each question of the development split, rank the
# answers of its category as the suggestion engine ranks articles; accuracy = right answer first.
# Plain BM25 with Lucene's SwedishAnalyzer against Helhet's Swedish analysis. Writes target/bench/swefaq.md.
# Data: SweFAQ v2.0, SuperLim 2, Språkbanken Text, CC BY 4.0 — in ../shared/data/swefaq beside the clone.
# Usage: bench/swefaq.sh [path/to/swefaq_dev.jsonl]      Settings: SKIP_BUILD=1
set -euo pipefail
DATA=${1:-$(cd "$(dirname "$0")/../../shared/data/swefaq" 2>/dev/null && pwd)/swefaq_dev.jsonl}
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
OUT=target/bench
mkdir -p "$OUT"
[ -f "$DATA" ] || { echo "SweFAQ data not found: $DATA" >&2; exit 1; }
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== bygger (test-compile) och tar fram klassvägen"
  mvn -B -ntp -q -DskipTests test-compile
fi
mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile="$OUT/swefaq.classpath" -Dmdep.includeScope=test >/dev/null
"$JAVA_HOME/bin/java" -cp "target/classes:target/test-classes:$(cat "$OUT/swefaq.classpath")" \
  se.helhet.bench.SwefaqEvaluation "$DATA" > "$OUT/swefaq.log" 2>&1 || { tail -40 "$OUT/swefaq.log"; exit 1; }
cat "$OUT/swefaq.md"
