/// How a server's reply breaks RFC 5321 §4.2, for the error message.
public enum SMTPReplyProblem: Error, Sendable, Equatable {
    /// A line longer than 512 octets including CRLF (RFC 5321 §4.5.3.1.5).
    case lineTooLong
    /// More lines than ``SMTPReply/maximumLineCount``.
    case tooManyLines
    /// A line ending in a bare LF or containing a bare CR.
    case bareLineBreak
    /// A line that does not start with a three-digit code from 200 to 559.
    case invalidCode(line: Int)
    /// A code followed by something other than "-", " " or the end of the line.
    case invalidSeparator(line: Int)
    /// A continuation line with a code other than the first line's.
    case codeChanged(line: Int, expected: Int, found: Int)
    /// A control character other than a tab in the text.
    case controlCharacter(line: Int)

    func text(language: String) -> String {
        let german = language == "de"
        switch self {
        case .lineTooLong:
            return german ? "eine Zeile ist länger als 512 Byte" : "a line is longer than 512 octets"
        case .tooManyLines:
            return german
                ? "die Antwort hat mehr als \(SMTPReply.maximumLineCount) Zeilen"
                : "the reply has more than \(SMTPReply.maximumLineCount) lines"
        case .bareLineBreak:
            return german
                ? "ein Zeilenende ist kein CRLF" : "a line break is not CRLF"
        case .invalidCode(let line):
            return german
                ? "Zeile \(line) beginnt nicht mit einem dreistelligen Antwortcode"
                : "line \(line) does not start with a three-digit reply code"
        case .invalidSeparator(let line):
            return german
                ? "in Zeile \(line) folgt auf den Code weder „-“ noch ein Leerzeichen"
                : "in line \(line) the code is followed by neither \"-\" nor a space"
        case .codeChanged(let line, let expected, let found):
            return german
                ? "Zeile \(line) hat den Code \(found) statt \(expected)"
                : "line \(line) has the code \(found) instead of \(expected)"
        case .controlCharacter(let line):
            return german ? "Zeile \(line) enthält ein Steuerzeichen" : "line \(line) contains a control character"
        }
    }
}
