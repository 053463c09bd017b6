import Testing

@testable import MailTransport

@Suite struct SMTPReplyDecoderTests {
    private func decode(_ text: String) throws(SMTPReplyProblem) -> SMTPReply? {
        var decoder = SMTPReplyDecoder()
        decoder.append(Array(text.utf8))
        return try decoder.nextReply()
    }

    /// The problem the decoder finds in `text`, fed whole; feeding it byte by byte must find the
    /// same one, so that a problem never depends on how the bytes arrive.
    private func problem(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> SMTPReplyProblem? {
        let whole: SMTPReplyProblem?
        do {
            _ = try decode(text)
            whole = nil
        } catch {
            whole = error
        }
        var trickle = SMTPReplyDecoder()
        var found: SMTPReplyProblem?
        for byte in text.utf8 where found == nil {
            trickle.append([byte])
            do {
                while try trickle.nextReply() != nil {}
            } catch {
                found = error
            }
        }
        #expect(found == whole, "byte by byte", sourceLocation: sourceLocation)
        return whole
    }

    @Test func multiLineReplyKeepsEveryLine() throws {
        let reply = try #require(
            try decode("250-mail.example greets you\r\n250-SIZE 10240000\r\n250 AUTH PLAIN LOGIN\r\n"))
        #expect(reply.code == 250)
        #expect(reply.lines == ["mail.example greets you", "SIZE 10240000", "AUTH PLAIN LOGIN"])
        #expect(reply.text == "250-mail.example greets you\n250-SIZE 10240000\n250 AUTH PLAIN LOGIN")
    }

    /// Valid replies and what they decode to, each fed whole, byte by byte, and followed by the
    /// start of the next reply, which must stay unread.
    @Test(arguments: [
        ("220 ready\r\n", SMTPReply(code: 220, lines: ["ready"])),
        ("250\r\n", SMTPReply(code: 250, lines: [""])),
        ("250-a\r\n250-b c\r\n250 d\r\n", SMTPReply(code: 250, lines: ["a", "b c", "d"])),
        ("354 End data with <CR><LF>.<CR><LF>\r\n", SMTPReply(code: 354, lines: ["End data with <CR><LF>.<CR><LF>"])),
        (
            "550-5.1.1 Unbekannt: Grüße\r\n550 5.1.1 \tOK\r\n",
            SMTPReply(code: 550, lines: ["5.1.1 Unbekannt: Grüße", "5.1.1 \tOK"])
        ),
    ])
    func validReplyDecodesHoweverItArrives(text: String, expected: SMTPReply) throws {
        let bytes = Array(text.utf8)
        var whole = SMTPReplyDecoder()
        whole.append(bytes + Array("221 next".utf8))
        #expect(try whole.nextReply() == expected)
        #expect(try whole.nextReply() == nil)
        var trickle = SMTPReplyDecoder()
        var decoded: [SMTPReply] = []
        for byte in bytes {
            trickle.append([byte])
            if let reply = try trickle.nextReply() { decoded.append(reply) }
        }
        #expect(decoded == [expected])
    }

    @Test func codeAloneEndsAReply() throws {
        let reply = try #require(try decode("250-first\r\n250\r\n"))
        #expect(reply.lines == ["first", ""])
    }

    @Test func replyArrivingInPiecesIsAssembled() throws {
        var decoder = SMTPReplyDecoder()
        for piece in ["22", "0-ready\r", "\n220 go", " ahead\r\n"] {
            #expect(try decoder.nextReply() == nil)
            decoder.append(Array(piece.utf8))
        }
        #expect(try decoder.nextReply() == SMTPReply(code: 220, lines: ["ready", "go ahead"]))
    }

    @Test func twoRepliesInOneReadComeOneAfterTheOther() throws {
        var decoder = SMTPReplyDecoder()
        decoder.append(Array("250 ok\r\n354 go on\r\n".utf8))
        #expect(try decoder.nextReply()?.code == 250)
        #expect(try decoder.nextReply()?.code == 354)
        #expect(try decoder.nextReply() == nil)
    }

    @Test func continuationWithAnotherCodeIsRefused() {
        #expect(problem("250-first\r\n251 second\r\n") == .codeChanged(line: 2, expected: 250, found: 251))
    }

    @Test func lineOfMoreThan512OctetsIsRefused() {
        let text = "250 " + String(repeating: "x", count: 507) + "\r\n"
        #expect(Array(text.utf8).count == 513)
        #expect(problem(text) == .lineTooLong)
        // Exactly 512 with CRLF is allowed.
        #expect(problem("250 " + String(repeating: "x", count: 506) + "\r\n") == nil)
    }

    @Test func overlongLineIsRefusedBeforeItsEndArrives() {
        #expect(problem("220 " + String(repeating: "x", count: 600)) == .lineTooLong)
    }

    @Test func garbageIsRefused() {
        #expect(problem("hello there\r\n") == .invalidCode(line: 1))
        #expect(problem("25\r\n") == .invalidCode(line: 1))
        #expect(problem("199 too low\r\n") == .invalidCode(line: 1))
        #expect(problem("260 second digit too high\r\n") == .invalidCode(line: 1))
        #expect(problem("250_ok\r\n") == .invalidSeparator(line: 1))
        #expect(problem("250-a\r\nxyz\r\n") == .invalidCode(line: 2))
    }

    @Test func bareLineBreaksAreRefused() {
        #expect(problem("250 ok\n") == .bareLineBreak)
        #expect(problem("250 o\rk\r\n") == .bareLineBreak)
    }

    @Test func controlCharactersInTheTextAreRefused() {
        #expect(problem("250 ok\u{1B}[31m\r\n") == .controlCharacter(line: 1))
        #expect(problem("250 tab\tis fine\r\n") == nil)
    }

    @Test func replyOfTooManyLinesIsRefused() {
        let lines = String(repeating: "250-x\r\n", count: SMTPReply.maximumLineCount) + "250 end\r\n"
        #expect(problem(lines) == .tooManyLines)
        let allowed = String(repeating: "250-x\r\n", count: SMTPReply.maximumLineCount - 1) + "250 end\r\n"
        #expect(problem(allowed) == nil)
    }
}
