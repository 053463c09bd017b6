/// A `survey serve` option with a value the server cannot use.
enum ServeOptionError: Error, Equatable, CustomStringConvertible {
    case trustedProxy(String)
    case adminListen(String)

    var description: String {
        switch self {
        case .trustedProxy(let value):
            "--trusted-proxy needs an IP address or CIDR range such as 10.0.0.5 or 10.0.0.0/8, not \"\(value)\""
        case .adminListen(let value):
            "--admin-listen needs HOST:PORT such as 127.0.0.1:9090 or [::1]:9090, not \"\(value)\""
        }
    }
}
