import InternetMessage
import SurveyModel

/// How an office sends mail: sender, office name and contact, the survey server's address, the
/// transport and the rate. One JSON file (`mail.json` by default), read by `survey mail` and `survey serve`;
/// its keys are documented in docs/mail.md.
public struct MailSettings: Sendable {
    /// The sender of every message, e.g. `Schulamt <schulamt@kreis.example>`.
    public let from: MailAddress
    /// Where answers go, if not to `from`.
    public let replyTo: MailAddress?
    /// The office's name per language, for `{{office}}`.
    public let office: LocalizedText
    /// The office's contact line per language, for `{{contact}}`.
    public let contact: LocalizedText
    /// The address of the survey server as schools reach it, without trailing slash; links are `<baseURL>/t/<token>`.
    public let baseURL: String
    /// How messages leave the machine.
    public let transport: MailTransportSettings
    /// At most this many messages a minute (default 60).
    public var perMinute: Int

    /// The default number of messages a minute.
    public static let defaultPerMinute = 60

    /// Settings given directly (tests and the office pages' preview).
    public init(
        from: MailAddress, replyTo: MailAddress? = nil, office: LocalizedText, contact: LocalizedText,
        baseURL: String, transport: MailTransportSettings, perMinute: Int = defaultPerMinute
    ) {
        self.from = from
        self.replyTo = replyTo
        self.office = office
        self.contact = contact
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.transport = transport
        self.perMinute = perMinute
    }

    /// The personal link for `code` (an access token as printed).
    public func link(code: String) -> String { baseURL + "/t/" + code }
}

/// The transport section of the settings file.
public enum MailTransportSettings: Sendable, Hashable {
    /// The system's sendmail interface: `{"sendmail": {"path": "/usr/sbin/sendmail"}}`.
    case sendmail(path: String, arguments: [String])
    /// A relay host: `{"smtp": {"host": …, "port": 25, "helo": …, "user": …, "passwordFile": …}}`.
    case smtp(host: String, port: Int, helo: String?, user: String?, passwordFile: String?)
}
