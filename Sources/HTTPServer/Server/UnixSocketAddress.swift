import Glibc

/// The `sockaddr_un` of a socket file path, or of a name in Linux's abstract namespace, for the server's
/// listener, the tests' client and the service manager's notification socket alike.
package enum UnixSocketAddress {
    /// Calls `body` with the address of `path` and its length.
    /// - Returns: nil when the path does not fit `sun_path` (see `ListenAddress.longestSocketPath`) or holds a NUL.
    package static func with<Result>(
        path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> Result
    ) -> Result? {
        let bytes = Array(path.utf8)
        guard !bytes.isEmpty, bytes.count <= ListenAddress.longestSocketPath, !bytes.contains(0) else { return nil }
        // The length counts the path's terminating NUL, as the kernel reports it for a bound path.
        return with(sunPath: bytes, length: bytes.count + 1, body)
    }

    /// Calls `body` with the address of `name` in the abstract namespace (written `@name` by systemd and
    /// ss(8)): a leading NUL, then the name's bytes, with no terminator; the length ends the name.
    /// - Returns: nil when the name is empty or does not fit `sun_path` after the NUL.
    package static func with<Result>(
        abstractName name: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> Result
    ) -> Result? {
        let bytes = [0] + Array(name.utf8)
        guard bytes.count > 1, bytes.count <= ListenAddress.longestSocketPath + 1 else { return nil }
        return with(sunPath: bytes, length: bytes.count, body)
    }

    private static func with<Result>(
        sunPath bytes: [UInt8], length: Int, _ body: (UnsafePointer<sockaddr>, socklen_t) -> Result
    ) -> Result {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in bytes.enumerated() { raw[index] = byte }
        }
        let size = socklen_t(MemoryLayout<sa_family_t>.size + length)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, size) }
        }
    }
}
