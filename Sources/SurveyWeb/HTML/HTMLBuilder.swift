/// Writes HTML into UTF-8 bytes; text and attribute values are escaped on the way in.
///
/// Tag and attribute names are `StaticString`s, so only the program can choose
/// them; everything that may come from a definition, an answer or a request
/// enters through ``text(_:)`` or an attribute value and is escaped there.
/// Nothing else can put markup into a page, which is what makes the escaping
/// hold "by construction".
struct HTMLBuilder {
    /// The document so far.
    private(set) var bytes: [UInt8] = []

    /// Creates an empty builder, reserving room for a typical page.
    init(capacity: Int = 16_384) {
        bytes.reserveCapacity(capacity)
    }

    /// The document as text (tests and debugging).
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Appends the doctype.
    mutating func doctype() {
        raw("<!DOCTYPE html>\n")
    }

    /// Appends escaped text.
    mutating func text(_ value: String) {
        Self.escape(value, into: &bytes)
    }

    /// Appends an element with content built by `content`.
    mutating func element(
        _ name: StaticString, _ attributes: [HTMLAttribute] = [], _ content: (inout HTMLBuilder) -> Void = { _ in }
    ) {
        open(name, attributes)
        content(&self)
        byte("<")
        byte("/")
        raw(name)
        byte(">")
    }

    /// Appends an element whose whole content is escaped text.
    mutating func element(_ name: StaticString, _ attributes: [HTMLAttribute] = [], text value: String) {
        element(name, attributes) { $0.text(value) }
    }

    /// Appends a void element such as `input`, `meta` or `link`.
    mutating func void(_ name: StaticString, _ attributes: [HTMLAttribute]) {
        open(name, attributes)
    }

    /// Appends a line break between block elements, which keeps the source readable.
    mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func open(_ name: StaticString, _ attributes: [HTMLAttribute]) {
        byte("<")
        raw(name)
        for attribute in attributes {
            switch attribute.value {
            case .absent:
                continue
            case .present:
                byte(" ")
                raw(attribute.name)
            case .text(let value):
                byte(" ")
                raw(attribute.name)
                byte("=")
                byte("\"")
                Self.escape(value, into: &bytes)
                byte("\"")
            }
        }
        byte(">")
    }

    // Tag and attribute names are a few bytes long; appending them byte by byte
    // is cheaper than the general bulk append, which dominated page rendering.
    private mutating func raw(_ value: StaticString) {
        value.withUTF8Buffer { buffer in
            for byte in buffer { bytes.append(byte) }
        }
    }

    private mutating func byte(_ character: Unicode.Scalar) {
        bytes.append(UInt8(truncatingIfNeeded: character.value))
    }

    /// Escapes `&`, `<`, `>`, `"` and `'`, which is enough for text and for
    /// double-quoted attribute values alike.
    static func escape(_ value: String, into output: inout [UInt8]) {
        var value = value
        value.withUTF8 { escape($0, into: &output) }
    }

    private static func escape(_ buffer: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        var start = 0
        for index in buffer.indices {
            let replacement: StaticString
            switch buffer[index] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            default: continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<index]))
            replacement.withUTF8Buffer { output.append(contentsOf: $0) }
            start = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<buffer.count]))
    }
}
