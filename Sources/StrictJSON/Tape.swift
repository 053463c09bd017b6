/// One entry of a parsed document's tape: a flat, pre-order list of every
/// value, so a parse allocates two arrays instead of a tree of objects.
struct TapeEntry: Sendable {
    enum Kind: UInt8, Sendable {
        case null, `false`, `true`, number, string, array, object
    }

    var kind: Kind
    /// Strings: the raw text contains escapes and must be decoded.
    /// Numbers: the literal has no fraction and no exponent.
    var flag: Bool
    /// Byte offset of the value's first byte (the quote of a string).
    var offset: Int
    /// Scalars: byte offset just past the value.
    /// Containers: tape index just past the container's last descendant.
    var end: Int
    /// Numbers: the value's bit pattern. Containers: the number of elements or members.
    var payload: UInt64
}
