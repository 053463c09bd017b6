/// The six kinds of JSON value.
public enum JSONKind: String, Sendable, Hashable {
    case null, bool, number, string, array, object

    /// How people call this kind in messages: "a number", "an object".
    public var withArticle: String {
        switch self {
        case .null: return "null"
        case .bool: return "true or false"
        case .number: return "a number"
        case .string: return "a text in double quotes"
        case .array: return "a list [...]"
        case .object: return "an object {...}"
        }
    }
}
