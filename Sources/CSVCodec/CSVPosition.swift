/// Where something is in a CSV file, in the terms a spreadsheet user sees.
public struct CSVPosition: Sendable, Hashable, CustomStringConvertible {
    /// 1-based record number as a spreadsheet shows it: the header is row 1 and
    /// every line break outside quotes starts a new row (empty lines count).
    public let row: Int
    /// 1-based field number within the row.
    public let column: Int
    /// 1-based physical line in the file, for text editors; differs from `row`
    /// only after quoted fields that contain line breaks.
    public let line: Int

    /// Creates a position.
    public init(row: Int, column: Int, line: Int) {
        self.row = row
        self.column = column
        self.line = line
    }

    /// "row 3, column 2", with the line added when it differs from the row.
    public var description: String {
        line == row ? "row \(row), column \(column)" : "row \(row), column \(column) (line \(line))"
    }
}
