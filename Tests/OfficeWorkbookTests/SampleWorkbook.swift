import Foundation
import OfficeWorkbook
import TestSupport

/// A workbook with every kind of cell, and the way to hand it to the reading programs.
enum SampleWorkbook {
    static let created = WorkbookTime(year: 2026, month: 12, day: 5, hour: 4, minute: 5, second: 6)

    static let formulaTexts = ["=1+1", "+49 621 1234", "-rechts", "@SUMME(A1)", "=HYPERLINK(\"https://x\";\"y\")"]

    static func workbook(extraTexts: [String] = []) -> Workbook {
        let texts = formulaTexts + ["Müller & Söhne <b>", "Zeile 1\nZeile 2", " leading and trailing ", "😀"]
        let data = Worksheet(
            name: "Daten", header: ["text", "number", "date", "time"],
            rows: (texts + extraTexts).enumerated().map { index, text in
                [
                    .text(text), index == 2 ? .empty : .number([-2.5, 0.125, 1e-5, 123_456.75, 3, 0][index % 6]),
                    .date(serial: 46353 + Double(index)), .dateTime(serial: 46353.5 + Double(index)),
                ]
            })
        let second = Worksheet(name: "Value labels", header: ["variable", "code"], rows: [[.text("a"), .number(1)]])
        return Workbook(
            title: "Digitale Ausstattung <2026> & mehr", created: created, application: "survey",
            sheets: [data, second])
    }

    /// Writes `workbook` to a fresh folder as `book.xlsx` and runs `body` with the folder.
    static func withFile<T>(_ workbook: Workbook = workbook(), _ body: (String) throws -> T) throws -> T {
        let folder = NSTemporaryDirectory() + "workbook-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(workbook.xlsx()).write(to: URL(fileURLWithPath: folder + "/book.xlsx"))
        return try body(folder)
    }
}
