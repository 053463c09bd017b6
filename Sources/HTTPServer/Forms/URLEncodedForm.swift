/// Decoded `application/x-www-form-urlencoded` fields (also used for queries).
///
/// Repeated names are kept in order, as checkbox groups need them; `+` means a
/// space; percent escapes are decoded here, and the result must be UTF-8.
public struct URLEncodedForm: Sendable, Equatable, Sequence {
    /// The fields in order of appearance.
    public private(set) var fields: [(name: String, value: String)]

    public static func == (lhs: URLEncodedForm, rhs: URLEncodedForm) -> Bool {
        lhs.fields.elementsEqual(rhs.fields) { $0.name == $1.name && $0.value == $1.value }
    }

    /// Creates a form from fields.
    public init(fields: [(name: String, value: String)] = []) { self.fields = fields }

    /// Decodes `name=value&name=value` bytes. Empty pieces (`a=1&&b=2`) are skipped.
    public init(decoding bytes: [UInt8]) throws(FormDecodingError) {
        fields = []
        var start = 0
        while start <= bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "&")) ?? bytes.count
            if end > start {
                let pair = bytes[start..<end]
                let equals = pair.firstIndex(of: UInt8(ascii: "="))
                let name = try PercentDecoding.decode(pair[..<(equals ?? end)], plusAsSpace: true)
                let value =
                    try equals.map { equalsIndex throws(FormDecodingError) in
                        try PercentDecoding.decode(pair[(equalsIndex + 1)...], plusAsSpace: true)
                    } ?? ""
                fields.append((name: name, value: value))
            }
            start = end + 1
        }
    }

    public func makeIterator() -> IndexingIterator<[(name: String, value: String)]> { fields.makeIterator() }

    /// The first value for `name`.
    public subscript(name: String) -> String? { fields.first { $0.name == name }?.value }

    /// Every value for `name`, in order.
    public func values(for name: String) -> [String] { fields.filter { $0.name == name }.map(\.value) }

    /// Percent-encodes text for a query or form (unreserved bytes stay, space becomes `+`).
    public static func encode(_ text: String) -> String { PercentEncoding.encode(text, spaceAsPlus: true) }
}
