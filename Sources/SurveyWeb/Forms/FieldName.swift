import SurveyModel

/// The names of a question's form fields, one scheme for rendering, parsing and drafts.
///
/// - `<id>`: the answer of a text, number, date, boolean, scale or single
///   question, and every ticked value of a multiple-choice question;
/// - `<id>.other`: the free text of the "other" choice;
/// - `<id>.<row>`: one row of a matrix;
/// - `<id>.<rank>`: the option at one rank (from 1) of a ranking.
enum FieldName {
    /// The free text of the "other" choice.
    static func other(_ question: Question) -> String { question.id + ".other" }

    /// One matrix row.
    static func row(_ question: Question, _ row: Option) -> String { question.id + "." + row.value }

    /// One rank of a ranking, counted from 1.
    static func rank(_ question: Question, _ rank: Int) -> String { question.id + "." + String(rank) }

    /// Every field name a question may post.
    static func all(of question: Question) -> [String] {
        switch question.kind {
        case .matrix(let settings): settings.rows.map { row(question, $0) }
        case .ranking(let settings): (1...max(1, settings.effectiveRankCount)).map { rank(question, $0) }
        case .single, .multiple: [question.id, other(question)]
        case .note: []
        default: [question.id]
        }
    }
}
