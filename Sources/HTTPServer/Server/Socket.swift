import CSystem
import Glibc

/// Socket set-up, kept apart from the event loop.
enum Socket {
    /// Opens a non-blocking listening socket with SO_REUSEADDR.
    /// - Returns: the descriptor and the port actually bound (useful for port 0).
    static func listen(host: String, port: Int) throws(ServerError) -> (fd: Int32, port: Int) {
        var storage = sockaddr_storage()
        let length: socklen_t
        let family: Int32
        var v4 = in_addr()
        var v6 = in6_addr()
        if inet_pton(AF_INET, host, &v4) == 1 {
            family = AF_INET
            length = socklen_t(MemoryLayout<sockaddr_in>.size)
            withUnsafeMutableBytes(of: &storage) { raw in
                let address = raw.baseAddress.map { $0.assumingMemoryBound(to: sockaddr_in.self) }
                address?.pointee.sin_family = sa_family_t(AF_INET)
                address?.pointee.sin_port = in_port_t(UInt16(truncatingIfNeeded: port).bigEndian)
                address?.pointee.sin_addr = v4
            }
        } else if inet_pton(AF_INET6, host, &v6) == 1 {
            family = AF_INET6
            length = socklen_t(MemoryLayout<sockaddr_in6>.size)
            withUnsafeMutableBytes(of: &storage) { raw in
                let address = raw.baseAddress.map { $0.assumingMemoryBound(to: sockaddr_in6.self) }
                address?.pointee.sin6_family = sa_family_t(AF_INET6)
                address?.pointee.sin6_port = in_port_t(UInt16(truncatingIfNeeded: port).bigEndian)
                address?.pointee.sin6_addr = v6
            }
        } else {
            throw .invalidAddress(host)
        }
        guard (0...65535).contains(port) else { throw .invalidAddress("\(host):\(port)") }

        let fd = socket(
            family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw .systemCall(call: "socket", errno: errno) }
        var one: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0 else {
            let error = errno
            close(fd)
            switch error {
            case EADDRINUSE: throw .addressInUse(host: host, port: port)
            case EACCES: throw .permissionDenied(host: host, port: port)
            default: throw .systemCall(call: "bind", errno: error)
            }
        }
        guard Glibc.listen(fd, 4096) == 0 else {
            let error = errno
            close(fd)
            throw .systemCall(call: "listen", errno: error)
        }
        var actual = sockaddr_storage()
        var actualLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &actualLength) }
        }
        return (fd, port == 0 ? Self.port(of: actual) : port)
    }

    /// The port of a bound address.
    static func port(of storage: sockaddr_storage) -> Int {
        var storage = storage
        let family = Int32(storage.ss_family)
        return withUnsafeBytes(of: &storage) { raw in
            if family == AF_INET6 {
                Int(UInt16(bigEndian: raw.load(as: sockaddr_in6.self).sin6_port))
            } else {
                Int(UInt16(bigEndian: raw.load(as: sockaddr_in.self).sin_port))
            }
        }
    }
}
