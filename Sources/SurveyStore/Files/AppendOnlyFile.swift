/// The few operations the response log needs from its file.
///
/// The one real implementation is ``POSIXFile``; tests wrap it to inject
/// `ENOSPC` or `EIO` at chosen moments, which no ordinary file system does on
/// demand.
public protocol AppendOnlyFile: Sendable {
    /// Writes all of `bytes` at the end of the file, or throws the `errno` of the failure.
    func append(_ bytes: UnsafeRawBufferPointer) throws(FileError)
    /// Makes everything written so far durable (`fsync`).
    func synchronize() throws(FileError)
    /// Cuts the file back to `size` bytes.
    func truncate(to size: Int) throws(FileError)
}

/// A failed system call on a file.
public struct FileError: Error, Sendable, Hashable {
    /// What was attempted.
    public let operation: FileOperation
    /// The file concerned.
    public let path: String
    /// The `errno` the system returned.
    public let code: Int32

    /// Creates an error.
    public init(_ operation: FileOperation, path: String, code: Int32) {
        self.operation = operation
        self.path = path
        self.code = code
    }
}

extension AppendOnlyFile {
    /// Writes all of `bytes` at the end of the file.
    public func append(_ bytes: [UInt8]) throws(FileError) {
        // withUnsafeBytes rethrows untyped errors; a Result keeps the type.
        let result = bytes.withUnsafeBytes { buffer in
            Result { () throws(FileError) in try append(buffer) }
        }
        try result.get()
    }
}
