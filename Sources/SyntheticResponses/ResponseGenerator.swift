import SurveyModel

/// Produces plausible, valid responses to a survey, the same ones for the same seed.
///
/// Answers are drawn page by page in form order, so skip logic is respected as a
/// participant would meet it; each answer is checked against its question's
/// settings and rules as it is drawn and drawn again when it fails. A response
/// that still fails validation as a whole is drawn again from the start.
public struct ResponseGenerator {
    public let survey: Survey
    public let profile: ResponseProfile
    /// The day `today()` returns while checking rules.
    public let today: CalendarDate
    /// The source of every random choice; only ever advanced in form order, which keeps seeds reproducible.
    var random: RandomSource
    /// How many responses were requested so far, for numbering made-up names.
    var drawn = 0
    /// Whether some rule refers to a question after its own, which only a check of the whole response can see.
    private let needsWholeCheck: Bool

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
        random = RandomSource(seed: seed)
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

    /// The next response.
    public mutating func next() -> GeneratedResponse {
        drawn += 1
        var response = draw()
        guard needsWholeCheck || response.incomplete else { return response.generated }
        for _ in 1..<Self.attempts {
            let issues = survey.validate(response.generated.answers, participant: response.generated.participant, today: today)
            if issues.isEmpty { break }
            response = draw()
        }
        return response.generated
    }

    /// One response drawn in form order, and whether some required answer could not be drawn validly.
    private mutating func draw() -> (generated: GeneratedResponse, incomplete: Bool) {
        let participant = drawParticipant()
        var context = AnswerContext(answers: Answers(), participant: participant, today: today)
        var incomplete = false
        for page in survey.pages {
            if let condition = page.visibleIf, !condition.isTrue(in: context) { continue }
            for question in page.questions where question.kind.isAnswerable {
                if let condition = question.visibleIf, !condition.isTrue(in: context) { continue }
                let required: Bool =
                    switch question.requirement {
                    case .optional: false
                    case .always: true
                    case .when(let condition): condition.isTrue(in: context)
                    }
                guard required || random.chance(answerRate(question)) else { continue }
                if let answer = drawValid(question, required: required, context: context) {
                    context.answers[question.id] = answer
                } else if required {
                    incomplete = true
                }
            }
        }
        return (GeneratedResponse(participant: participant, answers: context.answers), incomplete)
    }

    private func answerRate(_ question: Question) -> Double {
        if case .text = question.kind { return profile.optionalTextRate }
        return profile.optionalAnswerRate
    }

    /// An answer that passes the question's own checks and rules, or nil after too many tries.
    private mutating func drawValid(_ question: Question, required: Bool, context: AnswerContext) -> Answer? {
        for _ in 0..<Self.attempts {
            let answer = drawAnswer(question, context: context)
            guard !answer.isEmpty, question.problem(with: answer, required: required) == nil else { continue }
            var trial = context
            trial.answers[question.id] = answer
            if question.rules.allSatisfy({ $0.expression.isTrue(in: trial) }) { return answer }
        }
        return nil
    }

    private mutating func drawParticipant() -> [String: String] {
        guard survey.access == .token else { return [:] }
        var values: [String: String] = [:]
        for field in survey.participantFields {
            if field.options.isEmpty {
                values[field.id] = "Teilnehmer \(drawn)"
            } else {
                let weights = profile.participantWeights[field.id] ?? [:]
                let index = random.index(weightedBy: field.options.map { weights[$0.value] ?? 1 }) ?? 0
                values[field.id] = field.options[index].value
            }
        }
        return values
    }
}
