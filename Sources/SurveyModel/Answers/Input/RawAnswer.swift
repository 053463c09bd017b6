/// What a form posted for one question, exactly as typed, so it can be shown back.
///
/// - `text`, `number`, `date`, `boolean`, `scale`, `single`: the one value in `values`.
/// - `multiple`: the ticked option values (including ``Question/otherValue``).
/// - `ranking`: the value chosen for each rank, best first; empty ranks are "".
/// - `matrix`: `rows`, the posted value per row value.
/// - `other`: the text typed into the "other" field of a choice question.
public struct RawAnswer: Sendable, Hashable {
    public var values: [String]
    public var other: String
    public var rows: [String: String]

    /// Creates posted input.
    public init(values: [String] = [], other: String = "", rows: [String: String] = [:]) {
        self.values = values
        self.other = other
        self.rows = rows
    }

    /// Input of a question with one field, such as a text or number.
    public init(_ value: String) {
        self.init(values: [value])
    }

    /// The single posted value, or "" when nothing was posted.
    public var value: String { values.first ?? "" }
}
