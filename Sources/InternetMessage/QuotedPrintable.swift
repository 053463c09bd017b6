/// The quoted-printable transfer encoding of RFC 2045 §6.7, for message bodies.
///
/// Bodies go out as 7-bit text whatever the transport: every byte outside printable ASCII and
/// every `=` is written `=XX` (upper-case hex), lines end with CRLF, and no encoded line is longer
/// than 76 characters. Since `=` only ever starts `=XX` or a soft line break, the output never
/// holds `=_`, which is what makes a MIME boundary starting with it safe (see ``MIMEBoundary``).
public enum QuotedPrintable {
    /// The longest encoded line RFC 2045 allows, without its CRLF.
    public static let lineLimit = 76

    /// The bytes encoded. CRLF pairs are line breaks and stay CRLF; a lone CR or LF is data and
    /// encoded. A space or tab at the end of a line is encoded so that no transport can strip it;
    /// long lines get soft line breaks (`=` CRLF) that never split an `=XX` triple.
    public static func encode(_ bytes: [UInt8]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var lineStart = 0
        var index = 0
        while index <= bytes.count {
            let atBreak = index + 1 < bytes.count && bytes[index] == 0x0D && bytes[index + 1] == 0x0A
            if index == bytes.count || atBreak {
                encodeLine(bytes[lineStart..<index], into: &output)
                if atBreak { output += [0x0D, 0x0A] }
                index += 2
                lineStart = index
            } else {
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// One line without its break, with soft breaks where it is too long.
    private static func encodeLine(_ line: ArraySlice<UInt8>, into output: inout [UInt8]) {
        var length = 0
        for (offset, byte) in zip(line.indices, line) {
            let isLast = offset == line.index(before: line.endIndex)
            let literal =
                (0x21...0x7E).contains(byte) && byte != UInt8(ascii: "=")
                || ((byte == 0x20 || byte == 0x09) && !isLast)
            let width = literal ? 1 : 3
            // The last piece of a line may use the 76th column; any other leaves it for the soft break's `=`.
            if length + width > (isLast ? lineLimit : lineLimit - 1) {
                output += [UInt8(ascii: "="), 0x0D, 0x0A]
                length = 0
            }
            if literal {
                output.append(byte)
            } else {
                output += [UInt8(ascii: "="), hexDigit(byte >> 4), hexDigit(byte & 0x0F)]
            }
            length += width
        }
    }

    /// The bytes of `text`, or nil when it is not quoted-printable: a character beyond ASCII,
    /// or an `=` followed by neither two hex digits nor the end of the line.
    ///
    /// Line breaks may be CRLF or LF and come out as CRLF; whitespace at the end of an encoded line
    /// is dropped, as RFC 2045 asks of readers, since transports may have added it.
    public static func decode(_ text: String) -> [UInt8]? {
        var output: [UInt8] = []
        var lines = Array(text.utf8).split(separator: 0x0A, omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true, text.utf8.last == 0x0A { lines.removeLast() }
        for (number, rawLine) in lines.enumerated() {
            var line = rawLine
            if line.last == 0x0D { line.removeLast() }
            while let last = line.last, last == 0x20 || last == 0x09 { line.removeLast() }
            var soft = false
            var index = line.startIndex
            while index < line.endIndex {
                let byte = line[index]
                guard byte < 0x80 else { return nil }
                if byte != UInt8(ascii: "=") {
                    output.append(byte)
                    index += 1
                } else if index + 1 == line.endIndex {
                    soft = true
                    index += 1
                } else {
                    guard index + 2 < line.endIndex, let high = hexValue(line[index + 1]),
                        let low = hexValue(line[index + 2])
                    else { return nil }
                    output.append(high << 4 | low)
                    index += 3
                }
            }
            let hasBreak = number < lines.count - 1 || text.utf8.last == 0x0A
            if hasBreak && !soft { output += [0x0D, 0x0A] }
        }
        return output
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }
}
