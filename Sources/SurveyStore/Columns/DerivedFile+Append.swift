import Glibc

extension DerivedFile {
    /// A block of a file being appended to: one the file has already, or new bytes.
    public enum BlockSource: Sendable {
        /// Block `index` of the file as the reader found it; its bytes stay where they are.
        case stored(Int)
        case new([UInt8])
    }

    /// Writes the file `reader` read as its next generation, in place: only the new blocks and a new index
    /// are written, behind everything the file holds, and then the other slot is pointed at that index.
    ///
    /// The order is what makes a crash harmless: (1) new blocks and the index are written after the
    /// file's end and synchronised; a crash here leaves bytes no slot points to, and the old slot still
    /// describes the old file; (2) the slot not in use is overwritten with the next generation and
    /// synchronised; a slot cut in the middle fails its checksum and the reader takes the other one.
    /// No byte an index in use points to is ever overwritten, so a reader that opened the file before
    /// goes on reading the old generation.
    ///
    /// - Throws: ``DerivedFileError/damaged(_:)`` when the file at the path is no longer the one `reader`
    ///   read (renamed over, or appended to since); the caller then writes the whole file.
    public static func append(
        to reader: Reader, version: UInt32, metadata: [UInt8], blocks: [BlockSource]
    ) throws(DerivedFileError) {
        let file: POSIXFile
        do {
            file = try POSIXFile(path: reader.path, flags: O_RDWR | O_CLOEXEC)
        } catch {
            throw .file(error)
        }
        // Two writers (the server's maintainer and a command) take turns; the loser finds a new generation.
        while flock(file.descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw .file(FileError(.lock, path: reader.path, code: errno)) }
        }
        defer { flock(file.descriptor, LOCK_UN) }
        do {
            guard try file.identity() == reader.identity,
                let current = Reader.slotFields(try file.read(count: dataStart, at: 0), at: 8 + reader.slot * slotSize),
                current.generation == reader.generation
            else { throw DerivedFileError.damaged("the file was written again since it was read") }
            var offset = try file.size()
            var table: [(offset: Int, length: Int, checksum: UInt32)] = []
            table.reserveCapacity(blocks.count)
            for block in blocks {
                switch block {
                case .stored(let index):
                    guard reader.table.indices.contains(index) else {
                        throw DerivedFileError.damaged("there is no block \(index)")
                    }
                    table.append(reader.table[index])
                case .new(let bytes):
                    try file.write(bytes, at: offset)
                    table.append((offset, bytes.count, CRC32C.checksum(bytes)))
                    offset += bytes.count
                }
            }
            let index = Self.index(version: version, metadata: metadata, table: table)
            try file.write(index, at: offset)
            try file.synchronize()
            let slot = Self.slot(generation: reader.generation + 1, indexAt: offset, index: index)
            try file.write(slot, at: 8 + (1 - reader.slot) * slotSize)
            try file.synchronize()
        } catch let error as DerivedFileError {
            throw error
        } catch let error as FileError {
            throw .file(error)
        } catch {
            throw .damaged("\(error)")
        }
    }
}
