import SurveyModel

/// What the translation of conditions needs to know about a converted question.
struct SurveyJSQuestionInfo: Sendable {
    /// Our id.
    let id: String
    let kind: Kind
    /// Position in form order, for the rule that a `visibleIf` reads only earlier questions.
    let position: Int
    /// Index of its page.
    let page: Int

    enum Kind: Sendable {
        case single(SurveyJSValueMap)
        case multiple(SurveyJSValueMap)
        case ranking(SurveyJSValueMap)
        /// A yes/no question with SurveyJS's stored values for yes and no, when they are not `true`/`false`.
        case boolean(yes: String?, no: String?)
        case number, text, date
        case matrix(rows: SurveyJSValueMap, cell: Cell)
    }

    /// What a matrix row holds: a point on a scale, or one of the column options.
    enum Cell: Sendable {
        case scale
        case options(SurveyJSValueMap)
    }

    /// The type our expression checker knows the question by.
    var expressionType: ExpressionType {
        switch kind {
        case .single(let values): .choice(options: values.ours)
        case .multiple(let values): .choices(options: values.ours)
        case .ranking(let values): .ranking(options: values.ours)
        case .boolean: .bool
        case .number: .number
        case .text: .text
        case .date: .date
        case .matrix(let rows, let cell):
            switch cell {
            case .scale: .matrix(rows: rows.ours, cell: .number)
            case .options(let values): .matrix(rows: rows.ours, cell: .choice(options: values.ours))
            }
        }
    }
}

/// SurveyJS values (choice values, matrix rows and columns) and the values we gave them, in order.
struct SurveyJSValueMap: Sendable {
    /// Our values in order.
    private(set) var ours: [String] = []
    private var exact: [String: String] = [:]
    private var folded: [String: String] = [:]

    mutating func add(source: String, ours value: String) {
        ours.append(value)
        if exact[source] == nil { exact[source] = value }
        if folded[source.lowercased()] == nil { folded[source.lowercased()] = value }
    }

    /// Our value for a SurveyJS value; SurveyJS compares text without case, so a second look ignores it.
    func ours(for source: String) -> String? {
        exact[source] ?? folded[source.lowercased()]
    }
}
