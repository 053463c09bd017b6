/// One column of a Parquet file: its name and its values, nil where a row has none.
///
/// Every column is optional (nullable), the typed value arrays decide the physical and logical
/// type: numbers are DOUBLE, dates INT32 (DATE), instants INT64 (TIMESTAMP in milliseconds, UTC),
/// texts BYTE_ARRAY (STRING).
public struct ParquetColumn: Sendable {
    public let name: String
    public let values: Values

    public enum Values: Sendable {
        /// Numbers; where at least half of them repeat an earlier one (0/1, scale points), they are
        /// dictionary-encoded, which readers undo on their own.
        case double([Double?])
        /// Days since 1970-01-01.
        case date([Int32?])
        /// Milliseconds since 1970-01-01T00:00:00Z.
        case timestampMillisecondsUTC([Int64?])
        /// UTF-8 texts; `dictionary` writes each distinct text once in a dictionary page and the rows
        /// as indices into it, which suits codes and labels that repeat.
        case string([String?], dictionary: Bool)
    }

    public init(name: String, values: Values) {
        self.name = name
        self.values = values
    }

    /// The number of rows.
    public var count: Int {
        switch values {
        case .double(let values): values.count
        case .date(let values): values.count
        case .timestampMillisecondsUTC(let values): values.count
        case .string(let values, _): values.count
        }
    }
}
