/// Turns the bytes a server sends into replies, refusing anything RFC 5321 §4.2 does not allow.
///
/// Bytes are appended as they arrive; ``nextReply()`` returns a reply once its last line is
/// complete. Lines end in CRLF; "NNN-text" continues a reply, "NNN text" or "NNN" ends it; every
/// line has the same code; a line is at most 512 octets with its CRLF; a reply has at most
/// ``SMTPReply/maximumLineCount`` lines; the text has no control characters but tab.
public struct SMTPReplyDecoder: Sendable {
    private var buffer: [UInt8] = []
    private var code: Int?
    private var lines: [String] = []

    public init() {}

    public mutating func append(_ bytes: some Collection<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// The next complete reply, or nil when more bytes are needed.
    public mutating func nextReply() throws(SMTPReplyProblem) -> SMTPReply? {
        while let line = try nextLine() {
            if let reply = try add(line) { return reply }
        }
        return nil
    }

    /// The next line without its CRLF, or nil when it is not complete yet.
    private mutating func nextLine() throws(SMTPReplyProblem) -> ArraySlice<UInt8>? {
        // The CR of a line of the longest length allowed is its second-last octet.
        let lastCR = SMTPReply.maximumLineLength - 2
        for index in 0..<min(buffer.count, lastCR + 1) {
            switch buffer[index] {
            case 0x0A:
                throw .bareLineBreak
            case 0x0D:
                guard index + 1 < buffer.count else { return nil }
                guard buffer[index + 1] == 0x0A else { throw .bareLineBreak }
                let line = buffer[0..<index]
                buffer.removeFirst(index + 2)
                return ArraySlice(line)
            default:
                continue
            }
        }
        if buffer.count > lastCR { throw .lineTooLong }
        return nil
    }

    /// Adds one line to the reply being read; returns the reply when this was its last line.
    private mutating func add(_ line: ArraySlice<UInt8>) throws(SMTPReplyProblem) -> SMTPReply? {
        let number = lines.count + 1
        guard number <= SMTPReply.maximumLineCount else { throw .tooManyLines }
        let bytes = Array(line)
        guard let lineCode = Self.code(of: bytes) else { throw .invalidCode(line: number) }
        if let code, code != lineCode { throw .codeChanged(line: number, expected: code, found: lineCode) }
        code = lineCode
        let isLast: Bool
        switch bytes.count > 3 ? bytes[3] : nil {
        case nil, UInt8(ascii: " "): isLast = true
        case UInt8(ascii: "-"): isLast = false
        default: throw .invalidSeparator(line: number)
        }
        let text = bytes.dropFirst(4)
        guard !text.contains(where: { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }) else {
            throw .controlCharacter(line: number)
        }
        lines.append(String(decoding: text, as: UTF8.self))
        guard isLast else { return nil }
        let reply = SMTPReply(code: lineCode, lines: lines)
        code = nil
        lines = []
        return reply
    }

    /// The code of a line: three digits, the first 2 to 5, the second 0 to 5.
    private static func code(of line: [UInt8]) -> Int? {
        guard line.count >= 3 else { return nil }
        let digits = line[0..<3].map { Int($0) - Int(UInt8(ascii: "0")) }
        guard (2...5).contains(digits[0]), (0...5).contains(digits[1]), (0...9).contains(digits[2]) else { return nil }
        return digits[0] * 100 + digits[1] * 10 + digits[2]
    }
}
