"""Naive peer of `survey generate`: copies the shape of generated records.

It reads the first 1000 records the Swift generator wrote, and writes `count`
records whose answers are drawn at random, question by question, from the
values seen there (no skip logic, no rules, no validation), each serialised
with json.dumps, with one fsync at the end. It is the floor for "draw random
values and write JSON lines" in Python.
"""
import json
import os
import random
import sys

source, target, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
seen = {}
with open(source) as log:
    for number, line in enumerate(log):
        if number == 1000:
            break
        for key, value in json.loads(line)["answers"].items():
            seen.setdefault(key, []).append(value)
keys = list(seen)
random.seed(1)
with open(target, "w") as out:
    for number in range(1, count + 1):
        record = {
            "kind": "submit", "seq": number, "response": f"py-{number}", "revision": 1,
            "time": "2026-11-27T06:00:00.000Z", "definition": "0" * 64, "participant": f"py-{number}",
            "answers": {key: random.choice(seen[key]) for key in keys},
        }
        out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
        out.write("\n")
    out.flush()
    os.fsync(out.fileno())
