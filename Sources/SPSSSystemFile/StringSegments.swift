/// How a text variable is laid out in the file: strings wider than 255 bytes ("very long strings")
/// are stored as several segments of at most 255 bytes, each a variable of its own.
struct StringSegments {
    /// The widths of the segments: 255 each but the last, which holds the rest (PSPP's documentation,
    /// "Very Long String Record").
    let widths: [Int]

    init(width: Int) {
        guard width > 255 else {
            widths = [width]
            return
        }
        let count = (width + 251) / 252
        widths = Array(repeating: 255, count: count - 1) + [width - (count - 1) * 252]
    }

    /// Whether the variable needs the very long string record.
    var isVeryLong: Bool { widths.count > 1 }

    /// The bytes of `value` (at most the variable's width) as stored: each segment takes the next
    /// 255 bytes, padded with spaces to whole 8-byte units.
    func stored(_ value: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = []
        var start = 0
        for width in widths {
            let piece = value[min(start, value.count)..<min(start + min(width, 255), value.count)]
            bytes += piece
            bytes += Array(repeating: UInt8(ascii: " "), count: Self.units(width) * 8 - piece.count)
            start += 255
        }
        return bytes
    }

    /// The 8-byte units that a string of `width` bytes occupies.
    static func units(_ width: Int) -> Int { (width + 7) / 8 }
}
