/// The escaper for text shown in a terminal, the only one in the package.
///
/// A terminal acts on control characters: ESC (U+001B) and the C1 control
/// CSI (U+009B) start sequences that move the cursor, recolour or clear the
/// screen, set the window title, or (in some terminals) answer back with
/// typed input; a carriage return overwrites the line. Bidirectional
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder what
/// follows them, so a line can read differently from what it holds. Every
/// such character is shown as a visible escape instead: `\n`, `\r` and `\t`
/// by their usual names, anything else as `\u{1B}`. A backslash stays as it
/// is, so the notation is for reading, not for decoding.
package enum TerminalEscaper {
    /// `text` on one line: every control character, line breaks included, is shown escaped.
    ///
    /// For a value inside a line, such as one listed answer or a table cell.
    package static func escape(_ text: String) -> String {
        escape(text, keepingLineBreaks: false)
    }

    /// `text` with its line feeds and tabs kept and every other control character shown escaped.
    ///
    /// For whole blocks of output whose line breaks are the program's own.
    package static func escapeKeepingLineBreaks(_ text: String) -> String {
        escape(text, keepingLineBreaks: true)
    }

    private static func escape(_ text: String, keepingLineBreaks: Bool) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingLineBreaks: keepingLineBreaks) }) else {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar, keepingLineBreaks: keepingLineBreaks) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return result
    }

    private static func needsEscape(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return !keepingLineBreaks
        case 0x00..<0x20, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
