import Testing

@testable import MailTransport

@Suite struct EncodingTests {
    /// RFC 4648 §10.
    @Test(arguments: [
        ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="),
        ("foobar", "Zm9vYmFy"),
    ])
    func base64MatchesRFC4648(input: String, expected: String) {
        #expect(Base64.encode(Array(input.utf8)) == expected)
    }

    @Test func base64CoversEveryByte() {
        #expect(Base64.encode([0xFB, 0xFF, 0xBF]) == "+/+/")
        #expect(Base64.encode([0, 0, 0]) == "AAAA")
    }

    @Test func dataIsDotStuffedAndTerminated() {
        let message = Array("Subject: x\r\n\r\n.hidden\r\n..two\r\nlast line\r\n".utf8)
        let expected = "Subject: x\r\n\r\n..hidden\r\n...two\r\nlast line\r\n.\r\n"
        #expect(String(decoding: LineEnds.smtpData(message), as: UTF8.self) == expected)
    }

    @Test func bareLineBreaksBecomeCRLFSoNoSecondMessageCanBeSmuggled() {
        let message = Array("a\n.\nMAIL FROM:<x@y>\rb".utf8)
        let expected = "a\r\n..\r\nMAIL FROM:<x@y>\r\nb\r\n.\r\n"
        #expect(String(decoding: LineEnds.smtpData(message), as: UTF8.self) == expected)
    }

    @Test func emptyMessageIsJustTheTerminator() {
        #expect(LineEnds.smtpData([]) == Array(".\r\n".utf8))
    }

    @Test func sendmailGetsUnixLineEnds() {
        #expect(LineEnds.unix(Array("a\r\nb\nc\rd".utf8)) == Array("a\nb\nc\nd\n".utf8))
    }
}
