import Glibc

/// The container of a derived file such as `columns.bin`: a checksummed
/// header with the owner's metadata, then blocks, each with its own CRC-32C.
///
/// A derived file is a cache of what the log says, never the truth: a reader
/// that finds it missing, truncated or damaged gets a ``DerivedFileError`` and
/// rebuilds it from the log. Blocks are read and checked one at a time, so a
/// reader needs memory for one block, not for the file. The byte layout is
/// documented in `docs/columnar-file.md`.
public enum DerivedFile {
    /// The first eight bytes of every derived file.
    static let magic: [UInt8] = Array("SURVDRV1".utf8)
    /// Bytes before the metadata: magic, version, metadata length, block count, header checksum.
    static let fixedHeaderSize = 24
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
        var header: [UInt8] = []
        header.reserveCapacity(fixedHeaderSize + metadata.count + blocks.count * tableEntrySize)
        header += magic
        header.appendLittleEndian(version)
        header.appendLittleEndian(UInt32(truncatingIfNeeded: metadata.count))
        header.appendLittleEndian(UInt32(truncatingIfNeeded: blocks.count))
        header.appendLittleEndian(UInt32(0)) // the checksum, filled in below
        header += metadata
        var offset = UInt64(fixedHeaderSize + metadata.count + blocks.count * tableEntrySize)
        for block in blocks {
            header.appendLittleEndian(offset)
            header.appendLittleEndian(UInt64(block.count))
            header.appendLittleEndian(CRC32C.checksum(block))
            header.appendLittleEndian(UInt32(0))
            offset += UInt64(block.count)
        }
        let checksum = CRC32C.checksum(header)
        for index in 0..<4 { header[20 + index] = UInt8(truncatingIfNeeded: checksum >> (8 * UInt32(index))) }
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let temporary = path + ".new-" + String(UInt64.random(in: .min ... .max), radix: 36)
        do {
            let file = try POSIXFile(path: temporary, flags: O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC)
            try file.append(header)
            for block in blocks { try file.append(block) }
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

    /// An open derived file whose header has been checked; blocks are checked as they are read.
    public final class Reader: @unchecked Sendable {
        /// The owner's metadata, as written.
        public let metadata: [UInt8]
        private let file: POSIXFile
        private let table: [(offset: Int, length: Int, checksum: UInt32)]

        /// Opens `path` and checks its header, block table and size.
        ///
        /// - Throws: ``DerivedFileError/missing`` when there is no file, ``DerivedFileError/damaged(_:)``
        ///   when the header is not intact or not of `version`.
        public init(path: String, version: UInt32) throws(DerivedFileError) {
            guard FileSystem.exists(path) else { throw .missing }
            do {
                file = try POSIXFile.openForReading(path)
            } catch {
                throw .file(error)
            }
            let size: Int
            let fixed: [UInt8]
            do {
                size = try file.size()
                fixed = try file.read(count: fixedHeaderSize, at: 0)
            } catch {
                throw .file(error)
            }
            guard fixed.count == fixedHeaderSize, Array(fixed[0..<8]) == magic else {
                throw .damaged("the file does not start like a derived file")
            }
            let fileVersion = fixed.littleEndianUInt32(at: 8)
            guard fileVersion == version else {
                throw .damaged("format version \(fileVersion), expected \(version)")
            }
            let metadataLength = Int(fixed.littleEndianUInt32(at: 12))
            let blockCount = Int(fixed.littleEndianUInt32(at: 16))
            let headerLength = fixedHeaderSize + metadataLength + blockCount * tableEntrySize
            guard headerLength <= size else { throw .damaged("the header is cut off (file of \(size) bytes)") }
            var header: [UInt8]
            do {
                header = try file.read(count: headerLength, at: 0)
            } catch {
                throw .file(error)
            }
            let stored = header.littleEndianUInt32(at: 20)
            for index in 20..<24 { header[index] = 0 }
            guard header.count == headerLength, CRC32C.checksum(header) == stored else {
                throw .damaged("the header's checksum does not match")
            }
            metadata = Array(header[fixedHeaderSize..<fixedHeaderSize + metadataLength])
            var table: [(offset: Int, length: Int, checksum: UInt32)] = []
            table.reserveCapacity(blockCount)
            var end = headerLength
            for block in 0..<blockCount {
                let entry = fixedHeaderSize + metadataLength + block * tableEntrySize
                let offset = header.littleEndianUInt64(at: entry)
                let length = header.littleEndianUInt64(at: entry + 8)
                guard offset == UInt64(end), length <= UInt64(size - end) else {
                    throw .damaged("block \(block) lies outside the file (file of \(size) bytes)")
                }
                table.append((Int(offset), Int(length), header.littleEndianUInt32(at: entry + 16)))
                end += Int(length)
            }
            guard end == size else { throw .damaged("the file is \(size) bytes long, its blocks end at \(end)") }
            self.table = table
        }

        /// The number of blocks.
        public var blockCount: Int { table.count }

        /// Block `index`, after checking its checksum.
        public func block(_ index: Int) throws(DerivedFileError) -> [UInt8] {
            guard table.indices.contains(index) else { throw .damaged("there is no block \(index)") }
            let entry = table[index]
            let bytes: [UInt8]
            do {
                bytes = try file.read(count: entry.length, at: entry.offset)
            } catch {
                throw .file(error)
            }
            guard bytes.count == entry.length else { throw .damaged("block \(index) is cut off") }
            guard CRC32C.checksum(bytes) == entry.checksum else {
                throw .damaged("block \(index)'s checksum does not match")
            }
            return bytes
        }
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
