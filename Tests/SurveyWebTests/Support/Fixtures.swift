import Foundation
import SurveyModel
import TestSupport
import Testing

/// Test surveys and golden files, found beside this source file.
enum Fixtures {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    /// The fixture survey with every question type and markup in every text.
    static let allTypes: Survey = load(testsFolder.appendingPathComponent("Fixtures/alle-typen.json").path)

    /// Loads a survey that must be valid.
    static func load(_ path: String) -> Survey {
        switch Survey.load(path: path) {
        case .loaded(let survey, _): return survey
        case .failed(let diagnostics):
            preconditionFailure("fixture does not load: \(diagnostics.map(\.rendered).joined(separator: "\n"))")
        }
    }

    /// The rendered pages in `Golden/`, rewritten with `SURVEY_UPDATE_GOLDEN=1`.
    static let golden = GoldenFiles(folder: testsFolder.appendingPathComponent("Golden"))
}
