/// Read access shared by a cursor into a parsed document (``JSONValue``) and an
/// owned value (``JSON``), so that a reader written once serves both: a decoder
/// of stored answers reads freshly parsed log lines and records already held in
/// memory alike, without writing the latter out and parsing them again.
public protocol JSONReadable: Sendable {
    /// The kind of value.
    var kind: JSONKind { get }
    /// The text of a string, else nil.
    var string: String? { get }
    /// The value of a number, else nil.
    var double: Double? { get }
    /// A number that is an exact integer in `Int`'s range, else nil.
    var int: Int? { get }
    /// The value of `true` or `false`, else nil.
    var bool: Bool? { get }
    /// The elements of an array in order, else nil.
    var elements: [Self]? { get }
    /// The value of the member named `key`, if this is an object that has one.
    subscript(key: String) -> Self? { get }
    /// Whether this is a string equal to `text`.
    func isString(_ text: String) -> Bool
    /// Calls `body` with each member's key and value in order; does nothing unless this is an object.
    func visitMembers(_ body: (String, Self) -> Void)
}

extension JSONValue: JSONReadable {
    public func visitMembers(_ body: (String, JSONValue) -> Void) {
        guard kind == .object else { return }
        forEachMember { keyIndex, valueIndex in
            body(
                JSONValue(document: document, index: keyIndex).string ?? "",
                JSONValue(document: document, index: valueIndex))
        }
    }
}

extension JSON: JSONReadable {
    public var kind: JSONKind {
        switch self {
        case .null: .null
        case .bool: .bool
        case .number: .number
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }

    public func isString(_ text: String) -> Bool {
        string == text
    }

    public func visitMembers(_ body: (String, JSON) -> Void) {
        for field in fields ?? [] { body(field.key, field.value) }
    }
}
