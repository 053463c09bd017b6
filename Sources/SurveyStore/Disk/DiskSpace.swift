import Glibc

/// The space of the file system that holds a path, as an unprivileged process sees it.
public struct DiskSpace: Sendable, Hashable {
    /// Bytes this process may still write (`f_bavail`: the blocks reserved for root do not count,
    /// because the server does not run as root).
    public var availableBytes: Int
    /// The size of the file system in bytes.
    public var totalBytes: Int

    /// Creates a reading; tests and ``DiskReserve`` measurements make them.
    public init(availableBytes: Int, totalBytes: Int) {
        self.availableBytes = availableBytes
        self.totalBytes = totalBytes
    }

    /// Asks the kernel (`statvfs`) about the file system of `path`; cheap, it reads no file.
    public static func measure(_ path: String) throws(FileError) -> DiskSpace {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { throw FileError(.stat, path: path, code: errno) }
        let blockSize = Int(clamping: info.f_frsize)
        return DiskSpace(
            availableBytes: Int(clamping: info.f_bavail).multipliedReportingOverflow(by: blockSize).partialValue,
            totalBytes: Int(clamping: info.f_blocks).multipliedReportingOverflow(by: blockSize).partialValue)
    }
}
