import Foundation
import Testing

/// Compares every chart of the gallery with its golden SVG file.
///
/// Run with `UPDATE_GOLDEN=1` to rewrite the files after a deliberate
/// change, then review the difference and the rendered pictures by eye.
@Suite struct GoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test(arguments: Gallery.entries.map(\.name))
    func matchesGoldenFile(name: String) throws {
        let entry = try #require(Gallery.entries.first { $0.name == name })
        let url = Self.directory.appendingPathComponent(name + ".svg")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try Data(entry.svg.utf8).write(to: url)
        }
        let stored = try String(contentsOf: url, encoding: .utf8)
        #expect(stored == entry.svg, "\(name).svg differs; run with UPDATE_GOLDEN=1 and review the change")
    }

    @Test func everyGoldenFileBelongsToTheGallery() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
            .filter { $0.hasSuffix(".svg") }
            .map { String($0.dropLast(4)) }
        #expect(Set(files) == Set(Gallery.entries.map(\.name)))
    }
}
