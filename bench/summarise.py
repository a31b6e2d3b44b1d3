"""Reads the outputs of one bench/run.sh and prints the figures as Markdown."""
import os, platform, re, subprocess, sys

out, total, clients, duration = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]


def read(name):
    with open(os.path.join(out, name), encoding="utf-8") as f:
        return f.read()


def ms(value):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def wrk(name):
    text = read(name)
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    count = int(re.search(r"(\d+) requests in", text).group(1))
    p = {q: ms(v) for q, v in re.findall(r"^\s+(50|99)%\s+(\S+)", text, re.M)}
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    return rate, count, p["50"], p["99"], int(errors.group(1)) if errors else 0


def fmt(v):
    return "–" if v is None else f"{v:.1f}"


cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
pg = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-Atc", "show server_version"],
                    capture_output=True, text=True).stdout.strip()
java = subprocess.run([os.path.join(os.environ.get("JAVA_HOME", "/usr"), "bin", "java"), "-version"],
                      capture_output=True, text=True).stderr.splitlines()[0]

print(f"""## Helhet load harness — {total:_} requests on PostgreSQL {pg}

Machine: {os.cpu_count()} cores ({cpu}), {round(os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30)} GiB,
{platform.system()} {platform.release()}, {java}; Helhet, PostgreSQL, wrk and pgbench share the machine.
{duration} s per measurement.

| Measurement | Result | Target |
|---|---|---|""".replace("_", " "))
for c in clients.split():
    rate, count, p50, p99, errors = wrk(f"intake-{c}.txt")
    pgb = read(f"pgbench-{c}.txt")
    raw = float(re.search(r"tps = ([\d.]+)", pgb).group(1))
    raw_latency = float(re.search(r"latency average = ([\d.]+) ms", pgb).group(1))
    print(f"""| Intake POST /api/v1/requests, {c} clients | {rate:_.0f} requests/s ({count:_} filed, {errors} errors) | |
| Raw single-row insert, pgbench, {c} clients, same database | {raw:_.0f} inserts/s (mean {raw_latency:.2f} ms) | |
| Intake ÷ raw insert, {c} clients | {rate / raw * 100:.1f} % | ≥ 25 % |
| Intake latency, {c} clients: p50 / p99 | {p50:.1f} / {p99:.1f} ms | p99 < 50 ms |""".replace("_", " "))
rate, count, p50, p99, errors = wrk("me.txt")
print(f"| For scale: GET /api/v1/me, 4 clients (token, one account read, JSON) | {rate:_.0f} requests/s, p99 {p99:.1f} ms | |"
      .replace("_", " "))
for label, name in [("Queue page /arenden?vy=mina (handläggare's own, 50 rows by due)", "queue-mina.txt"),
                    ("Queue page /arenden?vy=alla (all they may see, 50 rows by due)", "queue-alla.txt"),
                    ("List API queue=MINE, 50 rows by due", "list-MINE.txt"),
                    ("List API queue=ALL, 50 rows by due", "list-ALL.txt")]:
    rate, count, p50, p99, errors = wrk(name)
    print(f"| {label}, one client: p50 / p99 | {p50:.1f} / {p99:.1f} ms ({count:_} calls, {errors} errors) | < 30 ms |"
          .replace("_", " "))
print()
print("Latencies are wrk's, measured on loopback: the server's time plus a fraction of a millisecond.")
