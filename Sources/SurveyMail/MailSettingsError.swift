import InternetMessage
import StrictJSON
import SurveyModel

/// Why a mail settings file cannot be used: where (file, line, column) and what.
public struct MailSettingsError: Error, Sendable {
    /// What is wrong.
    public enum Problem: Sendable {
        /// The file cannot be read (missing, no permission).
        case unreadable(errno: Int32)
        /// The file is larger than a settings file can be (``MailSettings/maximumFileSize``).
        case tooLarge(limit: Int)
        /// The file is not strict JSON.
        case syntax(JSONSyntaxError)
        /// A key the settings do not have, with the closest known key.
        case unknownKey(String, suggestion: String?)
        /// A key that must be there is not.
        case missingKey(String)
        /// A value of the wrong kind, with what was expected (in English and German).
        case wrongValue(key: String, expected: (en: String, de: String))
        /// An address the sender or reply address cannot be.
        case invalidAddress(key: String, MailAddressError)
        /// The password file of the SMTP settings cannot be read.
        case unreadablePasswordFile(path: String, errno: Int32)
    }

    /// The settings file.
    public let file: String
    /// Where in it, if the problem has a place.
    public let location: SourceLocation?
    public let problem: Problem

    /// Creates an error.
    public init(file: String, location: SourceLocation?, problem: Problem) {
        self.file = file
        self.location = location
        self.problem = problem
    }

    /// `file:line:column: what`, in German (`de`) or English.
    public func message(language: String) -> String {
        let german = language == "de"
        let place = location.map { "\(file):\($0.line):\($0.column)" } ?? file
        let what: String
        switch problem {
        case .unreadable(let code):
            what =
                german
                ? "Die Mail-Einstellungen lassen sich nicht lesen (\(SystemError.text(code))). Legen Sie die Datei an, "
                    + "wie docs/mail.md es beschreibt, oder nennen Sie sie mit --mail-settings."
                : "cannot read the mail settings (\(SystemError.text(code))). Create the file as docs/mail.md "
                    + "describes, or name it with --mail-settings."
        case .tooLarge(let limit):
            what =
                german
                ? "Die Datei ist größer als \(limit / 1024) KB und damit keine Mail-Einstellungsdatei."
                : "the file is larger than \(limit / 1024) KB, so it is not a mail settings file."
        case .syntax(let error):
            what = error.message(german ? .de : .en)
        case .unknownKey(let key, let suggestion):
            let hint = suggestion.map { german ? " Meinten Sie „\($0)“?" : " Did you mean \"\($0)\"?" } ?? ""
            what = (german ? "Unbekannter Schlüssel „\(key)“." : "unknown key \"\(key)\".") + hint
        case .missingKey(let key):
            what = german ? "Der Schlüssel „\(key)“ fehlt." : "the key \"\(key)\" is missing."
        case .wrongValue(let key, let expected):
            what =
                german
                ? "„\(key)“ muss \(expected.de) sein." : "\"\(key)\" must be \(expected.en)."
        case .invalidAddress(let key, let error):
            what =
                german
                ? "„\(key)“ ist keine gültige Adresse: \(error.message(language: language))"
                : "\"\(key)\" is not a valid address: \(error.message(language: language))"
        case .unreadablePasswordFile(let path, let code):
            what =
                german
                ? "Die Passwortdatei \(path) lässt sich nicht lesen (\(SystemError.text(code)))."
                : "cannot read the password file \(path) (\(SystemError.text(code)))."
        }
        return "\(place): \(what)"
    }
}
