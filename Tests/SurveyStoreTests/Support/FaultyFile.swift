import Glibc
import SurveyStore
import Synchronization

/// Wraps the real log file and fails chosen operations, as a full or broken disk would.
final class FaultyFile: AppendOnlyFile {
    /// What the next operations should do.
    struct Faults {
        /// Fail appends with this errno, after writing `partialBytes` of them.
        var appendError: Int32?
        var partialBytes = 0
        /// Fail the next fsync only: a transient error that a second fsync survives.
        var fsyncErrorOnce: Int32?
        var truncateError: Int32?
    }

    let inner: POSIXFile
    let faults = Mutex(Faults())

    init(_ inner: POSIXFile) {
        self.inner = inner
    }

    func append(_ bytes: UnsafeRawBufferPointer) throws(FileError) {
        let faults = faults.withLock { $0 }
        if let code = faults.appendError {
            // A real ENOSPC often comes after part of the data made it to the file.
            try inner.append(UnsafeRawBufferPointer(rebasing: bytes.prefix(faults.partialBytes)))
            throw FileError(.write, path: inner.path, code: code)
        }
        try inner.append(bytes)
    }

    func synchronize() throws(FileError) {
        let code = faults.withLock { faults in
            defer { faults.fsyncErrorOnce = nil }
            return faults.fsyncErrorOnce
        }
        if let code { throw FileError(.fsync, path: inner.path, code: code) }
        try inner.synchronize()
    }

    func truncate(to size: Int) throws(FileError) {
        if let code = faults.withLock({ $0.truncateError }) { throw FileError(.truncate, path: inner.path, code: code) }
        try inner.truncate(to: size)
    }
}
