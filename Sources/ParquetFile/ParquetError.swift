/// Why a Parquet file cannot be written.
public enum ParquetError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The columns do not have the same number of rows.
    case columnLengthsDiffer(column: String, rows: Int, expected: Int)
    /// A page would be larger than the 2 GiB that a page header can state; fewer rows per group help.
    case pageTooLarge(column: String)

    public var description: String {
        switch self {
        case .columnLengthsDiffer(let column, let rows, let expected):
            "column \(column) has \(rows) rows, the first column \(expected)"
        case .pageTooLarge(let column):
            "a page of column \(column) exceeds 2 GiB; write fewer rows per row group"
        }
    }
}
