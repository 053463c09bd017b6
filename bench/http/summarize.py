"""Turns run.sh's raw lines into a table of medians and ratios (ours / Hummingbird)."""
import statistics
import sys
from collections import defaultdict


def milliseconds(text):
    units = {"us": 0.001, "ms": 1.0, "s": 1000.0}
    for unit in ("us", "ms", "s"):
        if text.endswith(unit):
            return float(text[: -len(unit)]) * units[unit]
    return float("nan")


runs = defaultdict(list)
idle = {}
for line in open(sys.argv[1]):
    parts = line.split()
    if len(parts) > 1 and parts[1] == "idle":
        idle[parts[0]] = dict(p.split("=") for p in parts[2:] if "=" in p)
        continue
    if len(parts) < 6:
        continue
    name, workload, connections = parts[:3]
    fields = dict(p.split("=", 1) for p in parts[3:6])
    try:
        runs[(workload, connections, name)].append(
            (float(fields["rps"]), milliseconds(fields["p50"]), milliseconds(fields["p99"]))
        )
    except (KeyError, ValueError):
        pass

print("| workload | conns | ours req/s | HB req/s | ratio | ours p50 | HB p50 | ours p99 | HB p99 | runs |")
print("|---|---|---|---|---|---|---|---|---|---|")
for workload in ("get", "post"):
    for connections in ("64", "1000"):
        ours = runs.get((workload, connections, "ours"), [])
        peer = runs.get((workload, connections, "hummingbird"), [])
        if not ours or not peer:
            continue
        median = lambda rows, i: statistics.median(r[i] for r in rows)
        print(
            f"| {workload} | {connections} | {median(ours, 0):,.0f} | {median(peer, 0):,.0f} | "
            f"{median(ours, 0) / median(peer, 0):.2f}x | {median(ours, 1):.2f} ms | {median(peer, 1):.2f} ms | "
            f"{median(ours, 2):.2f} ms | {median(peer, 2):.2f} ms | {len(ours)}+{len(peer)} |"
        )
print("\nHandler shapes (ours only, GET page, 64 connections):\n")
print("| handler | req/s | p50 | p99 | runs |")
print("|---|---|---|---|---|")
for workload, label in (("get", "immediate"), ("get-deferred", "deferred (Responder)"), ("get-async", "async (Task)")):
    rows = runs.get((workload, "64", "ours"), [])
    if rows:
        median = lambda i: statistics.median(r[i] for r in rows)
        print(f"| {label} | {median(0):,.0f} | {median(1):.2f} ms | {median(2):.2f} ms | {len(rows)} |")
for name, values in idle.items():
    after = int(values.get("rss_after_kib", "0")) / 1024
    before = int(values.get("rss_before_kib", "0")) / 1024
    print(f"\n{name}: 10,000 idle keep-alive connections: RSS {before:.1f} MB before, {after:.1f} MB with them "
          f"({values.get('answered')} answered)")
