/// Puts a condition (a report's filter, a question's `visibleIf`) into words,
/// with the survey's question titles and option labels instead of ids and values.
///
/// `schulart == 'gs'` reads „Schulart“ ist „Grundschule“; a committee member
/// cannot be expected to read expressions. A part it cannot phrase (arithmetic,
/// say) appears as its source text in quotation marks, so the result is
/// always complete, if not always elegant.
public struct ConditionDescriber: Sendable {
    private let survey: Survey
    private let language: String
    private let words: ConditionWords

    /// - Parameters:
    ///   - survey: The survey whose titles and labels name the references.
    ///   - language: `de` or `en`; texts without it fall back to the survey's default.
    public init(survey: Survey, language: String) {
        self.survey = survey
        self.language = language
        words = ConditionWords(language: language)
    }

    /// The condition in words, e.g. „Schulart“ ist „Grundschule“ und „Schülerzahl“ ist größer als 200.
    public func describe(_ expression: Expression) -> String {
        condition(expression.root, in: expression)
    }

    /// What a reference or value-producing call is about, and how its values read.
    private struct Subject {
        var words: String
        /// Option labels by value, for choices, participant fields and yes/no questions.
        var labels: [String: String] = [:]
        var isDate = false
    }

    private func condition(_ node: ExpressionNode, in expression: Expression) -> String {
        switch node.kind {
        case .binary(let op, let left, let right, _):
            switch op {
            case .and, .or:
                let parts = [left, right].map { operand in
                    let phrase = condition(operand, in: expression)
                    if case .binary(let inner, _, _, _) = operand.kind, inner != op, inner == .and || inner == .or {
                        return "(\(phrase))"
                    }
                    return phrase
                }
                return parts.joined(separator: " \(op == .and ? words.and : words.or) ")
            case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
                return comparison(op, left, right, in: expression) ?? quotedSource(node, in: expression)
            case .in:
                return membership(element: left, collection: right, in: expression)
                    ?? quotedSource(node, in: expression)
            case .contains:
                return membership(element: right, collection: left, in: expression)
                    ?? quotedSource(node, in: expression)
            default:
                return quotedSource(node, in: expression)
            }
        case .not(let operand):
            if let subject = yesNoSubject(operand) { return yesNo(subject, false) }
            if case .call(.answered, let arguments) = operand.kind, let argument = arguments.first {
                return words.unanswered(subject(argument, in: expression).words)
            }
            return words.not(condition(operand, in: expression))
        case .reference:
            guard let subject = yesNoSubject(node) else { return quotedSource(node, in: expression) }
            return yesNo(subject, true)
        case .call(.answered, let arguments) where arguments.count == 1:
            return words.answered(subject(arguments[0], in: expression).words)
        default:
            return quotedSource(node, in: expression)
        }
    }

    /// `left op right` with the reference as subject, whichever side it stands on.
    private func comparison(
        _ op: BinaryOperator, _ left: ExpressionNode, _ right: ExpressionNode, in expression: Expression
    ) -> String? {
        var (op, left, right) = (op, left, right)
        if case .literal = left.kind {
            guard let mirrored = Self.mirrored(op) else { return nil }
            (op, left, right) = (mirrored, right, left)
        }
        let subject = subject(left, in: expression)
        if case .literal(.missing) = right.kind {
            switch op {
            case .equal: return words.unanswered(subject.words)
            case .notEqual: return words.answered(subject.words)
            default: return nil
            }
        }
        let dates = subject.isDate || isDateLiteral(right)
        return words.comparison(subject.words, op, value(right, of: subject, in: expression), dates: dates)
    }

    /// The operator that keeps the meaning when its operands swap sides (`5 < x` is `x > 5`).
    private static func mirrored(_ op: BinaryOperator) -> BinaryOperator? {
        switch op {
        case .equal, .notEqual: op
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        default: nil
        }
    }

    /// `x in [a, b]` (“x is a or b”) and `choices contains a` / `a in choices` (“choices includes a”).
    private func membership(element: ExpressionNode, collection: ExpressionNode, in expression: Expression)
        -> String?
    {
        if case .list = collection.kind {
            let subject = subject(element, in: expression)
            return words.comparison(
                subject.words, .equal, value(collection, of: subject, in: expression), dates: subject.isDate)
        }
        guard case .reference = collection.kind else { return nil }
        let subject = subject(collection, in: expression)
        return words.contains(subject.words, value(element, of: subject, in: expression))
    }

    /// A yes/no question read as a condition on its own: „Gibt es …?“ ist „Ja“.
    private func yesNo(_ subject: Subject, _ answer: Bool) -> String {
        let label = subject.labels[String(answer)] ?? (answer ? words.yes : words.no)
        return words.comparison(subject.words, .equal, words.quoted(label), dates: false)
    }

    /// A reference to a yes/no question, with its labels; nil for anything else.
    private func yesNoSubject(_ node: ExpressionNode) -> Subject? {
        guard case .reference(.question(let id), _) = node.kind, let question = survey.question(id),
            case .boolean = question.kind
        else { return nil }
        return referenceSubject(.question(id))
    }

    private func subject(_ node: ExpressionNode, in expression: Expression) -> Subject {
        switch node.kind {
        case .reference(let path, _):
            return referenceSubject(path)
        case .call(let function, let arguments) where arguments.count <= 1:
            let inner = arguments.first.map { subject($0, in: expression).words } ?? ""
            switch function {
            case .count: return Subject(words: words.count(inner))
            case .year: return Subject(words: words.year(inner))
            case .len: return Subject(words: words.length(inner))
            case .today: return Subject(words: words.today, isDate: true)
            default: return Subject(words: quotedSource(node, in: expression))
            }
        default:
            return Subject(words: quotedSource(node, in: expression))
        }
    }

    private func referenceSubject(_ path: ReferencePath) -> Subject {
        switch path {
        case .participant(let id):
            guard let field = survey.participantField(id) else { return Subject(words: words.quoted(id)) }
            return Subject(words: words.quoted(field.label.text(in: language)), labels: labels(field.options))
        case .question(let id):
            guard let question = survey.question(id) else { return Subject(words: words.quoted(id)) }
            var subject = Subject(
                words: words.quoted(question.title?.text(in: language) ?? id), labels: labels(question.options))
            switch question.kind {
            case .boolean(let settings):
                subject.labels = [
                    "true": settings.trueLabel?.text(in: language) ?? words.yes,
                    "false": settings.falseLabel?.text(in: language) ?? words.no,
                ]
            case .date: subject.isDate = true
            default: break
            }
            if let other = question.otherLabel { subject.labels[Question.otherValue] = other.text(in: language) }
            return subject
        case .matrixRow(let id, let row):
            guard let question = survey.question(id), case .matrix(let settings) = question.kind else {
                return Subject(words: words.quoted("\(id).\(row)"))
            }
            let rowLabel = settings.rows.first { $0.value == row }?.label.text(in: language) ?? row
            return Subject(
                words: words.matrixRow(question.title?.text(in: language) ?? id, rowLabel),
                labels: labels(question.options))
        }
    }

    private func labels(_ options: [Option]) -> [String: String] {
        Dictionary(options.map { ($0.value, $0.label.text(in: language)) }, uniquingKeysWith: { first, _ in first })
    }

    /// A value as the reader knows it: an option's label, a date, a number; a list as alternatives.
    private func value(_ node: ExpressionNode, of owner: Subject, in expression: Expression) -> String {
        switch node.kind {
        case .list(let elements):
            return elements.map { value($0, of: owner, in: expression) }.joined(separator: " \(words.or) ")
        case .literal(let literal):
            switch literal {
            case .text(let text):
                if let label = owner.labels[text] { return words.quoted(label) }
                if case .date(let year, let month, let day)? = ExpressionValue.isoDate(text) {
                    return words.date(year: year, month: month, day: day)
                }
                return words.quoted(text)
            case .number(let number):
                return words.number(number)
            case .bool(let flag):
                return words.quoted(owner.labels[String(flag)] ?? (flag ? words.yes : words.no))
            default:
                return quotedSource(node, in: expression)
            }
        case .reference, .call:
            return subject(node, in: expression).words
        default:
            return quotedSource(node, in: expression)
        }
    }

    private func isDateLiteral(_ node: ExpressionNode) -> Bool {
        if case .literal(.text(let text)) = node.kind { return ExpressionValue.isoDate(text) != nil }
        return false
    }

    /// The part as written, in quotation marks: the fallback for what has no words.
    private func quotedSource(_ node: ExpressionNode, in expression: Expression) -> String {
        words.quoted(expression.text[node.range])
    }
}
