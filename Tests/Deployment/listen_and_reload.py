#!/usr/bin/env python3
"""Listening on a Unix socket and on TCP at once, SIGHUP reloads, socket files come and go safely.

Starts `survey serve --listen unix:… --listen 127.0.0.1:…`, then checks:
- the socket file has mode 0660 and serves the survey, as does the TCP port;
- under a service manager (NOTIFY_SOCKET, as systemd's Type=notify sets it) the server reports READY=1 once it
  listens, and STOPPING=1 at SIGTERM;
- SIGHUP reloads the definitions (a survey added before it is served) and the server lives on;
- SIGTERM stops the server and removes its socket file;
- after SIGKILL the stale socket file is replaced by the next start;
- a second server refuses the socket of a running one and leaves it in place.

Usage: python3 Tests/Deployment/listen_and_reload.py [path/to/survey]
"""

import http.client
import json
import os
import queue
import signal
import socket
import stat
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Browser"))
from durability_over_http import built_binary, free_port, fresh_work  # noqa: E402


def survey(identifier):
    return {
        "id": identifier, "title": identifier.capitalize(), "languages": ["de"], "access": "public",
        "pages": [{"id": "eins", "title": "Eins", "questions": [
            {"id": "zahl", "type": "number", "title": "Zahl", "integer": True}]}],
    }


class UnixConnection(http.client.HTTPConnection):
    """HTTP over a Unix socket, as nginx talks to the server."""

    def __init__(self, path):
        super().__init__("localhost", timeout=10)
        self.path = path

    def connect(self):
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.settimeout(10)
        self.sock.connect(self.path)


def status(connection, path):
    connection.request("GET", path)
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status


class Server:
    """`survey serve` with its output read line by line in the background."""

    def __init__(self, binary, surveys, responses, listen, environment=None):
        arguments = [binary, "serve", "--surveys", surveys, "--responses", responses]
        for address in listen:
            arguments += ["--listen", address]
        self.process = subprocess.Popen(arguments, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                        env={**os.environ, **(environment or {})})
        self.lines = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def wait_for(self, prefix, timeout=60):
        """The first line starting with `prefix`; fails on end of output or after `timeout` seconds."""
        deadline = time.time() + timeout
        seen = []
        while time.time() < deadline:
            try:
                line = self.lines.get(timeout=deadline - time.time())
            except queue.Empty:
                break
            if line is None:
                break
            seen.append(line)
            if line.startswith(prefix):
                return line
        raise AssertionError(f"no line starting with {prefix!r}; output was:\n" + "\n".join(seen))


def check(condition, message):
    if not condition:
        raise AssertionError(message)
    print(f"ok: {message}")


def main():
    binary = built_binary()
    work, surveys, responses = fresh_work("survey-listen-", survey("erste"))
    run = os.path.join(work, "run")
    os.makedirs(run, mode=0o750)
    path = os.path.join(run, "http.sock")
    port = free_port()
    listen = [f"unix:{path}", f"127.0.0.1:{port}"]

    # The service manager's end of sd_notify(3): a datagram socket whose path is in NOTIFY_SOCKET.
    manager = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    manager.bind(os.path.join(work, "notify.sock"))
    manager.settimeout(60)
    server = Server(binary, surveys, responses, listen, {"NOTIFY_SOCKET": os.path.join(work, "notify.sock")})
    line = server.wait_for("Serving on ")
    check(f"unix:{path}" in line and f"http://127.0.0.1:{port}" in line, f"both addresses announced: {line}")
    server.wait_for("Press Ctrl-C")
    check(manager.recv(4096) == b"READY=1", "the service manager is told READY=1 once the server listens")
    mode = os.lstat(path).st_mode
    check(stat.S_ISSOCK(mode) and stat.S_IMODE(mode) == 0o660, f"socket file mode {oct(stat.S_IMODE(mode))}")
    check(status(UnixConnection(path), "/s/erste") == 200, "the survey is served on the Unix socket")
    check(status(http.client.HTTPConnection("127.0.0.1", port, timeout=10), "/s/erste") == 200, "and on TCP")

    with open(os.path.join(surveys, "zweite.json"), "w", encoding="utf-8") as file:
        json.dump(survey("zweite"), file)
    server.process.send_signal(signal.SIGHUP)
    server.wait_for("SIGHUP: survey definitions reloaded")
    check(server.process.poll() is None, "SIGHUP does not stop the server")
    deadline = time.time() + 30
    while status(UnixConnection(path), "/s/zweite") != 200 and time.time() < deadline:
        time.sleep(0.1)
    check(status(UnixConnection(path), "/s/zweite") == 200, "a survey added before SIGHUP is served")

    # Responses of its own, so that only the socket can stop it.
    second = Server(binary, surveys, os.path.join(work, "other-responses"), [f"unix:{path}"])
    refusal = second.wait_for("survey: error: cannot listen: Another server is listening on the socket")
    check(second.process.wait(timeout=60) != 0, f"a second server does not start on a live socket: {refusal}")
    check(stat.S_ISSOCK(os.lstat(path).st_mode), "and leaves the running server's socket in place")
    check(status(UnixConnection(path), "/s/erste") == 200, "which still serves")

    server.process.send_signal(signal.SIGTERM)
    check(manager.recv(4096) == b"STOPPING=1", "and STOPPING=1 at SIGTERM")
    check(server.process.wait(timeout=60) == 0, "SIGTERM stops the server cleanly")
    check(not os.path.exists(path), "the socket file is removed on shutdown")

    server = Server(binary, surveys, responses, listen)
    server.wait_for("Press Ctrl-C")
    server.process.send_signal(signal.SIGKILL)
    server.process.wait()
    check(stat.S_ISSOCK(os.lstat(path).st_mode), "a killed server leaves its socket file behind")
    server = Server(binary, surveys, responses, listen)
    try:
        server.wait_for("Press Ctrl-C")
        check(status(UnixConnection(path), "/s/erste") == 200, "the next start replaces the stale socket")
    finally:
        server.process.terminate()
        server.process.wait(timeout=60)
    print("listen_and_reload: all checks passed")


if __name__ == "__main__":
    main()
