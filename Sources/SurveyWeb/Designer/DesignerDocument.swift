import StrictJSON
import SurveyModel

/// A definition as a designer page shows it: its JSON, the version of the file it is based on, and
/// what `Survey.load` finds in it, placed at the paths the findings belong to.
///
/// The stored file and a would-be definition that failed to save are shown the same way, so a form
/// shown again keeps what the person typed, with each error beside its field.
struct DesignerDocument {
    /// One finding of the loader or of an edit, at the field it belongs to.
    struct Problem: Equatable {
        let path: DefinitionPath
        let message: String
        let isError: Bool
        /// Where the loader found it in the canonically written would-be file, so an expression
        /// field can point at the character; nil for problems an edit or the page found.
        var location: SourceLocation? = nil
    }

    let json: JSON
    /// The SHA-256 of the file this definition was read from or built on, for the next form's `version`.
    let baseVersion: String
    /// The survey the definition loads as; nil while it has errors.
    let survey: Survey?
    let problems: [Problem]

    /// Reads a stored file; a file that is not JSON at all has one problem at the root and no definition.
    init(bytes: [UInt8], version: String, ui: UILanguage) {
        guard let document = try? JSONDocument(parsing: bytes) else {
            // The loader words the syntax error, with its line and column, in the person's language.
            let loaded = Survey.load(bytes: bytes, file: "survey.json")
            self.init(
                json: .object([]), baseVersion: version, survey: nil,
                problems: loaded.diagnostics.map {
                    Problem(path: .root, message: DesignerPhrase.problem($0, ui), isError: $0.severity == .error)
                })
            return
        }
        self.init(json: JSON(document.root), baseVersion: version, ui: ui)
    }

    /// Writes `json` as it would be saved and loads it, placing each finding at its path.
    init(json: JSON, baseVersion: String, ui: UILanguage, extraProblems: [Problem] = []) {
        let prepared = CanonicalDefinition.prepare(json: json)
        let findings = prepared.result.diagnostics.map { diagnostic in
            Problem(
                path: prepared.index.path(atLine: diagnostic.location.line, column: diagnostic.location.column),
                message: diagnostic.text.text(ui.diagnosticLanguage), isError: diagnostic.severity == .error,
                location: diagnostic.location)
        }
        self.init(
            json: json, baseVersion: baseVersion, survey: prepared.result.survey, problems: extraProblems + findings)
    }

    private init(json: JSON, baseVersion: String, survey: Survey?, problems: [Problem]) {
        self.json = json
        self.baseVersion = baseVersion
        self.survey = survey
        self.problems = problems
    }

    var errors: [Problem] { problems.filter(\.isError) }
    var warnings: [Problem] { problems.filter { !$0.isError } }

    /// The messages at exactly `path`, for the field there.
    func messages(at path: DefinitionPath) -> [String] {
        problems.filter { $0.path == path }.map(\.message)
    }

    /// The messages by path, for building a form's fields.
    var messagesByPath: [DefinitionPath: [String]] {
        Dictionary(grouping: problems, by: \.path).mapValues { $0.map(\.message) }
    }
}
