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
    /// What is wrong and what to do about it.
    public var message: String
    /// The source line, for an excerpt with a caret below `location.column`.
    public var lineText: String

    /// Creates a diagnostic.
    public init(file: String, location: SourceLocation, severity: Severity, message: String, lineText: String) {
        self.file = file
        self.location = location
        self.severity = severity
        self.message = message
        self.lineText = lineText
    }

    /// The diagnostic in the usual compiler form, `file:line:column: severity: message`.
    public var rendered: String {
        "\(file):\(location.line):\(location.column): \(severity.rawValue): \(message)"
    }
}
