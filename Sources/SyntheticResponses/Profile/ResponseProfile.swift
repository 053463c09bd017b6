/// What makes generated answers plausible: weights, rates and hints, by question id and option value.
///
/// Hints for questions or options a survey does not have are ignored, so a
/// profile written for one survey is harmless for another; questions without
/// hints get even, seeded distributions.
public struct ResponseProfile: Sendable {
    /// Relative weights of participant field values, by field id and value.
    public var participantWeights: [String: [String: Double]] = [:]
    /// Relative weights of single-choice options, by question id and value; ``Question/otherValue`` weighs "other".
    public var choiceWeights: [String: [String: Double]] = [:]
    /// The chance that each option of a multiple choice is ticked, by question id and value.
    public var tickRates: [String: [String: Double]] = [:]
    /// Hints for number questions, by question id.
    public var numbers: [String: NumberHint] = [:]
    /// The chance of "yes", by boolean question id.
    public var yesRates: [String: Double] = [:]
    /// The usual point of a scale or matrix, by question id, on a scale from 0 (lowest) to 1 (highest).
    public var scaleCentres: [String: Double] = [:]
    /// "Other" texts to draw from, by question id.
    public var otherTexts: [String: [String]] = [:]
    /// The chance that an optional question is answered.
    public var optionalAnswerRate = 0.88
    /// The chance that an optional free-text question is answered.
    public var optionalTextRate = 0.3
    /// The chance of choosing "other" where it is offered.
    public var otherRate = 0.05
    /// The chance of "not applicable" per scale or matrix row where it is offered.
    public var notApplicableRate = 0.05

    /// A profile with no hints: every option equally likely.
    public init() {}
}
