#!/usr/bin/env python3
"""Invitations and reminders through real mail software, read back as a mail program reads them.

aiosmtpd receives the messages and writes each one to a folder. Three scenarios, each with
20 schools in a fresh folder:

1. SMTP: `survey mail invite` sends through the built-in SMTP client. Every message is parsed
   with Python's `email` package (decoded subject and text, umlauts intact), its personal link is
   followed on a live `survey serve` and must open that school's survey. Five schools submit;
   `survey mail remind` must reach the other fifteen only, with the invitation's link.
2. The same through msmtp as the sendmail program.
3. A crash: the server holds its answer to the seventh message, the sender is killed with
   SIGKILL while it waits, and `survey mail invite` runs again. Every school has exactly one
   invitation; the held one is reported as uncertain, not sent twice.

Usage: python3 Tests/Mail/real_mail.py [path/to/survey]
"""

import asyncio
import email
import email.policy
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

from aiosmtpd.controller import Controller

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCHOOLS = 20
SUBMITTERS = {"s03", "s07", "s11", "s12", "s20"}
HELD_MESSAGE = 7
TITLE = "Digitale Ausstattung – Größe & Qualität"
SURVEY = {
    "id": "ausstattung",
    "title": TITLE,
    "languages": ["de"],
    "access": "token",
    "pages": [{"id": "eins", "title": "Eins", "questions": [
        {"id": "geraete", "type": "number", "title": "Wie viele Geräte?", "integer": True},
    ]}],
    "mail": {
        "invitation": {
            "subject": "Einladung: {{title}} für {{name}}",
            "text": "Sehr geehrte Damen und Herren der {{name}},\n\nbitte öffnen Sie Ihren persönlichen Link:\n"
                    "{{link}}\n\nIhr Zugangscode lautet {{code}}.\n\nMit freundlichen Grüßen\n{{office}}\n",
        },
        "reminder": {
            "subject": "Erinnerung: {{title}} für {{name}}",
            "text": "Sehr geehrte Damen und Herren der {{name}},\n\nwir würden uns über Ihre Antworten freuen:\n"
                    "{{link}}\n\nMit freundlichen Grüßen\n{{office}}\n",
        },
    },
}


def school(number):
    return f"s{number:02d}", f"Grundschule Nr. {number} „Am Bächle“ – Süd", f"s{number:02d}@schulen.example"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Mailbox:
    """An SMTP server that writes each message to a folder; it can hold its answer to one message."""

    def __init__(self, folder, hold_at=None):
        self.folder = folder
        self.hold_at = hold_at
        self.count = 0
        self.held = threading.Event()
        self.release = None
        os.makedirs(folder, exist_ok=True)
        self.port = free_port()
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        name = os.path.join(self.folder, f"{self.count:04d}")
        with open(name + ".eml", "wb") as file:
            file.write(envelope.original_content)
        with open(name + ".json", "w") as file:
            json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos}, file)
        if self.count == self.hold_at:
            self.release = asyncio.Event()
            self.held.set()
            await self.release.wait()
        return "250 2.0.0 Ok: queued"

    def stop(self):
        if self.release is not None:
            self.controller.loop.call_soon_threadsafe(self.release.set)
        self.controller.stop()

    def messages(self):
        found = []
        for name in sorted(os.listdir(self.folder)):
            if name.endswith(".eml"):
                with open(os.path.join(self.folder, name), "rb") as file:
                    message = email.message_from_bytes(file.read(), policy=email.policy.default)
                with open(os.path.join(self.folder, name[:-4] + ".json")) as file:
                    found.append((message, json.load(file)))
        return found


class Folder:
    """A working folder with the survey, its participants and mail settings."""

    def __init__(self, binary, transport):
        self.binary = binary
        self.path = tempfile.mkdtemp(prefix="survey-mail-")
        self.web_port = free_port()
        os.makedirs(os.path.join(self.path, "surveys"))
        with open(os.path.join(self.path, "surveys", "ausstattung.json"), "w", encoding="utf-8") as file:
            json.dump(SURVEY, file, ensure_ascii=False)
        with open(os.path.join(self.path, "schulen.csv"), "w", encoding="utf-8") as file:
            file.write("id,label,email\n")
            for number in range(1, SCHOOLS + 1):
                file.write(",".join(school(number)) + "\n")
        self.run("participants", "import", "ausstattung", "schulen.csv")
        with open(os.path.join(self.path, "mail.json"), "w", encoding="utf-8") as file:
            json.dump({
                "from": {"address": "schulamt@kreis.example", "name": "Schulamt Kreis Süd"},
                "replyTo": "fragen@kreis.example",
                "office": {"de": "Schulamt des Landkreises Süd"},
                "contact": {"de": "Telefon 01234 5678"},
                "baseURL": f"http://127.0.0.1:{self.web_port}",
                "transport": transport,
            }, file, ensure_ascii=False)

    def run(self, *arguments, check=True):
        result = subprocess.run([self.binary, *arguments], cwd=self.path, capture_output=True, text=True,
                                env={**os.environ, "LANG": "de_DE.UTF-8"})
        if check and result.returncode != 0:
            raise AssertionError(f"survey {' '.join(arguments)} failed:\n{result.stdout}\n{result.stderr}")
        return result

    def mail(self, *arguments):
        return self.run("mail", *arguments, "ausstattung", "--per-minute", "6000")

    def mail_log(self):
        with open(os.path.join(self.path, "responses", "ausstattung", "mail.jsonl"), encoding="utf-8") as file:
            return [json.loads(line) for line in file]

    def remove(self):
        shutil.rmtree(self.path, ignore_errors=True)


class Server:
    """`survey serve` on the folder, with a cookie-keeping client per school."""

    def __init__(self, folder):
        self.port = folder.web_port
        self.process = subprocess.Popen(
            [folder.binary, "serve", "--port", str(self.port), "--surveys", "surveys", "--responses", "responses"],
            cwd=folder.path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        deadline = time.time() + 60
        while time.time() < deadline:
            line = self.process.stdout.readline()
            if not line or line.startswith("Press Ctrl-C"):
                break
        threading.Thread(target=lambda: self.process.stdout.read(), daemon=True).start()

    def request(self, cookies, method, path, fields=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=10)
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in cookies.items())}
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        data = response.read().decode("utf-8", "replace")
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                cookies[name] = rest.split(";", 1)[0]
        connection.close()
        return response.status, response.getheader("Location"), data

    def open_link(self, link):
        """Follows a personal link; returns the participant the survey opened for, and the cookies."""
        cookies = {}
        path = urllib.parse.urlparse(link).path
        status, location, _ = self.request(cookies, "GET", path)
        if status != 303 or location != "/s/ausstattung":
            raise AssertionError(f"{link} answered {status} → {location}")
        # The grant cookie is <survey>!<response>!<participant>!<generation>!<expiry>~<signature>.
        return cookies["r-ausstattung"].split("!")[2], cookies

    def submit(self, cookies):
        _, _, page = self.request(cookies, "GET", "/s/ausstattung/p/eins")
        form = re.findall(r'name="(_csrf|_form)" value="([^"]*)"', page)
        status, _, _ = self.request(cookies, "POST", "/s/ausstattung/p/eins",
                                    form + [("_action", "next"), ("geraete", "12")])
        if status != 303:
            raise AssertionError(f"page answered {status}")
        _, _, review = self.request(cookies, "GET", "/s/ausstattung/review")
        status, location, _ = self.request(
            cookies, "POST", "/s/ausstattung/submit", re.findall(r'name="(_csrf|_form)" value="([^"]*)"', review))
        if status != 303 or location != "/s/ausstattung/done":
            raise AssertionError(f"submit answered {status} → {location}")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


def check_messages(messages, kind, expected_ids):
    """Every message decodes with its umlauts; returns the personal link by school id."""
    links = {}
    schools = {school(n)[0]: school(n) for n in range(1, SCHOOLS + 1)}
    for message, envelope in messages:
        (address,) = envelope["to"]
        school_id = address.split("@")[0]
        _, label, _ = schools[school_id]
        expected_subject = f"{kind}: {TITLE} für {label}"
        if message["Subject"] != expected_subject:
            raise AssertionError(f"subject {message['Subject']!r}, expected {expected_subject!r}")
        if message["From"].addresses[0].display_name != "Schulamt Kreis Süd":
            raise AssertionError(f"From {message['From']!r}")
        if message["To"].addresses[0].addr_spec != address or message["To"].addresses[0].display_name != label:
            raise AssertionError(f"To {message['To']!r}")
        for header in ("Date", "Message-ID", "Reply-To", "MIME-Version"):
            if message[header] is None:
                raise AssertionError(f"{header} missing in the message to {address}")
        text = message.get_body(preferencelist=("plain",)).get_content()
        if f"Sehr geehrte Damen und Herren der {label}," not in text or "Mit freundlichen Grüßen" not in text:
            raise AssertionError(f"text of the message to {address}:\n{text}")
        for line in message.as_bytes().split(b"\r\n" if b"\r\n" in message.as_bytes() else b"\n"):
            if len(line) > 78:
                raise AssertionError(f"a line of {len(line)} characters in the message to {address}: {line!r}")
        (link,) = re.findall(r"http://127\.0\.0\.1:\d+/t/[A-Z0-9-]+", text)
        links[school_id] = link
    if sorted(links) != sorted(expected_ids) or len(messages) != len(expected_ids):
        raise AssertionError(f"{kind}: {len(messages)} messages to {sorted(links)}, expected {sorted(expected_ids)}")
    return links


def invitation_and_reminder(binary, name, transport_for):
    mailbox = Mailbox(tempfile.mkdtemp(prefix="survey-mailbox-"))
    folder = Folder(binary, transport_for(mailbox))
    server = None
    try:
        folder.mail("invite")
        all_ids = [school(n)[0] for n in range(1, SCHOOLS + 1)]
        invitations = check_messages(mailbox.messages(), "Einladung", all_ids)
        server = Server(folder)
        for school_id, link in invitations.items():
            participant, cookies = server.open_link(link)
            if participant != school_id:
                raise AssertionError(f"the link sent to {school_id} opened the survey of {participant}")
            if school_id in SUBMITTERS:
                server.submit(cookies)
        again = folder.mail("invite")
        if len(mailbox.messages()) != SCHOOLS:
            raise AssertionError(f"a second invite sent more messages:\n{again.stdout}")
        before = len(mailbox.messages())
        folder.mail("remind")
        reminders = check_messages(mailbox.messages()[before:], "Erinnerung", sorted(set(all_ids) - SUBMITTERS))
        for school_id, link in reminders.items():
            if link != invitations[school_id]:
                raise AssertionError(f"{school_id}: the reminder's link differs from the invitation's")
        print(f"{name}: {SCHOOLS} invitations and {len(reminders)} reminders decoded with umlauts intact; "
              f"every link opened its school's survey; none of the {len(SUBMITTERS)} who submitted was reminded")
    finally:
        if server:
            server.stop()
        mailbox.stop()
        folder.remove()
        shutil.rmtree(mailbox.folder, ignore_errors=True)


def msmtp_transport(mailbox, holder):
    configuration = os.path.join(mailbox.folder + "-msmtp.conf")
    with open(configuration, "w") as file:
        file.write(f"account default\nhost 127.0.0.1\nport {mailbox.port}\nfrom schulamt@kreis.example\n"
                   "auth off\ntls off\n")
    os.chmod(configuration, 0o600)
    holder.append(configuration)
    return {"sendmail": {"path": shutil.which("msmtp"), "arguments": ["-C", configuration, "-t", "-i"]}}


def crash_and_resume(binary):
    mailbox = Mailbox(tempfile.mkdtemp(prefix="survey-mailbox-"), hold_at=HELD_MESSAGE)
    folder = Folder(binary, {"smtp": {"host": "127.0.0.1", "port": mailbox.port}})
    try:
        sender = subprocess.Popen([binary, "mail", "invite", "ausstattung", "--per-minute", "6000"], cwd=folder.path,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not mailbox.held.wait(timeout=120):
            raise AssertionError("the sender never reached the held message")
        sender.send_signal(signal.SIGKILL)
        sender.wait()
        log_after_kill = folder.mail_log()
        second = folder.mail("invite")
        recipients = [envelope["to"][0] for _, envelope in mailbox.messages()]
        counts = {address: recipients.count(address) for address in set(recipients)}
        expected = {school(n)[2] for n in range(1, SCHOOLS + 1)}
        if set(counts) != expected or any(count != 1 for count in counts.values()):
            raise AssertionError(f"invitations per school after the crash: {counts}")
        held_school = school(HELD_MESSAGE)[0]
        if held_school not in second.stdout or "ungewiss" not in second.stdout:
            raise AssertionError(f"the held message is not reported as uncertain:\n{second.stdout}")
        sending = [entry for entry in folder.mail_log() if entry["kind"] == "sending"]
        print(f"crash: SIGKILL after {HELD_MESSAGE - 1} confirmed messages ({len(log_after_kill)} log lines); "
              f"the second run sent {SCHOOLS - HELD_MESSAGE}; every school has exactly one invitation "
              f"({len(sending)} sending lines), the held one is listed as uncertain")
    finally:
        mailbox.stop()
        folder.remove()
        shutil.rmtree(mailbox.folder, ignore_errors=True)


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "survey"))
    configurations = []
    try:
        invitation_and_reminder(binary, "SMTP", lambda mailbox: {"smtp": {"host": "127.0.0.1", "port": mailbox.port}})
        invitation_and_reminder(binary, "msmtp", lambda mailbox: msmtp_transport(mailbox, configurations))
        crash_and_resume(binary)
    except AssertionError as error:
        print(f"FAILED: {error}", file=sys.stderr)
        return 1
    finally:
        for configuration in configurations:
            os.remove(configuration)
    return 0


if __name__ == "__main__":
    sys.exit(main())
