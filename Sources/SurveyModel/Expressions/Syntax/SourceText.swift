/// An expression's source as Unicode scalars, the unit every offset counts in.
struct SourceText: Sendable {
    let scalars: [Unicode.Scalar]
    private let source: String
    /// The string index of every scalar, and the end index last, so that
    /// cutting out a token is a substring copy rather than a rebuild.
    private let indices: [String.Index]

    init(_ source: String) {
        self.source = source
        var scalars: [Unicode.Scalar] = []
        var indices: [String.Index] = []
        let view = source.unicodeScalars
        var index = view.startIndex
        while index < view.endIndex {
            scalars.append(view[index])
            indices.append(index)
            index = view.index(after: index)
        }
        indices.append(view.endIndex)
        self.scalars = scalars
        self.indices = indices
    }

    var count: Int { scalars.count }

    /// The text in `range`, clipped to the source.
    subscript(range: SourceRange) -> String {
        let start = Swift.max(0, Swift.min(range.offset, scalars.count))
        let end = Swift.max(start, Swift.min(range.end, scalars.count))
        return String(source.unicodeScalars[indices[start]..<indices[end]])
    }
}
