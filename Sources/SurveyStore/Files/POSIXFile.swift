import Glibc

/// A file opened with `open(2)`, closed when the value is released.
public final class POSIXFile: AppendOnlyFile {
    /// The file descriptor, owned by this value.
    public let descriptor: Int32
    /// The path it was opened with, for messages.
    public let path: String

    /// Opens `path` for appending, creating it (readable by the owner only) if needed.
    public static func openForAppending(_ path: String) throws(FileError) -> POSIXFile {
        try POSIXFile(path: path, flags: O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC)
    }

    /// Opens `path` with `flags`; a file it creates gets `mode`, by default readable by the owner only.
    public init(path: String, flags: Int32, mode: mode_t = PrivateFiles.fileMode) throws(FileError) {
        let descriptor = open(path, flags, mode)
        guard descriptor >= 0 else { throw FileError(.open, path: path, code: errno) }
        self.descriptor = descriptor
        self.path = path
    }

    deinit {
        close(descriptor)
    }

    public func append(_ bytes: UnsafeRawBufferPointer) throws(FileError) {
        var written = 0
        while written < bytes.count {
            let result = Glibc.write(descriptor, bytes.baseAddress.map { $0 + written }, bytes.count - written)
            if result < 0 {
                if errno == EINTR { continue }
                throw FileError(.write, path: path, code: errno)
            }
            written += result
        }
    }

    public func synchronize() throws(FileError) {
        guard fsync(descriptor) == 0 else { throw FileError(.fsync, path: path, code: errno) }
    }

    public func truncate(to size: Int) throws(FileError) {
        guard ftruncate(descriptor, off_t(size)) == 0 else { throw FileError(.truncate, path: path, code: errno) }
    }

    /// Reads up to `count` bytes at the current position; an empty result means the end.
    public func read(upTo count: Int) throws(FileError) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        while true {
            let result = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, count) }
            if result < 0 {
                if errno == EINTR { continue }
                throw FileError(.read, path: path, code: errno)
            }
            buffer.removeLast(count - result)
            return buffer
        }
    }

    /// Reads everything from `offset` to the end of the file.
    public func readToEnd(from offset: Int) throws(FileError) -> [UInt8] {
        var content: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let position = off_t(offset + content.count)
            let result = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, position) }
            if result < 0 {
                if errno == EINTR { continue }
                throw FileError(.read, path: path, code: errno)
            }
            if result == 0 { return content }
            content.append(contentsOf: buffer[0..<result])
        }
    }

    /// Opens an existing `path` for reading.
    public static func openForReading(_ path: String) throws(FileError) -> POSIXFile {
        try POSIXFile(path: path, flags: O_RDONLY | O_CLOEXEC)
    }

    /// Reads exactly `count` bytes at `offset`, or fewer if the file ends before.
    public func read(count: Int, at offset: Int) throws(FileError) -> [UInt8] {
        var content = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let result = content.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress.map { $0 + filled }, count - filled, off_t(offset + filled))
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw FileError(.read, path: path, code: errno)
            }
            if result == 0 { break }
            filled += result
        }
        content.removeLast(count - filled)
        return content
    }

    /// Writes all of `bytes` at `offset`, leaving the file position alone.
    public func write(_ bytes: [UInt8], at offset: Int) throws(FileError) {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { buffer in
                pwrite(
                    descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written, off_t(offset + written))
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw FileError(.write, path: path, code: errno)
            }
            written += result
        }
    }

    /// The device and inode: which file a descriptor refers to, even after another was renamed over its path.
    public func identity() throws(FileError) -> DescriptorIdentity {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileError(.stat, path: path, code: errno) }
        return DescriptorIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// The file's size in bytes.
    public func size() throws(FileError) -> Int {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw FileError(.stat, path: path, code: errno) }
        return Int(info.st_size)
    }
}

/// Which file a descriptor refers to.
public struct DescriptorIdentity: Sendable, Hashable {
    public let device: UInt64
    public let inode: UInt64
}
