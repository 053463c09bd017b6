import Testing

@testable import MailTransport

@Suite struct SMTPTransportTests {
    @Test func deliversWithMultiLineRepliesAndDotStuffing() throws {
        let server = try ScriptedSMTPServer(connections: [
            [
                .reply("220-relay.example ESMTP"), .reply("220-no UCE"), .reply("220 ready"),
                .expect("EHLO client.example"),
                .reply("250-relay.example"), .reply("250-SIZE 10240000"), .reply("250 8BITMIME"),
            ]
                + Script.transaction + Script.quit
        ])
        let results = deliver(to: server)
        let transcript = server.finish()
        #expect(transcript.mismatches == [])
        #expect(try results[0].get() == MailDelivery(reply: "250 2.0.0 Ok: queued as 4F2A"))
        #expect(transcript.data == [Script.stuffed])
    }

    @Test func oneConnectionCarriesSeveralMessages() throws {
        let server = try ScriptedSMTPServer(connections: [
            Script.greeting() + Script.transaction + Script.transaction + Script.quit
        ])
        let results = deliver(2, to: server)
        let transcript = server.finish()
        #expect(transcript.mismatches == [])
        #expect(results.allSatisfy { (try? $0.get()) != nil })
        #expect(transcript.connections == 1)
        #expect(transcript.data.count == 2)
    }

    @Test func temporaryFailureIsRetriedAfterTheFirstDelay() throws {
        let sleeper = RecordingSleeper()
        let server = try ScriptedSMTPServer(connections: [
            Script.greeting()
                + [
                    .expect("MAIL FROM:<\(Script.sender)>"), .reply("451 4.3.0 Try again later"),
                    .expect("RSET"), .reply("250 2.0.0 Ok"),
                ]
                + Script.transaction + Script.quit
        ])
        let results = deliver(to: server, retry: sleeper.policy)
        let transcript = server.finish()
        #expect(transcript.mismatches == [])
        #expect((try? results[0].get()) != nil)
        #expect(sleeper.delays == [.seconds(2)])
    }

    @Test func temporaryFailureThatPersistsIsReportedAsTemporary() throws {
        let sleeper = RecordingSleeper()
        let refusal: [ScriptedSMTPServer.Step] = [
            .expect("MAIL FROM:<\(Script.sender)>"), .reply("452 4.3.1 Insufficient system storage"),
            .expect("RSET"), .reply("250 2.0.0 Ok"),
        ]
        let server = try ScriptedSMTPServer(connections: [Script.greeting() + refusal + refusal + refusal + Script.quit]
        )
        let error = try #require(deliver(to: server, retry: sleeper.policy)[0].failure)
        let transcript = server.finish()
        #expect(transcript.mismatches == [])
        #expect(error.kind == .temporary)
        #expect(error.reply == "452 4.3.1 Insufficient system storage")
        #expect(sleeper.delays == [.seconds(2), .seconds(10)])
    }

    @Test func permanentRefusalOfARecipientIsNotRetriedAndTheConnectionIsReset() throws {
        let sleeper = RecordingSleeper()
        let server = try ScriptedSMTPServer(connections: [
            Script.greeting()
                + [
                    .expect("MAIL FROM:<\(Script.sender)>"), .reply("250 2.1.0 Ok"),
                    .expect("RCPT TO:<\(Script.recipient)>"), .reply("550 5.1.1 User unknown"),
                    .expect("RSET"), .reply("250 2.0.0 Ok"),
                ]
                // The next message goes over the same connection.
                + Script.transaction + Script.quit
        ])
        let results = deliver(2, to: server, retry: sleeper.policy)
        let transcript = server.finish()
        #expect(transcript.mismatches == [])
        let error = try #require(results[0].failure)
        #expect(error.kind == .permanent)
        #expect(error.reason == .rejected(server: "127.0.0.1:\(server.port)", stage: .recipient))
        #expect(error.reply == "550 5.1.1 User unknown")
        #expect((try? results[1].get()) != nil)
        #expect(sleeper.delays == [])
        #expect(transcript.connections == 1)
    }

    /// A refusal of the message itself is followed by RSET, so the next message starts a clean transaction.
    @Test func permanentRefusalOfTheMessageResetsTheConnection() throws {
        let server = try ScriptedSMTPServer(connections: [
            Script.greeting()
                + [
                    .expect("MAIL FROM:<\(Script.sender)>"), .reply("250 2.1.0 Ok"),
                    .expect("RCPT TO:<\(Script.recipient)>"), .reply("250 2.1.5 Ok"),
                    .expect("DATA"), .reply("354 End data with <CR><LF>.<CR><LF>"),
                    .data, .reply("554 5.7.1 Message refused"),
                    .expect("RSET"), .reply("250 2.0.0 Ok"),
                ]
                + Script.transaction + Script.quit
        ])
        let results = deliver(2, to: server, retry: RecordingSleeper().policy)
        let transcript = server.finish()
        #expect(transcript.mismatches == [])
        #expect(try #require(results[0].failure).reply == "554 5.7.1 Message refused")
        #expect((try? results[1].get()) != nil)
        #expect(transcript.connections == 1)
    }

    @Test func connectionDroppedBeforeTheDataIsRetriedOnANewConnection() throws {
        let sleeper = RecordingSleeper()
        let server = try ScriptedSMTPServer(connections: [
            Script.greeting() + [.expect("MAIL FROM:<\(Script.sender)>"), .close],
            Script.greeting() + Script.transaction + Script.quit,
        ])
        let results = deliver(to: server, retry: sleeper.policy)
        let transcript = server.finish()
        #expect(transcript.mismatches == [])
        #expect((try? results[0].get()) != nil)
        #expect(transcript.connections == 2)
        #expect(sleeper.delays == [.seconds(2)])
    }

    @Test func connectionDroppedInTheMiddleOfTheDataIsNotRetried() throws {
        let sleeper = RecordingSleeper()
        let server = try ScriptedSMTPServer(connections: [
            Script.greeting()
                + [
                    .expect("MAIL FROM:<\(Script.sender)>"), .reply("250 Ok"), .expect("RCPT TO:<\(Script.recipient)>"),
                    .reply("250 Ok"), .expect("DATA"), .reply("354 go ahead"), .dataLines(2), .close,
                ]
        ])
        let error = try #require(deliver(to: server, retry: sleeper.policy)[0].failure)
        let transcript = server.finish()
        #expect(transcript.mismatches == [])
        #expect(error.kind == .temporary)
        #expect(error.reason == .outcomeUnknown(server: "127.0.0.1:\(server.port)"))
        #expect(sleeper.delays == [])
        #expect(transcript.connections == 1)
    }

    @Test func serverSilentAfterTheDataLeavesTheOutcomeUnknownAndIsNotRetried() throws {
        let sleeper = RecordingSleeper()
        let server = try ScriptedSMTPServer(connections: [
            Script.greeting() + Script.transaction.dropLast() + [.silence]
        ])
        let start = ContinuousClock.now
        let error = try #require(
            deliver(to: server, timeout: .seconds(10), retry: sleeper.policy, finalReplyTimeout: .milliseconds(200))[0]
                .failure)
        // The end of the data has its own time limit, not the 10 s of every other step.
        #expect(ContinuousClock.now - start < .seconds(8))
        let transcript = server.finish()
        #expect(transcript.mismatches == [])
        #expect(error.reason == .outcomeUnknown(server: "127.0.0.1:\(server.port)"))
        #expect(sleeper.delays == [])
        #expect(transcript.connections == 1)
    }

    @Test func reusedConnectionClosedByTheServerIsReplacedWithoutWaiting() throws {
        let sleeper = RecordingSleeper()
        let server = try ScriptedSMTPServer(connections: [
            Script.greeting() + Script.transaction + [.close],
            Script.greeting() + Script.transaction + Script.quit,
        ])
        let results = deliver(2, to: server, retry: sleeper.policy)
        let transcript = server.finish()
        #expect(transcript.mismatches == [])
        #expect(results.allSatisfy { (try? $0.get()) != nil })
        #expect(sleeper.delays == [])
        #expect(transcript.data.count == 2)
    }

    @Test func unreachableServerIsRetriedThenReported() throws {
        let sleeper = RecordingSleeper()
        // A port nobody listens on: the server's own, after it has stopped.
        let stopped = try ScriptedSMTPServer(connections: [])
        _ = stopped.finish()
        let port = stopped.port
        let transport = SMTPTransport(host: "127.0.0.1", port: port, helo: Script.helo, retry: sleeper.policy)
        let error = try #require(
            Result { () throws(MailTransportError) in
                try transport.send(Script.message, envelope: Script.envelope)
            }.failure)
        #expect(error.kind == .unreachable)
        #expect(error.reason == .connectionFailed(server: "127.0.0.1:\(port)", errno: 111))
        #expect(sleeper.delays == [.seconds(2), .seconds(10)])
    }

    @Test func silentServerTimesOut() throws {
        let server = try ScriptedSMTPServer(connections: [[.silence]])
        let error = try #require(deliver(to: server, timeout: .milliseconds(200))[0].failure)
        _ = server.finish()
        #expect(error.kind == .temporary)
        #expect(error.reason == .timedOut(server: "127.0.0.1:\(server.port)", stage: .greeting))
    }

    @Test func continuationWithAnotherCodeIsAProtocolViolation() throws {
        let sleeper = RecordingSleeper()
        let server = try ScriptedSMTPServer(connections: [
            [
                .reply("220 relay.example"), .expect("EHLO client.example"), .reply("250-relay.example"),
                .reply("251 AUTH PLAIN"), .silence,
            ]
        ])
        let error = try #require(deliver(to: server, retry: sleeper.policy)[0].failure)
        _ = server.finish()
        #expect(error.kind == .protocolViolation)
        #expect(
            error.reason
                == .malformedReply(
                    server: "127.0.0.1:\(server.port)", stage: .hello,
                    problem: .codeChanged(line: 2, expected: 250, found: 251)))
        #expect(sleeper.delays == [])
    }

    @Test(arguments: [
        (Array(("220 " + String(repeating: "x", count: 600) + "\r\n").utf8), SMTPReplyProblem.lineTooLong),
        (Array("SSH-2.0-OpenSSH_9.2\r\n".utf8), .invalidCode(line: 1)),
        (Array("220 ready\n".utf8), .bareLineBreak),
    ])
    func malformedGreetingIsAProtocolViolation(greeting: [UInt8], problem: SMTPReplyProblem) throws {
        let server = try ScriptedSMTPServer(connections: [[.raw(greeting), .silence]])
        let error = try #require(deliver(to: server)[0].failure)
        _ = server.finish()
        #expect(error.kind == .protocolViolation)
        #expect(error.reason == .malformedReply(server: "127.0.0.1:\(server.port)", stage: .greeting, problem: problem))
    }

    @Test func helloIsSaidWhenEHLOIsUnknown() throws {
        let server = try ScriptedSMTPServer(connections: [
            [
                .reply("220 old.example SMTP"), .expect("EHLO client.example"),
                .reply("502 5.5.2 Command not recognized"),
                .expect("HELO client.example"), .reply("250 old.example"),
            ] + Script.transaction + Script.quit
        ])
        let results = deliver(to: server)
        #expect(server.finish().mismatches == [])
        #expect((try? results[0].get()) != nil)
    }

    @Test func addressWithLineBreakIsRefusedBeforeAnyByteIsWritten() throws {
        let server = try ScriptedSMTPServer(connections: [])
        let hostile = MailEnvelope(
            sender: Script.sender, recipients: ["leitung@gs-nord.example>\r\nRCPT TO:<alle@kreis.example"])
        let error = try #require(deliver(to: server, envelope: hostile)[0].failure)
        #expect(error.kind == .configuration)
        #expect(error.reason == .unsafeAddress(hostile.recipients[0], .controlCharacter))
        #expect(!server.hasWaitingClient)
        _ = server.finish()
    }

    @Test(arguments: [
        ("a@b.example>", MailTransportError.AddressProblem.forbiddenCharacter), ("-oQ/queue@x", .leadingHyphen),
        ("", .empty), ("no-at-sign", .missingAt), ("a b@c", .forbiddenCharacter), ("ü@b.example", .notASCII),
        ("a@b\u{0}c", .controlCharacter),
    ])
    func unsafeEnvelopeAddressesAreNamed(address: String, problem: MailTransportError.AddressProblem) {
        #expect(MailEnvelope.problem(with: address) == problem)
    }

    @Test func messageWithoutRecipientIsRefused() throws {
        let server = try ScriptedSMTPServer(connections: [])
        let error = try #require(
            deliver(to: server, envelope: MailEnvelope(sender: Script.sender, recipients: []))[0].failure)
        #expect(error.reason == .noRecipients)
        #expect(!server.hasWaitingClient)
        _ = server.finish()
    }

    @Test func unusableServerSettingsAreConfigurationErrors() {
        let badPort = SMTPTransport(host: "127.0.0.1", port: 70_000, helo: Script.helo)
        #expect(throws: MailTransportError(.invalidServer(host: "127.0.0.1", port: 70_000))) { try badPort.verify() }
        let badHelo = SMTPTransport(host: "127.0.0.1", helo: "client.example\r\nMAIL FROM:<x@y>")
        #expect(throws: MailTransportError(.invalidHelloName("client.example\r\nMAIL FROM:<x@y>"))) {
            try badHelo.verify()
        }
    }

    @Test func verifyGreetsAndQuits() throws {
        let server = try ScriptedSMTPServer(connections: [Script.greeting() + Script.quit])
        let transport = SMTPTransport(host: "127.0.0.1", port: server.port, helo: Script.helo)
        try transport.verify()
        #expect(server.finish().mismatches == [])
    }

    @Test func worksOverIPv6() throws {
        let server = try ScriptedSMTPServer(
            host: "::1",
            connections: [
                Script.greeting() + Script.transaction + Script.quit
            ])
        let results = deliver(to: server, host: "::1")
        #expect(server.finish().mismatches == [])
        #expect((try? results[0].get()) != nil)
    }
}
