/// The one loop behind ``HTMLEscaper`` and ``XMLEscaper``: it walks UTF-8 bytes, never `Character`s.
///
/// A `Character` is a grapheme cluster, and a Unicode "Prepend" character
/// such as U+0600 joins a following `<` into one cluster that compares unequal
/// to `<`. Markup characters are single ASCII bytes in UTF-8 and no byte of a
/// multi-byte sequence is ASCII, so comparing bytes finds every one of them,
/// whatever precedes or follows it.
///
/// Both formats replace the same unwanted characters with U+FFFD, so a reader
/// sees that something was there:
/// - C0 control characters other than tab, line feed and carriage return,
///   including NUL (XML 1.0 forbids them; HTML treats them as parse errors);
/// - DEL and the C1 controls U+0080–U+009F (parse errors in HTML, and a
///   terminal acts on some of them);
/// - U+FFFE and U+FFFF (XML 1.0 forbids them).
///
/// Lone surrogates cannot occur: a Swift `String` holds only Unicode scalars,
/// and bytes decoded with replacement already carry U+FFFD in their place.
enum MarkupEscaping {
    /// Which entities a format writes for ASCII bytes.
    enum Format {
        case html
        case xml
    }

    /// Appends `text` to `output`, escaped for `format`.
    static func escape(_ text: String, format: Format, into output: inout [UInt8]) {
        var text = text
        _ = text.withUTF8 { escape($0, format: format, into: &output) }
    }

    /// `text` escaped for `format`; `text` itself when nothing needs a change.
    static func escaped(_ text: String, format: Format) -> String {
        var text = text
        var output: [UInt8] = []
        let changed = text.withUTF8 { escape($0, format: format, into: &output) }
        return changed ? String(decoding: output, as: UTF8.self) : text
    }

    private static let replacementCharacter: StaticString = "\u{FFFD}"

    /// - Returns: whether anything was replaced.
    private static func escape(_ buffer: UnsafeBufferPointer<UInt8>, format: Format, into output: inout [UInt8])
        -> Bool
    {
        var start = 0
        var index = 0
        let count = buffer.count
        while index < count {
            let byte = buffer[index]
            // Letters and most punctuation (`?` to `~`) and the space never change; most text is these.
            if byte >= 0x3F && byte < 0x7F || byte == 0x20 {
                index += 1
                continue
            }
            var length = 1
            let replacement: StaticString?
            if byte < 0x80 {
                replacement = entity(forASCII: byte, format: format)
            } else if byte == 0xC2, index + 1 < count, (0x80...0x9F).contains(buffer[index + 1]) {
                // U+0080–U+009F, the C1 controls.
                length = 2
                replacement = replacementCharacter
            } else if byte == 0xEF, index + 2 < count, buffer[index + 1] == 0xBF, buffer[index + 2] >= 0xBE {
                // U+FFFE and U+FFFF.
                length = 3
                replacement = replacementCharacter
            } else {
                replacement = nil
            }
            if let replacement {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<index]))
                replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                start = index + length
            }
            index += length
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<count]))
        return start > 0
    }

    /// The replacement for one ASCII byte, nil when it stays as it is.
    ///
    /// XML writes tab, line feed and carriage return as character references:
    /// a parser would otherwise turn them into spaces in attribute values and
    /// carriage returns into line feeds everywhere. HTML keeps them, since a
    /// browser normalises line breaks in form fields anyway.
    private static func entity(forASCII byte: UInt8, format: Format) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): return "&amp;"
        case UInt8(ascii: "<"): return "&lt;"
        case UInt8(ascii: ">"): return "&gt;"
        case UInt8(ascii: "\""): return "&quot;"
        case UInt8(ascii: "'"): return format == .html ? "&#39;" : "&apos;"
        case UInt8(ascii: "\t"): return format == .html ? nil : "&#9;"
        case UInt8(ascii: "\n"): return format == .html ? nil : "&#10;"
        case UInt8(ascii: "\r"): return format == .html ? nil : "&#13;"
        case 0x00..<0x20, 0x7F: return replacementCharacter
        default: return nil
        }
    }
}
