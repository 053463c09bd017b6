import SurveyModel

/// Produces plausible, valid responses to a survey, the same ones for the same seed.
///
/// Response number *n* depends only on the seed and *n*, so responses can be drawn
/// on several threads (``response(_:)``) and still come out the same.
///
/// Answers are drawn page by page in form order, so skip logic is respected as a
/// participant would meet it; each answer is checked against its question's
/// settings and rules as it is drawn and drawn again when it fails. A response
/// that still fails validation as a whole is drawn again from the start.
public struct ResponseGenerator: Sendable {
    public let survey: Survey
    public let profile: ResponseProfile
    /// The day `today()` returns while checking rules.
    public let today: CalendarDate
    /// The seed all responses derive from.
    public let seed: UInt64
    /// The source of every random choice of the response being drawn.
    var random: RandomSource
    /// The number of the response being drawn, for made-up names.
    var number = 0
    /// The number ``next()`` returns.
    private var nextNumber = 1
    /// Whether some rule refers to a question after its own, which only a check of the whole response can see.
    private let needsWholeCheck: Bool
    /// The pages with their answerable questions' plans, in form order.
    private let pagePlans: [(page: Page, questions: [QuestionPlan])]
    /// Each participant field with the weights of its options.
    private let participantPlans: [(field: ParticipantField, weights: [Double])]

    /// How often one answer or one response is drawn again before giving up on it.
    static let attempts = 12

    /// Creates a generator.
    /// - Parameters:
    ///   - survey: the survey to answer.
    ///   - seed: determines every response; the same seed gives the same sequence.
    ///   - today: the day rules see as `today()`.
    ///   - profile: weights and hints; ``ResponseProfile/schoolSurvey`` by default.
    public init(survey: Survey, seed: UInt64, today: CalendarDate, profile: ResponseProfile = .schoolSurvey) {
        self.survey = survey
        self.profile = profile
        self.today = today
        self.seed = seed
        // Replaced by the response's own stream before every draw; see response(_:).
        random = RandomSource(seed: seed)
        let questions = survey.questions
        pagePlans = survey.pages.map { page in
            let plans = page.questions.filter(\.kind.isAnswerable).map { question in
                let position = survey.position(ofQuestion: question.id) ?? 0
                return QuestionPlan(question, profile: profile, earlier: questions[..<position])
            }
            return (page, plans)
        }
        participantPlans = survey.participantFields.map { field in
            let weights = profile.participantWeights[field.id] ?? [:]
            return (field, field.options.map { weights[$0.value] ?? 1 })
        }
        needsWholeCheck = survey.questions.contains { question in
            let position = survey.position(ofQuestion: question.id) ?? 0
            return question.rules.contains { rule in
                rule.expression.references.contains { reference in
                    guard let id = reference.path.questionID else { return false }
                    return (survey.position(ofQuestion: id) ?? 0) > position
                }
            }
        }
    }

    /// The next response: number 1, then 2, and so on.
    public mutating func next() -> GeneratedResponse {
        defer { nextNumber += 1 }
        return response(nextNumber)
    }

    /// Response number `number`, the same whenever it is asked for.
    public func response(_ number: Int) -> GeneratedResponse {
        var drawing = self
        drawing.number = number
        drawing.random = RandomSource(seed: seed, stream: UInt64(truncatingIfNeeded: number))
        return drawing.drawChecked()
    }

    private mutating func drawChecked() -> GeneratedResponse {
        var response = draw()
        guard needsWholeCheck || response.incomplete else { return response.generated }
        for _ in 1..<Self.attempts {
            let issues = survey.validate(
                response.generated.answers, participant: response.generated.participant, today: today)
            if issues.isEmpty { break }
            response = draw()
        }
        return response.generated
    }

    /// One response drawn in form order, and whether some required answer could not be drawn validly.
    private mutating func draw() -> (generated: GeneratedResponse, incomplete: Bool) {
        let participant = drawParticipant()
        let room = [String: Answer](minimumCapacity: survey.questions.count)
        var context = AnswerContext(answers: Answers(room), participant: participant, today: today)
        var incomplete = false
        for (page, plans) in pagePlans {
            if let condition = page.visibleIf, !condition.isTrue(in: context) { continue }
            for plan in plans {
                if let condition = plan.visibleIf, !condition.isTrue(in: context) { continue }
                let required: Bool =
                    switch plan.requirement {
                    case .optional: false
                    case .always: true
                    case .when(let condition): condition.isTrue(in: context)
                    }
                guard required || random.chance(plan.answerRate) else { continue }
                if !drawValid(plan, required: required, into: &context), required {
                    incomplete = true
                }
            }
        }
        return (GeneratedResponse(participant: participant, answers: context.answers), incomplete)
    }

    /// Adds an answer that passes the question's own checks and rules; false when none was found in time.
    ///
    /// The answer is tried in place, since copying the answers for every try would dominate the cost.
    private mutating func drawValid(_ plan: QuestionPlan, required: Bool, into context: inout AnswerContext) -> Bool {
        for _ in 0..<Self.attempts {
            let answer = drawAnswer(plan, context: context)
            guard !answer.isEmpty, plan.question.problem(with: answer, required: required) == nil else { continue }
            context.answers[plan.id] = answer
            if plan.rules.allSatisfy({ $0.expression.isTrue(in: context) }) { return true }
            context.answers[plan.id] = nil
        }
        return false
    }

    private mutating func drawParticipant() -> [String: String] {
        guard survey.access == .token else { return [:] }
        var values: [String: String] = [:]
        for (field, weights) in participantPlans {
            if field.options.isEmpty {
                values[field.id] = "Teilnehmer \(number)"
            } else {
                values[field.id] = field.options[random.index(weightedBy: weights) ?? 0].value
            }
        }
        return values
    }
}
