import MailTransport
import SurveyMail

/// How the office area sends e-mail: the settings `survey serve --mail-settings` read and the transport
/// they name. Without it the mail pages explain how to set mail up and only preview.
public struct WebMail: Sendable {
    public var settings: MailSettings
    public var transport: any MailTransport
    /// Waits between messages to keep to the settings' rate; nil waits for real. Tests pass one that returns at once.
    public var sleeper: MailRound.Sleeper?

    /// Mail with `settings` through `transport`.
    public init(settings: MailSettings, transport: any MailTransport, sleeper: MailRound.Sleeper? = nil) {
        self.settings = settings
        self.transport = transport
        self.sleeper = sleeper
    }
}
