import StrictJSON
import SurveyModel

/// Renders a diagnostic for a terminal: the message line, then the source
/// line with a caret under the column, as compilers do.
enum DiagnosticText {
    static func render(_ diagnostic: Diagnostic, in language: DiagnosticLanguage) -> String {
        let headline = diagnostic.rendered(in: language)
        guard !diagnostic.lineText.isEmpty else { return headline }
        let number = String(diagnostic.location.line)
        let gutter = String(repeating: " ", count: number.count)
        // Keep tabs so the caret lines up under tab-indented text.
        let lead = diagnostic.lineText.unicodeScalars.prefix(max(0, diagnostic.location.column - 1))
            .map { $0 == "\t" ? "\t" : " " }.joined()
        return """
            \(headline)
             \(number) | \(diagnostic.lineText)
             \(gutter) | \(lead)^
            """
    }
}
