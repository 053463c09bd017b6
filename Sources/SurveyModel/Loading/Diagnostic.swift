import StrictJSON

/// One problem found in a survey definition, pointing at the exact key or value.
public struct Diagnostic: Sendable, Hashable {
    /// How serious a problem is: errors stop the survey from loading, warnings do not.
    public enum Severity: String, Sendable {
        case error, warning
    }

    /// The file as the caller named it.
    public var file: String
    public var location: SourceLocation
    public var severity: Severity
    /// What is wrong and what to do about it, as an id with arguments.
    public var text: DiagnosticMessage
    /// The source line, for an excerpt with a caret below `location.column`.
    public var lineText: String

    /// Creates a diagnostic.
    public init(
        file: String, location: SourceLocation, severity: Severity, text: DiagnosticMessage, lineText: String
    ) {
        self.file = file
        self.location = location
        self.severity = severity
        self.text = text
        self.lineText = lineText
    }

    /// What is wrong and what to do about it, in English.
    public var message: String { text.text(.en) }

    /// The diagnostic in the usual compiler form, `file:line:column: severity: message`, in English.
    public var rendered: String { rendered(in: .en) }

    /// The diagnostic in the usual compiler form, with the message in `language`.
    ///
    /// The severity word stays English (`error`, `warning`) in every language:
    /// editors and build tools find problems by matching `: error: `.
    public func rendered(in language: DiagnosticLanguage) -> String {
        "\(file):\(location.line):\(location.column): \(severity.rawValue): \(text.text(language))"
    }
}
