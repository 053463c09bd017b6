/// Decoding of string contents that the parser has already validated.
enum StringDecoding {
    /// Decodes the bytes between a string's quotes.
    static func decode(_ raw: UnsafeBufferPointer<UInt8>, hasEscapes: Bool) -> String {
        guard hasEscapes else { return String(decoding: raw, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < raw.count else {
                output.append(byte)
                index += 1
                continue
            }
            let escape = raw[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                let (scalar, consumed) = unicodeEscape(raw, at: index - 2)
                appendUTF8(scalar, to: &output)
                index += consumed - 2
            default: output.append(escape) // \" \\ \/
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The scalar of the validated `\uXXXX` (or surrogate pair) escape at
    /// `offset`, and the number of bytes it spans.
    static func unicodeEscape(_ raw: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
        let high = hexValue(raw, at: offset + 2)
        if (0xD800...0xDBFF).contains(high), offset + 12 <= raw.count {
            let low = hexValue(raw, at: offset + 8)
            let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            return (Unicode.Scalar(value) ?? "\u{FFFD}", 12)
        }
        return (Unicode.Scalar(high) ?? "\u{FFFD}", 6)
    }

    private static func hexValue(_ raw: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32 {
        var value: UInt32 = 0
        for index in offset..<min(offset + 4, raw.count) {
            value = value << 4 | (hexDigitValue(raw[index]) ?? 0)
        }
        return value
    }

    private static func appendUTF8(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        var buffer = scalar.utf8.makeIterator()
        while let byte = buffer.next() { output.append(byte) }
    }

    /// Byte offset, relative to `raw`, of the `n`-th scalar of the decoded string.
    ///
    /// Returns `raw.count` when the string has `n` or fewer scalars.
    static func rawOffset(ofScalar n: Int, in raw: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        var scalar = 0
        while index < raw.count {
            if scalar == n { return index }
            let byte = raw[index]
            if byte == UInt8(ascii: "\\"), index + 1 < raw.count {
                index += raw[index + 1] == UInt8(ascii: "u") ? unicodeEscape(raw, at: index).1 : 2
            } else if byte < 0x80 {
                index += 1
            } else {
                index += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            }
            scalar += 1
        }
        return raw.count
    }
}
