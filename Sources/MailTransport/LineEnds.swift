/// Line ends of a message for each way out.
///
/// Every CR, LF and CRLF counts as one line break, whatever the message's author meant: a
/// lone CR or LF left in place is what "SMTP smuggling" hides a second message behind.
enum LineEnds {
    /// Every line break as LF, for a program's standard input.
    static func unix(_ message: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(message.count)
        forEachLine(of: message) { line in
            output.append(contentsOf: line)
            output.append(0x0A)
        }
        return output
    }

    /// Every line break as CRLF, lines starting with "." doubled (RFC 5321 §4.5.2), ending in
    /// CRLF "." CRLF: the DATA of an SMTP transaction.
    static func smtpData(_ message: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(message.count + message.count / 32 + 5)
        forEachLine(of: message) { line in
            if line.first == UInt8(ascii: ".") { output.append(UInt8(ascii: ".")) }
            output.append(contentsOf: line)
            output.append(contentsOf: [0x0D, 0x0A])
        }
        output.append(contentsOf: [UInt8(ascii: "."), 0x0D, 0x0A])
        return output
    }

    /// Calls `body` with each line without its break; a last line without a break counts as a
    /// line, an empty message has none.
    private static func forEachLine(of message: [UInt8], _ body: (ArraySlice<UInt8>) -> Void) {
        var start = 0
        var index = 0
        while index < message.count {
            let byte = message[index]
            if byte == 0x0D || byte == 0x0A {
                body(message[start..<index])
                index += byte == 0x0D && index + 1 < message.count && message[index + 1] == 0x0A ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        if start < message.count { body(message[start...]) }
    }
}
