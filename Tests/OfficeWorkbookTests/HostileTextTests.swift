import Foundation
import TestSupport
import Testing

@testable import OfficeWorkbook

/// Random texts full of what XML cannot carry still make a workbook every reader opens, and come
/// back unchanged once Excel's `_xHHHH_` escapes are decoded.
struct HostileTextTests {
    /// Seeded texts from control characters, lone surrogates (which a Swift string holds as U+FFFD),
    /// markup, escapes that look like Excel's, and ordinary letters.
    static func texts(count: Int, seed: UInt64) -> [String] {
        var generator = SeededGenerator(seed: seed)
        let pieces: [[UInt16]] = [
            [0x00], [0x01], [0x08], [0x0B], [0x0C], [0x1B], [0x1F], [0x7F], [0x85], [0x9F], [0xFFFE], [0xFFFF],
            [0xD800], [0xDFFF], [0xD83D, 0xDE00], [0x09], [0x0A], [0x0D], Array("<&>\"'".utf16), Array("_x000B_".utf16),
            Array("_x005f_".utf16), Array("_x".utf16), Array("Schule ä".utf16), Array("=1+1".utf16), [0x20],
        ]
        return (0..<count).map { _ in
            var units: [UInt16] = []
            for _ in 0..<Int(generator.next() % 12) { units += pieces[Int(generator.next() % UInt64(pieces.count))] }
            return String(decoding: units, as: UTF16.self)
        }
    }

    static func workbook(_ texts: [String]) -> Workbook {
        Workbook(
            title: texts.joined(), created: SampleWorkbook.created, application: "survey",
            sheets: [Worksheet(name: "Texte", header: ["text"] + texts.prefix(5), rows: texts.map { [.text($0)] })])
    }

    /// openpyxl opens the workbook and xmllint finds every part well-formed. openpyxl does not decode
    /// Excel's escapes (it only drops the `x005F_` of an escaped underscore), so it shows them as written.
    @Test(.requires(.openpyxl), .requires(.xmllint), .requires(.unzip)) func openpyxlAndXmllintAccept() throws {
        let texts = Self.texts(count: 400, seed: 16)
        try SampleWorkbook.withFile(Self.workbook(texts)) { folder in
            let script = """
                import sys, json, openpyxl
                sheet = openpyxl.load_workbook(sys.argv[1] + "/book.xlsx")["Texte"]
                print(json.dumps([row[0].value or "" for row in sheet.iter_rows(min_row=2)]))
                """
            let outcome = try #require(try ExternalTool.openpyxl.run(["-c", script, folder]))
            #expect(outcome.status == 0, "\(outcome.output)")
            let read = try JSONDecoder().decode([String].self, from: Data(outcome.output.utf8))
            let shown = texts.map {
                Self.withoutC1Controls(SpreadsheetText.excelEscaped($0)).replacing("_x005F_", with: "_")
            }
            #expect(read.count == texts.count)
            for (index, (read, text)) in zip(read, shown).enumerated() {
                #expect(Array(read.unicodeScalars) == Array(text.unicodeScalars), "text \(index)")
            }
            let unpacked = try #require(try ExternalTool.unzip.run(["-q", folder + "/book.xlsx", "-d", folder + "/x"]))
            #expect(unpacked.status == 0)
            let parts = ["docProps/core.xml", "xl/workbook.xml", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"]
            let lint = try #require(try ExternalTool.xmllint.run(["--noout"] + parts.map { "\(folder)/x/\($0)" }))
            #expect(lint.status == 0, "\(lint.output)")
        }
    }

    /// LibreOffice decodes the escapes as Excel does: every text comes back as it was, but for lone
    /// surrogates (U+FFFD in a Swift string already), DEL and C1 controls (U+FFFD in all our XML),
    /// and line breaks, which LibreOffice makes line feeds.
    @Test(.requires(.libreOffice), .requires(.python)) func libreOfficeRestoresTexts() throws {
        let texts = Self.texts(count: 200, seed: 17)
        try SampleWorkbook.withFile(Self.workbook(texts)) { folder in
            let converted = try #require(try LibreOfficeCSV.firstSheet(of: folder + "/book.xlsx", folder: folder))
            let read = converted.dropFirst().map { $0.first ?? "" }
            #expect(read.count == texts.count)
            for (index, (read, text)) in zip(read, texts).enumerated() {
                #expect(
                    Self.lineFeeds(read) == Self.lineFeeds(Self.withoutC1Controls(text)),
                    "text \(index)")
            }
        }
    }

    /// The scalars of `text` with each line break as LF: LibreOffice reads CR LF, LF CR and CR so.
    static func lineFeeds(_ text: String) -> [Unicode.Scalar] {
        let scalars = Array(text.unicodeScalars)
        return scalars.indices.compactMap { index in
            guard scalars[index] == "\r" else { return scalars[index] }
            let besideLineFeed = [index - 1, index + 1].contains { scalars.indices.contains($0) && scalars[$0] == "\n" }
            return besideLineFeed ? nil : "\n"
        }
    }

    /// `text` as ``Markup/XMLEscaper`` leaves it: DEL and the C1 controls as U+FFFD.
    static func withoutC1Controls(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { (0x7F...0x9F).contains($0.value) ? "\u{FFFD}" : $0 }))
    }
}
