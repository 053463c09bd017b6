/// A question an expression may refer to, with what the designer's "insert a reference" list shows.
public struct ReferenceCandidate: Sendable, Hashable {
    public let id: String
    public let type: QuestionType
    public let title: LocalizedText?
    /// The options whose values a condition compares with (the cell options of a matrix).
    public let options: [Option]
    /// The rows of a matrix, read as `id.row`.
    public let rows: [Option]
}

extension Survey {
    /// The questions before `questionID` in page order that an expression of it may read; notes,
    /// which have no answer, are left out. Empty when there is no such question.
    public func referenceCandidates(before questionID: String) -> [ReferenceCandidate] {
        guard let position = position(ofQuestion: questionID) else { return [] }
        return questions.prefix(position).filter(\.kind.isAnswerable).map { question in
            let rows: [Option] = if case .matrix(let settings) = question.kind { settings.rows } else { [] }
            return ReferenceCandidate(
                id: question.id, type: question.kind.typeName, title: question.title, options: question.options,
                rows: rows)
        }
    }
}
