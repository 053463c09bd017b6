import Glibc

/// The socket file a Unix listener created, remembered by device and inode so
/// that the server removes only its own file when it stops, never one that a
/// newer server has since put at the same path.
struct UnixSocketFile: Sendable {
    let path: String
    private let device: UInt64
    private let inode: UInt64

    /// Remembers the file now at `path`; nil when there is none.
    init?(path: String) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        self.path = path
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }

    /// Removes the file if it is still the one this server created.
    func removeIfUnchanged() {
        var status = stat()
        guard lstat(path, &status) == 0, UInt64(status.st_dev) == device, UInt64(status.st_ino) == inode else {
            return
        }
        unlink(path)
    }

    /// Clears the way for a new socket at `path`: nothing there, or a stale
    /// socket that no server answers on any more, which is removed.
    /// - Throws: `.socketInUse` when a server answers there, `.notASocket` when
    ///   another kind of file is in the way (it is never removed).
    static func removeStale(at path: String) throws(ServerError) {
        var status = stat()
        guard lstat(path, &status) == 0 else {
            guard errno == ENOENT else { throw .socketFile(path: path, call: "lstat", errno: errno) }
            return
        }
        guard status.st_mode & S_IFMT == S_IFSOCK else { throw .notASocket(path) }
        let probe = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard probe >= 0 else { throw .systemCall(call: "socket", errno: errno) }
        defer { close(probe) }
        let connected = UnixSocketAddress.with(path: path) { connect(probe, $0, $1) == 0 ? 0 : errno }
        switch connected {
        case 0: throw .socketInUse(path)
        case ECONNREFUSED:
            // A socket file nobody listens on: left behind by a server that did not stop cleanly.
            guard unlink(path) == 0 || errno == ENOENT else {
                throw .socketFile(path: path, call: "unlink", errno: errno)
            }
        default: throw .socketFile(path: path, call: "connect", errno: connected ?? EINVAL)
        }
    }
}
