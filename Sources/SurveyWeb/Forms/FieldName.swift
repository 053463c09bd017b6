import SurveyModel

/// The names of a question's form fields, one scheme for rendering, parsing and drafts.
///
/// - `<id>`: the answer of a text, number, date, boolean, scale or single
///   question, and every ticked value of a multiple-choice question;
/// - `<id>.other`: the free text of the "other" choice, where the question offers one;
/// - `<id>.<row>`: one row of a matrix;
/// - `<id>.<rank>`: the option at one rank (from 1) of a ranking.
enum FieldName {
    /// The free text of the "other" choice.
    static func other(_ question: Question) -> String { question.id + ".other" }

    /// One matrix row.
    static func row(_ question: Question, _ row: Option) -> String { question.id + "." + row.value }

    /// One rank of a ranking, counted from 1.
    static func rank(_ question: Question, _ rank: Int) -> String { question.id + "." + String(rank) }

    /// How many values each field of a question may carry: one, except the
    /// choices of a multiple-choice question (its options and "other").
    ///
    /// A form never posts more, so anything beyond is forged and is dropped
    /// before any other work sees it.
    static func valueLimits(of question: Question) -> [(name: String, limit: Int)] {
        all(of: question).map { name in
            guard name == question.id, case .multiple(let settings) = question.kind else { return (name, 1) }
            return (name, settings.options.count + (settings.other == nil ? 0 : 1))
        }
    }

    /// Every field name a question may post.
    static func all(of question: Question) -> [String] {
        switch question.kind {
        case .matrix(let settings): settings.rows.map { row(question, $0) }
        case .ranking(let settings): (1...max(1, settings.effectiveRankCount)).map { rank(question, $0) }
        case .single, .multiple: [question.id] + (question.otherLabel == nil ? [] : [other(question)])
        case .note: []
        default: [question.id]
        }
    }
}
