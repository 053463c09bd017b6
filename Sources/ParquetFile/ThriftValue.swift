/// A value of Thrift's data model, as far as Parquet's metadata uses it: enough to describe a
/// footer or a page header as data, and to encode it with ``ThriftCompactEncoder``.
///
/// Optional fields that are absent are simply left out of a struct's field list.
public indirect enum ThriftValue: Sendable, Hashable {
    case bool(Bool)
    case i16(Int16)
    case i32(Int32)
    case i64(Int64)
    case double(Double)
    /// Bytes; Thrift's `string` is binary holding UTF-8.
    case binary([UInt8])
    /// A list whose elements all have `elementType`.
    case list(ThriftElementType, [ThriftValue])
    /// A struct (or a union: a struct with exactly one field set).
    case structure([ThriftField])

    /// A Thrift `string`: UTF-8 bytes.
    public static func string(_ text: String) -> ThriftValue { .binary(Array(text.utf8)) }

    /// An empty struct, as Parquet's logical type annotations (`StringType`, `DateType`) are.
    public static let emptyStructure = ThriftValue.structure([])
}

/// One field of a struct: its id from the IDL and its value.
public struct ThriftField: Sendable, Hashable {
    public let id: Int16
    public let value: ThriftValue

    public init(_ id: Int16, _ value: ThriftValue) {
        self.id = id
        self.value = value
    }
}

/// The element types a list can have here, with their compact-protocol type ids.
///
/// Booleans are left out: Parquet's metadata has no list of them, and their encoding inside lists
/// differs between implementations.
public enum ThriftElementType: UInt8, Sendable, Hashable {
    case i16 = 4
    case i32 = 5
    case i64 = 6
    case double = 7
    case binary = 8
    case list = 9
    case structure = 12
}
