import Foundation
import TestSupport
import Testing

/// Compares every chart of the gallery with its golden SVG file.
///
/// After a deliberate change, rewrite the files with `SURVEY_UPDATE_GOLDEN=1` and review the
/// difference and the rendered pictures by eye.
@Suite struct GoldenTests {
    static let golden = GoldenFiles.beside()

    @Test(arguments: Gallery.entries.map(\.name))
    func matchesGoldenFile(name: String) throws {
        let entry = try #require(Gallery.entries.first { $0.name == name })
        Self.golden.expect(entry.svg, matches: name + ".svg")
    }

    @Test func everyGoldenFileBelongsToTheGallery() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.golden.folder.path)
            .filter { $0.hasSuffix(".svg") }
            .map { String($0.dropLast(4)) }
        #expect(Set(files) == Set(Gallery.entries.map(\.name)))
    }
}
