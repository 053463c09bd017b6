"""Opens N keep-alive connections, sends one GET on each, keeps them idle,
and prints the server's resident memory (VmRSS, KiB) before and after.

Usage: idle_connections.py PID PORT [N]
"""
import socket
import sys
import time


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return -1


def main():
    pid, port = int(sys.argv[1]), int(sys.argv[2])
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
    before = rss_kib(pid)
    sockets = []
    request = b"GET /page HTTP/1.1\r\nHost: localhost\r\n\r\n"
    for _ in range(count):
        s = socket.create_connection(("127.0.0.1", port))
        s.sendall(request)
        sockets.append(s)
    answered = 0
    for s in sockets:
        s.settimeout(10)
        received = b""
        while b"</html>" not in received:
            chunk = s.recv(65536)
            if not chunk:
                break
            received += chunk
        answered += received.startswith(b"HTTP/1.1 200")
    time.sleep(2)
    after = rss_kib(pid)
    print(f"connections={count} answered={answered} rss_before_kib={before} rss_after_kib={after}")
    for s in sockets:
        s.close()


main()
