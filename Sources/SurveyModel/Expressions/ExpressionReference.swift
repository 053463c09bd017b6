/// One reference as written in an expression, with its place in the source.
public struct ExpressionReference: Sendable, Hashable {
    public let path: ReferencePath
    /// Index of the reference's first Unicode scalar in the expression source.
    public let offset: Int
    /// Length in Unicode scalars, the whole of `matrix.row` or `participant.field`.
    public let length: Int

    public init(path: ReferencePath, offset: Int, length: Int) {
        self.path = path
        self.offset = offset
        self.length = length
    }
}
