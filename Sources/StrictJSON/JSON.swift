/// An owned JSON value, for building records and answers to write.
///
/// Objects keep their members in order, so written records read the way they
/// were built. Not `indirect`: arrays and members already live in their own
/// storage, and boxing every value cost a heap allocation and a retain and
/// release per answer built, written or freed (retains and releases were a
/// quarter of `survey generate`'s CPU).
public enum JSON: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([JSONField])

    /// Copies the value under a parsed cursor.
    public init(_ value: JSONValue) {
        switch value.kind {
        case .null: self = .null
        case .bool: self = .bool(value.bool ?? false)
        case .number: self = .number(value.double ?? 0)
        case .string: self = .string(value.string ?? "")
        case .array: self = .array((value.elements ?? []).map(JSON.init))
        case .object: self = .object((value.members ?? []).map { JSONField(key: $0.key, value: JSON($0.value)) })
        }
    }

    /// The value of member `key` of an object (the first, should there be several).
    public subscript(key: String) -> JSON? {
        guard case .object(let fields) = self else { return nil }
        return fields.first { $0.key == key }?.value
    }

    public var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    public var double: Double? {
        if case .number(let number) = self { return number }
        return nil
    }

    /// A number that is an exact integer in `Int`'s range.
    public var int: Int? { double.flatMap { Int(exactly: $0) } }

    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    public var elements: [JSON]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    public var fields: [JSONField]? {
        if case .object(let fields) = self { return fields }
        return nil
    }
}

/// One member of a `JSON` object.
public struct JSONField: Sendable, Hashable {
    public var key: String
    public var value: JSON

    public init(key: String, value: JSON) {
        self.key = key
        self.value = value
    }
}

extension JSON: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSON...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSON)...) {
        self = .object(elements.map { JSONField(key: $0.0, value: $0.1) })
    }
}
