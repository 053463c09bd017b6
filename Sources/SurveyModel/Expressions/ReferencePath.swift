/// What a reference in an expression points at.
public enum ReferencePath: Sendable, Hashable {
    /// A question by id: `schueler`.
    case question(String)
    /// One row of a matrix question: `aussagen.ausreichend`.
    case matrixRow(question: String, row: String)
    /// A field that comes with an invited participant: `participant.schulart`.
    case participant(String)

    /// The question the path depends on, if any; participant fields depend on none.
    public var questionID: String? {
        switch self {
        case .question(let id), .matrixRow(question: let id, row: _): id
        case .participant: nil
        }
    }
}
