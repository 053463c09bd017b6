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

    /// Every broken definition's diagnostics are also kept in German (`<name>.de.expected`).
    @Test(arguments: names)
    func producesGermanGoldenDiagnostics(name: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: "\(Self.folder)/\(name).json"))
        let result = Survey.load(bytes: [UInt8](bytes), file: "\(name).json")
        let rendered = result.diagnostics.map { $0.rendered(in: .de) }.joined(separator: "\n") + "\n"
        Self.golden.expect(rendered, matches: "\(name).de.expected")
    }

    /// A diagnostic that reads the same in German and English was left untranslated.
    @Test(arguments: names)
    func everyDiagnosticHasGermanWords(name: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: "\(Self.folder)/\(name).json"))
        for diagnostic in Survey.load(bytes: [UInt8](bytes), file: "\(name).json").diagnostics {
            #expect(diagnostic.text.text(.de) != diagnostic.text.text(.en), "\(diagnostic.text.id.rawValue)")
        }
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
