/// One reply of an SMTP server: a three-digit code and one or more lines of text
/// (RFC 5321 §4.2).
public struct SMTPReply: Sendable, Equatable {
    /// The longest line allowed, CRLF included (RFC 5321 §4.5.3.1.5).
    public static let maximumLineLength = 512
    /// The most lines one reply may have; an EHLO reply, the longest in practice, has about 20.
    public static let maximumLineCount = 100

    public let code: Int
    /// The text of each line, without code, separator and CRLF.
    public let lines: [String]

    public init(code: Int, lines: [String]) {
        self.code = code
        self.lines = lines
    }

    /// The reply as the server wrote it, lines joined by "\n": "250-first\n250 last".
    public var text: String {
        lines.enumerated().map { index, line in
            let separator = index == lines.count - 1 ? (line.isEmpty ? "" : " ") : "-"
            return "\(code)\(separator)\(line)"
        }.joined(separator: "\n")
    }

    /// 4xx or 5xx: the command was refused, for now or for good.
    var isNegative: Bool { code >= 400 }
}
