/// The one clean-up every posted or imported text gets before it is read, checked or stored.
///
/// Browsers send line breaks as CR LF, and a forged form may carry control
/// characters that no keyboard types: they would be invisible in the answer,
/// could steer a terminal, and JSON writes each one as a six-byte escape. So
/// line breaks become LF, every other C0 and C1 control character except TAB
/// is removed, and white space around the text is trimmed. Lengths are then
/// counted on what people see.
public enum PostedText {
    /// The cleaned text; one pass over its scalars.
    public static func normalized(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\r": result.append("\n")
            case "\n": if !previousWasCR { result.append(scalar) }
            case "\t": result.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}": continue
            default: result.append(scalar)
            }
        }
        return String(result).trimmingSpaces
    }
}
