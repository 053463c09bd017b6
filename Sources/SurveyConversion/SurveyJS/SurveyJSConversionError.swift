import StrictJSON
import SurveyModel

/// Why a file cannot be converted at all (as opposed to warnings about parts of it).
public enum SurveyJSConversionError: Error, Sendable {
    /// The file is larger than the limit, in bytes.
    case tooLarge(limit: Int)
    /// The file is not strict JSON; each diagnostic has line, column and the same wording as `survey validate`.
    case syntax([Diagnostic])
    /// The JSON is not a SurveyJS survey (no object at the top, or neither `pages` nor `elements`).
    case notASurvey

    /// What is wrong, in German (`de`) or English, with the place where there is one.
    public func message(in language: DiagnosticLanguage) -> String {
        switch self {
        case .tooLarge(let limit):
            language == .de
                ? "Die Datei ist größer als \(limit >> 20) MiB; so große SurveyJS-Definitionen werden nicht gelesen."
                : "the file is larger than \(limit >> 20) MiB; SurveyJS definitions that large are not read"
        case .syntax(let diagnostics):
            diagnostics.map { $0.rendered(in: language) }.joined(separator: "\n")
        case .notASurvey:
            language == .de
                ? "Das ist keine SurveyJS-Definition: Erwartet wird ein JSON-Objekt mit „pages“ oder „elements“."
                : "this is not a SurveyJS definition: expected a JSON object with “pages” or “elements”"
        }
    }
}
