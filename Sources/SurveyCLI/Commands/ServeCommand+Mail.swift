import ArgumentParsing
import Foundation
import SurveyMail
import SurveyWeb

extension ServeCommand {
    static let mailSettings = CommandOption<String?>(
        "mail-settings", value: "file",
        help: """
            Mail settings for the office's „Einladungen senden“ and „Erinnerung senden“ (docs/mail.md); \
            default: mail.json in the working directory if it exists, otherwise the office can only preview
            """)

    /// The office's mail from `--mail-settings`, or from `mail.json` when that exists; nil without either.
    ///
    /// - Throws: ``MailSettingsError`` for a file that is named and missing, or that is not valid.
    static func webMail(_ arguments: ParsedArguments) throws(MailSettingsError) -> WebMail? {
        let path: String
        if let named = arguments[mailSettings] {
            path = named
        } else if FileManager.default.fileExists(atPath: MailSettings.defaultFileName) {
            path = MailSettings.defaultFileName
        } else {
            return nil
        }
        let settings = try MailSettings.load(path: path)
        return WebMail(settings: settings, transport: try settings.makeTransport(settingsFile: path))
    }
}
