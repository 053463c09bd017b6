/// Reading a file at given offsets, the one thing the log needs to read a record back.
///
/// The real implementation is ``POSIXFile``; tests wrap it to count the bytes
/// a read costs.
public protocol PositionalFile: Sendable {
    /// Reads exactly `count` bytes at `offset`, or fewer if the file ends before.
    func read(count: Int, at offset: Int) throws(FileError) -> [UInt8]
}

extension POSIXFile: PositionalFile {}
