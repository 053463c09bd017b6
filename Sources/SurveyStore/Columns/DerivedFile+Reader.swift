import Glibc

extension DerivedFile {
    /// An open derived file whose slots and index have been checked; blocks are checked as they are read.
    public final class Reader: @unchecked Sendable {
        /// The owner's metadata, as written.
        public let metadata: [UInt8]
        /// The generation of the slot in use; an append writes the next one.
        public let generation: UInt64
        /// The file's size when it was opened.
        public let size: Int
        /// Bytes the index in use accounts for (the start, its blocks and itself); the rest is left over
        /// from earlier appends or an append a crash interrupted.
        public let usedBytes: Int
        /// The path it was opened at.
        public let path: String
        let file: POSIXFile
        let identity: DescriptorIdentity
        /// Which slot (0 or 1) is in use.
        let slot: Int
        let table: [(offset: Int, length: Int, checksum: UInt32)]

        /// Opens `path` and checks its slots, the index the newer intact one points to, and the block table.
        ///
        /// - Throws: ``DerivedFileError/missing`` when there is no file, ``DerivedFileError/damaged(_:)``
        ///   when no slot leads to an intact index of `version`.
        public init(path: String, version: UInt32) throws(DerivedFileError) {
            guard FileSystem.exists(path) else { throw .missing }
            self.path = path
            let start: [UInt8]
            do {
                file = try POSIXFile.openForReading(path)
                size = try file.size()
                identity = try file.identity()
                start = try file.read(count: dataStart, at: 0)
            } catch {
                throw .file(error)
            }
            guard start.count >= 8, Array(start[0..<7]) == Array(magic[0..<7]) else {
                throw .damaged("the file does not start like a derived file")
            }
            guard start[7] == magic[7] else {
                throw .damaged("container version \(Character(UnicodeScalar(start[7]))), expected 2")
            }
            guard start.count == dataStart else { throw .damaged("the header is cut off (file of \(size) bytes)") }
            var reasons: [String] = []
            var found: (slot: Int, generation: UInt64, index: Index)?
            // The newer intact slot wins; the older one still describes a complete earlier state.
            let slots = (0..<2).map { Self.slotFields(start, at: 8 + $0 * slotSize) }
            for slot in (0..<2).sorted(by: { slots[$0]?.generation ?? 0 > slots[$1]?.generation ?? 0 }) {
                guard let fields = slots[slot] else {
                    reasons.append("slot \(slot + 1): the header's checksum does not match")
                    continue
                }
                guard fields.generation > 0 else { continue }
                do throws(DerivedFileError) {
                    let index = try Self.index(of: file, size: size, fields: fields, version: version)
                    found = (slot, fields.generation, index)
                    break
                } catch .damaged(let reason) {
                    reasons.append("slot \(slot + 1): \(reason)")
                } catch {
                    throw error
                }
            }
            guard let found else {
                throw .damaged(
                    reasons.isEmpty ? "the header's checksum does not match" : reasons.joined(separator: "; "))
            }
            slot = found.slot
            generation = found.generation
            metadata = found.index.metadata
            table = found.index.table
            usedBytes = dataStart + found.index.length + table.reduce(0) { $0 + $1.length }
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

        struct SlotFields {
            let generation: UInt64
            let offset: Int
            let length: Int
            let checksum: UInt32
        }

        struct Index {
            let metadata: [UInt8]
            let table: [(offset: Int, length: Int, checksum: UInt32)]
            let length: Int
        }

        /// The slot at `offset` of the file's start, nil when its checksum does not match.
        static func slotFields(_ start: [UInt8], at offset: Int) -> SlotFields? {
            let bytes = Array(start[offset..<offset + slotSize])
            // A slot never written yet (a fresh file has only its first) is empty, not damaged.
            if bytes.allSatisfy({ $0 == 0 }) { return SlotFields(generation: 0, offset: 0, length: 0, checksum: 0) }
            guard CRC32C.checksum(Array(bytes[0..<28])) == bytes.littleEndianUInt32(at: 28) else { return nil }
            let indexOffset = bytes.littleEndianUInt64(at: 8)
            let indexLength = bytes.littleEndianUInt64(at: 16)
            guard indexOffset < 1 << 48, indexLength < 1 << 40 else { return nil }
            return SlotFields(
                generation: bytes.littleEndianUInt64(at: 0), offset: Int(indexOffset), length: Int(indexLength),
                checksum: bytes.littleEndianUInt32(at: 24))
        }

        /// The index a slot points to, checked against its checksum, `version` and the file's size.
        static func index(of file: POSIXFile, size: Int, fields: SlotFields, version: UInt32) throws(DerivedFileError)
            -> Index
        {
            guard fields.offset >= dataStart, fields.length >= indexHeaderSize, fields.length <= size - fields.offset
            else { throw .damaged("the index lies outside the file (file of \(size) bytes)") }
            let index: [UInt8]
            do {
                index = try file.read(count: fields.length, at: fields.offset)
            } catch {
                throw .file(error)
            }
            guard index.count == fields.length, CRC32C.checksum(index) == fields.checksum else {
                throw .damaged("the header's checksum does not match")
            }
            let indexVersion = index.littleEndianUInt32(at: 0)
            guard indexVersion == version else { throw .damaged("format version \(indexVersion), expected \(version)") }
            let metadataLength = Int(index.littleEndianUInt32(at: 4))
            let blockCount = Int(index.littleEndianUInt32(at: 8))
            guard indexHeaderSize + metadataLength + blockCount * tableEntrySize == index.count else {
                throw .damaged("the index is \(index.count) bytes long, its entries need another length")
            }
            var table: [(offset: Int, length: Int, checksum: UInt32)] = []
            table.reserveCapacity(blockCount)
            for block in 0..<blockCount {
                let entry = indexHeaderSize + metadataLength + block * tableEntrySize
                let offset = index.littleEndianUInt64(at: entry)
                let length = index.littleEndianUInt64(at: entry + 8)
                guard offset >= UInt64(dataStart), offset <= UInt64(size), length <= UInt64(size) - offset else {
                    throw .damaged("block \(block) lies outside the file (file of \(size) bytes)")
                }
                table.append((Int(offset), Int(length), index.littleEndianUInt32(at: entry + 16)))
            }
            return Index(
                metadata: Array(index[indexHeaderSize..<indexHeaderSize + metadataLength]), table: table,
                length: index.count)
        }
    }
}
