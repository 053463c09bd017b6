/// Puts a condition (a report's filter, a question's `visibleIf`) into words,
/// with the survey's question titles and option labels instead of ids and values.
///
/// One describer speaks in two voices. The report's voice is a statement about
/// the answers: `schulart == 'gs'` reads „Schulart“ ist „Grundschule“, since a
/// committee member cannot be expected to read expressions. The respondent's
/// voice addresses the person filling in the form and fits after „wenn“/"if":
/// Sie bei „Schulart“ „Grundschule“ gewählt haben. A part that has no words of
/// its own appears as its source text in quotation marks, so the result is
/// always complete, if not always elegant.
public struct ConditionDescriber: Sendable {
    /// Who the words speak to.
    public enum Voice: Sendable {
        /// A statement about the answers, for reports: „Schulart“ ist „Grundschule“.
        case report
        /// The person answering, as a clause after „wenn“/"if": Sie bei „Schulart“ „Grundschule“ gewählt haben.
        case respondent
    }

    private let survey: Survey
    private let language: String
    private let words: ConditionWords

    /// - Parameters:
    ///   - survey: The survey whose titles and labels name the references.
    ///   - language: `de` or `en`; texts without it fall back to the survey's default.
    ///   - voice: The report's statement (the default) or the respondent's clause.
    public init(survey: Survey, language: String, voice: Voice = .report) {
        self.survey = survey
        self.language = language
        words = ConditionWords(language: language, voice: voice)
    }

    /// The condition in words, e.g. „Schulart“ ist „Grundschule“ und „Schülerzahl“ ist größer als 200.
    public func describe(_ expression: Expression) -> String {
        condition(expression.root, in: expression)
    }

    private func condition(_ node: ExpressionNode, in expression: Expression, negated: Bool = false) -> String {
        switch node.kind {
        case .binary(let op, let left, let right, _):
            switch op {
            case .and, .or:
                guard !negated else { return words.not(condition(node, in: expression)) }
                let parts = [left, right].map { operand in
                    let phrase = condition(operand, in: expression)
                    if case .binary(let inner, _, _, _) = operand.kind, inner != op, inner == .and || inner == .or {
                        return "(\(phrase))"
                    }
                    return phrase
                }
                return parts.joined(separator: " \(op == .and ? words.and : words.or) ")
            case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
                return comparison(op, left, right, negated: negated, in: expression)
                    ?? negatable(quotedSource(node, in: expression), negated)
            case .in:
                return membership(element: left, collection: right, negated: negated, in: expression)
                    ?? negatable(quotedSource(node, in: expression), negated)
            case .contains:
                return membership(element: right, collection: left, negated: negated, in: expression)
                    ?? negatable(quotedSource(node, in: expression), negated)
            default:
                return negatable(quotedSource(node, in: expression), negated)
            }
        case .not(let operand):
            return condition(operand, in: expression, negated: !negated)
        case .reference:
            guard let subject = yesNoSubject(node) else {
                return negatable(quotedSource(node, in: expression), negated)
            }
            return yesNo(subject, !negated)
        case .call(.answered, let arguments) where arguments.count == 1:
            return words.answered(subject(arguments[0], in: expression), negated: negated)
        default:
            return negatable(quotedSource(node, in: expression), negated)
        }
    }

    private func negatable(_ phrase: String, _ negated: Bool) -> String {
        negated ? words.not(phrase) : phrase
    }

    /// `left op right` with the reference as subject, whichever side it stands on.
    ///
    /// A negated equality reads as inequality and the reverse; a negated order
    /// (`not (x > 5)`) stays a „nicht …“ around the whole, since it also holds
    /// for an unanswered question, which „höchstens 5“ would not say.
    private func comparison(
        _ op: BinaryOperator, _ left: ExpressionNode, _ right: ExpressionNode, negated: Bool,
        in expression: Expression
    ) -> String? {
        var (op, left, right) = (op, left, right)
        if case .literal = left.kind {
            guard let mirrored = Self.mirrored(op) else { return nil }
            (op, left, right) = (mirrored, right, left)
        }
        if negated && op.isOrdering {
            return words.not(comparison(op, left, right, negated: false, in: expression) ?? "")
        }
        let subject = subject(left, in: expression)
        let inverted = negated != (op == .notEqual)
        if case .literal(.missing) = right.kind {
            guard op == .equal || op == .notEqual else { return nil }
            return words.answered(subject, negated: !inverted)
        }
        let relation: ConditionWords.Relation =
            switch op {
            case .less: .less
            case .lessOrEqual: .lessOrEqual
            case .greater: .greater
            case .greaterOrEqual: .greaterOrEqual
            default: .equal
            }
        var subjectWithDates = subject
        if isDateLiteral(right) { subjectWithDates.kind = .date }
        return words.statement(
            subjectWithDates, relation, values(right, of: subject, in: expression), negated: inverted)
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
    private func membership(
        element: ExpressionNode, collection: ExpressionNode, negated: Bool, in expression: Expression
    ) -> String? {
        if case .list = collection.kind {
            let subject = subject(element, in: expression)
            return words.statement(subject, .equal, values(collection, of: subject, in: expression), negated: negated)
        }
        guard case .reference = collection.kind else { return nil }
        let subject = subject(collection, in: expression)
        return words.statement(subject, .includes, values(element, of: subject, in: expression), negated: negated)
    }

    /// A yes/no question read as a condition on its own: „Gibt es …?“ ist „Ja“.
    private func yesNo(_ subject: ConditionWords.Subject, _ answer: Bool) -> String {
        let label = subject.labels[String(answer)] ?? (answer ? words.yes : words.no)
        return words.statement(subject, .equal, [words.quoted(label)], negated: false)
    }

    /// A reference to a yes/no question, with its labels; nil for anything else.
    private func yesNoSubject(_ node: ExpressionNode) -> ConditionWords.Subject? {
        guard case .reference(.question(let id), _) = node.kind, let question = survey.question(id),
            case .boolean = question.kind
        else { return nil }
        return referenceSubject(.question(id))
    }

    private func subject(_ node: ExpressionNode, in expression: Expression) -> ConditionWords.Subject {
        switch node.kind {
        case .reference(let path, _):
            return referenceSubject(path)
        case .call(.today, _):
            return ConditionWords.Subject(words: words.today, kind: .date, derived: true)
        case .call(.year, let arguments) where arguments.count == 1:
            return ConditionWords.Subject(words: words.year(subject(arguments[0], in: expression)), derived: true)
        case .call(.len, let arguments) where arguments.count == 1:
            return ConditionWords.Subject(words: words.length(subject(arguments[0], in: expression)), derived: true)
        case .call(.count, let arguments) where arguments.count == 1:
            return ConditionWords.Subject(words: words.count(subject(arguments[0], in: expression)), derived: true)
        default:
            return ConditionWords.Subject(words: calculation(node, in: expression), derived: true)
        }
    }

    /// Arithmetic and the numeric functions in words: („PCs“ plus „Notebooks“) geteilt durch „Schülerzahl“.
    private func calculation(_ node: ExpressionNode, in expression: Expression) -> String {
        switch node.kind {
        case .binary(let op, let left, let right, _) where op.isArithmetic:
            // Parentheses where the words would otherwise group differently: (a + b) * c, a - (b - c).
            func operand(_ node: ExpressionNode, onTheRight: Bool) -> String {
                let phrase = calculation(node, in: expression)
                guard case .binary(let inner, _, _, _) = node.kind, inner.isArithmetic else { return phrase }
                let looser = Self.binding(inner) < Self.binding(op)
                let regrouped = onTheRight && Self.binding(inner) == Self.binding(op) && (op == .minus || op == .divide)
                return looser || regrouped ? "(\(phrase))" : phrase
            }
            return words.arithmetic(op, operand(left, onTheRight: false), operand(right, onTheRight: true))
        case .negate(let operand):
            return words.negative(calculation(operand, in: expression))
        case .call(let function, let arguments):
            if let phrase = words.function(function, arguments.map { calculation($0, in: expression) }) {
                return phrase
            }
            return function == .answered ? quotedSource(node, in: expression) : subject(node, in: expression).words
        case .reference(let path, _):
            return referenceSubject(path).words
        case .literal(.number(let number)):
            return words.number(number)
        default:
            return quotedSource(node, in: expression)
        }
    }

    /// How tightly an arithmetic operator binds: `*` and `/` before `+` and `-`.
    private static func binding(_ op: BinaryOperator) -> Int {
        op == .times || op == .divide ? 2 : 1
    }

    private func referenceSubject(_ path: ReferencePath) -> ConditionWords.Subject {
        switch path {
        case .participant(let id):
            guard let field = survey.participantField(id) else {
                return ConditionWords.Subject(words: words.quoted(id), kind: .participant)
            }
            return ConditionWords.Subject(
                words: words.quoted(field.label.text(in: language)), labels: labels(field.options), kind: .participant)
        case .question(let id):
            guard let question = survey.question(id) else { return ConditionWords.Subject(words: words.quoted(id)) }
            var subject = ConditionWords.Subject(
                words: words.quoted(question.title?.text(in: language) ?? id), labels: labels(question.options))
            switch question.kind {
            case .boolean(let settings):
                subject.kind = .yesNo
                subject.labels = [
                    "true": settings.trueLabel?.text(in: language) ?? words.yes,
                    "false": settings.falseLabel?.text(in: language) ?? words.no,
                ]
            case .single, .multiple, .ranking: subject.kind = .choice
            case .date: subject.kind = .date
            case .text: subject.kind = .text
            default: break
            }
            if let other = question.otherLabel { subject.labels[Question.otherValue] = other.text(in: language) }
            return subject
        case .matrixRow(let id, let row):
            guard let question = survey.question(id), case .matrix(let settings) = question.kind else {
                return ConditionWords.Subject(words: words.quoted("\(id).\(row)"))
            }
            let rowLabel = settings.rows.first { $0.value == row }?.label.text(in: language) ?? row
            var subject = ConditionWords.Subject(
                words: words.quoted("\(question.title?.text(in: language) ?? id): \(rowLabel)"),
                labels: labels(question.options))
            if case .options = settings.cells { subject.kind = .choice }
            return subject
        }
    }

    private func labels(_ options: [Option]) -> [String: String] {
        Dictionary(options.map { ($0.value, $0.label.text(in: language)) }, uniquingKeysWith: { first, _ in first })
    }

    /// The values a subject is compared with, as the reader knows them: option labels, dates, numbers.
    private func values(_ node: ExpressionNode, of owner: ConditionWords.Subject, in expression: Expression)
        -> [String]
    {
        switch node.kind {
        case .list(let elements):
            return elements.flatMap { values($0, of: owner, in: expression) }
        case .literal(let literal):
            switch literal {
            case .text(let text):
                if let label = owner.labels[text] { return [words.quoted(label)] }
                if case .date(let year, let month, let day)? = ExpressionValue.isoDate(text) {
                    return [words.date(year: year, month: month, day: day)]
                }
                return [words.quoted(text)]
            case .number(let number):
                return [words.number(number)]
            case .bool(let flag):
                return [words.quoted(owner.labels[String(flag)] ?? (flag ? words.yes : words.no))]
            default:
                return [quotedSource(node, in: expression)]
            }
        case .reference:
            return [words.answer(to: subject(node, in: expression))]
        case .call(.today, _):
            return [words.todayAsValue]
        default:
            return [subject(node, in: expression).words]
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
