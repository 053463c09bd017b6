import Glibc
import MailTransport

extension MailSettings {
    /// The transport the settings describe; reads the SMTP password file now, so a missing one is found
    /// before anything is sent.
    ///
    /// - Parameter file: the settings file, for messages.
    public func makeTransport(settingsFile file: String) throws(MailSettingsError) -> any MailTransport {
        switch transport {
        case .sendmail(let path, let arguments):
            return SendmailTransport(path: path, arguments: arguments)
        case .smtp(let host, let port, let helo, let user, let passwordFile):
            var credentials: SMTPCredentials?
            if let user, let passwordFile {
                let password = try Self.readPassword(passwordFile, settingsFile: file)
                credentials = SMTPCredentials(user: user, password: password)
            }
            return SMTPTransport(
                host: host, port: port, helo: helo ?? Self.hostName, credentials: credentials)
        }
    }

    /// The first line of the password file.
    private static func readPassword(_ path: String, settingsFile: String) throws(MailSettingsError) -> String {
        guard let file = fopen(path, "rb") else {
            throw MailSettingsError(
                file: settingsFile, location: nil, problem: .unreadablePasswordFile(path: path, errno: errno))
        }
        defer { fclose(file) }
        var buffer = [CChar](repeating: 0, count: 1024)
        guard fgets(&buffer, Int32(buffer.count), file) != nil else { return "" }
        let line = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return line.hasSuffix("\n") ? String(line.dropLast()).replacing("\r", with: "") : line
    }

    /// This machine's name, for EHLO when the settings name none.
    private static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.isEmpty ? "localhost" : name
    }
}
