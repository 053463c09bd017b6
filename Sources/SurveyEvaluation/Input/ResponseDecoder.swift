import StrictJSON
import SurveyModel

/// Turns a stored response (answers as JSON, participant fields) into ``ResponseFacts``.
///
/// Reads answers in the stored form of `docs/answer-format.md` straight from
/// the parsed record into category positions, works out which questions were
/// shown, applies the filter and finds the breakdown group. Answers that do
/// not fit the plan (an option removed since) count as not answered.
///
/// It does not go through the model's typed `Answers` and `Survey.visibility`
/// because a full evaluation decodes a million records: building a dictionary
/// of strings per response costs more than the whole count. The rules are the
/// same (a test checks visibility against the model's on generated responses).
public struct ResponseDecoder: Sendable {
    public let plan: EvaluationPlan
    /// Only responses for which this holds are counted.
    public let filter: Expression?
    /// Where the breakdown group comes from.
    public let groupSource: GroupSource?
    /// The day `today()` means in conditions.
    public let today: ExpressionValue
    private let positions: [String: Int]
    private let questionIDs: [String]
    /// Per question: option value → position (options, or matrix cell options).
    private let optionPositions: [[String: Int]]
    /// Per question: the option values in order, for comparing stored strings without decoding them.
    private let optionValues: [[String]]
    /// Per matrix question: row value → position.
    private let rowPositions: [[String: Int]]
    private let groupPositions: [String: Int]

    /// Where a breakdown's groups come from.
    public enum GroupSource: Sendable, Hashable {
        /// The answer to a single-choice or boolean question, by position.
        case question(Int)
        /// A participant field, by id.
        case participant(String)
    }

    public init(
        plan: EvaluationPlan, filter: Expression? = nil, groupSource: GroupSource? = nil, today: ExpressionValue
    ) {
        self.plan = plan
        self.filter = filter
        self.groupSource = groupSource
        self.today = today
        var positions: [String: Int] = [:]
        for (index, question) in plan.questions.enumerated() { positions[question.id] = index }
        self.positions = positions
        questionIDs = plan.questions.map(\.id)
        func index(_ categories: [Category]) -> [String: Int] {
            var result: [String: Int] = [:]
            for (position, category) in categories.enumerated() { result[category.value] = position }
            return result
        }
        optionPositions = plan.questions.map { question in
            switch question.kind {
            case .single(let options, _), .multiple(let options, _), .ranking(let options, _): index(options)
            case .matrix(_, .options(let options)): index(options)
            default: [:]
            }
        }
        optionValues = plan.questions.map { question in
            switch question.kind {
            case .single(let options, _), .multiple(let options, _), .ranking(let options, _): options.map(\.value)
            case .matrix(_, .options(let options)): options.map(\.value)
            default: []
            }
        }
        rowPositions = plan.questions.map { question in
            if case .matrix(let rows, _) = question.kind { index(rows) } else { [:] }
        }
        groupPositions = index(plan.breakdown?.groups ?? [])
    }

    /// The facts of one response, or nil when the filter excludes it.
    ///
    /// - Parameters:
    ///   - answers: The record's `answers` object, from a parsed line (``JSONValue``) or a record held
    ///     in memory (``JSON``), which is read in place rather than written out and parsed again.
    ///   - participant: The participant's fields by id; empty for anonymous surveys.
    public func facts<Stored: JSONReadable>(answers: Stored, participant: [String: String] = [:]) -> ResponseFacts? {
        var context = ObservationContext(
            plan: plan, positions: positions, observations: [], shown: [], participant: participant, today: today)
        context.observations.reserveCapacity(plan.questions.count)
        context.shown.reserveCapacity(plan.questions.count)
        // One pass over the stored members finds every answer. Answers are
        // stored in form order, so the next question ids are tried first and
        // the dictionary is only the fallback.
        var stored = [Stored?](repeating: nil, count: plan.questions.count)
        var next = 0
        answers.visitMembers { key, value in
            var found: Int?
            var probe = next
            while probe < min(next + 4, questionIDs.count) {
                if questionIDs[probe] == key {
                    found = probe
                    break
                }
                probe += 1
            }
            if let index = found ?? positions[key] {
                stored[index] = value
                next = index + 1
            }
        }
        for (index, question) in plan.questions.enumerated() {
            // Conditions refer only to earlier questions, so one pass in form order suffices.
            let isShown = question.visibleIf.isEmpty || question.visibleIf.allSatisfy { $0.isTrue(in: context) }
            context.shown.append(isShown)
            context.observations.append(stored[index].map { observe($0, question: index) } ?? .missing)
        }
        if let filter, !filter.isTrue(in: context) { return nil }
        return ResponseFacts(observations: context.observations, shown: context.shown, group: group(context))
    }

    private func group(_ context: ObservationContext) -> Int? {
        switch groupSource {
        case nil: return nil
        case .participant(let field): return context.participant[field].flatMap { groupPositions[$0] }
        case .question(let index):
            guard context.observations.indices.contains(index), context.shown[index] else { return nil }
            switch ObservationContext.value(context.observations[index], kind: plan.questions[index].kind) {
            case .text(let value): return groupPositions[value]
            case .bool(let value): return groupPositions[value ? "true" : "false"]
            default: return nil
            }
        }
    }

    /// The position of the option a stored string names, compared in place for short option lists.
    private func option(_ value: some JSONReadable, question index: Int) -> Int? {
        let values = optionValues[index]
        if values.count <= 12 {
            return values.firstIndex { value.isString($0) }
        }
        return value.string.flatMap { optionPositions[index][$0] }
    }

    /// Reads one stored answer of question `index`.
    private func observe(_ value: some JSONReadable, question index: Int) -> Observation {
        switch plan.questions[index].kind {
        case .single:
            if value.kind == .string { return option(value, question: index).map(Observation.option) ?? .missing }
            if value["value"]?.isString(Question.otherValue) == true, let other = value["other"]?.string {
                return .other(other)
            }
            return .missing
        case .multiple:
            let list = value.elements ?? value["values"]?.elements
            guard let list else { return .missing }
            let indices = list.compactMap { option($0, question: index) }
            return .options(indices, other: value.kind == .object ? value["other"]?.string : nil)
        case .boolean:
            return value.bool.map(Observation.boolean) ?? .missing
        case .scale:
            if let point = value.int { return .point(point) }
            return value.isString(Answer.notApplicableValue) ? .notApplicable : .missing
        case .number:
            return value.double.map(Observation.number) ?? .missing
        case .matrix(let rows, let cells):
            guard value.kind == .object else { return .missing }
            var result = [MatrixObservation?](repeating: nil, count: rows.count)
            value.visitMembers { key, cell in
                guard let row = rowPositions[index][key] else { return }
                switch cells {
                case .scale:
                    if let point = cell.int {
                        result[row] = .point(point)
                    } else if cell.isString(Answer.notApplicableValue) {
                        result[row] = .notApplicable
                    }
                case .options:
                    result[row] = option(cell, question: index).map(MatrixObservation.option)
                }
            }
            return .cells(result)
        case .ranking:
            guard let list = value.elements else { return .missing }
            return .ranking(list.compactMap { option($0, question: index) })
        case .text:
            return value.string.map(Observation.text) ?? .missing
        case .date:
            guard let text = value.string, case .date(let year, let month, let day)? = ExpressionValue.isoDate(text)
            else { return .missing }
            return .date(year: year, month: month, day: day)
        }
    }
}
