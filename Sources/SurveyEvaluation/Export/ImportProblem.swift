/// Why one cell of an imported CSV file cannot be read or one row is not a valid response.
public struct ImportProblem: Sendable, Hashable, CustomStringConvertible {
    /// 1-based data row (the header is row 0).
    public let row: Int
    /// The column name, or the question id for a rule that spans columns.
    public let column: String
    public let message: String

    public init(row: Int, column: String, message: String) {
        self.row = row
        self.column = column
        self.message = message
    }

    public var description: String { "row \(row), column \(column): \(message)" }
}
