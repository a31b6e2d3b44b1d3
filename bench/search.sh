#!/usr/bin/env bash
# Search benchmark (issue 5): a million requests and ten thousand articles on PostgreSQL, then
#   1. the time to rebuild the whole search index (POST /api/v1/search/index/rebuild), with its progress;
#   2. p50/p95/p99 of the similar-request query (GET /api/v1/requests/similar) as a requester and as a handler;
#   3. p50/p95/p99 of the search box (GET /api/v1/search).
# The texts are the demo's realistic request history (20,000 requests written the way people write),
# copied up to the count with a varied signature; the articles are the demo's, copied up to 10,000.
# One client, keep-alive, so a latency is the server's time plus loopback. Writes target/bench/search.md.
# Usage: bench/search.sh [requests] [articles]      (default 1000000 10000)
# Settings: PORT (8096), BENCH_DB (helhet_bench_search, dropped and created), QUERIES (1000), SKIP_BUILD=1,
#   SKIP_LOAD=1: keep the database, index and query texts of the last run and only time the queries (a
#   changed index schema is rebuilt at start; REBUILD=1 also times a rebuild); ONLY=similar|search: one kind;
#   WARMUP (1000): queries of each kind, both roles taking turns, before any is timed
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres), psql, python3, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
REQUESTS=${1:-1000000}
ARTICLES=${2:-10000}
PORT=${PORT:-8096}
DB=${BENCH_DB:-helhet_bench_search}
QUERIES=${QUERIES:-1000}
OUT=target/bench
BASE=http://127.0.0.1:$PORT
PSQL="psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q"
SKIP_LOAD=${SKIP_LOAD:-0}
mkdir -p "$OUT"
if [ "$SKIP_LOAD" != 1 ]; then
  rm -rf "$OUT/search-data"
fi

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "== bygger target/helhet-0.1.0.jar"
  mvn -B -ntp -q -DskipTests package
fi
if [ "$SKIP_LOAD" != 1 ]; then
  echo "== ny databas $DB"
  $PSQL -d postgres -c "drop database if exists $DB" -c "create database $DB"
else
  echo "== databasen $DB och indexet i $OUT/search-data från förra körningen"
fi

echo "== startar Helhet på port $PORT med 20 000 ärenden demohistorik"
"$JAVA_HOME/bin/java" -Xmx3g -jar target/helhet-0.1.0.jar --server.port=$PORT \
  --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/$DB --spring.datasource.username=postgres \
  --helhet.demo.enabled=true --helhet.demo.request-history=20000 \
  --helhet.data-dir=$OUT/search-data --logging.level.se.helhet=info \
  > "$OUT/search-app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for i in $(seq 1 300); do
  curl -sf "$BASE/actuator/health" >/dev/null && break
  kill -0 $APP 2>/dev/null || { echo "Helhet startade inte, se $OUT/search-app.log"; exit 1; }
  sleep 1
done

if [ "$SKIP_LOAD" != 1 ]; then
echo "== kopierar upp till $REQUESTS ärenden och $ARTICLES artiklar"
start=$(date +%s)
$PSQL -d $DB -v n=$REQUESTS -v a=$ARTICLES <<'SQL'
create temp table sig (k int, line text);
insert into sig values (0, 'Mvh Anna'), (1, 'Hälsningar Erik, enhetschef'), (2, 'Tack på förhand! /Lena'),
 (3, 'Med vänlig hälsning, Johan Berg'), (4, '//Karin'), (5, 'Ring gärna. Mvh Sofia'), (6, 'Hälsningar från rektor'),
 (7, 'Tack! Maria'), (8, 'Mvh Ahmed'), (9, 'Vänliga hälsningar, Eva (ekonomiansvarig)');
select count(*) as base from req_request \gset
insert into req_request (id, number, function_id, function_code, service_id, service_name, form_version, competence_id,
    confidential, title, description, status, requester_username, requester_name, unit_id, forvaltning_id,
    forvaltning_name, assignee_staff_id, assignee_username, assignee_name, created_at, updated_at, due_at,
    resolved_at, closed_at, rating, rating_comment, retention_months, idempotency_key, version)
select gen_random_uuid(), r.number || '-' || c.k, r.function_id, r.function_code, r.service_id, r.service_name,
       r.form_version, r.competence_id, r.confidential, r.title,
       left(r.description || E'\n\n' || s.line, 10000), r.status, r.requester_username, r.requester_name, r.unit_id,
       r.forvaltning_id, r.forvaltning_name, r.assignee_staff_id, r.assignee_username, r.assignee_name,
       r.created_at - c.k * interval '1 day', r.updated_at - c.k * interval '1 day', r.due_at, r.resolved_at,
       r.closed_at, r.rating, r.rating_comment, r.retention_months, null, r.version
from req_request r
cross join generate_series(1, ceil(:n::numeric / :base)::int - 1) as c(k)
join sig s on s.k = (c.k + abs(hashtext(r.id::text))) % 10
limit greatest(0, :n - :base);
select count(*) as arts from kn_article \gset
insert into kn_article (id, function_id, title, body, tags, owner, owner_name, status, audience, created_at, updated_at,
    updated_by, published_at, from_request, confidential_source, version)
select gen_random_uuid(), a.function_id, a.title || ' (' || c.k || ')', a.body, a.tags, a.owner, a.owner_name, a.status,
       a.audience, a.created_at, a.updated_at, a.updated_by, a.published_at, null, false, 0
from kn_article a cross join generate_series(1, ceil(:a::numeric / :arts)::int - 1) as c(k)
limit greatest(0, :a - :arts);
analyze;
SQL
TOTAL=$($PSQL -d $DB -Atc "select count(*) from req_request")
ARTS=$($PSQL -d $DB -Atc "select count(*) from kn_article")
echo "   $TOTAL ärenden, $ARTS artiklar på $(( $(date +%s) - start )) s"
fi

echo "== bygger om sökindexet"
python3 - "$BASE" "$OUT/search-rebuild.txt" "$SKIP_LOAD" "${REBUILD:-0}" <<'PY'
import json, sys, time, urllib.request
base, out, skip_load, rebuild = sys.argv[1], sys.argv[2], sys.argv[3] == "1", sys.argv[4] == "1"
def status():
    req = urllib.request.Request(base + "/api/v1/search/index", headers={"Authorization": "Bearer demo-admin"})
    return json.load(urllib.request.urlopen(req))
while status()["rebuilding"]:  # the start's own build (the demo history, or an index of an older schema)
    time.sleep(1)
if skip_load and not rebuild:
    print(f"   ingen ombyggnad: {status()['counts']}")
    sys.exit(0)
before = status().get("rebuildFinishedAt")
urllib.request.urlopen(urllib.request.Request(base + "/api/v1/search/index/rebuild", data=b"", method="POST",
                                              headers={"Authorization": "Bearer demo-admin"}))
start = time.time(); last = -1
while True:
    s = status()
    if s.get("rebuildFinishedAt") == before and not s["rebuilding"]:
        time.sleep(0.2); continue
    if s["percent"] != last and s["percent"] % 10 == 0:
        print(f"   {s['percent']:3d} %  {s['done']:>9} av {s['of']}  {time.time() - start:6.1f} s", flush=True)
        last = s["percent"]
    if not s["rebuilding"] and s.get("rebuildFinishedAt"):
        break
    if s.get("rebuildFailure"):
        sys.exit("ombyggnaden misslyckades: " + s["rebuildFailure"])
    time.sleep(1)
elapsed = time.time() - start
open(out, "w").write(json.dumps({"seconds": round(elapsed, 1), "requests": s["counts"]["REQUEST"],
                                 "articles": s["counts"]["ARTICLE"], "documents": s["counts"]["DOCUMENT"],
                                 "services": s["counts"]["SERVICE"]}))
print(f"   klart på {elapsed:.1f} s: {s['counts']}")
PY

echo "== frågor: $QUERIES per mätning, en klient"
if [ "$SKIP_LOAD" != 1 ] || [ ! -s "$OUT/search-queries.txt" ]; then
  $PSQL -d $DB -Atc "select title || ' ' || left(description, 300) from req_request tablesample system (1) limit 400" > "$OUT/search-queries.txt"
fi
echo "   belastning före: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$BASE" "$OUT/search-queries.txt" "$QUERIES" "$OUT/search-latency.json" "${ONLY:-}" <<'PY'
import http.client, json, random, sys, time, urllib.parse
base, qfile, n, out, only = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]
host, port = base.replace("http://", "").split(":")
texts = [l.strip() for l in open(qfile, encoding="utf-8") if l.strip()]
random.seed(5)
def typo(t):
    w = t.split()
    if len(w) > 3:
        i = random.randrange(len(w)); x = w[i]
        if len(x) > 5: w[i] = x[:2] + x[3:]
    return " ".join(w)
def measure(path_of, user):
    conn = http.client.HTTPConnection(host, int(port))
    times = []
    for i in range(n + 300):
        t = random.choice(texts)
        path = path_of(typo(t) if i % 2 else t)
        s = time.perf_counter()
        conn.request("GET", path, headers={"Authorization": "Bearer demo-" + user})
        r = conn.getresponse(); body = r.read()
        if r.status != 200: sys.exit(f"{path[:80]} gav {r.status}: {body[:200]}")
        if i >= 300: times.append((time.perf_counter() - s) * 1000)
    times.sort()
    q = lambda p: times[min(len(times) - 1, int(p * len(times)))]
    return {"p50": round(q(0.50), 2), "p95": round(q(0.95), 2), "p99": round(q(0.99), 2)}
def warm(path_of, rounds):
    # both roles and every kind measured get the same warm-up first, so that the role measured
    # first does not pay for the JIT compiling the code both share
    conns = {u: http.client.HTTPConnection(host, int(port)) for u in ("bestallare", "handlaggare")}
    for i in range(rounds):
        u = "bestallare" if i % 2 else "handlaggare"
        conns[u].request("GET", path_of(random.choice(texts)), headers={"Authorization": "Bearer demo-" + u})
        conns[u].getresponse().read()
similar_path = lambda t: "/api/v1/requests/similar?text=" + urllib.parse.quote(t)
search_path = lambda t: "/api/v1/search?q=" + urllib.parse.quote(" ".join(t.split()[:4]))
warm_rounds = int(__import__("os").environ.get("WARMUP", "1000"))
if only != "search":
  warm(similar_path, warm_rounds)
if only != "similar":
  warm(search_path, warm_rounds)
res = {}
if only != "search":
  res["similar (beställare)"] = measure(lambda t: "/api/v1/requests/similar?text=" + urllib.parse.quote(t), "bestallare")
  res["similar (handläggare)"] = measure(lambda t: "/api/v1/requests/similar?text=" + urllib.parse.quote(t), "handlaggare")
if only != "similar":
  res["sökrutan (beställare)"] = measure(lambda t: "/api/v1/search?q=" + urllib.parse.quote(" ".join(t.split()[:4])), "bestallare")
  res["sökrutan (handläggare)"] = measure(lambda t: "/api/v1/search?q=" + urllib.parse.quote(" ".join(t.split()[:4])), "handlaggare")
json.dump(res, open(out, "w"), ensure_ascii=False)
for k, v in res.items(): print(f"   {k:24s} p50 {v['p50']:6.2f} ms  p95 {v['p95']:6.2f} ms  p99 {v['p99']:6.2f} ms")
PY
echo "   belastning efter: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$OUT" <<'PY' | tee "$OUT/search.md"
import json, os, platform, sys
out = sys.argv[1]
r = json.load(open(os.path.join(out, "search-rebuild.txt")))
l = json.load(open(os.path.join(out, "search-latency.json")))
print("# Search benchmark\n")
print(f"{r['requests']:,} requests, {r['articles']:,} articles, {r['documents']} governing documents, {r['services']} services; "
      f"{os.cpu_count()} cores. One client, keep-alive (server time plus loopback).\n")
print(f"Rebuild of the whole index: {r['seconds']} s (target < 180 s).\n")
print("| query | p50 | p95 | p99 |\n| --- | ---: | ---: | ---: |")
for k, v in l.items(): print(f"| {k} | {v['p50']} ms | {v['p95']} ms | {v['p99']} ms |")
print("\nTarget: similar-request p95 < 10 ms.")
PY
