#!/usr/bin/env python3
"""/healthz and /metrics on the admin listener, read as Prometheus reads them.

Starts `survey serve --admin-listen`, parses /metrics with prometheus-client's
text parser (which rejects anything outside the exposition format), answers the
survey a few times over HTTP, and checks that the counts moved by as much as
they should. Both endpoints must be missing from the public listener.

Usage: python3 Tests/Deployment/health_and_metrics.py [path/to/survey]
"""

import os
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

from prometheus_client.parser import text_string_to_metric_families

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "Tests", "Browser"))
from durability_over_http import SURVEY, Client, built_binary, free_port, fresh_work, respond_once  # noqa: E402

SUBMISSIONS = 3


def get(port, path):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
            return response.status, response.headers.get("Content-Type"), response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type"), error.read().decode("utf-8")


def samples(port):
    """Every sample of /metrics by (name, sorted labels), and each family's type."""
    status, content_type, text = get(port, "/metrics")
    assert status == 200, f"/metrics answered {status}"
    assert content_type.startswith("text/plain; version=0.0.4"), content_type
    values, types = {}, {}
    for family in text_string_to_metric_families(text):
        types[family.name] = family.type
        for sample in family.samples:
            values[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return values, types


def main():
    binary = built_binary()
    work, surveys, responses = fresh_work("survey-metrics-", SURVEY)
    port, admin = free_port(), free_port()
    server = subprocess.Popen(
        [binary, "serve", "--port", str(port), "--surveys", surveys, "--responses", responses,
         "--admin-listen", f"127.0.0.1:{admin}"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            line = server.stdout.readline()
            if not line or line.startswith("Press Ctrl-C"):
                break
        threading.Thread(target=lambda: server.stdout.read(), daemon=True).start()

        for path in ("/healthz", "/metrics"):
            status, _, _ = get(port, path)
            assert status == 404, f"the public listener answered {path} with {status}"
        status, _, text = get(admin, "/healthz")
        assert (status, text) == (200, "ok\n"), f"/healthz answered {status}: {text!r}"

        before, types = samples(admin)
        for name, kind in [("survey_http_requests", "counter"), ("survey_http_request_duration_seconds", "histogram"),
                           ("survey_http_open_connections", "gauge"), ("survey_log_fsync_seconds", "histogram"),
                           ("survey_log_records_per_commit", "histogram"), ("survey_log_failed_commits", "counter"),
                           ("survey_log_last_failed_commit_timestamp_seconds", "gauge"),
                           ("survey_submissions", "gauge"), ("survey_drafts", "gauge")]:
            assert types.get(name) == kind, f"{name}: expected a {kind}, found {types.get(name)}"

        client = Client(port)
        for number in range(SUBMISSIONS):
            _, form = respond_once(client, number)
            status, location, _ = client.request("POST", "/s/haltbarkeit/submit", form)
            assert (status, location) == (303, "/s/haltbarkeit/done"), f"submit answered {status} {location}"
        after, _ = samples(admin)

        def moved(name, labels=()):
            key = (name, tuple(sorted(labels)))
            return after.get(key, 0) - before.get(key, 0)

        survey = (("survey", "haltbarkeit"),)
        checks = {
            "submissions": (moved("survey_submissions", survey), SUBMISSIONS),
            # Each answer's page save is a draft; the submission replaces it.
            "drafts": (moved("survey_drafts", survey), 0),
            "submit redirects": (moved("survey_http_requests_total", (("route", "form"), ("status", "303"))),
                                 2 * SUBMISSIONS),
            "fsyncs": (moved("survey_log_fsync_seconds_count"), 2 * SUBMISSIONS),
            "commits": (moved("survey_log_records_per_commit_count"), 2 * SUBMISSIONS),
            "failed commits": (moved("survey_log_failed_commits_total"), 0),
        }
        wrong = {name: pair for name, pair in checks.items() if pair[0] != pair[1]}
        assert not wrong, f"moved by (found, expected): {wrong}"
        assert moved("survey_http_request_duration_seconds_count", (("route", "form"),)) >= 4 * SUBMISSIONS
        assert after[("survey_http_open_connections", ())] >= 1, "the client's keep-alive connection is open"
        print(f"/metrics parsed by prometheus-client; {SUBMISSIONS} submissions moved every count as expected; "
              "/healthz ok; neither endpoint on the public listener")
        return 0
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
