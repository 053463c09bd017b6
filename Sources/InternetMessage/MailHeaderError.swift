/// Why an extra header field cannot be added to a message.
public struct MailHeaderError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The field name as given.
    public let name: String
    /// What is wrong with it.
    public let reason: Reason

    public init(name: String, reason: Reason) {
        self.name = name
        self.reason = reason
    }

    public enum Reason: Sendable, Equatable {
        /// Empty, or a character other than printable ASCII without `:` (RFC 5322 §2.2).
        case invalidName
        /// A field the message writes itself (From, To, Subject, Content-Type …).
        case reserved
    }

    public var description: String { message(language: "en") }

    /// The problem in German (`de`) or English (any other code).
    public func message(language: String) -> String {
        let shown = String(
            String.UnicodeScalarView(name.unicodeScalars.filter { !HeaderText.isLineBreakOrControl($0) }))
        switch (reason, language == "de") {
        case (.invalidName, true):
            return
                "Der Kopfzeilenname „\(shown)“ ist ungültig: erlaubt sind nur ASCII-Zeichen ohne Leerzeichen und Doppelpunkt."
        case (.invalidName, false):
            return "The header name '\(shown)' is invalid: only ASCII characters without spaces and colons are allowed."
        case (.reserved, true):
            return "Die Kopfzeile „\(shown)“ setzt die Nachricht selbst; sie kann nicht zusätzlich angegeben werden."
        case (.reserved, false):
            return "The message sets the header '\(shown)' itself; it cannot be given as an extra header."
        }
    }
}
