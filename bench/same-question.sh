#!/usr/bin/env bash
# Similar-request quality (issue 5): precision and recall of SameQuestion on the labelled Swedish pairs in
# src/test/resources/eval/same-question-pairs.txt, against plain BM25 with Lucene's SwedishAnalyzer; thresholds
# chosen on one half of the set, reported on the other. Writes target/bench/same-question.md.
# Usage: bench/same-question.sh [--errors]       (the errors at THRESHOLD listed too)
#        bench/same-question.sh --speed 100000  (time of the whole query on the set plus n generated requests)
# Settings: SKIP_BUILD=1, JAVA_OPTS (e.g. -Dbackground=2000 for more background requests in the document frequencies)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
OUT=target/bench
mkdir -p "$OUT"
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== bygger (test-compile) och tar fram klassvägen"
  mvn -B -ntp -q -DskipTests test-compile
fi
[ -s "$OUT/test.classpath" ] || mvn -B -ntp -q dependency:build-classpath -Dmdep.outputFile="$OUT/test.classpath" -Dmdep.includeScope=test >/dev/null
"$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat "$OUT/test.classpath")" \
  se.helhet.bench.SameQuestionEvaluation "$@" > "$OUT/same-question.log" 2>&1 || { tail -40 "$OUT/same-question.log"; exit 1; }
if [ "${1:-}" = --speed ]; then cat "$OUT/same-question-speed.md"; else cat "$OUT/same-question.md"; fi
