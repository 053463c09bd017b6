import Foundation
import StrictJSON
import Testing

@testable import SurveyModel

/// Every broken definition in `Fixtures/invalid/` produces exactly the diagnostics in its `.expected` file.
///
/// Run with `UPDATE_GOLDEN=1` to rewrite the `.expected` files from the
/// current output; then review every changed file by eye before committing.
struct InvalidFixtureTests {
    static let folder = RepositoryPaths.path("Tests/SurveyModelTests/Fixtures/invalid")

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
        let expectedPath = "\(Self.folder)/\(name).expected"
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try rendered.write(toFile: expectedPath, atomically: true, encoding: .utf8)
        }
        let expected = try #require(
            FileManager.default.contents(atPath: expectedPath).flatMap { String(bytes: $0, encoding: .utf8) },
            "missing \(name).expected; run the tests with UPDATE_GOLDEN=1 and review it")
        #expect(rendered == expected)
        #expect(!result.diagnostics.isEmpty)
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
