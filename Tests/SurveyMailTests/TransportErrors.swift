import Foundation
import MailTransport

/// Errors made by the real transports, for the fake one to answer with.
///
/// `MailTransportError` has no public initialiser (its kind follows from its reason), so each error
/// comes from a run that fails the way a test needs: a sendmail program that exits with a given
/// status, an SMTP port nobody listens on.
enum TransportErrors {
    /// A refusal of this recipient: sendmail exits with 67, `EX_NOUSER`.
    static let permanent = sendmailError(exitStatus: 67, saying: "550 5.1.1 unknown user")
    /// A refusal for now: sendmail exits with 75, `EX_TEMPFAIL`.
    static let temporary = sendmailError(exitStatus: 75, saying: "451 4.3.0 try again later")
    /// A relay that cannot be reached: nothing listens on port 1 of the loopback address.
    static let unreachable = smtpError()

    private static func smtpError() -> MailTransportError {
        do {
            try SMTPTransport(host: "127.0.0.1", port: 1, helo: "test.example", retry: .none).verify()
        } catch {
            return error
        }
        preconditionFailure("something listens on 127.0.0.1:1")
    }

    private static func sendmailError(exitStatus: Int, saying text: String) -> MailTransportError {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sendmail-\(UUID().uuidString)").path
        let script = "#!/bin/sh\ncat >/dev/null\necho '\(text)' >&2\nexit \(exitStatus)\n"
        _ = FileManager.default.createFile(
            atPath: path, contents: Data(script.utf8), attributes: [.posixPermissions: 0o755])
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try SendmailTransport(path: path).send(
                Array("To: a@b.example\r\n\r\nx\r\n".utf8),
                envelope: MailEnvelope(sender: "c@d.example", recipients: ["a@b.example"]))
        } catch {
            return error
        }
        preconditionFailure("the sendmail script accepted the message")
    }
}
