import CSystem
import Glibc

/// Buffers access log lines on the event loop and writes them once per loop turn.
///
/// The format is the Common Log Format plus the duration in microseconds.
/// The query string is left out on purpose: access tokens travel there.
struct AccessLog {
    private let fd: Int32?
    private var buffer: [UInt8] = []
    private var cachedSecond = -1
    private var cachedDate = ""

    init(_ destination: AccessLogDestination) {
        switch destination {
        case .none: fd = nil
        case .standardOutput: fd = STDOUT_FILENO
        case .standardError: fd = STDERR_FILENO
        case .fileDescriptor(let descriptor): fd = descriptor
        }
    }

    /// Appends one line; `remote` is worked out only when there is a log.
    mutating func record(
        remote: @autoclosure () -> String, method: String, path: String, minorVersion: Int, status: Int, bytes: Int,
        microseconds: Int64, now: Int
    ) {
        guard fd != nil else { return }
        if now != cachedSecond {
            cachedSecond = now
            cachedDate = HTTPDate.commonLogFormat(now)
        }
        buffer +=
            "\(remote()) - - [\(cachedDate)] \"\(method) \(path) HTTP/1.\(minorVersion)\" \(status) \(bytes) \(microseconds)\n"
            .utf8
    }

    /// Writes what was buffered; a failing log never stops the server.
    mutating func flush() {
        guard let fd, !buffer.isEmpty else { return }
        var offset = 0
        buffer.withUnsafeBytes { raw in
            while offset < raw.count {
                guard let base = raw.baseAddress else { return }
                let written = write(fd, base + offset, raw.count - offset)
                if written > 0 {
                    offset += written
                } else if written < 0 && errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
        buffer.removeAll(keepingCapacity: buffer.count < 1 << 16)
    }
}
