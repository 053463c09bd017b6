import SurveyModel

extension UILanguage {
    /// The language definition diagnostics are shown in on a page in this language.
    var diagnosticLanguage: DiagnosticLanguage {
        switch self {
        case .de: .de
        case .en: .en
        }
    }
}
