/// A span of an expression's source, in Unicode scalars.
struct SourceRange: Sendable, Hashable {
    var offset: Int
    var length: Int

    var end: Int { offset + length }

    /// The smallest range that covers both.
    func joined(with other: SourceRange) -> SourceRange {
        let start = min(offset, other.offset)
        return SourceRange(offset: start, length: max(end, other.end) - start)
    }
}
