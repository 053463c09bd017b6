import Foundation
import TestSupport
import Testing

@testable import MailTransport

/// Delivery to a real SMTP server (aiosmtpd), directly and through msmtp as sendmail: the bytes
/// that arrive must be exactly the message's.
@Suite(.requires(.aiosmtpd)) struct RealServerTests {
    /// A message as `MailMessage.rendered()` writes one: CRLF, quoted-printable umlauts, a line
    /// starting with "." and the headers msmtp would otherwise add itself.
    static let message = Array(
        """
        Date: Sat, 05 Dec 2026 08:00:00 +0000\r
        Message-ID: <4f2a@schulamt.example>\r
        From: =?utf-8?q?Schulamt_K=C3=B6ln?= <sekretariat@schulamt.example>\r
        To: leitung@gs-nord.example\r
        Subject: =?utf-8?q?Einladung_zur_Befragung?=\r
        MIME-Version: 1.0\r
        Content-Type: text/plain; charset=utf-8\r
        Content-Transfer-Encoding: quoted-printable\r
        \r
        Sehr geehrte Damen und Herren,\r
        .eine Zeile mit Punkt am Anfang\r
        .\r
        Gr=C3=BC=C3=9Fe\r

        """.utf8)

    @Test func smtpDeliversTheExactBytes() throws {
        let server = try ReceivingServer()
        let transport = SMTPTransport(host: "127.0.0.1", port: server.port, helo: "client.example", retry: .none)
        try transport.verify()
        let delivery = try transport.send(Self.message, envelope: Script.envelope)
        let second = try transport.send(Self.message, envelope: Script.envelope)
        let received = try server.stop()
        #expect(delivery.reply == "250 2.0.0 Ok: queued as 1")
        #expect(second.reply == "250 2.0.0 Ok: queued as 2")
        #expect(received.count == 2)
        #expect(received.first?.message == Self.message)
        #expect(received.first?.envelope["from"] as? String == Script.sender)
        #expect(received.first?.envelope["to"] as? [String] == [Script.recipient])
    }

    @Test(arguments: [("LOGIN", "PLAIN"), ("", "PLAIN"), ("PLAIN", "LOGIN")])
    func smtpAuthenticatesWith(excluded: String, expected: String) throws {
        let server = try ReceivingServer(user: "schulamt", password: "geheim äöü", excluding: excluded)
        let transport = SMTPTransport(
            host: "127.0.0.1", port: server.port, helo: "client.example",
            credentials: SMTPCredentials(user: "schulamt", password: "geheim äöü"), retry: .none)
        _ = try transport.send(Self.message, envelope: Script.envelope)
        let mechanisms = server.mechanisms
        let received = try server.stop()
        #expect(received.first?.message == Self.message)
        #expect(received.first?.envelope["authenticated"] as? Bool == true)
        #expect(mechanisms == "\(expected)\n")
    }

    @Test func smtpReportsAWrongPassword() throws {
        let server = try ReceivingServer(user: "schulamt", password: "geheim")
        let transport = SMTPTransport(
            host: "127.0.0.1", port: server.port, helo: "client.example",
            credentials: SMTPCredentials(user: "schulamt", password: "falsch"), timeout: .seconds(5), retry: .none)
        let error = try #require(
            Result { () throws(MailTransportError) in try transport.verify() }.failure)
        #expect(error.kind == .configuration)
        #expect(error.reason == .authenticationRejected(server: "127.0.0.1:\(server.port)"))
        #expect(try server.stop().isEmpty)
    }

    @Test(.requires(.msmtp)) func msmtpAsSendmailDeliversTheExactBytes() throws {
        guard let msmtp = ExternalTool.msmtp.path else { throw ReceivingServer.MissingProgram(tool: .msmtp) }
        let server = try ReceivingServer()
        let transport = SendmailTransport(
            path: msmtp,
            arguments: [
                "-C", "/dev/null", "--host=127.0.0.1", "--port=\(server.port)", "--auth=off", "--tls=off", "-t", "-i",
            ])
        try transport.verify()
        let delivery = try transport.send(Self.message, envelope: Script.envelope)
        let received = try server.stop()
        #expect(delivery.reply == "msmtp: exit 0")
        #expect(received.count == 1)
        #expect(received.first?.message == Self.message)
        #expect(received.first?.envelope["from"] as? String == Script.sender)
        #expect(received.first?.envelope["to"] as? [String] == [Script.recipient])
    }
}
