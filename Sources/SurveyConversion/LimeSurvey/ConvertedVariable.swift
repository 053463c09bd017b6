/// What a LimeSurvey variable name stands for in the converted survey, so an equation can be rewritten.
enum ConvertedVariable: Sendable, Equatable {
    /// What an answer of a converted question is, as far as equations care.
    enum Kind: Sendable, Equatable {
        case number, text, date, boolean
        /// A single choice; its option values by LimeSurvey's answer code.
        case choice([String: String])
        /// A multiple choice or ranking; its option values by LimeSurvey's code.
        case choices([String: String])
        /// A matrix; its rows are reached as ``ConvertedVariable/matrixRow(question:row:cell:)``.
        case matrix
    }

    /// A whole question: `Q1` → `q1`.
    case question(id: String, kind: Kind)
    /// One option of a multiple choice: LimeSurvey's `Q1_SQ001` is `Y` when `q1 contains 'SQ001'`.
    case option(question: String, value: String)
    /// One row of a matrix: `Q1_SQ001` → `q1.SQ001`, with the row's cells' kind.
    case matrixRow(question: String, row: String, cell: Kind)

    /// The question the variable belongs to, to check that it comes earlier.
    var questionID: String {
        switch self {
        case .question(let id, _), .option(let id, _), .matrixRow(let id, _, _): id
        }
    }
}
