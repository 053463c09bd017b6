#!/usr/bin/env python3
"""A full disk on a real, small file system: refused cleanly, nothing torn, all well once space is freed.

The responses live on an 8 MB tmpfs mounted for the test (this needs root;
outside CI the test is skipped with a message when it is not root). A first
submission goes through. Then a file fills the disk to below the server's
reserve (--disk-reserve 2): drafts and submissions are answered 503 with
Retry-After and „Bitte versuchen Sie es später noch einmal“. The file then
fills the disk completely and the server is restarted without a reserve
(--disk-reserve 0), so that the store's own write hits ENOSPC: the submission
must again be refused with 503 and leave no torn record. `survey responses
check` passes on the full disk. After the file is removed, the refused draft
and submission go through, and the log holds each submission exactly once.

Usage: python3 Tests/Deployment/disk_full_over_http.py [path/to/survey]
"""

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Browser"))
from durability_over_http import (  # noqa: E402
    SURVEY, Client, Failure, built_binary, expect, free_port, hidden, respond_once, start, write_surveys)

SURVEY_ID = SURVEY["id"]
TRY_LATER = "Bitte versuchen Sie es später noch einmal"
# Submissions ready before the disk fills: more than fit into the slack of the log's last page (4 KiB / 270 bytes).
PROBES = 30


def mount_small_disk(path):
    """Mounts an 8 MB tmpfs at `path`; False when not root (and not in CI), raising when the mount fails."""
    if os.geteuid() != 0:
        if os.environ.get("CI") == "true":
            raise Failure("the disk-full test must run as root in CI: it mounts a small tmpfs")
        print("SKIPPED disk_full_over_http: not root, so no small file system can be mounted; "
              "run it as root (CI does) to test a full disk")
        return False
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m,mode=0755", "tmpfs", path], check=True)
    return True


def fill(path, leave_bytes):
    """Writes `path` until no more than `leave_bytes` are free on its file system (or the disk is full)."""
    chunk = b"\0" * 65536
    with open(path, "ab") as filler:
        try:
            while True:
                free = os.statvfs(path).f_bavail * os.statvfs(path).f_frsize
                if free <= leave_bytes:
                    break
                filler.write(chunk[:min(len(chunk), free - leave_bytes)])
                filler.flush()
        except OSError:
            pass  # ENOSPC: as full as it gets


def until(condition, what, seconds=15):
    """Polls `condition` (the server re-reads the free space once a second); fails after `seconds`."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.1)
    raise Failure(f"waited {seconds} s in vain for {what}")


def stop(server, *clients):
    """Stops the server gracefully; the clients' kept-alive connections go with it."""
    server.send_signal(signal.SIGTERM)
    server.wait(timeout=30)
    for client in clients:
        if client.connection is not None:
            client.connection.close()
            client.connection = None


def check_log(binary, surveys, responses):
    """`survey responses check` must pass and no torn tail may have been set aside; returns the submit counts."""
    check = subprocess.run(
        [binary, "responses", "check", os.path.join(surveys, f"{SURVEY_ID}.json"), "--responses", responses],
        capture_output=True, text=True)
    expect(check.returncode == 0, f"responses check failed: {check.stdout}{check.stderr}")
    folder = os.path.join(responses, SURVEY_ID)
    torn = [name for name in os.listdir(folder) if ".torn-" in name or ".quarantine-" in name]
    expect(not torn, f"torn records were set aside: {torn}")
    submits = {}
    with open(os.path.join(folder, "log.jsonl"), encoding="utf-8") as log:
        for line in log:
            record = json.loads(line)
            if record["kind"] == "submit":
                submits[record["response"]] = submits.get(record["response"], 0) + 1
    return submits


def draft(client, page, number):
    return client.request("POST", f"/s/{SURVEY_ID}/p/eins",
                          hidden(page) + [("_action", "save"), ("zahl", str(number)), ("text", "Entwurf")])


def scenario(binary, work, disk):
    surveys, responses = write_surveys(os.path.join(work, "surveys"), SURVEY), os.path.join(disk, "responses")
    filler = os.path.join(disk, "filler")
    port = free_port()
    probes = []
    server = start(binary, surveys, responses, port, ["--disk-reserve", "2"])
    try:
        first = Client(port)
        _, form = respond_once(first, 1)
        status, location, _ = first.request("POST", f"/s/{SURVEY_ID}/submit", form)
        expect(status == 303 and location == f"/s/{SURVEY_ID}/done", f"the first submission answered {status}")

        # The largest answer: a record that the refused probes below show does not fit cannot fit either.
        waiting = Client(port)
        waiting_id, waiting_form = respond_once(waiting, 999999)
        probes = [(client, *respond_once(client, number)) for number, client in
                  ((number, Client(port)) for number in range(3, 3 + PROBES))]
        drafter = Client(port)
        drafter.request("GET", f"/s/{SURVEY_ID}")
        _, _, page = drafter.request("GET", f"/s/{SURVEY_ID}/p/eins")

        fill(filler, 1 << 20)

        def refused_draft():
            status, _, body = draft(drafter, page, 3)
            return (status, body) if status != 303 else None

        status, body = until(refused_draft, "a draft to be refused below the reserve")
        expect(status == 503 and TRY_LATER in body, f"a draft below the reserve answered {status}")
        status, _, body = waiting.request("POST", f"/s/{SURVEY_ID}/submit", waiting_form)
        expect(status == 503 and TRY_LATER in body, f"a submission below the reserve answered {status}")
    finally:
        stop(server, waiting, drafter, *(client for client, _, _ in probes))

    # Completely full, and no reserve in the way: the store's own write runs into ENOSPC. The file
    # system may still have room in the log's last page, so probes submit until one no longer fits.
    fill(filler, 0)
    server = start(binary, surveys, responses, port, ["--disk-reserve", "0"])
    acknowledged, refused = [], []
    try:
        for client, response_id, form in probes:
            status, _, _ = client.request("POST", f"/s/{SURVEY_ID}/submit", form)
            expect(status in (303, 503), f"a submission on a full disk answered {status}")
            (acknowledged if status == 303 else refused).append((client, response_id, form))
            if refused:
                break
        expect(refused, f"{PROBES} submissions fitted on a full disk")
        status, _, _ = waiting.request("POST", f"/s/{SURVEY_ID}/submit", waiting_form)
        expect(status == 503, f"a submission on a full disk answered {status}")
    finally:
        stop(server, waiting, *(client for client, _, _ in probes))
    print(f"full disk: {len(acknowledged)} submissions still fitted into the log's last page, the next was refused")
    submits = check_log(binary, surveys, responses)
    expect(waiting_id not in submits and refused[0][1] not in submits, "a refused submission is in the log")
    expect(all(response_id in submits for _, response_id, _ in acknowledged), "an acknowledged submission is lost")

    os.remove(filler)
    server = start(binary, surveys, responses, port, ["--disk-reserve", "2"])
    try:
        for client, _, form in [(waiting, waiting_id, waiting_form), *refused]:
            status, location, _ = client.request("POST", f"/s/{SURVEY_ID}/submit", form)
            expect(status == 303 and location == f"/s/{SURVEY_ID}/done",
                   f"a refused submission answered {status} after space was freed")
        status, _, _ = draft(drafter, page, 4)
        expect(status == 303, f"the refused draft answered {status} after space was freed")
    finally:
        stop(server, waiting, drafter, *(client for client, _, _ in refused))
    submits = check_log(binary, surveys, responses)
    expected = 3 + len(acknowledged)  # the first, the acknowledged probes, the waiting one, the refused probe
    expect(len(submits) == expected and set(submits.values()) == {1},
           f"expected {expected} submissions once each: {submits}")
    expect(waiting_id in submits and refused[0][1] in submits, "a submission made after space was freed is lost")


def main():
    binary = built_binary()
    work = tempfile.mkdtemp(prefix="survey-disk-full-")
    disk = os.path.join(work, "disk")
    os.makedirs(disk)
    mounted = False
    try:
        mounted = mount_small_disk(disk)
        if not mounted:
            return 0
        scenario(binary, work, disk)
    except Failure as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        if mounted:
            subprocess.run(["umount", disk], check=False)
        shutil.rmtree(work, ignore_errors=True)
    print("on a full 8 MB tmpfs drafts and submissions were refused with 503, nothing was torn, "
          "and after freeing space they went through, each submission stored once")
    return 0


if __name__ == "__main__":
    sys.exit(main())
