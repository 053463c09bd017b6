import Foundation
import SurveyModel
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

    /// Compares `text` with `Golden/<name>`; `SURVEY_UPDATE_GOLDEN=1` rewrites the file instead.
    static func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = testsFolder.appendingPathComponent("Golden/\(name)")
        if ProcessInfo.processInfo.environment["SURVEY_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? "<missing golden file \(name)>"
        #expect(text == expected, "rendered \(name) differs from its golden file", sourceLocation: sourceLocation)
    }
}
