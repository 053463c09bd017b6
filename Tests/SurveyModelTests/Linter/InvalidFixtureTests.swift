import Foundation
import StrictJSON
import TestSupport
import Testing

@testable import SurveyModel

/// Every broken definition in `Fixtures/invalid/` produces exactly the diagnostics in its `.expected` file.
///
/// Run with `SURVEY_UPDATE_GOLDEN=1` to rewrite the `.expected` files from the
/// current output; then review every changed file by eye before committing.
struct InvalidFixtureTests {
    static let folder = RepositoryPaths.path("Tests/SurveyModelTests/Fixtures/invalid")
    static let golden = GoldenFiles(folder: URL(fileURLWithPath: folder))

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return files.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.sorted()
    }

    @Test func corpusIsLarge() {
        #expect(Self.names.count >= 45)
    }

    @Test(arguments: names)
    func producesGoldenDiagnostics(name: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: "\(Self.folder)/\(name).json"))
        let result = Survey.load(bytes: [UInt8](bytes), file: "\(name).json")
        let rendered = result.diagnostics.map(\.rendered).joined(separator: "\n") + "\n"
        Self.golden.expect(rendered, matches: "\(name).expected")
        #expect(!result.diagnostics.isEmpty)
    }

    /// The fixtures whose diagnostics are also kept in German (`<name>.de.expected`): those whose messages all have ids.
    static let germanNames = [
        "date-min-above-max",
        "duplicate-option-value",
        "duplicate-page-id",
        "duplicate-participant-field",
        "duplicate-question-id",
        "empty-options",
        "empty-pages",
        "empty-questions",
        "empty-text",
        "key-of-other-type",
        "language-code-typo",
        "language-not-declared",
        "matrix-duplicate-row",
        "max-length-zero",
        "missing-key-pages",
        "missing-key-question-id",
        "missing-keys-title-type",
        "missing-translation",
        "note-with-required",
        "number-min-above-max",
        "opens-after-closes",
        "opens-bad-format",
        "report-min-group-size",
        "report-unknown-key",
        "report-wrong-types",
        "root-not-object",
        "survey-id-file-name",
        "survey-id-pattern",
        "syntax-comment",
        "syntax-decimal-comma",
        "syntax-duplicate-key",
        "syntax-invalid-utf8",
        "syntax-missing-comma",
        "syntax-single-quotes",
        "syntax-trailing-comma",
        "syntax-trailing-commas",
        "syntax-typographic-quotes",
        "syntax-unexpected-end",
        "unknown-access",
        "unknown-display",
        "unknown-key",
        "unknown-key-in-option",
        "unknown-key-no-suggestion",
        "unknown-key-top-level",
        "unknown-language-in-languages",
        "unknown-time-zone",
        "unknown-type",
        "validate-missing-message",
        "validate-unknown-key",
        "wrong-type-min",
        "wrong-type-options",
        "wrong-type-pages",
        "wrong-type-question",
        "wrong-type-required",
        "wrong-type-title",
    ]

    @Test(arguments: germanNames)
    func producesGermanGoldenDiagnostics(name: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: "\(Self.folder)/\(name).json"))
        let result = Survey.load(bytes: [UInt8](bytes), file: "\(name).json")
        #expect(result.diagnostics.allSatisfy { $0.text.id != .untranslated })
        let rendered = result.diagnostics.map { $0.rendered(in: .de) }.joined(separator: "\n") + "\n"
        Self.golden.expect(rendered, matches: "\(name).de.expected")
    }

    @Test(arguments: names)
    func diagnosticsCarryTheirSourceLine(name: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: "\(Self.folder)/\(name).json"))
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for diagnostic in Survey.load(bytes: [UInt8](bytes), file: "\(name).json").diagnostics {
            let line = diagnostic.location.line
            #expect(lines.indices.contains(line - 1))
            if lines.indices.contains(line - 1) {
                #expect(diagnostic.lineText == String(lines[line - 1]).replacingOccurrences(of: "\r", with: ""))
            }
        }
    }
}
