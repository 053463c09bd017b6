/// The bytes of a system file being written, in little-endian order (layout code 2).
struct LittleEndianBytes {
    private(set) var bytes: [UInt8] = []

    mutating func int32(_ value: Int32) {
        withUnsafeBytes(of: value.littleEndian) { bytes += $0 }
    }

    mutating func int32(_ value: Int) {
        int32(Int32(truncatingIfNeeded: value))
    }

    mutating func double(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes += $0 }
    }

    mutating func append(_ other: some Sequence<UInt8>) {
        bytes += other
    }

    /// `text` in exactly `count` bytes: cut, or padded with `padding`.
    mutating func fixed(_ text: [UInt8], count: Int, padding: UInt8 = UInt8(ascii: " ")) {
        bytes += text.prefix(count)
        bytes += Array(repeating: padding, count: max(0, count - text.count))
    }

    /// An extension record (type 7) of `subtype` with elements of `size` bytes.
    mutating func extensionRecord(subtype: Int32, size: Int, data: [UInt8]) {
        int32(7)
        int32(subtype)
        int32(size)
        int32(data.count / size)
        bytes += data
    }
}

extension String {
    /// The longest start of the text that takes at most `limit` bytes of UTF-8, cut between
    /// characters so that no letter or emoji is broken.
    public func utf8Prefix(_ limit: Int) -> String {
        guard utf8.count > limit else { return self }
        var result = ""
        var count = 0
        for character in self {
            let size = character.utf8.count
            guard count + size <= limit else { break }
            result.append(character)
            count += size
        }
        return result
    }
}
