import Foundation
import TestSupport
import Testing

/// Renders the golden charts with the programs a committee's pictures come
/// from: librsvg (slides, PDF tools) and Chromium (the printed report).
@Suite(.serialized) struct RenderingTests {
    /// A fresh folder for one test's files: a fixed one would be shared with concurrent test runs,
    /// which delete each other's pictures.
    static func scratchFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("charts-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The width and height of a PNG file from its header.
    static func pngSize(_ url: URL) throws -> (Int, Int) {
        let data = try Data(contentsOf: url)
        try #require(
            data.count > 24 && data.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]), "\(url.lastPathComponent) is no PNG")
        func integer(_ offset: Int) -> Int {
            data[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
        }
        return (integer(16), integer(20))
    }

    /// The size an SVG declares on its root element.
    static func declaredSize(_ svg: String) throws -> (Int, Int) {
        let match = try #require(svg.firstMatch(of: /width="(\d+)" height="(\d+)"/))
        return (Int(match.1) ?? 0, Int(match.2) ?? 0)
    }

    @Test(.requires(.rsvgConvert), arguments: Gallery.entries.map(\.name))
    func rsvgRendersAtTheDeclaredSize(name: String) throws {
        let entry = try #require(Gallery.entries.first { $0.name == name })
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let png = folder.appendingPathComponent("\(name)-rsvg.png")
        guard let result = try ExternalTool.rsvgConvert.run(["-o", png.path], input: entry.svg) else { return }
        #expect(result.status == 0, "\(result.output)")
        let (width, height) = try Self.pngSize(png)
        let declared = try Self.declaredSize(entry.svg)
        #expect(width == declared.0 && height == declared.1)
    }

    @Test(.requires(.chromium), .timeLimit(.minutes(1)))
    func chromiumTakesAScreenshot() throws {
        let entry = try #require(Gallery.entries.first)
        let folder = try Self.scratchFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("\(entry.name).svg")
        try Data(entry.svg.utf8).write(to: svg)
        let png = folder.appendingPathComponent("\(entry.name)-chromium.png")
        let (width, height) = try Self.declaredSize(entry.svg)
        guard
            let result = try ExternalTool.chromium.run([
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--window-size=\(width),\(height)", "--screenshot=\(png.path)", svg.absoluteString,
            ])
        else { return }
        #expect(result.status == 0, "\(result.output)")
        let size = try Self.pngSize(png)
        #expect(size.0 == width && size.1 == height)
    }
}
