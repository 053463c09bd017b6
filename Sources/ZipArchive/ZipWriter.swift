/// Writes a ZIP archive (PKWARE APPNOTE 6.3, without ZIP64) in memory: for each entry a local
/// header and its data, then the central directory and its end record.
///
/// Each entry is deflated when that makes it smaller and stored otherwise (an empty or
/// incompressible file). Names are UTF-8 and say so (general purpose flag bit 11). Entries are
/// written as regular files readable by everyone who may read the archive (mode 0644).
package struct ZipWriter: Sendable {
    private var output: [UInt8] = []
    private var centralDirectory: [UInt8] = []
    private var names: Set<String> = []

    package init() {}

    /// The number of entries so far.
    package var count: Int { names.count }

    /// Adds one file.
    /// - Throws: ``ZipArchiveError`` when the name is empty, used twice or too long, or when a limit
    ///   of the format would be passed.
    package mutating func add(name: String, contents: [UInt8], modified: ZipEntryTime = .earliest)
        throws(ZipArchiveError)
    {
        guard !name.isEmpty, !names.contains(name) else { throw .invalidName(name) }
        let nameBytes = Array(name.utf8)
        guard nameBytes.count <= 0xFFFF else { throw .nameTooLong(name) }
        guard names.count < 0xFFFE else { throw .tooManyEntries }
        let compressed = contents.isEmpty ? [] : Deflate.compress(contents)
        let deflates = !contents.isEmpty && compressed.count < contents.count
        let stored = deflates ? compressed : contents
        let offset = output.count
        guard contents.count < 0xFFFF_FFFF, offset + 30 + nameBytes.count + stored.count < 0xFFFF_FFFF else {
            throw .tooLarge(entry: name)
        }
        names.insert(name)
        let fields = EntryFields(
            versionNeeded: deflates ? 20 : 10, method: deflates ? 8 : 0, modified: modified,
            crc: CRC32.checksum(contents), compressedSize: UInt32(stored.count), size: UInt32(contents.count),
            nameLength: UInt16(nameBytes.count))

        output.appendLittleEndian(UInt32(0x0403_4B50))
        fields.write(into: &output)
        output.appendLittleEndian(UInt16(0)) // extra field length
        output += nameBytes
        output += stored

        centralDirectory.appendLittleEndian(UInt32(0x0201_4B50))
        centralDirectory.appendLittleEndian(UInt16(3 << 8 | 20)) // made by: Unix, version 2.0
        fields.write(into: &centralDirectory)
        centralDirectory.appendLittleEndian(UInt16(0)) // extra field length
        centralDirectory.appendLittleEndian(UInt16(0)) // comment length
        centralDirectory.appendLittleEndian(UInt16(0)) // disk number
        centralDirectory.appendLittleEndian(UInt16(0)) // internal attributes
        centralDirectory.appendLittleEndian(UInt32(0o100644) << 16) // external attributes: Unix regular file, 0644
        centralDirectory.appendLittleEndian(UInt32(offset))
        centralDirectory += nameBytes
    }

    /// The archive: the entries, the central directory, and the end of central directory record.
    /// - Throws: ``ZipArchiveError/tooLarge(entry:)`` when the central directory would end past 4 GiB.
    package func finished() throws(ZipArchiveError) -> [UInt8] {
        guard output.count + centralDirectory.count + 22 < 0xFFFF_FFFF else {
            throw .tooLarge(entry: "central directory")
        }
        var archive = output
        archive += centralDirectory
        archive.appendLittleEndian(UInt32(0x0605_4B50))
        archive.appendLittleEndian(UInt16(0)) // this disk
        archive.appendLittleEndian(UInt16(0)) // disk of the central directory
        archive.appendLittleEndian(UInt16(names.count))
        archive.appendLittleEndian(UInt16(names.count))
        archive.appendLittleEndian(UInt32(centralDirectory.count))
        archive.appendLittleEndian(UInt32(output.count))
        archive.appendLittleEndian(UInt16(0)) // comment length
        return archive
    }
}

/// The fields the local header and the central directory share, from "version needed" on.
private struct EntryFields {
    let versionNeeded: UInt16
    let method: UInt16
    let modified: ZipEntryTime
    let crc: UInt32
    let compressedSize: UInt32
    let size: UInt32
    let nameLength: UInt16

    func write(into bytes: inout [UInt8]) {
        bytes.appendLittleEndian(versionNeeded)
        bytes.appendLittleEndian(UInt16(1 << 11)) // the name is UTF-8
        bytes.appendLittleEndian(method)
        bytes.appendLittleEndian(modified.time)
        bytes.appendLittleEndian(modified.date)
        bytes.appendLittleEndian(crc)
        bytes.appendLittleEndian(compressedSize)
        bytes.appendLittleEndian(size)
        bytes.appendLittleEndian(nameLength)
    }
}

extension [UInt8] {
    fileprivate mutating func appendLittleEndian(_ value: some FixedWidthInteger) {
        for shift in stride(from: 0, to: value.bitWidth, by: 8) {
            append(UInt8(truncatingIfNeeded: value >> shift))
        }
    }
}
