/// The text of a diagnostic: a message id with its arguments, written out in a language on demand.
///
/// Diagnostics are made once and shown in several languages (the command
/// line's and each office page's), so they carry the id, not the words.
public struct DiagnosticMessage: Sendable, Hashable {
    public let id: DiagnosticMessageID
    /// Values filled into the text: names, keys, numbers, as the definition spells them.
    public let arguments: [String]

    public init(_ id: DiagnosticMessageID, _ arguments: String...) {
        self.id = id
        self.arguments = arguments
    }

    /// The message in `language`.
    public func text(_ language: DiagnosticLanguage) -> String {
        DiagnosticCatalog.text(id, arguments, language)
    }
}
