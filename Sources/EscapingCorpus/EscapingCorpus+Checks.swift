/// The checks every output's test runs on what it wrote from the corpus; each returns the problems it found.
extension EscapingCorpus {
    /// Problems in one escaped value (HTML or XML): no markup character may be
    /// left, every `&` must start a character reference, and no character may
    /// be one that XML 1.0 forbids or HTML treats as a control.
    public static func problems(inEscapedValue escaped: String) -> [String] {
        var problems: [String] = []
        let bytes = Array(escaped.utf8)
        for (index, byte) in bytes.enumerated() where markupBytes.contains(byte) {
            if byte == UInt8(ascii: "&"), startsReference(bytes[index...]) { continue }
            problems.append("markup character \(Unicode.Scalar(byte)) at byte \(index) of \(debugText(escaped))")
        }
        return Array((problems + forbiddenCharacters(in: escaped)).prefix(10))
    }

    /// Problems in a whole document written from corpus text (as ``chunks(maxLength:)``
    /// joins it): a markup character joined to a prepend character before it
    /// or a combining character after it (which only unescaped input can
    /// produce), and characters that XML 1.0 forbids or HTML treats as controls.
    public static func problems(inDocument document: String) -> [String] {
        let prepend = Set(prependCharacters)
        let combining = Set(combiningCharacters)
        let scalars = Array(document.unicodeScalars)
        let bytes = Array(document.utf8)
        var byteOffset = 0
        var problems: [String] = []
        for index in scalars.indices {
            defer { byteOffset += UTF8.width(scalars[index]) }
            guard scalars[index].isASCII, markupBytes.contains(UInt8(scalars[index].value)) else { continue }
            // An escaped character starts with `&`; only a bare `&` is a leak.
            if scalars[index] == "&", startsReference(bytes[byteOffset...]) { continue }
            let before = index > scalars.startIndex ? scalars[index - 1] : nil
            let after = index + 1 < scalars.endIndex ? scalars[index + 1] : nil
            // A line of text may end with a prepend character right before the
            // program's own end tag (`</tspan>`); corpus text never has `</` after one.
            let isEndTag = scalars[index] == "<" && after == "/"
            if let before, prepend.contains(before), !isEndTag {
                problems.append("U+\(hex(before)) before \(scalars[index]) at scalar \(index)")
            }
            // Likewise a line may start with a combining character right after the
            // program's own start tag, whose `>` follows a quote or a name; in corpus
            // text a `>` follows a space or a prepend character.
            let endsTag =
                scalars[index] == ">"
                && before.map { $0 == "\"" || $0 == "/" || ($0.isASCII && $0.properties.isAlphabetic) } ?? false
            if let after, combining.contains(after), !endsTag {
                problems.append("\(scalars[index]) before U+\(hex(after)) at scalar \(index)")
            }
        }
        return Array((problems + forbiddenCharacters(in: document)).prefix(10))
    }

    /// Problems in terminal text: any control character (line feeds and tabs
    /// allowed only when `allowingLineBreaks`) or bidirectional control.
    public static func problems(inTerminalText text: String, allowingLineBreaks: Bool) -> [String] {
        text.unicodeScalars.compactMap { scalar in
            let allowed = allowingLineBreaks && (scalar == "\n" || scalar == "\t")
            let control = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            let bidi = bidiControls.contains(scalar)
            return !allowed && (control || bidi) ? "U+\(hex(scalar)) in \(debugText(text))" : nil
        }
    }

    private static func forbiddenCharacters(in text: String) -> [String] {
        text.unicodeScalars.compactMap { scalar in
            let value = scalar.value
            let forbidden =
                (value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || (0x7F...0x9F).contains(value)
                || value == 0xFFFE || value == 0xFFFF
            return forbidden ? "forbidden character U+\(hex(scalar))" : nil
        }
    }

    /// Whether `bytes` start with `&name;` or `&#digits;`.
    private static func startsReference(_ bytes: ArraySlice<UInt8>) -> Bool {
        var body = bytes.dropFirst().prefix(10)
        if body.first == UInt8(ascii: "#") { body = body.dropFirst() }
        guard let end = body.firstIndex(of: UInt8(ascii: ";")), end > body.startIndex else { return false }
        let letters = UInt8(ascii: "a")...UInt8(ascii: "z")
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        return body[..<end].allSatisfy { letters.contains($0) || digits.contains($0) }
    }

    private static func hex(_ scalar: Unicode.Scalar) -> String {
        String(scalar.value, radix: 16, uppercase: true)
    }

    private static func debugText(_ text: String) -> String {
        String(text.unicodeScalars.prefix(40).map { $0.escaped(asASCII: true) }.joined())
    }
}
