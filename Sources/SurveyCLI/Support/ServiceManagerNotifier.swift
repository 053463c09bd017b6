import Glibc
import HTTPServer

/// Tells the service manager when the server is ready and when it stops (sd_notify(3)), so that under systemd
/// with `Type=notify` a start or restart counts as done only once the server listens, and a server that fails
/// before that counts as failed. The states go as datagrams to the socket named in `NOTIFY_SOCKET`; without
/// that variable, as outside systemd, nothing is sent.
struct ServiceManagerNotifier {
    /// The notification socket: a file path, or `@name` in the abstract namespace; nil without a manager.
    let socketName: String?

    /// The notifier for the socket in `NOTIFY_SOCKET`, which it removes from the environment, so that programs
    /// the server starts (such as sendmail) cannot report to the service manager in the server's name.
    static func takenFromEnvironment() -> ServiceManagerNotifier {
        guard let value = getenv("NOTIFY_SOCKET") else { return ServiceManagerNotifier(socketName: nil) }
        let name = String(cString: value)
        unsetenv("NOTIFY_SOCKET")
        return ServiceManagerNotifier(socketName: name)
    }

    /// Sends `state`, such as `READY=1` or `STOPPING=1`.
    /// - Returns: nil when it was sent or there is no manager; otherwise why not, for a warning.
    func notify(_ state: String) -> String? {
        guard let socketName else { return nil }
        let descriptor = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        let message = Array(state.utf8)
        let send = { (address: UnsafePointer<sockaddr>, length: socklen_t) -> Int32 in
            message.withUnsafeBytes {
                sendto(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL), address, length) == $0.count
                    ? 0 : errno
            }
        }
        let result =
            socketName.hasPrefix("@")
            ? UnixSocketAddress.with(abstractName: String(socketName.dropFirst()), send)
            : UnixSocketAddress.with(path: socketName, send)
        guard let result else { return "NOTIFY_SOCKET is not a socket address: \(socketName)" }
        return result == 0 ? nil : String(cString: strerror(result))
    }
}
