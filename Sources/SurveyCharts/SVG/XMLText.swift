/// Escaping of text and attribute values for XML.
enum XMLText {
    /// `text` with markup characters replaced by entities and characters
    /// that XML 1.0 forbids (control characters, U+FFFE, U+FFFF) dropped, so
    /// any label yields a well-formed document.
    static func escape(_ text: String) -> String {
        // Most labels need no change; one pass over the bytes finds out
        // without building a new string.
        guard needsEscaping(text) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t", "\n", "\r": result += " "
            default:
                let value = scalar.value
                if value < 0x20 || value == 0xFFFE || value == 0xFFFF { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether `text` holds a markup character, a control character, or
    /// U+FFFE / U+FFFF (UTF-8 `EF BF BE` / `EF BF BF`).
    private static func needsEscaping(_ text: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            switch byte {
            case 0..<0x20, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                return true
            case 0xBE...0xBF where previous == (0xEF, 0xBF):
                return true
            default:
                previous = (previous.1, byte)
            }
        }
        return false
    }
}
