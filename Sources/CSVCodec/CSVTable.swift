/// A parsed CSV file: the header and the data rows, each with its position.
public struct CSVTable: Sendable, Hashable {
    /// One data row.
    public struct Row: Sendable, Hashable {
        /// The row number as a spreadsheet shows it (the header is row 1).
        public let row: Int
        /// The physical line where the row starts.
        public let line: Int
        /// The decoded fields, as many as the header has.
        public let fields: [String]

        /// Creates a row.
        public init(row: Int, line: Int, fields: [String]) {
            self.row = row
            self.line = line
            self.fields = fields
        }

        /// The position of the field with 0-based `index`, for error messages.
        public func position(ofField index: Int) -> CSVPosition {
            CSVPosition(row: row, column: index + 1, line: line)
        }
    }

    /// The column names from the first line.
    public let header: [String]
    /// The data rows; empty lines are left out.
    public let rows: [Row]
    /// The separator that was used or detected.
    public let separator: CSVSeparator
}
