#!/usr/bin/env python3
"""`survey serve` behind nginx with TLS, configured with deploy/nginx-survey.conf as it is shipped.

Makes a self-signed certificate with openssl and starts nginx in front of the server, once on TCP
(`--trusted-proxy 127.0.0.1`, as deploy/survey.service runs it) and once on a Unix socket (`--listen unix:…`);
of the site file only the ports, the upstream and the certificate folder are changed. Through
https://localhost:PORT it checks, on both:

- TLS 1.2 and 1.3 only, HSTS, gzip for pages and stylesheets, plain HTTP redirected to HTTPS;
- cookies are Secure through the proxy (and not on plain HTTP straight to the server);
- the rate limit for wrong access codes counts each client behind the proxy by its own address, and an
  X-Forwarded-For that a client sends itself is believed neither through nginx nor straight to the server;
- with the service stopped (a restart), nginx's own page in German and English, 503 with Retry-After;

and on TCP the browser scenario's walk with JavaScript (Tests/Browser/browser_scenario.py) through the proxy.

Clients of different addresses are 127.0.0.2, 127.0.0.3, … (all of 127.0.0.0/8 is loopback on Linux).

Usage: python3 Tests/Deployment/behind_nginx.py [path/to/survey]
Needs: nginx, openssl, and what the browser scenario needs.
"""

import gzip
import http.client
import os
import re
import shutil
import ssl
import subprocess
import sys
import tempfile
import time
import urllib.parse
import warnings

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "Tests", "Browser"))
import browser_scenario as scenario  # noqa: E402

SITE = os.path.join(ROOT, "deploy", "nginx-survey.conf")
FAILED_ATTEMPTS = 3
expect = scenario.expect


def make_certificate(folder):
    """A self-signed certificate for localhost, its key, and the RFC 7919 group the DHE suites use."""
    certificate, key, group = (os.path.join(folder, name) for name in ["fullchain.pem", "privkey.pem", "ffdhe2048.pem"])
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", certificate],
                   check=True, capture_output=True)
    subprocess.run(["openssl", "genpkey", "-genparam", "-algorithm", "DH", "-pkeyopt", "group:ffdhe2048", "-out", group],
                   check=True, capture_output=True)
    return certificate


def replaced_once(text, old, new):
    """`text` with `old` replaced; fails when the shipped site file no longer has exactly one `old`."""
    expect(text.count(old) == 1, f"{SITE} does not contain exactly one \"{old}\"")
    return text.replace(old, new)


def site_for_test(certificates, upstream, https_port, http_port):
    """The shipped site with test ports, upstream and certificate folder, and no IPv6 listeners."""
    with open(SITE, encoding="utf-8") as file:
        site = file.read()
    for old, new in [("server 127.0.0.1:8080;", f"server {upstream};"),
                     ("listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;"),
                     ("listen [::]:443 ssl http2;", ""),
                     ("listen 80;", f"listen 127.0.0.1:{http_port};"),
                     ("listen [::]:80;", "")]:
        site = replaced_once(site, old, new)
    expect(site.count("/etc/ssl/survey/") == 3, "the site file does not name its three TLS files in /etc/ssl/survey/")
    return site.replace("/etc/ssl/survey/", certificates + "/")


def start_nginx(folder, certificates, upstream):
    """nginx with the shipped site in front of `upstream` (`127.0.0.1:PORT` or `unix:/path`), files in `folder`."""
    https_port, http_port = scenario.free_port(), scenario.free_port()
    with open(os.path.join(folder, "site.conf"), "w", encoding="utf-8") as file:
        file.write(site_for_test(certificates, upstream, https_port, http_port))
    temporary = "\n".join(f"    {kind}_temp_path {folder}/{kind};" for kind in ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"])
    # As root, the workers would otherwise run as nobody, who cannot enter the private test folder.
    user = "user root;\n" if os.geteuid() == 0 else ""
    with open(os.path.join(folder, "nginx.conf"), "w", encoding="utf-8") as file:
        file.write(f"""{user}daemon off;
worker_processes 1;
pid {folder}/nginx.pid;
error_log stderr warn;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
{temporary}
    include {folder}/site.conf;
}}
""")
    command = ["nginx", "-p", folder, "-c", os.path.join(folder, "nginx.conf"), "-e", "stderr"]
    checked = subprocess.run(command + ["-t"], capture_output=True, text=True)
    expect(checked.returncode == 0, "nginx -t refuses the site file:\n" + checked.stderr)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 30
    while not listening(https_port):
        if process.poll() is not None:
            raise scenario.Failure("nginx stopped:\n" + process.stderr.read())
        expect(time.time() < deadline, "nginx does not listen after 30 s")
        time.sleep(0.05)
    return process, https_port, http_port


def listening(port):
    try:
        http.client.HTTPConnection("127.0.0.1", port, timeout=1).connect()
        return True
    except OSError:
        return False


class Client:
    """Requests from one loopback address, over TLS through nginx or in plain HTTP straight to the server."""

    def __init__(self, address, port, certificate=None, tls_version=None):
        if certificate:
            context = ssl.create_default_context(cafile=certificate)
            if tls_version:
                # Security level 0 lets this client offer old versions, so only nginx can refuse them.
                context.set_ciphers("DEFAULT:@SECLEVEL=0")
                context.minimum_version = context.maximum_version = tls_version
            self.connection = http.client.HTTPSConnection("localhost", port, context=context, timeout=30,
                                                          source_address=(address, 0))
        else:
            self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30, source_address=(address, 0))

    def get(self, path, headers=None):
        self.connection.request("GET", path, headers=headers or {})
        response = self.connection.getresponse()
        return response, response.read()


def check_tls_and_headers(certificate, https_port, http_port):
    page, body = Client("127.0.0.2", https_port, certificate).get("/t", {"Accept-Encoding": "gzip"})
    expect(page.status == 200, f"/t through nginx answered {page.status}")
    expect(page.getheader("Strict-Transport-Security") == "max-age=63072000", "no HSTS header through nginx")
    expect(page.getheader("Content-Encoding") == "gzip" and b"<html" in gzip.decompress(body), "the page is not gzipped")
    stylesheets = re.findall(rb'<link rel="stylesheet" href="([^"]+)"', gzip.decompress(body))
    expect(stylesheets, "the code entry page links no stylesheet")
    style, _ = Client("127.0.0.2", https_port, certificate).get(stylesheets[0].decode(), {"Accept-Encoding": "gzip"})
    expect(style.getheader("Content-Encoding") == "gzip", f"the stylesheet {stylesheets[0]} is not gzipped")
    for version in [ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_3]:
        answer, _ = Client("127.0.0.2", https_port, certificate, version).get("/t")
        expect(answer.status == 200, f"{version.name} is refused")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # naming TLS 1.1 is the point here
            Client("127.0.0.2", https_port, certificate, ssl.TLSVersion.TLSv1_1).get("/t")
        raise scenario.Failure("nginx accepts TLS 1.1")
    except ssl.SSLError as error:
        expect("PROTOCOL_VERSION" in str(error), f"TLS 1.1 failed, but not by nginx's refusal: {error}")
    redirect, _ = Client("127.0.0.2", http_port).get("/t?lang=en", {"Host": "umfrage.example.org"})
    expect(redirect.status == 301 and redirect.getheader("Location") == "https://umfrage.example.org/t?lang=en",
           f"plain HTTP is not redirected to HTTPS: {redirect.status} {redirect.getheader('Location')}")


def check_secure_cookies(certificate, https_port, direct_port, link_path):
    response, _ = Client("127.0.0.2", https_port, certificate).get(link_path)
    cookies = response.headers.get_all("Set-Cookie") or []
    expect(response.status == 303 and cookies, f"the personal link through nginx answered {response.status} without cookies")
    expect(all("; Secure" in cookie for cookie in cookies), "a cookie through nginx is not Secure: " + "; ".join(cookies))
    plain, _ = Client("127.0.0.2", direct_port).get(link_path)
    expect(not any("Secure" in cookie for cookie in plain.headers.get_all("Set-Cookie") or []),
           "cookies over plain HTTP straight to the server are Secure, so the check above proves nothing")


def wrong_codes():
    """Wrong access codes, each with first symbols of its own, so only the count per client address fills."""
    for first in "23456789ABCDEFGH":
        for second in "JKMNPQRSTUVWXYZ":
            yield f"/t/{first}{second}23-4567-89AB-CDEF"


def refused_after_failures(client, codes, headers=None):
    """Sends FAILED_ATTEMPTS wrong codes (each answered 404) and says whether the next one is refused with 429."""
    for _ in range(FAILED_ATTEMPTS):
        answer, _ = client.get(next(codes), headers)
        expect(answer.status == 404, f"a wrong code answered {answer.status}, not 404")
    answer, _ = client.get(next(codes), headers)
    return answer.status == 429


def check_client_addresses(certificate, https_port, direct_port):
    codes = wrong_codes()
    expect(refused_after_failures(Client("127.0.0.2", https_port, certificate), codes),
           "the rate limit does not stop a client behind nginx")
    second, _ = Client("127.0.0.3", https_port, certificate).get(next(codes))
    expect(second.status == 404, f"another client behind nginx is limited with the first: {second.status}")
    # A client that names the limited one in X-Forwarded-For is counted by its own address.
    forged, _ = Client("127.0.0.4", https_port, certificate).get(next(codes), {"X-Forwarded-For": "127.0.0.2"})
    expect(forged.status == 404, "nginx passed on a client's own X-Forwarded-For, and the server believed it")
    # Straight to the server, X-Forwarded-For from a peer that is not a trusted proxy is ignored:
    # a new address in it each time does not escape the limit.
    direct = Client("127.0.0.5", direct_port)
    expect(refused_after_failures(direct, codes, {"X-Forwarded-For": "198.51.100.7"}),
           "the rate limit does not stop a client straight at the server")
    escaped, _ = direct.get(next(codes), {"X-Forwarded-For": "198.51.100.8"})
    expect(escaped.status == 429, "a client straight at the server escaped the limit with its own X-Forwarded-For")


def check_restarting_page(certificate, https_port, server):
    """With the service stopped, nginx's restart page: 503, Retry-After, HSTS, and what to do in German and English."""
    server.terminate()
    server.wait(timeout=30)
    answer, body = Client("127.0.0.2", https_port, certificate).get("/s/digitale-bildung/p/stammdaten")
    page = body.decode("utf-8")
    expect(answer.status == 503 and answer.getheader("Retry-After") == "5",
           f"with the service stopped nginx answered {answer.status}, Retry-After {answer.getheader('Retry-After')}")
    expect(answer.getheader("Content-Type") == "text/html; charset=utf-8", "the restart page is not UTF-8 HTML")
    expect(answer.getheader("Strict-Transport-Security") == "max-age=63072000", "the restart page has no HSTS")
    expect("Der Dienst ist gleich wieder da" in page and "Back in a moment" in page,
           "the restart page does not say in German and English what happens")
    scenario.PROXY_CERTIFICATE = certificate
    driver = scenario.browser()
    try:
        driver.get(f"https://localhost:{https_port}/s/digitale-bildung")
        scenario.check_accessibility(driver, "nginx's restart page")
    finally:
        driver.quit()


def behind_nginx(binary, certificates, folder, over_unix_socket, walk):
    """Starts the server and nginx in front of it, on TCP or on a Unix socket, and runs the checks."""
    label = "behind nginx on a Unix socket" if over_unix_socket else "behind nginx on TCP"
    responses = os.path.join(folder, "responses")
    os.makedirs(responses)
    socket_path = os.path.join(folder, "http.sock")
    # A peer on the Unix socket is the proxy by the socket file's mode; on TCP, --trusted-proxy names it.
    proxy = ["--listen", "unix:" + socket_path] if over_unix_socket else ["--trusted-proxy", "127.0.0.1"]
    server, direct, links, _, _ = scenario.start_server(
        binary, responses, [*proxy, "--failed-attempts", str(FAILED_ATTEMPTS)])
    direct_port = urllib.parse.urlsplit(direct).port
    nginx = None
    try:
        upstream = "unix:" + socket_path if over_unix_socket else f"127.0.0.1:{direct_port}"
        nginx, https_port, http_port = start_nginx(folder, certificates, upstream)
        base = f"https://localhost:{https_port}"
        check_tls_and_headers(os.path.join(certificates, "fullchain.pem"), https_port, http_port)
        print(f"{label}: TLS 1.2/1.3 only, HSTS, gzip, HTTP redirected: passed")
        check_secure_cookies(
            os.path.join(certificates, "fullchain.pem"), https_port, direct_port, urllib.parse.urlsplit(links["2"]).path)
        print(f"{label}: cookies are Secure: passed")
        check_client_addresses(os.path.join(certificates, "fullchain.pem"), https_port, direct_port)
        print(f"{label}: rate limits count each client's own address; a forged X-Forwarded-For is ignored: passed")
        if walk:
            scenario.PROXY_CERTIFICATE = os.path.join(certificates, "fullchain.pem")
            scenario.walk(base, base + urllib.parse.urlsplit(links["1"]).path, responses, javascript=True)
            print(f"{label}: the browser scenario's walk through {base}: passed")
        check_restarting_page(os.path.join(certificates, "fullchain.pem"), https_port, server)
        print(f"{label}: with the service stopped, nginx's restart page (503, German and English): passed")
    finally:
        for process in [nginx, server]:
            if process:
                process.terminate()
                process.wait(timeout=30)


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, ".build", "debug", "survey")
    folder = tempfile.mkdtemp(prefix="survey-nginx-")
    try:
        make_certificate(folder)
        # The walk once, on TCP (the shipped setup); the checks of the proxy on both.
        behind_nginx(binary, folder, os.path.join(folder, "tcp"), over_unix_socket=False, walk=True)
        behind_nginx(binary, folder, os.path.join(folder, "unix"), over_unix_socket=True, walk=False)
    except scenario.Failure as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
