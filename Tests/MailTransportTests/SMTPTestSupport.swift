import Synchronization
import Testing

@testable import MailTransport

/// The delays a transport asked to wait, recorded instead of waited.
final class RecordingSleeper: Sendable {
    private let recorded = Mutex<[Duration]>([])

    var delays: [Duration] { recorded.withLock { $0 } }

    var policy: RetryPolicy {
        RetryPolicy(attempts: RetryPolicy.standard.attempts, delays: RetryPolicy.standard.delays) { [self] delay in
            recorded.withLock { $0.append(delay) }
        }
    }
}

/// The script of a server that greets, takes EHLO and accepts one message; `extensions` are
/// the EHLO lines after the first.
enum Script {
    static let helo = "client.example"
    static let sender = "sekretariat@schulamt.example"
    static let recipient = "leitung@gs-nord.example"
    static let envelope = MailEnvelope(sender: sender, recipients: [recipient])
    static let message = Array("Subject: Einladung\r\n\r\nGuten Tag,\r\n.hier beginnt eine Zeile mit Punkt.\r\n".utf8)
    /// `message` as it must arrive: the line with the leading "." doubled.
    static let stuffed = Array("Subject: Einladung\r\n\r\nGuten Tag,\r\n..hier beginnt eine Zeile mit Punkt.\r\n".utf8)

    static func greeting(extensions: [String] = ["8BITMIME"]) -> [ScriptedSMTPServer.Step] {
        let hello = ["relay.example Hallo"] + extensions
        return [.reply("220 relay.example ESMTP"), .expect("EHLO \(helo)")]
            + hello.enumerated().map { index, line in
                .reply("250\(index == hello.count - 1 ? " " : "-")\(line)")
            }
    }

    static let transaction: [ScriptedSMTPServer.Step] = [
        .expect("MAIL FROM:<\(sender)>"), .reply("250 2.1.0 Ok"),
        .expect("RCPT TO:<\(recipient)>"), .reply("250 2.1.5 Ok"),
        .expect("DATA"), .reply("354 End data with <CR><LF>.<CR><LF>"),
        .data, .reply("250 2.0.0 Ok: queued as 4F2A"),
    ]

    static let quit: [ScriptedSMTPServer.Step] = [.expect("QUIT"), .reply("221 2.0.0 Bye")]
}

/// Sends `count` messages through a new transport, which is released (and says QUIT) before
/// this returns; the results in order.
func deliver(
    _ count: Int = 1, to server: ScriptedSMTPServer, host: String = "127.0.0.1", credentials: SMTPCredentials? = nil,
    timeout: Duration = .seconds(5), retry: RetryPolicy = .none, finalReplyTimeout: Duration = .seconds(5),
    envelope: MailEnvelope = Script.envelope
) -> [Result<MailDelivery, MailTransportError>] {
    let transport = SMTPTransport(
        host: host, port: server.port, helo: Script.helo, credentials: credentials, timeout: timeout, retry: retry,
        finalReplyTimeout: finalReplyTimeout)
    return (0..<count).map { _ in
        Result { () throws(MailTransportError) in try transport.send(Script.message, envelope: envelope) }
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
