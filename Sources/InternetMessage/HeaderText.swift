/// Free text on its way into a header: one line, no control characters, whitespace as single spaces.
///
/// Every value that reaches a header passes through here or through ``MailAddress``'s checks, so
/// no input, however it was made, can end a header line and start another.
package enum HeaderText {
    /// Whether the scalar could break a line or a terminal: C0 and C1 controls (CR, LF, NUL,
    /// NEL U+0085 …), DEL, and the Unicode line and paragraph separators U+2028 and U+2029.
    package static func isLineBreakOrControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }

    /// The text as one line: each run of whitespace and control characters becomes one space,
    /// and none is left at either end (a subject ends where its words end).
    package static func flattened(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isLineBreakOrControl(scalar) || scalar.properties.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }
}
