/// A cursor at one value of a parsed `JSONDocument`.
///
/// Cheap to copy; it keeps its document alive.
public struct JSONValue: Sendable {
    let document: JSONDocument
    let index: Int

    private var entry: TapeEntry { document.tape[index] }

    /// The kind of value.
    public var kind: JSONKind {
        switch entry.kind {
        case .null: return .null
        case .false, .true: return .bool
        case .number: return .number
        case .string: return .string
        case .array: return .array
        case .object: return .object
        }
    }

    /// Byte offset of the value's first byte in the document.
    public var offset: Int { entry.offset }

    /// Line and column of the value's first byte.
    public var location: SourceLocation { document.location(ofOffset: entry.offset) }

    public var isNull: Bool { entry.kind == .null }

    /// The value of `true` or `false`, else nil.
    public var bool: Bool? {
        switch entry.kind {
        case .true: return true
        case .false: return false
        default: return nil
        }
    }

    /// The value of a number, else nil.
    public var double: Double? {
        entry.kind == .number ? Double(bitPattern: entry.payload) : nil
    }

    /// The value of a number that is an exact integer in `Int`'s range (3, 3.0, 3e2), else nil.
    public var int: Int? {
        double.flatMap { Int(exactly: $0) }
    }

    /// Whether a number was written without fraction or exponent (`3`, not `3.0`).
    public var isIntegerLiteral: Bool { entry.kind == .number && entry.flag }

    /// The decoded text of a string, else nil.
    public var string: String? {
        let entry = entry
        guard entry.kind == .string else { return nil }
        return document.bytes.withUnsafeBufferPointer {
            StringDecoding.decode(
                UnsafeBufferPointer(rebasing: $0[entry.offset + 1..<entry.end - 1]), hasEscapes: entry.flag)
        }
    }

    /// Whether this is a string equal to `text`, compared without decoding where possible.
    public func isString(_ text: String) -> Bool {
        let entry = entry
        guard entry.kind == .string else { return false }
        if entry.flag { return string == text }
        var text = text
        return text.withUTF8 { utf8 in
            document.bytes[entry.offset + 1..<entry.end - 1].elementsEqual(utf8)
        }
    }

    /// The elements of an array in order, else nil.
    public var elements: [JSONValue]? {
        guard entry.kind == .array else { return nil }
        var result: [JSONValue] = []
        result.reserveCapacity(Int(entry.payload))
        forEachChild { result.append(JSONValue(document: document, index: $0)) }
        return result
    }

    /// The members of an object in source order, else nil.
    public var members: [JSONMember]? {
        guard entry.kind == .object else { return nil }
        var result: [JSONMember] = []
        result.reserveCapacity(Int(entry.payload))
        forEachMember { keyIndex, valueIndex in
            let key = JSONValue(document: document, index: keyIndex)
            result.append(
                JSONMember(
                    key: key.string ?? "", keyOffset: key.offset,
                    value: JSONValue(document: document, index: valueIndex)))
        }
        return result
    }

    /// The value of the member named `key`, if this is an object that has one.
    public subscript(key: String) -> JSONValue? {
        let entry = entry
        guard entry.kind == .object else { return nil }
        var keyIndex = index + 1
        while keyIndex < entry.end {
            if JSONValue(document: document, index: keyIndex).isString(key) {
                return JSONValue(document: document, index: keyIndex + 1)
            }
            keyIndex = nextSibling(of: keyIndex + 1)
        }
        return nil
    }

    /// The number of elements or members; 0 for scalars.
    public var count: Int {
        switch entry.kind {
        case .array, .object: return Int(entry.payload)
        default: return 0
        }
    }

    /// Byte offset in the document of the `n`-th Unicode scalar (0-based) of
    /// this string's decoded text, so positions inside a string map back to
    /// the file even when it contains escapes. `n` equal to the length gives
    /// the offset of the closing quote. Non-strings give their own offset.
    public func sourceOffset(ofScalar n: Int) -> Int {
        let entry = entry
        guard entry.kind == .string else { return entry.offset }
        let start = entry.offset + 1
        return document.bytes.withUnsafeBufferPointer {
            start
                + StringDecoding.rawOffset(
                    ofScalar: max(0, n), in: UnsafeBufferPointer(rebasing: $0[start..<entry.end - 1]))
        }
    }

    // MARK: Tape walking

    private func nextSibling(of childIndex: Int) -> Int {
        let child = document.tape[childIndex]
        switch child.kind {
        case .array, .object: return child.end
        default: return childIndex + 1
        }
    }

    private func forEachChild(_ body: (Int) -> Void) {
        var child = index + 1
        let end = entry.end
        while child < end {
            body(child)
            child = nextSibling(of: child)
        }
    }

    func forEachMember(_ body: (_ key: Int, _ value: Int) -> Void) {
        var key = index + 1
        let end = entry.end
        while key < end {
            body(key, key + 1)
            key = nextSibling(of: key + 1)
        }
    }
}

/// One `"key": value` pair of an object.
public struct JSONMember: Sendable {
    public let key: String
    /// Byte offset of the key's opening quote.
    public let keyOffset: Int
    public let value: JSONValue
}
