/// Where each value of a canonically written definition lies in its bytes.
///
/// A diagnostic names a line and column; the designer needs the field it belongs to. The index
/// turns the position back into the ``DefinitionPath`` of the deepest value around it, and gives
/// the byte range of any path.
public struct DefinitionIndex: Sendable {
    /// One value written: its path, the bytes of the value, and where its member key starts, if it has one.
    public struct Entry: Sendable, Hashable {
        public let path: DefinitionPath
        /// Exactly the value's bytes, from its first character to its last.
        public let range: Range<Int>
        /// The offset of the opening quote of the key naming this value in its object.
        public let keyOffset: Int?

        /// The key and the value together: a position on the key belongs to the member.
        var span: Range<Int> { (keyOffset ?? range.lowerBound)..<range.upperBound }
    }

    /// Every value in the order it was written (each container before its contents).
    public let entries: [Entry]
    private let bytes: [UInt8]

    init(bytes: [UInt8], entries: [Entry]) {
        self.bytes = bytes
        self.entries = entries
    }

    /// The byte range of the value at `path`, if the definition has one there.
    public func range(of path: DefinitionPath) -> Range<Int>? {
        entries.first { $0.path == path }?.range
    }

    /// The path of the deepest value whose key or bytes contain `offset`; the root between values.
    public func path(atOffset offset: Int) -> DefinitionPath {
        // Entries come in writing order, so the last one starting at or before the offset that
        // still contains it is the deepest.
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].span.lowerBound <= offset { low = middle + 1 } else { high = middle }
        }
        return entries[..<low].last { $0.span.contains(offset) }?.path ?? .root
    }

    /// The path at a 1-based line and column as diagnostics give them (columns count characters).
    public func path(atLine line: Int, column: Int) -> DefinitionPath {
        path(atOffset: offset(line: line, column: column))
    }

    /// The byte offset of a 1-based line and column; positions past a line's end stay on that line.
    func offset(line: Int, column: Int) -> Int {
        var offset = 0
        var currentLine = 1
        while currentLine < line, offset < bytes.count {
            if bytes[offset] == UInt8(ascii: "\n") { currentLine += 1 }
            offset += 1
        }
        var characters = 1
        while characters < column, offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            characters += 1
        }
        return offset
    }
}
