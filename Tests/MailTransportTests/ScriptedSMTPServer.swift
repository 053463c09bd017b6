import Foundation
import Glibc
import Synchronization

/// An SMTP server on loopback that plays a script: for each connection it accepts, in order, it
/// sends the script's replies and checks that the client's commands are the expected ones.
///
/// Everything the client sends is recorded, so a test can check what went over the wire (the
/// dot-stuffed data, the base64 of AUTH) and that nothing was sent it should not have.
final class ScriptedSMTPServer: Sendable {
    enum Step: Sendable {
        /// Sends a line; CRLF is added.
        case reply(String)
        /// Sends bytes exactly as given (for malformed replies).
        case raw([UInt8])
        /// Reads one command line and records a mismatch when it differs.
        case expect(String)
        /// Reads DATA lines up to the terminating ".", recorded as received.
        case data
        /// Reads this many DATA lines, then goes on with the next step (to drop the connection mid-DATA).
        case dataLines(Int)
        /// Closes the connection.
        case close
        /// Waits without a word until the client closes the connection.
        case silence
    }

    struct Transcript: Sendable {
        /// Every line the client sent, CRLF removed, in order, over all connections.
        var lines: [String] = []
        /// The bytes of each complete DATA as on the wire, CRLF kept, without the final ".".
        var data: [[UInt8]] = []
        var connections = 0
        var mismatches: [String] = []
    }

    let port: Int
    private let listener: Int32
    private let transcript = Mutex(Transcript())
    private let done = DispatchSemaphore(value: 0)

    /// Starts listening on `host` at a free port; one script per expected connection.
    init(host: String = "127.0.0.1", connections scripts: [[Step]]) throws {
        let ipv6 = host.contains(":")
        let fd = socket(ipv6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var storage = sockaddr_storage()
        var length: socklen_t
        if ipv6 {
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            inet_pton(AF_INET6, host, &address.sin6_addr)
            length = socklen_t(MemoryLayout<sockaddr_in6>.size)
            withUnsafeBytes(of: address) { raw in
                withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: raw) }
            }
        } else {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            inet_pton(AF_INET, host, &address.sin_addr)
            length = socklen_t(MemoryLayout<sockaddr_in>.size)
            withUnsafeBytes(of: address) { raw in
                withUnsafeMutableBytes(of: &storage) { $0.copyMemory(from: raw) }
            }
        }
        let bound = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0, listen(fd, 8) == 0 else {
            close(fd)
            throw POSIXError(.EADDRNOTAVAIL)
        }
        length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = withUnsafeBytes(of: storage) { raw in
            ipv6
                ? Int(UInt16(bigEndian: raw.load(as: sockaddr_in6.self).sin6_port))
                : Int(UInt16(bigEndian: raw.load(as: sockaddr_in.self).sin_port))
        }
        listener = fd
        let thread = Thread { [self] in
            for script in scripts { play(script) }
            done.signal()
        }
        thread.start()
    }

    /// Waits until every script has been played (or its client went away), stops listening and
    /// returns what was received; call it exactly once.
    func finish() -> Transcript {
        done.wait()
        close(listener)
        return transcript.withLock { $0 }
    }

    /// Whether a client is waiting to be accepted, for tests that must prove no connection was made.
    var hasWaitingClient: Bool {
        var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
        return poll(&poller, 1, 0) == 1
    }

    private func play(_ script: [Step]) {
        var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, 10_000) == 1 else {
            record(mismatch: "no connection came")
            return
        }
        let client = accept(listener, nil, nil)
        guard client >= 0 else { return }
        defer { close(client) }
        var limit = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        transcript.withLock { $0.connections += 1 }
        var reader = LineReader(fd: client)
        for step in script {
            switch step {
            case .reply(let line):
                write(client, Array(line.utf8) + [13, 10])
            case .raw(let bytes):
                write(client, bytes)
            case .expect(let expected):
                guard let line = reader.line() else {
                    record(mismatch: "expected \"\(expected)\", the client closed the connection")
                    return
                }
                let text = String(decoding: line.dropLast(2), as: UTF8.self)
                transcript.withLock { $0.lines.append(text) }
                if text != expected { record(mismatch: "expected \"\(expected)\", received \"\(text)\"") }
            case .data:
                var data: [UInt8] = []
                while let line = reader.line(), line != Array(".\r\n".utf8) { data += line }
                transcript.withLock { $0.data.append(data) }
            case .dataLines(let count):
                for _ in 0..<count { _ = reader.line() }
            case .close:
                return
            case .silence:
                while reader.line() != nil {}
            }
        }
    }

    private func write(_ fd: Int32, _ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    private func record(mismatch: String) {
        transcript.withLock { $0.mismatches.append(mismatch) }
    }
}

/// Lines of a socket, each with its CRLF (or whatever ended it).
private struct LineReader {
    let fd: Int32
    var buffer: [UInt8] = []

    /// The next line ending in LF, or nil at the end of the connection.
    mutating func line() -> [UInt8]? {
        while true {
            if let end = buffer.firstIndex(of: 10) {
                let line = Array(buffer[...end])
                buffer.removeFirst(end + 1)
                return line
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return nil }
            buffer += chunk[0..<count]
        }
    }
}
