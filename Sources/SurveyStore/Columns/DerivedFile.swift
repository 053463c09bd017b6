import Glibc

/// The container of a derived file such as `columns.bin`: two header slots,
/// then blocks, each with its own CRC-32C, and an index (the owner's metadata
/// and the block table) that the newer intact slot points to.
///
/// A derived file is a cache of what the log says, never the truth: a reader
/// that finds it missing, truncated or damaged gets a ``DerivedFileError`` and
/// rebuilds it from the log. Blocks are read and checked one at a time, so a
/// reader needs memory for one block, not for the file. A writer either
/// writes the whole file anew (``write(to:version:metadata:blocks:)``) or
/// adds blocks and a new index behind the old ones and only then switches a
/// slot (``append(to:version:metadata:blocks:)``), so that a crash at any
/// step leaves the old file or the new one. The byte layout is documented in
/// `docs/columnar-file.md`.
public enum DerivedFile {
    /// The first eight bytes of every derived file; the last digit is the container's version.
    static let magic: [UInt8] = Array("SURVDRV2".utf8)
    /// Bytes of one header slot: generation, index offset, index length, index checksum, slot checksum.
    static let slotSize = 32
    /// Bytes before the first block: the magic and two slots.
    static let dataStart = 8 + 2 * slotSize
    /// Bytes of an index before the metadata: version, metadata length, block count, reserved.
    static let indexHeaderSize = 16
    /// Bytes per entry of the block table: offset, length, checksum, reserved.
    static let tableEntrySize = 24

    /// Writes a derived file in one step: a temporary file beside `path`, synchronised, then renamed over it.
    ///
    /// - Parameters:
    ///   - version: The owner's format version; a reader expecting another one treats the file as stale.
    ///   - metadata: The owner's description of the content (which log offset and definition it covers).
    ///   - blocks: The blocks in order.
    public static func write(
        to path: String, version: UInt32, metadata: [UInt8], blocks: [[UInt8]]
    ) throws(FileError) {
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let temporary = path + ".new-" + String(UInt64.random(in: .min ... .max), radix: 36)
        do {
            let file = try POSIXFile(path: temporary, flags: O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC)
            var table: [(offset: Int, length: Int, checksum: UInt32)] = []
            var offset = dataStart
            try file.append(magic + [UInt8](repeating: 0, count: 2 * slotSize))
            for block in blocks {
                try file.append(block)
                table.append((offset, block.count, CRC32C.checksum(block)))
                offset += block.count
            }
            let index = Self.index(version: version, metadata: metadata, table: table)
            try file.append(index)
            try file.synchronize()
            // Written after the blocks and the index are on disk, though the rename alone already hides a
            // half-written file: the same order as an append.
            try file.write(slot(generation: 1, indexAt: offset, index: index), at: 8)
            try file.synchronize()
            try FileSystem.rename(temporary, to: path)
        } catch {
            unlink(temporary)
            throw error
        }
        try FileSystem.synchronizeDirectory(folder.isEmpty ? (path.hasPrefix("/") ? "/" : ".") : folder)
    }

    /// Removes the derived file at `path`, if there is one.
    public static func remove(_ path: String) {
        unlink(path)
    }

    /// The index: the owner's version and metadata, then the block table.
    static func index(version: UInt32, metadata: [UInt8], table: [(offset: Int, length: Int, checksum: UInt32)])
        -> [UInt8]
    {
        var index: [UInt8] = []
        index.reserveCapacity(indexHeaderSize + metadata.count + table.count * tableEntrySize)
        index.appendLittleEndian(version)
        index.appendLittleEndian(UInt32(truncatingIfNeeded: metadata.count))
        index.appendLittleEndian(UInt32(truncatingIfNeeded: table.count))
        index.appendLittleEndian(UInt32(0))
        index += metadata
        for entry in table {
            index.appendLittleEndian(UInt64(entry.offset))
            index.appendLittleEndian(UInt64(entry.length))
            index.appendLittleEndian(entry.checksum)
            index.appendLittleEndian(UInt32(0))
        }
        return index
    }

    /// A header slot pointing to `index`, written at `offset`.
    static func slot(generation: UInt64, indexAt offset: Int, index: [UInt8]) -> [UInt8] {
        var slot: [UInt8] = []
        slot.appendLittleEndian(generation)
        slot.appendLittleEndian(UInt64(offset))
        slot.appendLittleEndian(UInt64(index.count))
        slot.appendLittleEndian(CRC32C.checksum(index))
        slot.appendLittleEndian(CRC32C.checksum(slot))
        return slot
    }
}

/// Why a derived file cannot be used; every case means: rebuild it from the log.
public enum DerivedFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// There is no file.
    case missing
    /// The file is not intact, or not what the reader expects; the text says what was found.
    case damaged(String)
    /// The file could not be read.
    case file(FileError)

    public var description: String {
        switch self {
        case .missing: "there is no file"
        case .damaged(let reason): reason
        case .file(let error):
            "cannot \(error.operation.rawValue) \(error.path): \(String(cString: strerror(error.code)))"
        }
    }
}

extension [UInt8] {
    mutating func appendLittleEndian(_ value: some FixedWidthInteger) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }

    func littleEndianUInt32(at offset: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(self[offset + $1]) << (8 * UInt32($1)) }
    }

    func littleEndianUInt64(at offset: Int) -> UInt64 {
        (0..<8).reduce(UInt64(0)) { $0 | UInt64(self[offset + $1]) << (8 * UInt64($1)) }
    }
}
