/// R string literals in double quotes that hold any text and keep the script pure ASCII.
///
/// ASCII-only matters because R reads a script in the session's native encoding: on a Latin-1
/// Windows session or under `LANG=C` raw UTF-8 in a literal would turn into mojibake, while
/// `\u{00FC}` means „ü“ everywhere. R strings cannot hold NUL, so NUL becomes U+FFFD.
enum RStringLiteral {
    static func quoted(_ text: String) -> String {
        var literal = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": literal += "\\\\"
            case "\"": literal += "\\\""
            case "\n": literal += "\\n"
            case "\r": literal += "\\r"
            case "\t": literal += "\\t"
            case "\0": literal += "\\u{FFFD}"
            case " "..."~": literal.unicodeScalars.append(scalar)
            default:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                literal += scalar.value > 0xFFFF ? "\\U{\(hex)}" : "\\u{\(hex)}"
            }
        }
        return literal + "\""
    }

    /// An R character vector: `c("a", "b")`.
    static func vector(_ texts: [String]) -> String {
        "c(" + texts.map(quoted).joined(separator: ", ") + ")"
    }
}
