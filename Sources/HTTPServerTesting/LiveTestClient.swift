import CSystem
import Glibc
import HTTPServer

/// A blocking HTTP/1.1 connection over a real loopback socket, for live tests.
///
/// It sends exactly the bytes it is given (so tests can send malformed or
/// slow input) and reads responses framed by `Content-Length`. Scenarios that
/// should also run without sockets use `TestClient` instead, which
/// `LoopbackTestClient` implements on top of this.
public final class LiveTestClient {
    /// Why a live exchange failed.
    public enum Failure: Error, Equatable {
        case connect(errno: Int32)
        case send(errno: Int32)
        /// The server closed before a complete response arrived.
        case closed
        /// Nothing complete arrived within the timeout.
        case timedOut
        case malformedResponse
    }

    /// A response as read off the wire.
    public struct Response: Equatable, Sendable {
        public var status: Int
        /// The reason phrase of the status line, as the server wrote it.
        public var reasonPhrase: String
        public var headers: HTTPHeaders
        public var body: [UInt8]
        /// The body as UTF-8 text.
        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    private let fd: Int32
    private var buffer: [UInt8] = []

    /// Connects to `host` (a loopback literal) and `port`, from the IPv4
    /// address `source` when given: on Linux all of 127.0.0.0/8 is loopback,
    /// so `127.0.0.2` is a second client on the same machine.
    public init(
        host: String = "127.0.0.1", port: Int, from source: String? = nil, timeout: Duration = .seconds(5)
    ) throws(Failure) {
        let isV6 = host.contains(":")
        fd = socket(isV6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw .connect(errno: errno) }
        if let source {
            guard !isV6 else {
                Glibc.close(fd)
                throw .connect(errno: EAFNOSUPPORT)
            }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            inet_pton(AF_INET, source, &address.sin_addr)
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard bound == 0 else {
                let error = errno
                Glibc.close(fd)
                throw .connect(errno: error)
            }
        }
        Self.limit(fd, to: timeout)
        _ = csystem_set_nodelay(fd)
        let result: Int32
        if isV6 {
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = in_port_t(UInt16(truncatingIfNeeded: port).bigEndian)
            inet_pton(AF_INET6, host, &address.sin6_addr)
            result = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in6>.size))
                }
            }
        } else {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(truncatingIfNeeded: port).bigEndian)
            inet_pton(AF_INET, host, &address.sin_addr)
            result = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
        }
        guard result == 0 else {
            let error = errno
            Glibc.close(fd)
            throw .connect(errno: error)
        }
    }

    /// Connects to the Unix socket at `path`, as a proxy on the same machine does.
    public init(unixSocket path: String, timeout: Duration = .seconds(5)) throws(Failure) {
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw .connect(errno: errno) }
        Self.limit(fd, to: timeout)
        let result = UnixSocketAddress.with(path: path) { connect(fd, $0, $1) == 0 ? 0 : errno } ?? ENAMETOOLONG
        guard result == 0 else {
            Glibc.close(fd)
            throw .connect(errno: result)
        }
    }

    /// Makes a blocking send or receive give up after `timeout`.
    private static func limit(_ fd: Int32, to timeout: Duration) {
        var limit = timeval(
            tv_sec: Int(timeout.components.seconds), tv_usec: Int(timeout.components.attoseconds / 1_000_000_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &limit, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { Glibc.close(fd) }

    /// Sends raw bytes.
    public func send(_ bytes: [UInt8]) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes.withUnsafeBytes { raw in
                Glibc.send(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset, Int32(MSG_NOSIGNAL))
            }
            if sent < 0 {
                if errno == EINTR { continue }
                throw .send(errno: errno)
            }
            offset += sent
        }
    }

    /// Sends text as UTF-8.
    public func send(_ text: String) throws(Failure) { try send(Array(text.utf8)) }

    /// Sends a request with `Host` and, when there is a body, `Content-Length`.
    public func request(
        _ method: String = "GET", _ target: String, headers: HTTPHeaders = [:], body: [UInt8] = []
    ) throws(Failure) -> Response {
        var head = "\(method) \(target) HTTP/1.1\r\nHost: localhost\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" { head += "Content-Length: \(body.count)\r\n" }
        try send(Array((head + "\r\n").utf8) + body)
        return try readResponse(bodyExpected: method != "HEAD")
    }

    /// Reads one response (an interim `100 Continue` counts as one).
    public func readResponse(bodyExpected: Bool = true) throws(Failure) -> Response {
        let headEnd = try readUntilHeadEnd()
        let headText = String(decoding: buffer[..<headEnd], as: UTF8.self)
        var lines = headText.split(separator: "\r\n", omittingEmptySubsequences: false)
        guard !lines.isEmpty else { throw .malformedResponse }
        let statusLine = lines.removeFirst().split(separator: " ", maxSplits: 2)
        guard statusLine.count >= 2, statusLine[0].hasPrefix("HTTP/1."), let status = Int(statusLine[1]),
            (100...999).contains(status)
        else {
            throw .malformedResponse
        }
        let reasonPhrase = statusLine.count == 3 ? String(statusLine[2]) : ""
        var headers = HTTPHeaders()
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { throw .malformedResponse }
            headers.add(String(line[..<colon]), String(line[line.index(after: colon)...].drop { $0 == " " }))
        }
        buffer.removeFirst(headEnd + 4)
        var length = 0
        if bodyExpected, status >= 200, status != 204, status != 304 {
            guard let declared = headers["Content-Length"].flatMap({ Int($0) }) else { throw .malformedResponse }
            length = declared
        }
        while buffer.count < length { try fill() }
        let body = Array(buffer[..<length])
        buffer.removeFirst(length)
        return Response(status: status, reasonPhrase: reasonPhrase, headers: headers, body: body)
    }

    /// Closes the sending side, as a client does that has nothing more to say.
    public func finishSending() {
        Glibc.shutdown(fd, Int32(SHUT_WR))
    }

    /// Whether the server has closed the connection (reads until EOF, error or timeout).
    public func waitForClose() -> Bool {
        while true {
            do {
                try fill()
            } catch {
                return error == .closed
            }
        }
    }

    private func readUntilHeadEnd() throws(Failure) -> Int {
        let terminator: [UInt8] = [13, 10, 13, 10]
        while true {
            if buffer.count >= 4 {
                for index in 0...(buffer.count - 4) where buffer[index..<index + 4].elementsEqual(terminator) {
                    return index
                }
            }
            try fill()
        }
    }

    private func fill() throws(Failure) {
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                buffer += chunk[..<count]
                return
            }
            if count == 0 { throw .closed }
            if errno == EINTR { continue }
            if errno == EAGAIN || errno == EWOULDBLOCK { throw .timedOut }
            throw .closed
        }
    }
}
