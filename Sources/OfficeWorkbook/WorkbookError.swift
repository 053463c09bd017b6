import ZipArchive

/// Why a workbook cannot be written: a limit of Excel's format, or of the ZIP container.
package enum WorkbookError: Error, Sendable, Hashable {
    /// A sheet name Excel refuses: empty, longer than 31 characters, with one of `[ ] : * ? / \`,
    /// beginning or ending with an apostrophe, or the reserved `History`.
    case invalidSheetName(String)
    /// Two sheets with the same name (Excel compares names without regard to case).
    case duplicateSheetName(String)
    /// More than 1,048,576 rows (with the header) or 16,384 columns in the named sheet.
    case sheetTooLarge(sheet: String, rows: Int, columns: Int)
    case archive(ZipArchiveError)
}

extension WorkbookError: CustomStringConvertible {
    package var description: String {
        switch self {
        case .invalidSheetName(let name):
            "sheet name “\(name)” is not allowed: 1 to 31 characters, none of [ ] : * ? / \\"
        case .duplicateSheetName(let name): "two sheets are named “\(name)”"
        case .sheetTooLarge(let sheet, let rows, let columns):
            "sheet “\(sheet)” has \(rows) rows and \(columns) columns; Excel allows 1,048,576 rows and 16,384 columns"
        case .archive(let error): error.description
        }
    }
}
