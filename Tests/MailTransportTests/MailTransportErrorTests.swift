import Testing

@testable import MailTransport

@Suite struct MailTransportErrorTests {
    private let server = "relay.kreis.example:25"

    @Test func refusalNamesServerStepAndReplyInBothLanguages() {
        let error = MailTransportError(
            .rejected(server: server, stage: .recipient), kind: .permanent, reply: "550-5.1.1 User unknown\n550 Sorry")
        #expect(
            error.message(language: "de")
                == "Der SMTP-Server relay.kreis.example:25 hat bei RCPT TO endgültig abgelehnt. Antwort: „550-5.1.1 User unknown / 550 Sorry“"
        )
        #expect(
            error.message(language: "en")
                == "The SMTP server relay.kreis.example:25 refused permanently at RCPT TO. Reply: \"550-5.1.1 User unknown / 550 Sorry\""
        )
    }

    @Test func everyReasonHasItsOwnGermanAndEnglishText() {
        let reasons: [MailTransportError.Reason] = [
            .noRecipients, .unsafeAddress("a\r\nb", .controlCharacter), .programMissing(path: "/usr/sbin/sendmail"),
            .programNotExecutable(path: "/x"), .programNotStarted(path: "/x", errno: 12),
            .programInputFailed(path: "/x", errno: 32), .programFailed(path: "/x", status: 75, output: "later"),
            .programKilled(path: "/x", signal: 9, output: ""), .programTimedOut(path: "/x", timeout: .seconds(60)),
            .invalidServer(host: "", port: 0), .invalidHelloName("a b"), .hostNotFound(host: "h", problem: "p"),
            .connectionFailed(server: server, errno: 111), .timedOut(server: server, stage: .greeting),
            .connectionLost(server: server, stage: .data), .outcomeUnknown(server: server),
            .rejected(server: server, stage: .mailFrom), .unexpectedReply(server: server, stage: .data),
            .malformedReply(server: server, stage: .hello, problem: .tooManyLines),
            .authenticationNotOffered(server: server), .authenticationRequiresTLS(server: server),
            .authenticationMechanismsUnsupported(server: server, offered: ["GSSAPI"]),
            .authenticationRejected(server: server), .credentialsUnusable,
        ]
        let german = reasons.map { MailTransportError($0).message(language: "de") }
        let english = reasons.map { MailTransportError($0).message(language: "en") }
        #expect(Set(german).count == reasons.count)
        #expect(Set(english).count == reasons.count)
        for (de, en) in zip(german, english) {
            #expect(de != en)
            #expect(!de.contains("\r") && !de.contains("\n") && !en.contains("\r") && !en.contains("\n"))
        }
    }

    @Test func durationsUseTheLanguagesDecimalSeparator() {
        let error = MailTransportError(.programTimedOut(path: "/x", timeout: .milliseconds(1500)))
        #expect(error.message(language: "de") == "Das Programm /x war nach 1,5 s nicht fertig und wurde beendet.")
        #expect(error.message(language: "en") == "The program /x did not finish within 1.5 s and was stopped.")
    }
}
