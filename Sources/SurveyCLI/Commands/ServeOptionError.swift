import HTTPServer

/// A `survey serve` option with a value the server cannot use.
enum ServeOptionError: Error, Equatable, CustomStringConvertible {
    case trustedProxy(String)
    case listen(String)
    case host(String)
    case adminListen(String)

    var description: String {
        switch self {
        case .trustedProxy(let value):
            "--trusted-proxy needs an IP address or CIDR range such as 10.0.0.5 or 10.0.0.0/8, not \"\(value)\""
        case .listen(let value):
            """
            --listen needs HOST:PORT with an IP address (127.0.0.1:8080), [IPV6]:PORT ([::1]:8080) or \
            unix:/path (at most \(ListenAddress.longestSocketPath) bytes), not "\(value)"
            """
        case .host(let value):
            "--host needs an IP address such as 127.0.0.1, ::1, 0.0.0.0 or ::, not \"\(value)\""
        case .adminListen(let value):
            """
            --admin-listen needs HOST:PORT with an IP address (127.0.0.1:9090), [IPV6]:PORT ([::1]:9090) or \
            unix:/path (at most \(ListenAddress.longestSocketPath) bytes), not "\(value)"
            """
        }
    }
}
