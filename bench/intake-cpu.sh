#!/usr/bin/env bash
# CPU per intake: runs POST /api/v1/requests (bench/intake.lua) against a running Helhet for
# DURATION seconds from CLIENTS clients, and divides the CPU time the java process and the
# PostgreSQL backends of BENCH_DB used in that time by the number of intakes. Unlike a
# throughput figure, this survives a machine shared with other work: it counts what one intake
# costs, not how fast the cores were free. Also prints what the database did per intake (from
# pg_stat_database and pg_stat_user_tables) and, with STATEMENT_LOG set to PostgreSQL's log file
# while Helhet's connections log their statements (start Helhet with
# ?options=-c%20log_statement=all on the JDBC URL), the SQL statements per intake.
# Usage: PORT=8195 BENCH_DB=helhet_bench_intake bench/intake-cpu.sh
# Settings: PORT (8095), BENCH_DB (helhet_bench), CLIENTS (4), DURATION seconds (20), WARMUP seconds (5),
#           STATEMENT_LOG (unset: no statement count).
# Needs: a running Helhet on PORT and BENCH_DB, started with the arguments bench/run.sh uses (run.sh
#        stops its own when it ends), wrk, psql, python3, ss.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8095}
DB=${BENCH_DB:-helhet_bench}
CLIENTS=${CLIENTS:-4}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-5}
BASE=http://127.0.0.1:$PORT
OUT=target/bench
PSQL="psql -h 127.0.0.1 -U postgres -X -q -At -d $DB"
mkdir -p "$OUT"

APP=$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$APP" ] || { echo "intake-cpu: ingen process lyssnar på port $PORT"; exit 1; }
if [ -z "${BENCH_BODIES:-}" ]; then
  python3 bench/bodies.py "$BASE" "$OUT/bodies-$PORT.txt"
  export BENCH_BODIES=$OUT/bodies-$PORT.txt
fi
TICK=$(getconf CLK_TCK)

# utime + stime of a process, in clock ticks (fields 14 and 15 of /proc/<pid>/stat; the command
# name in field 2 may hold spaces, so count from the closing parenthesis)
ticks() { [ -r /proc/$1/stat ] && sed 's/^.*) //' /proc/$1/stat | awk '{ print $12 + $13 }' || echo 0; }

# the backends serving BENCH_DB (Helhet's pool, autovacuum on it), not this script's own
backends() { $PSQL -c "select pid from pg_stat_activity where datname = '$DB' and pid <> pg_backend_pid()"; }

snapshot() { # file: one "pid ticks" line per backend
  for pid in $(backends); do echo "$pid $(ticks $pid)"; done > "$1"
}

# the java process's threads by name (digits dropped, so the pools add up): where its CPU goes,
# e.g. request threads against Lucene's merges, the JIT and the garbage collector
threads() { # file: one "tid ticks name" line per thread
  for task in /proc/$APP/task/*; do
    [ -r $task/stat ] || continue
    echo "$(basename $task) $(sed 's/^.*) //' $task/stat | awk '{ print $12 + $13 }') $(tr -d '0-9 ' < $task/comm)"
  done > "$1" 2>/dev/null || true
}

counters() {
  $PSQL -F ' ' -c "select pg_stat_force_next_flush()" >/dev/null 2>&1 || true
  sleep 2.5 # backends report their statistics at most once a second
  $PSQL -F ' ' -c "select pg_stat_clear_snapshot()" >/dev/null
  $PSQL -F ' ' -c "select 'db', xact_commit + xact_rollback, tup_inserted, tup_updated, tup_deleted, tup_returned,
     tup_fetched, blks_hit + blks_read from pg_stat_database where datname = '$DB'
    union all select 'table:' || relname, coalesce(seq_scan, 0), n_tup_ins, n_tup_upd, n_tup_del, coalesce(idx_scan, 0),
     coalesce(seq_tup_read, 0), 0 from pg_stat_user_tables"
}

echo "== uppvärmning, $WARMUP s"
wrk -t$(( CLIENTS < 2 ? 1 : 2 )) -c$CLIENTS -d${WARMUP}s -s bench/intake.lua "$BASE" > /dev/null

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
counters > "$OUT/counters-before.txt"
[ -n "${STATEMENT_LOG:-}" ] && LOG_FROM=$(stat -c %s "$STATEMENT_LOG")
snapshot "$OUT/pg-before.txt"
threads "$OUT/threads-before.txt"
APP_BEFORE=$(ticks $APP)
echo "== inflöde: $CLIENTS klienter, $DURATION s"
wrk -t$(( CLIENTS < 2 ? 1 : 2 )) -c$CLIENTS -d${DURATION}s --latency -s bench/intake.lua "$BASE" > "$OUT/intake-cpu-wrk.txt"
APP_AFTER=$(ticks $APP)
threads "$OUT/threads-after.txt"
snapshot "$OUT/pg-after.txt"
[ -n "${STATEMENT_LOG:-}" ] && LOG_TO=$(stat -c %s "$STATEMENT_LOG")
counters > "$OUT/counters-after.txt"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

if [ -n "${STATEMENT_LOG:-}" ]; then
  # every statement a connection to BENCH_DB ran: "statement: …" (simple protocol) and
  # "execute …:" (extended protocol), by their first words
  tail -c +$((LOG_FROM + 1)) "$STATEMENT_LOG" | head -c $((LOG_TO - LOG_FROM)) \
    | grep -a "@$DB LOG:  \(statement\|execute\)" > "$OUT/statements.txt" || true
fi

python3 - "$OUT" "$APP_BEFORE" "$APP_AFTER" "$TICK" "$LOAD_BEFORE" "$LOAD_AFTER" "${STATEMENT_LOG:+yes}" <<'PY'
import collections, re, sys
out, app_before, app_after, tick, load_before, load_after, statements = sys.argv[1:8]
wrk = open(f"{out}/intake-cpu-wrk.txt").read()
n = int(re.search(r"(\d+) requests in", wrk).group(1))
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", wrk)
if bad:
    print(f"VARNING: {bad.group(1)} svar var inte 2xx/3xx")
if n == 0:
    sys.exit("inga intag gjordes")
def read(path):
    return {int(p): int(t) for p, t in (line.split() for line in open(path) if line.strip())}
before, after = read(f"{out}/pg-before.txt"), read(f"{out}/pg-after.txt")
pg = sum(t - before.get(p, 0) for p, t in after.items())
tick = int(tick)
app_ms = (int(app_after) - int(app_before)) * 1000 / tick / n
pg_ms = pg * 1000 / tick / n
def counters(path):
    rows = {}
    for line in open(path):
        parts = line.split()
        if parts:
            rows[parts[0]] = [int(x) for x in parts[1:]]
    return rows
cb, ca = counters(f"{out}/counters-before.txt"), counters(f"{out}/counters-after.txt")
d = [a - b for a, b in zip(ca["db"], cb["db"])]
latency = dict(re.findall(r"^\s+(50|99)%\s+(\S+)", wrk, re.M))
rate = re.search(r"Requests/sec:\s+(\S+)", wrk).group(1)
print(f"intag: {n} ({rate}/s, p50 {latency.get('50')}, p99 {latency.get('99')}); load {load_before} före, {load_after} efter")
print(f"CPU per intag: app {app_ms:.2f} ms, PostgreSQL {pg_ms:.2f} ms (backends för databasen), summa {app_ms + pg_ms:.2f} ms")
tb = {l.split()[0]: int(l.split()[1]) for l in open(f"{out}/threads-before.txt") if len(l.split()) >= 2}
groups = collections.Counter()
for line in open(f"{out}/threads-after.txt"):
    parts = line.split()
    if len(parts) >= 2:
        groups[parts[2] if len(parts) > 2 else "?"] += int(parts[1]) - tb.get(parts[0], 0)
print("  appens trådar, ms per intag: " + ", ".join(f"{name} {t * 1000 / tick / n:.2f}"
      for name, t in groups.most_common(8) if t > 0))
print("per intag i databasen: transaktioner {:.2f}, rader in {:.2f}, uppdaterade {:.2f}, borttagna {:.2f}, "
      "lästa (returned) {:.1f}, hämtade (fetched) {:.1f}, block {:.1f}".format(*(x / n for x in d)))
tables = []
for name, a in ca.items():
    if not name.startswith("table:"):
        continue
    b = cb.get(name, [0] * len(a))
    seq, ins, upd, dele, idx, seqread = (x - y for x, y in zip(a[:6], b[:6]))
    if seq or ins or upd or dele or idx:
        tables.append((name[6:], seq / n, idx / n, ins / n, upd / n, dele / n, seqread / n))
tables.sort(key=lambda t: -(t[1] + t[2] + t[3] + t[4] + t[5]))
print("per intag och tabell: seq scans, index scans, rader in, uppdaterade, borttagna, rader lästa av seq scans")
for t in tables[:15]:
    print("  {:<32} {:6.2f} {:6.2f} {:6.2f} {:6.2f} {:6.2f} {:10.1f}".format(*t))
if statements:
    kinds = collections.Counter()
    total = 0
    for line in open(f"{out}/statements.txt", errors="replace"):
        sql = re.split(r"LOG:  (?:statement|execute [^:]*): ", line, 1)[-1].strip()
        words = " ".join(sql.split()[:4]).lower()
        kinds[words] += 1
        total += 1
    print(f"SQL-satser per intag: {total / n:.2f}")
    for words, count in kinds.most_common(15):
        print(f"  {count / n:6.2f}  {words}")
PY
