#!/usr/bin/env python3
"""Durability over HTTP: no acknowledged submission is lost or stored twice.

64 clients answer a public survey as fast as they can. Once 200 submissions
are acknowledged (however long a busy machine takes), the server is killed
with SIGKILL in the middle of the load and started again on
the same responses folder. Submissions whose answer was lost in the crash are
sent again with the same form (same idempotency key), as a browser retry would.
Then every submission that received its redirect must be in the log exactly
once, and no response may have two submissions.

Usage: python3 Tests/Browser/durability_over_http.py [path/to/survey]
"""

import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLIENTS = 64
# Acknowledged submissions to wait for before the kill; the wait itself is bounded only as a safety net.
ACKS_BEFORE_KILL = 200
SURVEY = {
    "id": "haltbarkeit",
    "title": "Haltbarkeit",
    "languages": ["de"],
    "access": "public",
    "pages": [{"id": "eins", "title": "Eins", "questions": [
        {"id": "zahl", "type": "number", "title": "Zahl", "required": True, "integer": True},
        {"id": "text", "type": "text", "title": "Text", "maxLength": 200},
    ]}],
}


class Failure(Exception):
    """A check of an end-to-end test failed; the message says which and what was seen."""


def expect(condition, message):
    if not condition:
        raise Failure(message)


def built_binary():
    """The program named on the command line, or the debug build."""
    return sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "survey")


def write_surveys(folder, *definitions):
    """Creates `folder` with each definition in it as <id>.json; returns the folder."""
    os.makedirs(folder)
    for definition in definitions:
        with open(os.path.join(folder, definition["id"] + ".json"), "w", encoding="utf-8") as file:
            json.dump(definition, file, ensure_ascii=False)
    return folder


def fresh_work(prefix, *definitions):
    """A new temporary folder holding surveys/ with the definitions; returns it, surveys/ and responses/."""
    work = tempfile.mkdtemp(prefix=prefix)
    return work, write_surveys(os.path.join(work, "surveys"), *definitions), os.path.join(work, "responses")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start(binary, surveys, responses, port, extra_arguments=()):
    process = subprocess.Popen(
        # All clients share one address: the budget of new responses per address would stop the load.
        [binary, "serve", "--port", str(port), "--surveys", surveys, "--responses", responses,
         "--new-responses-per-address", "100000", "--new-responses-per-survey", "100000", *extra_arguments],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        line = process.stdout.readline()
        if not line or line.startswith("Press Ctrl-C"):
            break
    threading.Thread(target=lambda: process.stdout.read(), daemon=True).start()
    return process


class Client:
    """One respondent with its own cookie and connection."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}
        self.connection = None

    def open(self):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)

    def request(self, method, path, fields=None):
        if self.connection is None:
            self.connection = self.open()
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
            data = response.read().decode("utf-8", "replace")
        except (OSError, http.client.HTTPException):
            self.connection.close()
            self.connection = None
            raise
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";", 1)[0]
        return response.status, response.getheader("Location"), data


def hidden(html):
    return [(name, value) for name, value in re.findall(r'name="(_csrf|_form)" value="([^"]*)"', html)]


def respond_once(client, number):
    """Answers the survey; returns (response id, submit form) once the form is ready to submit."""
    client.cookies = {}
    client.request("GET", "/s/haltbarkeit")
    # The grant cookie is <survey>!<response>!<participant>!<generation>!<expiry>~<signature>.
    response_id = client.cookies["r-haltbarkeit"].split("!")[1]
    _, _, page = client.request("GET", "/s/haltbarkeit/p/eins")
    status, location, _ = client.request("POST", "/s/haltbarkeit/p/eins",
                                         hidden(page) + [("_action", "next"), ("zahl", str(number)), ("text", "Antwort")])
    if status != 303:
        raise OSError(f"page answered {status}")
    _, _, review = client.request("GET", "/s/haltbarkeit/review")
    return response_id, hidden(review)


def main():
    binary = built_binary()
    work, surveys, responses = fresh_work("survey-durability-", SURVEY)
    port = free_port()
    server = start(binary, surveys, responses, port)
    acknowledged = set()
    unanswered = []  # (cookies, response id, form): submits whose answer the crash swallowed
    lock = threading.Lock()
    acknowledged_more = threading.Condition(lock)
    stop = threading.Event()

    def run(index):
        client = Client(port)
        number = 0
        while not stop.is_set():
            number += 1
            try:
                response_id, form = respond_once(client, index * 100000 + number)
            except (OSError, http.client.HTTPException, KeyError):
                time.sleep(0.05)
                continue
            try:
                status, location, _ = client.request("POST", "/s/haltbarkeit/submit", form)
            except (OSError, http.client.HTTPException):
                with lock:
                    unanswered.append((dict(client.cookies), response_id, form))
                continue
            if status == 303 and location == "/s/haltbarkeit/done":
                with lock:
                    acknowledged.add(response_id)
                    acknowledged_more.notify_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(CLIENTS)]
    for thread in threads:
        thread.start()
    with lock:
        acknowledged_more.wait_for(lambda: len(acknowledged) >= ACKS_BEFORE_KILL, timeout=120)
    server.send_signal(signal.SIGKILL)
    server.wait()
    stop.set()
    for thread in threads:
        thread.join()
    before_restart = len(acknowledged)

    server = start(binary, surveys, responses, port)
    try:
        retried = 0
        for cookies, response_id, form in unanswered:
            client = Client(port)
            client.cookies = cookies
            status, location, _ = client.request("POST", "/s/haltbarkeit/submit", form)
            if status == 303 and location == "/s/haltbarkeit/done":
                acknowledged.add(response_id)
                retried += 1
    finally:
        server.terminate()
        server.wait(timeout=30)

    submits = {}
    with open(os.path.join(responses, "haltbarkeit", "log.jsonl"), encoding="utf-8") as log:
        for line in log:
            record = json.loads(line)
            if record["kind"] == "submit":
                submits[record["response"]] = submits.get(record["response"], 0) + 1
    lost = [rid for rid in acknowledged if submits.get(rid, 0) == 0]
    doubled = [rid for rid, count in submits.items() if count > 1]
    torn = [name for name in os.listdir(os.path.join(responses, "haltbarkeit")) if ".torn-" in name]
    shutil.rmtree(work, ignore_errors=True)
    print(f"{before_restart} submissions acknowledged before SIGKILL, {len(unanswered)} cut off by it "
          f"({retried} acknowledged on retry after restart); {len(submits)} responses in the log"
          + (f"; torn tail set aside: {torn}" if torn else ""))
    if before_restart == 0:
        print("FAILED: no submission was acknowledged before the kill", file=sys.stderr)
        return 1
    if lost or doubled:
        print(f"FAILED: lost {len(lost)} acknowledged submissions, {len(doubled)} responses stored twice", file=sys.stderr)
        return 1
    print("every acknowledged submission is stored exactly once")
    return 0


if __name__ == "__main__":
    sys.exit(main())
