import Glibc

/// The `sockaddr_un` of a socket file path, for the server's listener and the tests' client alike.
package enum UnixSocketAddress {
    /// Calls `body` with the address of `path` and its length.
    /// - Returns: nil when the path does not fit `sun_path` (see `ListenAddress.longestSocketPath`) or holds a NUL.
    package static func with<Result>(
        path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> Result
    ) -> Result? {
        let bytes = Array(path.utf8)
        guard !bytes.isEmpty, bytes.count <= ListenAddress.longestSocketPath, !bytes.contains(0) else { return nil }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in bytes.enumerated() { raw[index] = byte }
        }
        let length = socklen_t(MemoryLayout<sa_family_t>.size + bytes.count + 1)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, length) }
        }
    }
}
