/// Why the server could not start.
public enum ServerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The host is not an IPv4 or IPv6 literal.
    case invalidAddress(String)
    /// Another process holds the port.
    case addressInUse(host: String, port: Int)
    /// Binding is not permitted (a port below 1024 without privileges).
    case permissionDenied(host: String, port: Int)
    /// A system call failed; `call` names it and `errno` is its error number.
    case systemCall(call: String, errno: Int32)

    public var description: String {
        switch self {
        case .invalidAddress(let host):
            "'\(host)' is not an IP address; use for example 127.0.0.1, ::1, 0.0.0.0 or ::."
        case .addressInUse(let host, let port):
            "Port \(port) on \(host) is already in use. Stop the other program or choose another port."
        case .permissionDenied(let host, let port):
            "Not permitted to listen on \(host) port \(port). Ports below 1024 need privileges; choose a higher port."
        case .systemCall(let call, let errno):
            "\(call) failed with error \(errno)."
        }
    }
}
