import Glibc

extension Socket {
    /// Opens a non-blocking Unix socket listening at `path` with the file mode `mode`.
    ///
    /// A stale socket file left by a server that died is replaced; a live one,
    /// or any other file, is not. The mode is set before `listen`, so no client
    /// can connect while the file still has the permissions of the umask.
    /// - Returns: the descriptor and the file, to remove when the server stops.
    static func listen(unixPath path: String, mode: mode_t) throws(ServerError) -> (fd: Int32, file: UnixSocketFile) {
        guard UnixSocketAddress.with(path: path, { _, _ in true }) != nil else {
            throw .socketFile(path: path, call: "bind", errno: ENAMETOOLONG)
        }
        try UnixSocketFile.removeStale(at: path)
        let fd = socket(
            AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw .systemCall(call: "socket", errno: errno) }
        let bound = UnixSocketAddress.with(path: path) { bind(fd, $0, $1) == 0 ? 0 : errno } ?? EINVAL
        guard bound == 0 else {
            close(fd)
            throw bound == EADDRINUSE ? .socketInUse(path) : .socketFile(path: path, call: "bind", errno: bound)
        }
        guard let file = UnixSocketFile(path: path) else {
            close(fd)
            throw .socketFile(path: path, call: "lstat", errno: errno)
        }
        guard chmod(path, mode) == 0 else {
            let error = errno
            close(fd)
            file.removeIfUnchanged()
            throw .socketFile(path: path, call: "chmod", errno: error)
        }
        guard Glibc.listen(fd, 4096) == 0 else {
            let error = errno
            close(fd)
            file.removeIfUnchanged()
            throw .systemCall(call: "listen", errno: error)
        }
        return (fd, file)
    }
}
