import Testing

@testable import OfficeWorkbook

/// The small rules of the format: serial dates, Excel's escapes, sheet names, cell references.
struct WorkbookPieceTests {
    @Test(
        arguments: [
            (-25567, 1.0), (-25509, 59.0), (-25508, 61.0), (0, 25569.0), (20784, 46353.0),
        ] as [(Int, Double)])
    func serialDates(daysSince1970: Int, serial: Double) {
        #expect(SpreadsheetDate.serial(daysSince1970: daysSince1970) == serial)
    }

    @Test func serialDateTimesAndDatesBefore1900() {
        #expect(SpreadsheetDate.serial(daysSince1970: -25568) == nil)
        #expect(SpreadsheetDate.serial(millisecondsSince1970: 43_200_000) == 25569.5)
        #expect(SpreadsheetDate.serial(millisecondsSince1970: -21_600_000) == 25568.75)
    }

    @Test(arguments: [
        ("plain text, äöü 😀", "plain text, äöü 😀"), ("tab\tline\nreturn\r", "tab\tline\nreturn\r"),
        ("Word\u{0B}break", "Word_x000B_break"), ("\u{00}\u{1F}\u{7F}\u{85}", "_x0000__x001F_\u{7F}\u{85}"),
        ("\u{FFFE}\u{FFFF}", "_xFFFE__xFFFF_"), ("_x0041_ and _x004g_", "_x005F_x0041_ and _x004g_"),
        ("snake_case_x", "snake_case_x"), ("_xABCD", "_xABCD"),
    ])
    func excelEscapes(text: String, escaped: String) {
        #expect(SpreadsheetText.excelEscaped(text) == escaped)
    }

    @Test func sheetNames() {
        for name in ["Daten", "Value labels", "Wertelabels", "Codebuch", String(repeating: "x", count: 31), "O'Brien"] {
            #expect(SheetName.isValid(name), "\(name)")
        }
        for name in [
            "", String(repeating: "x", count: 32), "a/b", "a\\b", "[a]", "a:b", "a*", "a?", "'a", "a'", "History",
            "Tab\u{9}",
        ] {
            #expect(!SheetName.isValid(name), "\(name)")
        }
        #expect(SheetName.quoted("O'Brien") == "'O''Brien'")
    }

    @Test func workbookRefusesBadSheets() {
        let time = WorkbookTime(year: 2026, month: 12, day: 5, hour: 4, minute: 5, second: 6)
        let sheet = Worksheet(name: "Daten", header: ["a"], rows: [])
        var workbook = Workbook(title: "t", created: time, application: "test", sheets: [sheet, sheet])
        #expect(throws: WorkbookError.duplicateSheetName("Daten")) { try workbook.xlsx() }
        workbook.sheets = [Worksheet(name: "a/b", header: [], rows: [])]
        #expect(throws: WorkbookError.invalidSheetName("a/b")) { try workbook.xlsx() }
        workbook.sheets = [
            Worksheet(name: "wide", header: [], rows: [[WorkbookCell](repeating: .empty, count: 16_385)])
        ]
        #expect(throws: WorkbookError.sheetTooLarge(sheet: "wide", rows: 2, columns: 16_385)) { try workbook.xlsx() }
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA"), (16383, "XFD")])
    func columnLetters(index: Int, letters: String) {
        #expect(CellReference.column(index) == letters)
    }
}
