import SurveyModel

/// One question with its profile hints looked up in advance, so drawing an answer hashes no profile keys.
///
/// A class, so that walking the plans of every response does not copy each question's many fields.
final class QuestionPlan: Sendable {
    let question: Question
    /// The parts of `question` read for every response, kept apart: reading them through `question`
    /// copies the whole question (a retain of each of its many fields) on every access.
    let id: String
    let kind: QuestionKind
    let visibleIf: Expression?
    let requirement: Requirement
    let rules: [ValidationRule]
    /// Whether a text question asks for a name, which gets a school's name.
    let asksForName: Bool
    /// The chance of answering while the question is optional.
    let answerRate: Double
    /// Weights of a single choice's options, in option order.
    let optionWeights: [Double]
    /// Chances of ticking each option of a multiple choice, in option order.
    let tickRates: [Double]
    let number: NumberHint?
    let yesRate: Double
    /// The usual point of a scale or matrix, from 0 (lowest) to 1 (highest).
    let scaleCentre: Double
    let otherTexts: [String]
    /// Earlier multiple-choice questions sharing options with this ranking, whose ticks raise an option's rank.
    let rankingSources: [String]

    /// The texts used for "other" where the profile names none.
    static let defaultOtherTexts = ["Sonstiges", "Sonstige Angabe", "andere Lösung", "je nach Standort verschieden"]

    /// - Parameter earlier: the questions before this one in form order.
    init(_ question: Question, profile: ResponseProfile, earlier: ArraySlice<Question>) {
        self.question = question
        let id = question.id
        self.id = id
        kind = question.kind
        visibleIf = question.visibleIf
        requirement = question.requirement
        rules = question.rules
        asksForName = id.lowercased().contains("name")
        if case .text = question.kind {
            answerRate = profile.optionalTextRate
        } else {
            answerRate = profile.optionalAnswerRate
        }
        let weights = profile.choiceWeights[id] ?? [:]
        let rates = profile.tickRates[id] ?? [:]
        optionWeights = question.options.map { weights[$0.value] ?? 1 }
        tickRates = question.options.map { rates[$0.value] ?? ($0.exclusive ? 0.03 : 0.35) }
        number = profile.numbers[id]
        yesRate = profile.yesRates[id] ?? 0.5
        scaleCentre = profile.scaleCentres[id] ?? 0.6
        otherTexts = profile.otherTexts[id].flatMap { $0.isEmpty ? nil : $0 } ?? Self.defaultOtherTexts
        if case .ranking(let settings) = question.kind {
            let values = Set(settings.options.map(\.value))
            rankingSources = earlier.filter { candidate in
                guard case .multiple(let choice) = candidate.kind else { return false }
                return choice.options.contains { values.contains($0.value) }
            }.map(\.id)
        } else {
            rankingSources = []
        }
    }
}
