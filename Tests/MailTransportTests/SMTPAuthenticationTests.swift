import Testing

@testable import MailTransport

/// AUTH against the scripted server, with the user and password of RFC 4616's example.
@Suite struct SMTPAuthenticationTests {
    private let tim = SMTPCredentials(user: "tim", password: "tanstaaftanstaaf")

    @Test func plainSendsTheRFC4616Response() throws {
        let server = try ScriptedSMTPServer(connections: [
            Script.greeting(extensions: ["AUTH LOGIN PLAIN"])
                + [.expect("AUTH PLAIN AHRpbQB0YW5zdGFhZnRhbnN0YWFm"), .reply("235 2.7.0 Authentication successful")]
                + Script.transaction + Script.quit
        ])
        let results = deliver(to: server, credentials: tim)
        #expect(server.finish().mismatches == [])
        #expect((try? results[0].get()) != nil)
    }

    @Test func loginAnswersBothChallenges() throws {
        let server = try ScriptedSMTPServer(connections: [
            Script.greeting(extensions: ["AUTH=LOGIN"])
                + [
                    .expect("AUTH LOGIN"), .reply("334 VXNlcm5hbWU6"), .expect("dGlt"), .reply("334 UGFzc3dvcmQ6"),
                    .expect("dGFuc3RhYWZ0YW5zdGFhZg=="), .reply("235 2.7.0 Authentication successful"),
                ]
                + Script.transaction + Script.quit
        ])
        let results = deliver(to: server, credentials: tim)
        #expect(server.finish().mismatches == [])
        #expect((try? results[0].get()) != nil)
    }

    @Test func credentialsAreNeverSentToAServerThatDoesNotOfferAUTH() throws {
        let server = try ScriptedSMTPServer(connections: [Script.greeting() + [.silence]])
        let error = try #require(deliver(to: server, credentials: tim)[0].failure)
        let transcript = server.finish()
        #expect(error.kind == .configuration)
        #expect(error.reason == .authenticationNotOffered(server: "127.0.0.1:\(server.port)"))
        #expect(transcript.lines == ["EHLO client.example"])
    }

    @Test func serverThatOffersAUTHOnlyAfterSTARTTLSIsNamedAsSuch() throws {
        let server = try ScriptedSMTPServer(connections: [
            Script.greeting(extensions: ["STARTTLS", "8BITMIME"]) + [.silence]
        ])
        let error = try #require(deliver(to: server, credentials: tim)[0].failure)
        let transcript = server.finish()
        #expect(error.reason == .authenticationRequiresTLS(server: "127.0.0.1:\(server.port)"))
        #expect(error.message(language: "de").contains("sendmail mit msmtp oder postfix"))
        #expect(transcript.lines == ["EHLO client.example"])
    }

    @Test func rejectedCredentialsAreAConfigurationError() throws {
        let sleeper = RecordingSleeper()
        let server = try ScriptedSMTPServer(connections: [
            Script.greeting(extensions: ["AUTH PLAIN"])
                + [
                    .expect("AUTH PLAIN AHRpbQB0YW5zdGFhZnRhbnN0YWFm"),
                    .reply("535 5.7.8 Authentication credentials invalid"), .silence,
                ]
        ])
        let error = try #require(deliver(to: server, credentials: tim, retry: sleeper.policy)[0].failure)
        _ = server.finish()
        #expect(error.kind == .configuration)
        #expect(error.reason == .authenticationRejected(server: "127.0.0.1:\(server.port)"))
        #expect(error.reply == "535 5.7.8 Authentication credentials invalid")
        #expect(sleeper.delays == [])
    }

    @Test func unsupportedMechanismsAreNamed() throws {
        let server = try ScriptedSMTPServer(connections: [
            Script.greeting(extensions: ["AUTH CRAM-MD5 GSSAPI"]) + [.silence]
        ])
        let error = try #require(deliver(to: server, credentials: tim)[0].failure)
        let transcript = server.finish()
        #expect(
            error.reason
                == .authenticationMechanismsUnsupported(
                    server: "127.0.0.1:\(server.port)", offered: ["CRAM-MD5", "GSSAPI"]))
        #expect(transcript.lines == ["EHLO client.example"])
    }

    @Test func passwordWithNULIsRefusedBeforeAUTH() throws {
        let server = try ScriptedSMTPServer(connections: [Script.greeting(extensions: ["AUTH PLAIN"]) + [.silence]])
        let broken = SMTPCredentials(user: "tim", password: "tan\u{0}staaf")
        let error = try #require(deliver(to: server, credentials: broken)[0].failure)
        let transcript = server.finish()
        #expect(error.reason == .credentialsUnusable)
        #expect(transcript.lines == ["EHLO client.example"])
    }
}
