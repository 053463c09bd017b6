/// A `survey serve` option with a value the server cannot use.
enum ServeOptionError: Error, Equatable, CustomStringConvertible {
    case port(String)
    case trustedProxy(String)
    case connectionsPerClient(String)

    var description: String {
        switch self {
        case .port(let value):
            "--port must be a number from 0 to 65535, not \"\(value)\""
        case .trustedProxy(let value):
            "--trusted-proxy needs an IP address or CIDR range such as 10.0.0.5 or 10.0.0.0/8, not \"\(value)\""
        case .connectionsPerClient(let value):
            "--max-connections-per-client must be a whole number of at least 1, not \"\(value)\""
        }
    }
}
