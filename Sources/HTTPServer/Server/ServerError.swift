import Glibc

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
    /// Another server answers on the Unix socket at this path.
    case socketInUse(String)
    /// A file that is not a socket lies where the Unix socket should go; it is left alone.
    case notASocket(String)
    /// A system call on the Unix socket file failed, for example a missing folder or no permission.
    case socketFile(path: String, call: String, errno: Int32)

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
        case .socketInUse(let path):
            "Another server is listening on the socket \(path). Stop it or choose another path."
        case .notASocket(let path):
            "\(path) exists and is not a socket; it is left alone. Remove it or choose another path."
        case .socketFile(let path, let call, let errno):
            "Cannot create the socket \(path): \(String(cString: strerror(errno))) (\(call))."
        }
    }
}
