/// The text of a diagnostic: a message id with its arguments, written out in a language on demand.
///
/// Diagnostics are made once and shown in several languages (the command
/// line's and each office page's), so they carry the id, not the words. An
/// argument is either a name from the definition, shown as it is, or another
/// message, such as the place of a problem ("question "schulart"").
public struct DiagnosticMessage: Sendable, Hashable, CustomStringConvertible {
    /// One value filled into a message.
    public indirect enum Argument: Sendable, Hashable {
        /// A name, key, value or number as the definition spells it.
        case literal(String)
        /// A phrase of its own, written in the same language as the message.
        case phrase(DiagnosticMessage)
        /// A problem of an expression, written in the expression language's own words (`ExpressionMessage`).
        case expression(ExpressionError)
    }

    public let id: DiagnosticMessageID
    public let arguments: [Argument]

    /// A message whose arguments are all names or numbers.
    public init(_ id: DiagnosticMessageID, _ arguments: String...) {
        self.id = id
        self.arguments = arguments.map(Argument.literal)
    }

    /// A message with phrases among its arguments.
    public init(_ id: DiagnosticMessageID, parts: [Argument]) {
        self.id = id
        self.arguments = parts
    }

    /// The message in `language`.
    public func text(_ language: DiagnosticLanguage) -> String {
        let values = arguments.map { argument in
            switch argument {
            case .literal(let text): text
            case .phrase(let message): message.text(language)
            case .expression(let error): error.message(in: language.rawValue)
            }
        }
        return DiagnosticCatalog.text(id, values, language)
    }

    /// The message in English, for logs and string interpolation.
    public var description: String { text(.en) }
}
