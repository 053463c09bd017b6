/// One place the server accepts connections: a TCP address and port, or a Unix domain socket.
///
/// A Unix socket is the usual way for a reverse proxy on the same machine
/// (nginx) to reach the server: no port to guard, and the socket file's
/// permissions decide who may connect.
public enum ListenAddress: Hashable, Sendable, CustomStringConvertible {
    /// An IPv4 or IPv6 literal (`127.0.0.1`, `::`) and a port; port 0 picks a free one.
    case tcp(host: String, port: Int)
    /// The path of a socket file, created when the server starts and removed when it stops.
    case unix(path: String)

    /// The longest path a Unix socket address holds (`sun_path` is 108 bytes with its final NUL).
    public static let longestSocketPath = 107

    /// Parses `HOST:PORT` (an IPv4 literal), `[IPV6]:PORT`, or `unix:/path`.
    /// - Returns: nil for anything else, such as a host name, a bare IPv6 literal
    ///   (its colons leave the port ambiguous), a port above 65535, or a socket
    ///   path that is empty, holds a NUL, or is longer than `longestSocketPath` bytes.
    public init?(_ text: String) {
        if text.hasPrefix("unix:") {
            let path = String(text.dropFirst("unix:".count))
            guard !path.isEmpty, !path.utf8.contains(0), path.utf8.count <= Self.longestSocketPath else { return nil }
            self = .unix(path: path)
            return
        }
        guard let colon = text.lastIndex(of: ":") else { return nil }
        var host = text[..<colon]
        let digits = text[text.index(after: colon)...]
        if host.hasPrefix("[") && host.hasSuffix("]") {
            host = host.dropFirst().dropLast()
            guard host.contains(":") else { return nil }
        } else if host.contains(":") {
            return nil
        }
        guard IPAddress(host) != nil, !digits.isEmpty, digits.count <= 5,
            digits.allSatisfy({ ("0"..."9").contains($0) }), let port = Int(digits), port <= 65535
        else { return nil }
        self = .tcp(host: String(host), port: port)
    }

    /// The form `init?(_:)` reads: `127.0.0.1:8080`, `[::1]:8080`, `unix:/run/survey/http.sock`.
    public var description: String {
        switch self {
        case .tcp(let host, let port): host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        case .unix(let path): "unix:\(path)"
        }
    }
}
