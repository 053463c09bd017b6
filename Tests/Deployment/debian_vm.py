#!/usr/bin/env python3
"""docs/deployment.md followed step by step in a fresh Debian 12 virtual machine with a booted systemd.

The page's ```sh and ```ini blocks are read from the page itself and run in the machine as they are written,
so the page and this test cannot drift apart: a block this test does not know fails it, and each
block it does not run as written is listed below with the reason (STAND_INS, EXAMPLES); the answers a
person gives to postfix's questions are POSTFIX_ANSWERS.

1. On this machine: the page's build command (`swift build -c release --static-swift-stdlib …`), and a
   Debian 12 image by mmdebstrap with what a fresh cloud VM has (systemd, a kernel, ssh, sudo, curl);
   the project's `deploy/`, `surveys/` and the built program are copied into root's home folder.
2. qemu boots it (software emulation: no nested virtualisation is assumed); ssh runs the page's
   installation steps as root: apt-get, the `survey` user, the unit, nginx with TLS.
3. Then, through nginx over HTTPS from this machine (a port forwarded to the VM's 443): HSTS and the
   redirect from plain HTTP, the first admin's invitation link from the journal accepted, postfix and
   mail.json as the page installs them, two schools invited from the office's page (the hardened
   service hands the letters to postfix by SMTP) and a link from a delivered letter followed, a survey added
   on disk and put online by `systemctl reload survey`, answers submitted and every export format of the
   office downloaded; the hardening in force on the
   running process (no new privileges, a seccomp filter, no capabilities, the exposure score of the
   page); the service killed and restarted by systemd with every answer kept; /healthz and /metrics
   from the page; the backup timer's unit started, a backup by hand restored into a scratch folder and
   checked; the journald settings; the switch to a Unix socket with the page's drop-in; the page's update
   steps; a graceful stop, nginx's restart page while the service is down, and no error in the journal.

Usage: python3 Tests/Deployment/debian_vm.py [--keep]   (--keep: leave the VM running, to look into a failure)
Needs, as root: mmdebstrap, qemu-system-x86_64, ssh, mkfs.ext4, the Swift toolchain, and Debian's mirror.
"""

import http.client
import json
import os
import re
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "Tests", "Browser"))
import durability_over_http as load  # noqa: E402
from durability_over_http import Failure, expect  # noqa: E402

PAGE = os.path.join(ROOT, "docs", "deployment.md")
MIRROR = "http://deb.debian.org/debian"
HOST_NAME = "umfrage.example.org"
BUILD = "swift build -c release --static-swift-stdlib --product survey"
# What a fresh Debian 12 cloud VM brings along; nginx and libxml2 the page installs. certbot is here already
# because its own step has a stand-in, and installing its Python packages in the emulated VM takes a minute.
PACKAGES = ["systemd-sysv", "udev", "linux-image-cloud-amd64", "openssh-server", "sudo", "ca-certificates", "curl",
            "procps", "iproute2", "certbot"]
# Steps of the page that cannot run here as written, and what runs instead.
STAND_INS = {
    # Let's Encrypt cannot reach a VM without a public name: a self-signed certificate where certbot puts its files.
    f"certbot certonly --webroot -w /var/www/html -d {HOST_NAME}":
        f"install -d /etc/letsencrypt/live/{HOST_NAME} && openssl req -x509 -newkey rsa:2048 -nodes -days 2 "
        f"-subj /CN={HOST_NAME} -addext subjectAltName=DNS:{HOST_NAME} "
        f"-keyout /etc/letsencrypt/live/{HOST_NAME}/privkey.pem -out /etc/letsencrypt/live/{HOST_NAME}/fullchain.pem",
}
# Blocks that illustrate an option with folders of their own rather than being a step; each is run elsewhere.
EXAMPLES = {
    "survey serve --surveys /srv/survey/surveys --responses /srv/survey/responses":
        "an example of --listen, run by Tests/Deployment/listen_and_reload.py",
}
SUBMISSIONS = 5
# The answers an administrator gives to postfix's questions; a VM with no relay to name delivers locally.
POSTFIX_ANSWERS = "postfix postfix/main_mailer_type select Local only\npostfix postfix/mailname string kreis.example\n"
# Schools with addresses that the VM's postfix delivers to root's mailbox (through /etc/aliases).
SCHOOLS = "id,label,email,schulart,region\nschule-1,Grundschule Am Bächle,schule-1@kreis.example,gs,nord\n" \
          "schule-2,Gymnasium Süd,schule-2@kreis.example,gym,sued\n"


def page_blocks():
    """The page's ```sh and ```ini blocks in order, each as its list of commands (continued lines joined)."""
    with open(PAGE, encoding="utf-8") as file:
        text = file.read()
    blocks = []
    for indent, kind, body in re.findall(r"^( *)```(sh|ini)\n(.*?)^\1```$", text, re.M | re.S):
        lines = [line[len(indent):] for line in body.splitlines()]
        if kind == "sh":
            lines = " \n".join(lines).replace("\\ \n", "").split(" \n")
        blocks.append((kind, [line.strip() for line in lines if line.strip()]))
    return blocks


class Page:
    """The page's blocks, taken by their first line; at the end every block must have been taken or excused."""

    def __init__(self):
        self.blocks = page_blocks()
        self.taken = set()

    def block(self, first):
        matches = [index for index, (_, lines) in enumerate(self.blocks) if lines[0].startswith(first)]
        expect(len(matches) == 1, f"docs/deployment.md has {len(matches)} blocks beginning with “{first}”, not one")
        self.taken.add(matches[0])
        return self.blocks[matches[0]][1]

    def check_every_block_taken(self):
        for first, reason in EXAMPLES.items():
            print(f"not run as written: “{first} …”: {reason}")
            self.block(first)
        left = [lines[0] for index, (_, lines) in enumerate(self.blocks) if index not in self.taken]
        expect(not left, "docs/deployment.md has blocks this test neither runs nor excuses: " + "; ".join(left))
        print(f"all {len(self.blocks)} command blocks of docs/deployment.md were run or are excused above")


def start_root_file_system(folder):
    """Starts mmdebstrap on a Debian 12 root file system in `folder`/root (it needs the network more than cores)."""
    return subprocess.Popen(["mmdebstrap", "--quiet", "--variant=minbase", "--include=" + ",".join(PACKAGES),
                             # The mirror may serve a snapshot whose Release files have expired.
                             "--aptopt=Acquire::Check-Valid-Until \"false\"", "bookworm", os.path.join(folder, "root"),
                             MIRROR], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def build_image(folder, key):
    """The root file system set up to boot, with root's ssh key and the project's files, as a disk image."""
    root = os.path.join(folder, "root")
    files = {
        "etc/hostname": "survey-vm\n",
        "etc/hosts": f"127.0.0.1 localhost\n127.0.1.1 survey-vm {HOST_NAME}\n",
        "etc/fstab": "/dev/vda / ext4 rw,errors=remount-ro 0 1\n",
        # qemu's user network: DHCP, and its DNS at 10.0.2.3.
        "etc/systemd/network/20-wired.network": "[Match]\nName=eth0\n\n[Network]\nDHCP=ipv4\n",
        "etc/resolv.conf": "nameserver 10.0.2.3\n",
        "etc/apt/apt.conf.d/90-test-vm": 'Acquire::Check-Valid-Until "false";\nAPT::Get::Assume-Yes "true";\n',
        "root/.ssh/authorized_keys": key,
    }
    for path, content in files.items():
        os.makedirs(os.path.dirname(os.path.join(root, path)), exist_ok=True)
        with open(os.path.join(root, path), "w", encoding="utf-8") as file:
            file.write(content)
    os.chmod(os.path.join(root, "root/.ssh/authorized_keys"), 0o600)
    subprocess.run(["chroot", root, "systemctl", "enable", "--quiet", "systemd-networkd"], check=True)
    project = os.path.join(root, "root", "survey")
    for name in ["deploy", "surveys"]:
        shutil.copytree(os.path.join(ROOT, name), os.path.join(project, name),
                        ignore=shutil.ignore_patterns(".history"))
    os.makedirs(os.path.join(project, ".build", "release"))
    shutil.copy2(os.path.join(ROOT, ".build", "release", "survey"), os.path.join(project, ".build", "release"))
    boot = os.path.join(root, "boot")
    kernel = next(os.path.join(boot, name) for name in os.listdir(boot) if name.startswith("vmlinuz-"))
    initrd = next(os.path.join(boot, name) for name in os.listdir(boot) if name.startswith("initrd.img-"))
    for path in [kernel, initrd]:
        shutil.copy(path, folder)
    image = os.path.join(folder, "disk.img")
    subprocess.run(["mkfs.ext4", "-q", "-F", "-L", "root", "-d", root, image, "4G"], check=True,
                   stdout=subprocess.DEVNULL)
    shutil.rmtree(root)
    return image, os.path.join(folder, os.path.basename(kernel)), os.path.join(folder, os.path.basename(initrd))


class Machine:
    """The booted VM: ssh for commands, and this machine's ports forwarded to its 22, 80 and 443."""

    def __init__(self, folder, image, kernel, initrd, key_file):
        self.ssh_port, self.http_port, self.https_port = load.free_port(), load.free_port(), load.free_port()
        self.console = os.path.join(folder, "console.log")
        self.key_file = key_file
        self.control = os.path.join(folder, "ssh-control")
        forwards = f"hostfwd=tcp:127.0.0.1:{self.ssh_port}-:22,hostfwd=tcp:127.0.0.1:{self.http_port}-:80," \
                   f"hostfwd=tcp:127.0.0.1:{self.https_port}-:443"
        self.process = subprocess.Popen(
            ["qemu-system-x86_64", "-m", "2048", "-smp", "2", "-nographic", "-no-reboot",
             "-kernel", kernel, "-initrd", initrd,
             "-append", "root=/dev/vda rw console=ttyS0 net.ifnames=0 panic=-1",
             "-drive", f"file={image},if=virtio,format=raw", "-nic", f"user,model=virtio-net-pci,{forwards}"],
            stdin=subprocess.DEVNULL, stdout=open(self.console, "w"), stderr=subprocess.STDOUT)

    def ssh(self, *arguments):
        return ["ssh", "-i", self.key_file, "-p", str(self.ssh_port), "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-o", "ConnectTimeout=20",
                "-o", "ControlMaster=auto", "-o", f"ControlPath={self.control}", "-o", "ControlPersist=900",
                "root@127.0.0.1", *arguments]

    def wait_for_ssh(self, seconds):
        deadline = time.time() + seconds
        while time.time() < deadline:
            expect(self.process.poll() is None, "the VM stopped while booting:\n" + self.console_tail())
            if subprocess.run(self.ssh("true"), capture_output=True, timeout=60).returncode == 0:
                return
            time.sleep(3)
        raise Failure(f"the VM did not answer ssh within {seconds} s:\n" + self.console_tail())

    def console_tail(self):
        with open(self.console, encoding="utf-8", errors="replace") as file:
            return "".join(file.readlines()[-40:])

    def run(self, command, folder="/root/survey", check=True, timeout=600):
        """Runs one shell command as root in `folder`; returns its output (standard output and error)."""
        script = f"set -o pipefail\nexport DEBIAN_FRONTEND=noninteractive\ncd {folder}\n{command}\n"
        result = subprocess.run(self.ssh("bash", "-s"), input=script, capture_output=True, text=True,
                                timeout=timeout)
        output = result.stdout + result.stderr
        if check and result.returncode != 0:
            raise Failure(f"in the VM, `{command}` failed with {result.returncode}:\n{output}")
        return output

    def write(self, path, content, install_options):
        """Writes `content` to `path` in the VM with install(1) and its options (owner, mode)."""
        subprocess.run(self.ssh(f"install {install_options} /dev/stdin {path}"), input=content, text=True,
                       check=True, capture_output=True)

    def steps(self, lines, folder="/root/survey"):
        """A block of the page, run as one script as written (but for STAND_INS), and echoed to the log."""
        script = []
        for line in lines:
            stand_in = next((new for old, new in STAND_INS.items() if line.startswith(old)), None)
            print(f"  $ {line}" + (f"\n    (stand-in: {stand_in})" if stand_in else ""))
            script.append(stand_in or line)
        started = time.time()
        output = self.run("set -e\n" + "\n".join(script), folder)
        print(f"    [{time.time() - started:.1f} s]")
        return output

    def wait_until(self, command, predicate, seconds, what):
        deadline = time.time() + seconds
        while True:
            output = self.run(command, check=False)
            if predicate(output):
                return output
            if time.time() > deadline:
                raise Failure(f"{what} within {seconds} s; `{command}` says:\n{output}")
            time.sleep(1)

    def stop(self):
        subprocess.run(self.ssh("-O", "exit"), capture_output=True)
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


class HTTPS(http.client.HTTPSConnection):
    """HTTPS to the VM's nginx through the forwarded port, checked against its certificate for the host name."""

    def __init__(self, port, certificate):
        context = ssl.create_default_context(cadata=certificate)
        super().__init__(HOST_NAME, port, context=context, timeout=120)
        self.forwarded_port = port

    def connect(self):
        self.sock = self._context.wrap_socket(
            socket.create_connection(("127.0.0.1", self.forwarded_port), self.timeout), server_hostname=HOST_NAME)


class Respondent(load.Client):
    """A respondent of durability_over_http's survey, through nginx over HTTPS."""

    def __init__(self, machine, certificate):
        super().__init__(machine.https_port)
        self.certificate = certificate

    def open(self):
        return HTTPS(self.port, self.certificate)


def check_tls_front(machine, certificate):
    page = HTTPS(machine.https_port, certificate)
    page.request("GET", "/t")
    answer = page.getresponse()
    answer.read()
    expect(answer.status == 200, f"/t through nginx answered {answer.status}")
    expect(answer.getheader("Strict-Transport-Security") == "max-age=63072000", "no HSTS header from nginx")
    plain = http.client.HTTPConnection("127.0.0.1", machine.http_port, timeout=60)
    plain.request("GET", "/t", headers={"Host": HOST_NAME})
    redirect = plain.getresponse()
    expect(redirect.status == 301 and redirect.getheader("Location") == f"https://{HOST_NAME}/t",
           f"plain HTTP is not redirected: {redirect.status} {redirect.getheader('Location')}")


def accept_invitation(machine, certificate, text, where):
    """An office invitation link found in `text` accepted over HTTPS; returns the signed-in client."""
    invitation = re.search(r"(/admin/invite/[A-Za-z0-9_-]+)", text)
    expect(invitation, f"{where} shows no invitation link:\n" + text)
    office = Respondent(machine, certificate)
    status, _, page = office.request("GET", invitation.group(1))
    expect(status == 200 and 'name="password"' in page, f"the invitation page answered {status}")
    password = "Korrekt-Pferd-Batterie-Klammer"
    status, _, _ = office.request("POST", invitation.group(1), load.hidden(page) + [
        ("password", password), ("repeat", password)])
    expect(status == 303, f"accepting the invitation answered {status}")
    status, _, overview = office.request("GET", "/admin")
    expect(status == 200 and "digitale-bildung" in overview, f"the office overview answered {status} after sign-up")
    return office


def send_invitations(machine, page, certificate, office):
    """The page's mail step; then invitations sent from the office by the hardened service through postfix,
    read from the mailbox, and a school's link followed through nginx."""
    machine.write("/root/postfix-answers", POSTFIX_ANSWERS, "-m 0600")
    machine.run("debconf-set-selections /root/postfix-answers")
    machine.steps(page.block("apt-get install postfix"))
    machine.run("printf 'schule-1: root\\nschule-2: root\\n' >> /etc/aliases && newaliases")
    machine.write("/var/lib/survey/schulen.csv", SCHOOLS, "-o survey -g survey -m 0600")
    machine.run(f"runuser -u survey -- survey participants import digitale-bildung schulen.csv "
                f"--base-url https://{HOST_NAME}", folder="/var/lib/survey")
    path = "/admin/s/digitale-bildung/mail/invite"
    status, _, plan = office.request("GET", path)
    expect(status == 200 and "2 Einladungen jetzt senden" in plan, f"the invitation page answered {status}")
    fields = re.findall(r'type="hidden" name="([^"]+)" value="([^"]*)"', plan)
    status, _, _ = office.request("POST", path, fields)
    expect(status == 303, f"confirming the invitations answered {status}")
    deadline = time.time() + 120
    while True:
        _, _, progress = office.request("GET", "/admin/s/digitale-bildung/mail?auto=0")
        if "Abgeschlossen" in progress or time.time() > deadline:
            break
        time.sleep(1)
    expect("Gesendet: 2" in progress, "the office's round did not send both invitations:\n"
           + re.sub(r"<[^>]+>", " ", progress)[-600:])
    mailbox = machine.wait_until("cat /var/mail/root", lambda out: out.count("\nTo: ") == 2, 60,
                                 "postfix did not deliver both invitations")
    link = rf"https://{re.escape(HOST_NAME)}(/t/[0-9A-Z]{{4}}(?:-[0-9A-Z]{{4}})+)"
    links = sorted(set(re.findall(link, mailbox)))
    expect(len(links) == 2, f"the invitations hold {len(links)} links to https://{HOST_NAME}")
    school = Respondent(machine, certificate)
    status, location, _ = school.request("GET", links[0])
    expect(status == 303 and location.endswith("/s/digitale-bildung"),
           f"an invitation's link answered {status} {location}")


def submit(machine, certificate, count):
    for number in range(count):
        respondent = Respondent(machine, certificate)
        status, _, _ = respondent.request("GET", "/s/haltbarkeit")
        expect(status == 200, f"the survey's welcome page through nginx answered {status}")
        _, form = load.respond_once(respondent, number)
        status, _, _ = respondent.request("POST", "/s/haltbarkeit/submit", form)
        expect(status == 303, f"a submission through nginx answered {status}")


def check_exports(office):
    """Each export format the office offers, made by the hardened service (no file outside its folders)."""
    _, _, page = office.request("GET", "/admin/s/haltbarkeit/export")
    token = re.search(r'name="_csrf" value="([^"]*)"', page)
    expect(token, "the export page has no form")
    choices = re.findall(r'name="format" value="([^"]+)"', page)
    expect(len(choices) >= 8, f"the export page offers {choices}")
    for choice in choices:
        status, _, body = office.request("POST", "/admin/s/haltbarkeit/export",
                                         [("_csrf", token.group(1)), ("format", choice), ("values", "labels")])
        expect(status == 200 and body, f"the export {choice} answered {status}")
    print(f"   every export the office offers ({', '.join(choices)}), made by the hardened service: passed")


def submissions(machine):
    metrics = machine.run("curl -s http://127.0.0.1:8081/metrics")
    count = re.search(r'^survey_submissions\{survey="haltbarkeit"\} (\d+)', metrics, re.M)
    return int(count.group(1)) if count else None


def main_pid(machine):
    return machine.run("systemctl show -p MainPID --value survey").strip()


def check_hardening(machine, page_text):
    status = machine.run(f"cat /proc/{main_pid(machine)}/status")
    fields = dict(re.findall(r"^(\w+):\s*(\S+)", status, re.M))
    expect(fields.get("NoNewPrivs") == "1", "the service may gain privileges")
    expect(fields.get("Seccomp") == "2", "the service runs without a seccomp filter")
    expect(fields.get("CapEff") == "0000000000000000", f"the service has capabilities {fields.get('CapEff')}")
    expect(machine.run("ps -o user= -p " + main_pid(machine)).strip() == "survey",
           "the service does not run as the user survey")
    rating = machine.run("systemd-analyze security survey.service --no-pager | tail -1")
    score = re.search(r"exposure level for survey.service: ([0-9.]+)", rating)
    recorded = re.search(r"rates the unit \*\*([0-9.]+) OK\*\*", page_text)
    expect(score and recorded and score.group(1) == recorded.group(1),
           f"the running unit is rated {score and score.group(1)}, the page records {recorded and recorded.group(1)}")
    print(f"   hardening in force: survey user, no new privileges, seccomp, no capabilities, exposure {score.group(1)}")


def main():
    folder = tempfile.mkdtemp(prefix="survey-vm-")
    machine = None
    page = Page()
    with open(PAGE, encoding="utf-8") as file:
        page_text = file.read()
    try:
        key_file = os.path.join(folder, "id_ed25519")
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key_file], check=True)
        expect(page.block(BUILD) == [BUILD], f"the page's build block is not just `{BUILD}`")
        started = time.time()
        root_file_system = start_root_file_system(folder)
        subprocess.run(BUILD.split(), cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
        print(f"1. {BUILD} on this machine ({time.time() - started:.0f} s)")
        _, errors = root_file_system.communicate()
        expect(root_file_system.returncode == 0, "mmdebstrap failed:\n" + errors)
        with open(key_file + ".pub", encoding="utf-8") as file:
            image, kernel, initrd = build_image(folder, file.read())
        print(f"   and meanwhile a Debian 12 image with {', '.join(PACKAGES)} ({time.time() - started:.0f} s in all)")

        started = time.time()
        machine = Machine(folder, image, kernel, initrd, key_file)
        machine.wait_for_ssh(600)
        print(f"2. the VM booted and answers ssh ({time.time() - started:.0f} s)")
        machine.steps(page.block("apt-get update"))
        machine.steps(page.block("adduser --system"))
        machine.steps(page.block("cp deploy/survey.service"))
        journal = machine.wait_until(
            "journalctl -u survey -o cat",
            lambda out: "Serving on http://127.0.0.1:8080" in out and "/admin/invite/" in out, 60,
            "the journal does not show the server serving and the first admin's invitation link")
        machine.steps(page.block("apt-get install nginx certbot"))
        # The administrator's host name is the one the stand-in's certificate is for.
        machine.steps([line.replace("your.host.name", HOST_NAME) for line in page.block("cp deploy/nginx-survey.conf")])
        certificate = machine.run("cat /etc/ssl/survey/fullchain.pem")

        print("3. through nginx over HTTPS")
        check_tls_front(machine, certificate)
        print("   HSTS, and plain HTTP redirected: passed")
        office = accept_invitation(machine, certificate, journal, "the journal")
        print("   the first admin's invitation from the journal accepted; the office overview answers: passed")
        added = machine.steps(page.block("runuser -u survey -- survey users add"), folder="/var/lib/survey")
        expect(f"https://{HOST_NAME}/admin/invite/" in added, "`survey users add` printed no link:\n" + added)
        accept_invitation(machine, certificate, added, "`survey users add`")
        print("   a named admin added by `survey users add` while the service runs, and signed in: passed")
        check_hardening(machine, page_text)
        send_invitations(machine, page, certificate, office)
        print("   the page's mail step: invitations from the office through postfix, a link followed: passed")
        machine.write("/var/lib/survey/surveys/haltbarkeit.json", json.dumps(load.SURVEY),
                      "-o survey -g survey -m 0600")
        machine.steps(["systemctl reload survey"])
        # The server also looks for changed definitions every two seconds, so either may put the survey online.
        machine.wait_until("journalctl -u survey -o cat",
                           lambda out: "SIGHUP: survey definitions reloaded" in out and "serving haltbarkeit" in out,
                           60, "the new survey is not online after `systemctl reload survey`")
        submit(machine, certificate, SUBMISSIONS)
        expect(submissions(machine) == SUBMISSIONS, f"/metrics counts {submissions(machine)} submissions")
        print(f"   a survey added on disk, online after `systemctl reload survey`; {SUBMISSIONS} submissions: passed")
        check_exports(office)

        health = machine.steps(page.block("curl -i http://127.0.0.1:8081/healthz"))
        expect("HTTP/1.1 200" in health and "\nok" in health, "/healthz is not 200 ok:\n" + health[:500])
        expect("survey_http_requests_total" in health, "/metrics has no request counts")
        print("   /healthz 200 ok and /metrics, as the page shows them: passed")

        before = main_pid(machine)
        machine.run("systemctl kill --signal=SIGKILL survey")
        machine.wait_until("echo $(systemctl show -p MainPID --value survey) $(systemctl is-active survey)",
                           lambda out: out.split()[1:] == ["active"] and out.split()[0] not in [before, "0"], 60,
                           "systemd did not restart the killed service")
        machine.wait_until("curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:8081/healthz",
                           lambda out: out.strip() == "200", 60, "the restarted service is not healthy")
        expect(submissions(machine) == SUBMISSIONS,
               f"after SIGKILL /metrics counts {submissions(machine)} submissions")
        print("   killed with SIGKILL, restarted by systemd, every submission kept: passed")

        machine.steps(page.block("sudo install -d -o survey -g survey -m 0700 /var/backups/survey"))
        backups = machine.run("ls /var/backups/survey/*/manifest.json").split()
        expect(len(backups) == 1, f"the backup unit left {len(backups)} manifests")
        machine.steps(page.block("cd /var/lib/survey"))
        restored = machine.run("runuser -u survey -- survey responses check haltbarkeit",
                               folder="/var/lib/survey/restore-trial")
        print(f"   the nightly unit's backup and the page's backup and restore: passed ({restored.strip()[:80]})")

        journald = page.block("[Journal]")
        machine.write("/etc/systemd/journald.conf.d/survey.conf", "\n".join(journald) + "\n", "-D -m 0644")
        machine.steps(["systemctl restart systemd-journald"])
        print("   journald limited as the page says: passed")

        machine.steps(page.block("install -D -m 0644 deploy/survey-unix-socket.conf"))
        mode = machine.run("stat -c '%a %U %G' /run/survey/http.sock").strip()
        expect(mode == "660 survey survey", f"the socket file is {mode}")
        expect(":8080 " not in machine.run("ss -ltnH"), "the server still listens on port 8080")
        submit(machine, certificate, 1)
        expect(submissions(machine) == SUBMISSIONS + 1, "the submission over the Unix socket is not counted")
        print("   the Unix socket drop-in: socket 0660 survey:survey, nginx submits through it: passed")

        machine.steps(page.block("systemctl start survey-backup.service"))
        machine.wait_until("curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:8081/healthz",
                           lambda out: out.strip() == "200", 60, "the service is not healthy after the update")
        expect(submissions(machine) == SUBMISSIONS + 1, "a submission was lost in the update")
        print("   the page's update: a backup, the program put in place, a restart, every submission kept: passed")

        started = time.time()
        machine.steps(["systemctl stop survey"])
        result = machine.run("systemctl show -p Result --value survey").strip()
        expect(result == "success" and time.time() - started < 40, f"the stop ended with {result}")
        print(f"   `systemctl stop survey`: a graceful stop in {time.time() - started:.1f} s: passed")
        stopped = HTTPS(machine.https_port, certificate)
        stopped.request("GET", "/s/haltbarkeit")
        answer = stopped.getresponse()
        expect(answer.status == 503 and "Der Dienst ist gleich wieder da" in answer.read().decode(),
               f"with the service stopped nginx answered {answer.status}, not its restart page")
        print("   meanwhile nginx answers its restart page: passed")
        expect(machine.run("systemctl is-enabled survey survey-backup.timer").split() == ["enabled", "enabled"],
               "the service or the backup timer would not start at the next boot")
        errors = machine.run("journalctl -u survey -u survey-backup -o cat | grep -i 'error' || true").strip()
        expect(not errors, "the journal has errors:\n" + errors)
        page.check_every_block_taken()
    except (Failure, subprocess.CalledProcessError, subprocess.TimeoutExpired) as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        if machine:
            print("the VM's console, last lines:\n" + machine.console_tail(), file=sys.stderr)
        return 1
    finally:
        if machine and "--keep" in sys.argv:
            print(f"the VM goes on running: ssh -i {key_file} -p {machine.ssh_port} root@127.0.0.1; "
                  f"kill {machine.process.pid} and remove {folder} when done")
        else:
            if machine:
                machine.stop()
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
