/// The outcome of loading a survey definition.
public enum SurveyLoadResult: Sendable {
    /// The definition is free of errors; warnings may remain.
    case loaded(Survey, warnings: [Diagnostic])
    /// The definition has errors; all diagnostics, errors and warnings, in file order.
    case failed([Diagnostic])

    /// Every diagnostic, in file order.
    public var diagnostics: [Diagnostic] {
        switch self {
        case .loaded(_, let warnings): warnings
        case .failed(let diagnostics): diagnostics
        }
    }

    /// The survey, if it loaded.
    public var survey: Survey? {
        if case .loaded(let survey, _) = self { return survey }
        return nil
    }
}
