import Markup

/// Text for a cell, with the characters XML 1.0 forbids written the way Excel writes them.
///
/// Excel stores a control character such as the vertical tab that Word uses for a manual line
/// break as `_x000B_` (ECMA-376 Part 1, 22.9.2.19 ST_Xstring), and Excel and LibreOffice read it
/// back as the character. The same goes here for the C0 controls other than tab, line feed and
/// carriage return, and for U+FFFE and U+FFFF. A text that itself contains `_x`, four hex digits
/// and `_` gets its underscore escaped (`_x005F_`), so a reader does not turn it into a character.
/// The result then goes through ``XMLEscaper`` like every other XML text; it replaces DEL and the
/// C1 controls with U+FFFD, as everywhere in the project's XML (XML allows them, but LibreOffice
/// does not decode their escapes, and a terminal acts on some of them).
enum SpreadsheetText {
    /// `text` as the character data of a `<t>` element.
    static func escape(_ text: String, into output: inout [UInt8]) {
        XMLEscaper.escape(excelEscaped(text), into: &output)
    }

    /// `text` with Excel's `_xHHHH_` escapes; `text` itself when it needs none.
    static func excelEscaped(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { needsEscape($0) || $0 == "_" }) else { return text }
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if needsEscape(scalar) || scalar == "_" && looksLikeEscape(scalars[index...]) {
                result.append(contentsOf: "_x\(hex(scalar.value))_".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00..<0x20, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    /// Whether the scalars begin with `_x`, four hex digits and `_`, which a reader would decode.
    private static func looksLikeEscape(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let head = Array(scalars.prefix(7))
        return head.count == 7 && head[1] == "x" && head[6] == "_"
            && head[2..<6].allSatisfy(\.properties.isASCIIHexDigit)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
