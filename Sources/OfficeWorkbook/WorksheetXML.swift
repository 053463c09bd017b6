/// Writes one sheet's part (`xl/worksheets/sheetN.xml`), adding its texts to the shared strings.
///
/// The header row is bold and frozen (it stays in view while the rows scroll) and carries an
/// autofilter; each column is as wide as its longest content, within bounds.
struct WorksheetXML {
    /// Excel's limits for a sheet.
    static let maximumRows = 1_048_576
    static let maximumColumns = 16_384
    /// Column widths in characters: at least room for a filter button, at most about a third of a
    /// screen, so one long answer does not push every other column out of sight.
    static let widthBounds = 8.0...60.0

    let sheet: Worksheet
    let isFirst: Bool

    /// The range the autofilter covers, in absolute form (`$A$1:$C$10`) for the workbook's defined name.
    var filterRange: String {
        let lastColumn = CellReference.column(max(columnCount - 1, 0))
        return "$A$1:$\(lastColumn)$\(sheet.rows.count + 1)"
    }

    var columnCount: Int { max(sheet.header.count, sheet.rows.map(\.count).max() ?? 0) }

    func xml(strings: inout SharedStrings) -> [UInt8] {
        let lastCell = CellReference.cell(column: max(columnCount - 1, 0), row: sheet.rows.count + 1)
        var output = Array(OfficeXML.declaration.utf8)
        output += Array(
            ("<worksheet xmlns=\"\(OfficeXML.spreadsheetNamespace)\">"
                + "<dimension ref=\"A1:\(lastCell)\"/>"
                + "<sheetViews><sheetView \(isFirst ? "tabSelected=\"1\" " : "")workbookViewId=\"0\">"
                + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
                + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
                + "<sheetFormatPr defaultRowHeight=\"15\"/>" + columns + "<sheetData>").utf8)
        row(1, sheet.header.map(WorkbookCell.text), style: .header, into: &output, strings: &strings)
        for (index, cells) in sheet.rows.enumerated() {
            row(index + 2, cells, style: nil, into: &output, strings: &strings)
        }
        output += Array("</sheetData><autoFilter ref=\"A1:\(lastCell)\"/></worksheet>".utf8)
        return output
    }

    /// `<cols>` with a width per column from its longest text (in characters, its longest line).
    private var columns: String {
        guard columnCount > 0 else { return "" }
        var widths = [Int](repeating: 0, count: columnCount)
        for (index, title) in sheet.header.enumerated() { widths[index] = Self.displayLength(.text(title)) + 1 }
        for cells in sheet.rows {
            for (index, cell) in cells.enumerated() { widths[index] = max(widths[index], Self.displayLength(cell)) }
        }
        let columns = widths.enumerated().map { index, width in
            let bounded = min(max(Double(width) + 2, Self.widthBounds.lowerBound), Self.widthBounds.upperBound)
            return "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(bounded)\" customWidth=\"1\"/>"
        }
        return "<cols>\(columns.joined())</cols>"
    }

    private static func displayLength(_ cell: WorkbookCell) -> Int {
        switch cell {
        case .empty: 0
        case .number(let number): numberText(number).count
        case .text(let text): text.split(whereSeparator: \.isNewline).map(\.count).max() ?? 0
        case .date: 10
        case .dateTime: 19
        }
    }

    private func row(
        _ number: Int, _ cells: [WorkbookCell], style: OfficeXML.Style?, into output: inout [UInt8],
        strings: inout SharedStrings
    ) {
        output += Array("<row r=\"\(number)\">".utf8)
        for (column, cell) in cells.enumerated() {
            let reference = CellReference.cell(column: column, row: number)
            let styleAttribute = style.map { " s=\"\($0.rawValue)\"" } ?? ""
            switch cell {
            case .empty:
                continue
            case .number(let number) where number.isFinite:
                output += Array("<c r=\"\(reference)\"\(styleAttribute)><v>\(Self.numberText(number))</v></c>".utf8)
            case .number(let number):
                text(String(number), reference, styleAttribute, into: &output, strings: &strings)
            case .text(let value):
                text(value, reference, styleAttribute, into: &output, strings: &strings)
            case .date(let serial):
                output += Array(
                    "<c r=\"\(reference)\" s=\"\(OfficeXML.Style.date.rawValue)\"><v>\(Self.numberText(serial))</v></c>"
                        .utf8)
            case .dateTime(let serial):
                output += Array(
                    "<c r=\"\(reference)\" s=\"\(OfficeXML.Style.dateTime.rawValue)\"><v>\(Self.numberText(serial))</v></c>"
                        .utf8)
            }
        }
        output += Array("</row>".utf8)
    }

    /// A string cell: an index into the shared strings, never a formula.
    private func text(
        _ value: String, _ reference: String, _ styleAttribute: String, into output: inout [UInt8],
        strings: inout SharedStrings
    ) {
        output += Array("<c r=\"\(reference)\"\(styleAttribute) t=\"s\"><v>\(strings.index(of: value))</v></c>".utf8)
    }

    /// The shortest text that reads back as the same number, without `.0` for whole numbers.
    static func numberText(_ number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
