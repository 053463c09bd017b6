/// Why a text is not an e-mail address this project sends to, with the text itself.
///
/// Addresses come from imported participant lists and settings files, so every reason is a
/// sentence an office can act on, in German and English.
public struct MailAddressError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The address (or display name) as given.
    public let input: String
    /// What is wrong with it.
    public let reason: Reason

    public init(input: String, reason: Reason) {
        self.input = input
        self.reason = reason
    }

    /// The ways an address or a display name can be wrong.
    public enum Reason: Sendable, Equatable {
        case empty
        case missingAt
        case moreThanOneAt
        case emptyLocalPart
        case emptyDomain
        /// The part before the @ has more than 64 bytes.
        case localPartTooLong(bytes: Int)
        /// The domain has more than 255 bytes (after IDN conversion).
        case domainTooLong(bytes: Int)
        /// The whole address has more than 254 bytes (after IDN conversion).
        case addressTooLong(bytes: Int)
        /// A space, tab or other blank anywhere in the address.
        case whitespace
        /// A control character (CR, LF, NUL, U+2028 …) in the address.
        case controlCharacter(Unicode.Scalar)
        /// A character a dot-atom local part cannot hold (quotes, brackets, commas …).
        case invalidLocalCharacter(Unicode.Scalar)
        /// A non-ASCII letter before the @ (needs SMTPUTF8, which mail servers do not all speak).
        case nonASCIILocalPart
        /// A dot at the start or end of the local part, or two dots in a row.
        case misplacedDot
        /// A domain without a dot, such as `localhost`.
        case domainWithoutDot
        /// An empty label in the domain: two dots in a row, or a dot at its start or end.
        case emptyDomainLabel
        /// A domain label longer than 63 bytes (after IDN conversion).
        case domainLabelTooLong(String)
        /// A domain label that starts or ends with a hyphen.
        case domainLabelHyphen(String)
        /// A character no domain label may hold.
        case invalidDomainCharacter(Unicode.Scalar)
        /// A control character (CR, LF, NUL, U+2028 …) in the display name.
        case displayNameControlCharacter(Unicode.Scalar)
        /// A display name longer than ``MailAddress/maximumDisplayNameLength`` characters.
        case displayNameTooLong(characters: Int)
    }

    public var description: String { message(language: "en") }

    /// The problem with the input quoted, in German (`de`) or English (any other code).
    public func message(language: String) -> String {
        let german = language == "de"
        let quoted = german ? "„\(Self.visible(input))“" : "'\(Self.visible(input))'"
        let head = german ? "Die Adresse \(quoted) ist ungültig: " : "The address \(quoted) is invalid: "
        switch reason {
        case .displayNameControlCharacter, .displayNameTooLong:
            let name = german ? "Der Anzeigename \(quoted) ist ungültig: " : "The display name \(quoted) is invalid: "
            return name + problem(german: german)
        default:
            return head + problem(german: german)
        }
    }

    private func problem(german: Bool) -> String {
        switch reason {
        case .empty:
            return german ? "Sie ist leer." : "it is empty."
        case .missingAt:
            return german ? "Das @ fehlt." : "the @ is missing."
        case .moreThanOneAt:
            return german ? "Sie enthält mehr als ein @." : "it contains more than one @."
        case .emptyLocalPart:
            return german ? "Vor dem @ steht nichts." : "there is nothing before the @."
        case .emptyDomain:
            return german ? "Nach dem @ fehlt die Domain." : "the domain after the @ is missing."
        case .localPartTooLong(let bytes):
            return german
                ? "Der Teil vor dem @ ist \(bytes) Byte lang; erlaubt sind höchstens 64."
                : "the part before the @ is \(bytes) bytes long; at most 64 are allowed."
        case .domainTooLong(let bytes):
            return german
                ? "Die Domain ist \(bytes) Byte lang; erlaubt sind höchstens 255."
                : "the domain is \(bytes) bytes long; at most 255 are allowed."
        case .addressTooLong(let bytes):
            return german
                ? "Sie ist \(bytes) Byte lang; erlaubt sind höchstens 254."
                : "it is \(bytes) bytes long; at most 254 are allowed."
        case .whitespace:
            return german ? "Sie enthält ein Leerzeichen." : "it contains a space."
        case .controlCharacter(let scalar):
            return german
                ? "Sie enthält das Steuerzeichen \(Self.codePoint(scalar)) (etwa einen Zeilenumbruch)."
                : "it contains the control character \(Self.codePoint(scalar)) (such as a line break)."
        case .displayNameControlCharacter(let scalar):
            // „Er“: the display name (der Anzeigename), where the address is „sie“ (die Adresse).
            return german
                ? "Er enthält das Steuerzeichen \(Self.codePoint(scalar)) (etwa einen Zeilenumbruch)."
                : "it contains the control character \(Self.codePoint(scalar)) (such as a line break)."
        case .invalidLocalCharacter(let scalar):
            return german
                ? "Das Zeichen „\(scalar)“ ist vor dem @ nicht erlaubt."
                : "the character '\(scalar)' is not allowed before the @."
        case .nonASCIILocalPart:
            return german
                ? "Vor dem @ stehen Umlaute oder andere Nicht-ASCII-Zeichen, die nicht jeder Mailserver annimmt."
                : "the part before the @ has umlauts or other non-ASCII characters, which not every mail server accepts."
        case .misplacedDot:
            return german
                ? "Vor dem @ steht ein Punkt am Anfang, am Ende oder doppelt."
                : "the part before the @ has a dot at its start or end, or two dots in a row."
        case .domainWithoutDot:
            return german
                ? "Die Domain enthält keinen Punkt (etwa „schule.example“)."
                : "the domain has no dot (such as 'school.example')."
        case .emptyDomainLabel:
            return german
                ? "Die Domain hat einen Punkt am Anfang, am Ende oder doppelt."
                : "the domain has a dot at its start or end, or two dots in a row."
        case .domainLabelTooLong(let label):
            return german
                ? "Der Domain-Teil „\(label)“ ist länger als 63 Byte."
                : "the domain part '\(label)' is longer than 63 bytes."
        case .domainLabelHyphen(let label):
            return german
                ? "Der Domain-Teil „\(label)“ beginnt oder endet mit einem Bindestrich."
                : "the domain part '\(label)' starts or ends with a hyphen."
        case .invalidDomainCharacter(let scalar):
            return german
                ? "Das Zeichen „\(scalar)“ ist in der Domain nicht erlaubt."
                : "the character '\(scalar)' is not allowed in the domain."
        case .displayNameTooLong(let characters):
            return german
                ? "Er ist \(characters) Zeichen lang; erlaubt sind höchstens \(MailAddress.maximumDisplayNameLength)."
                : "it is \(characters) characters long; at most \(MailAddress.maximumDisplayNameLength) are allowed."
        }
    }

    /// `U+000A` for a code point.
    private static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The input with control characters shown as code points, so a message never breaks a line or a terminal.
    private static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if HeaderText.isLineBreakOrControl(scalar) {
                result += "<\(codePoint(scalar))>"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
