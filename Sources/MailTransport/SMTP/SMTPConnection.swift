import Glibc

/// A TCP connection to an SMTP server, blocking, with a time limit on every step: connecting
/// (non-blocking connect and `poll`), each read (SO_RCVTIMEO) and each write (SO_SNDTIMEO).
///
/// Errors name the server and the step of the conversation. Not thread-safe: one owner at a time.
final class SMTPConnection {
    /// "host:port", or "[address]:port" for an IPv6 address, for messages.
    let server: String
    /// The time limit of connecting and of each read and write.
    let timeout: Duration
    private let fd: Int32
    private var decoder = SMTPReplyDecoder()

    /// Connects to the first address of `host` that answers within `timeout`, IPv6 or IPv4.
    init(host: String, port: Int, timeout: Duration) throws(MailTransportError) {
        let name = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        server = name.contains(":") ? "[\(name)]:\(port)" : "\(name):\(port)"
        self.timeout = timeout
        guard !name.isEmpty, (1...65535).contains(port) else {
            throw MailTransportError(.invalidServer(host: host, port: port))
        }
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_protocol = Int32(IPPROTO_TCP)
        var list: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(name, String(port), &hints, &list)
        guard status == 0, let first = list else {
            let problem = gai_strerror(status).map { String(cString: $0) } ?? "error \(status)"
            throw MailTransportError(.hostNotFound(host: name, problem: problem))
        }
        defer { freeaddrinfo(list) }
        var lastError: MailTransportError?
        var candidate: UnsafeMutablePointer<addrinfo>? = first
        while let address = candidate {
            switch Self.connect(address.pointee, timeout: timeout, server: server) {
            case .success(let connected):
                fd = connected
                return
            case .failure(let error):
                lastError = error
            }
            candidate = address.pointee.ai_next
        }
        throw lastError ?? MailTransportError(.connectionFailed(server: server, errno: EHOSTUNREACH))
    }

    deinit {
        close(fd)
    }

    private static func connect(_ address: addrinfo, timeout: Duration, server: String) -> Result<
        Int32, MailTransportError
    > {
        let fd = socket(
            address.ai_family, address.ai_socktype | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue),
            address.ai_protocol)
        guard fd >= 0 else { return .failure(MailTransportError(.connectionFailed(server: server, errno: errno))) }
        var error: Int32 = 0
        if Glibc.connect(fd, address.ai_addr, address.ai_addrlen) != 0 {
            error = errno
            if error == EINPROGRESS {
                var poller = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                let ready = poll(&poller, 1, milliseconds(timeout))
                if ready == 0 {
                    close(fd)
                    return .failure(MailTransportError(.timedOut(server: server, stage: .connect), kind: .unreachable))
                }
                var length = socklen_t(MemoryLayout<Int32>.size)
                error = ready < 0 ? errno : 0
                if ready > 0 { getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length) }
            }
        }
        guard error == 0 else {
            close(fd)
            return .failure(MailTransportError(.connectionFailed(server: server, errno: error)))
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        setLimit(timeout, on: fd, for: SO_RCVTIMEO)
        setLimit(timeout, on: fd, for: SO_SNDTIMEO)
        return .success(fd)
    }

    /// Sets SO_RCVTIMEO or SO_SNDTIMEO; at least a millisecond, since a zero timeval means no limit.
    private static func setLimit(_ duration: Duration, on fd: Int32, for option: Int32) {
        let (seconds, attoseconds) = duration.components
        let microseconds = max(1000, seconds * 1_000_000 + attoseconds / 1_000_000_000_000)
        var limit = timeval(tv_sec: Int(microseconds / 1_000_000), tv_usec: Int(microseconds % 1_000_000))
        setsockopt(fd, SOL_SOCKET, option, &limit, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Sends one command line (CRLF added) and reads the reply.
    func command(_ line: String, stage: SMTPStage) throws(MailTransportError) -> SMTPReply {
        try write(Array(line.utf8) + [0x0D, 0x0A], stage: stage)
        return try readReply(stage: stage)
    }

    /// Writes all bytes, or fails naming `stage`.
    func write(_ bytes: [UInt8], stage: SMTPStage) throws(MailTransportError) {
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count > 0 {
                written += count
                continue
            }
            let error = errno
            switch error {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: throw MailTransportError(.timedOut(server: server, stage: stage))
            default: throw MailTransportError(.connectionLost(server: server, stage: stage))
            }
        }
    }

    /// Reads the next reply with another time limit than the connection's, then restores it.
    func readReply(stage: SMTPStage, within limit: Duration) throws(MailTransportError) -> SMTPReply {
        Self.setLimit(limit, on: fd, for: SO_RCVTIMEO)
        defer { Self.setLimit(timeout, on: fd, for: SO_RCVTIMEO) }
        return try readReply(stage: stage)
    }

    /// Reads the next reply, strictly (``SMTPReplyDecoder``).
    func readReply(stage: SMTPStage) throws(MailTransportError) -> SMTPReply {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            do {
                if let reply = try decoder.nextReply() { return reply }
            } catch {
                throw MailTransportError(.malformedReply(server: server, stage: stage, problem: error))
            }
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                decoder.append(buffer[0..<count])
                continue
            }
            let error = errno
            if count < 0, error == EINTR { continue }
            if count < 0, error == EAGAIN || error == EWOULDBLOCK {
                throw MailTransportError(.timedOut(server: server, stage: stage))
            }
            throw MailTransportError(.connectionLost(server: server, stage: stage))
        }
    }
}

/// A duration as a `poll` timeout, rounded up to whole milliseconds.
func milliseconds(_ duration: Duration) -> Int32 {
    let (seconds, attoseconds) = duration.components
    let rounded = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
    return Int32(clamping: max(0, rounded))
}
