/// An SMTP conversation on one connection: greeting, EHLO (or HELO), AUTH, then any number of
/// mail transactions, then QUIT.
///
/// After a transaction the session is either ready for the next one (a refused MAIL, RCPT or
/// DATA is followed by RSET) or marked unusable (lost connection, timeout, malformed reply,
/// 421), and then only closed.
final class SMTPSession {
    private let connection: SMTPConnection
    /// How long to wait for the reply to the end of the data.
    private let finalReplyTimeout: Duration
    /// False once the connection cannot carry another transaction.
    private(set) var isUsable = true
    /// Transactions completed on this connection.
    private(set) var transactions = 0

    var server: String { connection.server }

    /// Connects, reads the greeting, says EHLO (HELO where EHLO is unknown) and authenticates.
    init(
        host: String, port: Int, helo: String, credentials: SMTPCredentials?, timeout: Duration,
        finalReplyTimeout: Duration
    ) throws(MailTransportError) {
        guard Self.isValidHelloName(helo) else { throw MailTransportError(.invalidHelloName(helo)) }
        self.finalReplyTimeout = finalReplyTimeout
        connection = try SMTPConnection(host: host, port: port, timeout: timeout)
        try expect(connection.readReply(stage: .greeting), [220], stage: .greeting)
        let hello = try connection.command("EHLO \(helo)", stage: .hello)
        var extensions = SMTPExtensions(hello: nil)
        if hello.code == 500 || hello.code == 502 {
            try expect(connection.command("HELO \(helo)", stage: .hello), [250], stage: .hello)
        } else {
            try expect(hello, [250], stage: .hello)
            extensions = SMTPExtensions(hello: hello)
        }
        if let credentials {
            try SMTPAuthentication.authenticate(credentials, extensions: extensions, on: connection)
        }
    }

    /// Runs one mail transaction and returns the server's reply to the end of the data.
    func deliver(_ message: [UInt8], envelope: MailEnvelope) throws(MailTransportError) -> SMTPReply {
        do {
            try expect(connection.command("MAIL FROM:<\(envelope.sender)>", stage: .mailFrom), [250], stage: .mailFrom)
            for recipient in envelope.recipients {
                try expect(
                    connection.command("RCPT TO:<\(recipient)>", stage: .recipient), [250, 251], stage: .recipient)
            }
            try expect(connection.command("DATA", stage: .data), [354], stage: .data)
        } catch {
            if isUsable { reset() }
            throw error
        }
        try run(connection.write(LineEnds.smtpData(message), stage: .messageBody))
        let reply: SMTPReply
        do {
            reply = try connection.readReply(stage: .endOfData, within: finalReplyTimeout)
        } catch {
            isUsable = false
            switch error.reason {
            case .connectionLost, .timedOut: throw MailTransportError(.outcomeUnknown(server: server))
            default: throw error
            }
        }
        transactions += 1
        do {
            return try expect(reply, [250], stage: .endOfData)
        } catch {
            // The refusal ends the transaction, but some servers (aiosmtpd 1.4 after an error in its
            // handler) keep its sender and answer the next MAIL with "503 nested MAIL command";
            // RSET is allowed at any time and makes the next message start clean.
            if isUsable { reset() }
            throw error
        }
    }

    /// Ends the conversation politely; errors no longer matter here.
    func quit() {
        guard isUsable else { return }
        isUsable = false
        _ = try? connection.command("QUIT", stage: .quit)
    }

    /// RSET after a refused command, so the next transaction starts clean.
    private func reset() {
        do {
            try expect(connection.command("RSET", stage: .reset), [250], stage: .reset)
        } catch {
            isUsable = false
        }
    }

    /// Runs a step; any error makes the session unusable.
    private func run<T>(_ step: @autoclosure () throws(MailTransportError) -> T) throws(MailTransportError) -> T {
        do {
            return try step()
        } catch {
            isUsable = false
            throw error
        }
    }

    /// The reply when its code is one of `codes`; otherwise the error it means.
    @discardableResult
    private func expect(
        _ reply: @autoclosure () throws(MailTransportError) -> SMTPReply, _ codes: Set<Int>, stage: SMTPStage
    )
        throws(MailTransportError) -> SMTPReply
    {
        let reply = try run(reply())
        if codes.contains(reply.code) { return reply }
        if reply.code == 421 || !reply.isNegative { isUsable = false }
        guard reply.isNegative else {
            throw MailTransportError(.unexpectedReply(server: server, stage: stage), reply: reply.text)
        }
        throw MailTransportError(
            .rejected(server: server, stage: stage), kind: reply.code < 500 ? .temporary : .permanent,
            reply: reply.text)
    }

    /// A domain name or an address literal in brackets: letters, digits, ".", "-", ":" and "[]".
    static func isValidHelloName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 255
            && name.utf8.allSatisfy { byte in
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: ":"),
                    UInt8(ascii: "["), UInt8(ascii: "]"):
                    true
                default: false
                }
            }
    }
}
