#!/usr/bin/env python3
"""Backup under load: a backup taken while 32 clients submit holds every acknowledged submission.

32 clients answer a public survey over HTTP as fast as they can. Once 100
submissions are acknowledged, `survey backup` runs while the clients go on.
The backup is restored into a fresh folder with `survey restore`; then every
submission acknowledged before the backup started must be in the restored log,
and `survey responses check` must pass on it. A second restore into the now
filled folder must be refused.

Usage: python3 Tests/Deployment/backup_under_load.py [path/to/survey]
"""

import http.client
import json
import os
import shutil
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Browser"))
import durability_over_http as load  # noqa: E402

CLIENTS = 32
ACKS_BEFORE_BACKUP = 100


def run(*arguments):
    result = subprocess.run(arguments, capture_output=True, text=True)
    return result.returncode, result.stdout + result.stderr


def main():
    binary = load.built_binary()
    work, surveys, responses = load.fresh_work("survey-backup-", load.SURVEY)
    backup = os.path.join(work, "backup")
    fresh_surveys, fresh_responses = os.path.join(work, "fresh", "surveys"), os.path.join(work, "fresh", "responses")
    port = load.free_port()
    server = load.start(binary, surveys, responses, port)
    acknowledged = set()
    lock = threading.Lock()
    acknowledged_more = threading.Condition(lock)
    stop = threading.Event()

    def submit(index):
        client = load.Client(port)
        number = 0
        while not stop.is_set():
            number += 1
            try:
                response_id, form = load.respond_once(client, index * 100000 + number)
                status, location, _ = client.request("POST", "/s/haltbarkeit/submit", form)
            except (OSError, http.client.HTTPException, KeyError):
                time.sleep(0.05)
                continue
            if status == 303 and location == "/s/haltbarkeit/done":
                with lock:
                    acknowledged.add(response_id)
                    acknowledged_more.notify_all()

    threads = [threading.Thread(target=submit, args=(i,)) for i in range(CLIENTS)]
    for thread in threads:
        thread.start()
    try:
        with lock:
            acknowledged_more.wait_for(lambda: len(acknowledged) >= ACKS_BEFORE_BACKUP, timeout=120)
            before_backup = set(acknowledged)
        started = time.monotonic()
        backup_status, backup_output = run(binary, "backup", backup, "--surveys", surveys, "--responses", responses)
        seconds = time.monotonic() - started
        with lock:
            during_backup = len(acknowledged) - len(before_backup)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
        server.terminate()
        server.wait(timeout=30)

    failures = []
    if backup_status != 0:
        failures.append(f"survey backup failed:\n{backup_output}")
    restore_status, restore_output = run(binary, "restore", backup, "--surveys", fresh_surveys,
                                         "--responses", fresh_responses)
    if restore_status != 0:
        failures.append(f"survey restore failed:\n{restore_output}")
    check_status, check_output = run(binary, "responses", "check", os.path.join(fresh_surveys, "haltbarkeit.json"),
                                     "--responses", fresh_responses)
    if check_status != 0:
        failures.append(f"survey responses check on the restored copy failed:\n{check_output}")
    again_status, again_output = run(binary, "restore", backup, "--surveys", fresh_surveys,
                                     "--responses", fresh_responses)
    if again_status != 1 or "not empty" not in again_output:
        failures.append(f"a restore into filled folders was not refused ({again_status}):\n{again_output}")

    restored = set()
    log_path = os.path.join(fresh_responses, "haltbarkeit", "log.jsonl")
    if os.path.exists(log_path):
        with open(log_path, encoding="utf-8") as log:
            for line in log:
                record = json.loads(line)
                if record["kind"] == "submit":
                    restored.add(record["response"])
    missing = before_backup - restored
    if len(before_backup) < ACKS_BEFORE_BACKUP:
        failures.append(f"only {len(before_backup)} submissions were acknowledged before the backup")
    if missing:
        failures.append(f"{len(missing)} submissions acknowledged before the backup are not in it: {sorted(missing)[:5]}")
    print(f"{len(before_backup)} submissions acknowledged before the backup, {during_backup} while it ran "
          f"({seconds:.2f} s); {len(restored)} in the restored log, {len(acknowledged)} acknowledged in all")
    shutil.rmtree(work, ignore_errors=True)
    if failures:
        for failure in failures:
            print("FAILED: " + failure, file=sys.stderr)
        return 1
    print("every submission acknowledged before the backup is in it, and the restored copy passes the check")
    return 0


if __name__ == "__main__":
    sys.exit(main())
