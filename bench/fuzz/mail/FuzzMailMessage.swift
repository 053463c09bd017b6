// libFuzzer entry point for the message writer.
//
// The input is cut at 0xFF bytes into a subject, a text, an HTML part, a
// display name, an address and an extra header's value (missing pieces are
// empty, bytes that are not UTF-8 become U+FFFD). An address that is refused
// must say why in German and English; one that is taken must be short ASCII
// without controls. The rendered message must keep its header block intact:
// exactly the expected fields in order, lines of printable ASCII of at most
// 78 characters, no line of blanks alone; the body 7-bit with CRLF only and
// lines of at most 76; the subject decodes to the flattened input; and
// quoted-printable gives back whatever bytes it was given.

import InternetMessage

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMailMessage(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let pieces = bytes.split(separator: 0xFF, omittingEmptySubsequences: false).map {
        String(decoding: $0, as: UTF8.self)
    }
    func piece(_ index: Int) -> String { index < pieces.count ? pieces[index] : "" }
    guard QuotedPrintable.decode(QuotedPrintable.encode(bytes)) == bytes else { fatalError("QP round trip") }

    let from = mailbox(piece(4), displayName: piece(3))
    var message = MailMessage(
        from: from, to: [from, mailbox("b@schule.example", displayName: piece(3))], replyTo: from,
        subject: piece(0), text: piece(1), html: pieces.count > 2 ? piece(2) : nil,
        date: .init(timeIntervalSince1970: 0))
    do {
        try message.addHeader("X-Fuzz", piece(5))
    } catch {
        fatalError("a valid header name was refused: \(error)")
    }
    check(message)
    return 0
}

/// The address if it is taken, else a fixed one; checks what is said about either.
private func mailbox(_ address: String, displayName: String) -> MailAddress {
    do {
        let mailbox = try MailAddress(address, displayName: displayName)
        guard mailbox.address.utf8.count <= 254,
            mailbox.address.unicodeScalars.allSatisfy({ (0x21...0x7E).contains($0.value) })
        else { fatalError("address taken as \(mailbox.address)") }
        return mailbox
    } catch {
        guard !error.message(language: "de").isEmpty, !error.message(language: "en").isEmpty,
            error.message(language: "de") != error.message(language: "en")
        else { fatalError("no message for \(error.reason)") }
        return try! MailAddress("a@schulamt.example")
    }
}

/// Whether a line holds one token that cannot be folded (an address, a Message-ID), alone on a
/// continuation line or alone after the field name: only such a line may exceed 78 characters.
private func isSingleToken(_ line: ArraySlice<UInt8>) -> Bool {
    let content = line.first == 0x20 ? line.dropFirst() : line.drop { $0 != 58 }.dropFirst(2)
    return !content.contains(0x20)
}

private func check(_ message: MailMessage) {
    let text = Array(message.rendered())
    guard let blank = (0..<max(0, text.count - 3)).first(where: { text[$0..<$0 + 4] == [13, 10, 13, 10] }) else {
        fatalError("no end of header")
    }
    let head = text[..<blank].split(separator: 10, omittingEmptySubsequences: false).map {
        $0.last == 13 ? $0.dropLast() : $0
    }
    var names: [String] = []
    for line in head {
        guard line.count <= 78 || (line.count <= 998 && isSingleToken(line)) else {
            fatalError("header line too long")
        }
        guard line.allSatisfy({ (0x20...0x7E).contains($0) }), !line.allSatisfy({ $0 == 0x20 }) else {
            fatalError("bad header line \(String(decoding: line, as: UTF8.self))")
        }
        if line.first != 0x20 { names.append(String(decoding: line.prefix { $0 != 58 }, as: UTF8.self)) }
    }
    var expected = [
        "Date", "Message-ID", "From", "Reply-To", "To", "Subject", "X-Fuzz", "MIME-Version", "Content-Type",
    ]
    if message.html == nil { expected.append("Content-Transfer-Encoding") }
    guard names == expected else { fatalError("header fields \(names)") }

    let subjectField = head.drop { !$0.starts(with: Array("Subject:".utf8)) }
    let subjectLines = [subjectField.first!] + subjectField.dropFirst().prefix { $0.first == 0x20 }
    // The value after the colon; a reader drops the blanks it starts with (a fold may come first).
    let value = Array(subjectLines.joined(separator: [13, 10]).dropFirst("Subject:".utf8.count))
    // By scalars: a combining mark after the blank would join it into one character.
    let decoded = EncodedWord.decode(String(decoding: value, as: UTF8.self)).map {
        String($0.unicodeScalars.drop { $0 == " " || $0 == "\r" || $0 == "\n" })
    }
    guard decoded == HeaderText.flattened(message.subject) else {
        fatalError("subject \(message.subject.debugDescription) decodes to \(decoded.debugDescription)")
    }

    let body = text[(blank + 4)...]
    for (offset, byte) in zip(body.indices, body) {
        guard byte < 0x80 else { fatalError("8-bit body") }
        if byte == 13, offset + 1 == body.endIndex || body[offset + 1] != 10 { fatalError("lone CR") }
        if byte == 10, body[offset - 1] != 13 { fatalError("lone LF") }
    }
    for line in body.split(separator: 10) where line.count > 77 { fatalError("body line too long") }
}
