"""Waits until Helhet's search index holds every request of the database (bench/run.sh).

Requests written straight into the database by the load script are not in the index yet; the
node would index them while the intake is measured, and every intake would pay for that. So the
harness rebuilds the index once and waits for it, printing the progress.
Usage: python3 bench/index-ready.py BASE_URL
"""
import json
import sys
import time
import urllib.request

base = sys.argv[1]
auth = {"Authorization": "Bearer demo-admin"}


def status():
    return json.load(urllib.request.urlopen(urllib.request.Request(base + "/api/v1/search/index", headers=auth)))


while status()["rebuilding"]:  # the start's own build
    time.sleep(1)
s = status()
if s["counts"].get("REQUEST", 0) >= s["requestsInDatabase"]:
    print(f"   sökindexet har alla {s['requestsInDatabase']} ärenden")
    sys.exit(0)
before = s.get("rebuildFinishedAt")
urllib.request.urlopen(urllib.request.Request(base + "/api/v1/search/index/rebuild", data=b"", method="POST",
                                              headers=auth))
start, last = time.time(), -1
while True:
    s = status()
    if s.get("rebuildFailure"):
        sys.exit("ombyggnaden av sökindexet misslyckades: " + s["rebuildFailure"])
    if not s["rebuilding"] and s.get("rebuildFinishedAt") not in (None, before):
        break
    if s["rebuilding"] and s["percent"] // 25 != last:
        last = s["percent"] // 25
        print(f"   sökindex {s['percent']:3d} %  {time.time() - start:6.1f} s", flush=True)
    time.sleep(1)
print(f"   sökindexet ombyggt på {time.time() - start:.0f} s ({s['counts'].get('REQUEST', 0)} ärenden)")
