/// What is wrong with one question's answer, from typed input or from validation.
///
/// ``message(in:)`` words each case for the participant, in German or English.
public enum AnswerError: Error, Sendable, Hashable {
    // Typed input that cannot be read.
    /// The text is not a number.
    case notANumber(String)
    /// The text is not a date.
    case notADate(String)
    /// The value is not yes or no.
    case notABoolean(String)
    /// The value is neither a point of the scale nor "not applicable".
    case notAScalePoint(String)

    // The answer's content.
    /// A required question is unanswered.
    case required
    /// The answer is of another type than the question (stored or imported data only).
    case wrongType(expected: QuestionType)
    /// A whole number was required.
    case notAnInteger
    /// The number is below the question's minimum.
    case belowMinimum(Double)
    /// The number is above the question's maximum.
    case aboveMaximum(Double)
    /// The text is longer than allowed, counted in characters.
    case tooLong(maxLength: Int)
    /// The text does not match the question's pattern; the definition's own message if it has one.
    case patternMismatch(LocalizedText?)
    /// The text is not an e-mail address.
    case invalidEmail
    /// A value that is not among the question's options (or matrix rows).
    case unknownOption(String)
    /// The "other" choice where the question offers none.
    case otherNotOffered
    /// The "other" choice without a text; the question's own label of that choice.
    case otherTextMissing(LocalizedText)
    /// The same option chosen or ranked twice; the option's label, as the participant saw it.
    case duplicateChoice(LocalizedText)
    /// An exclusive option ("none of these") together with other choices.
    case exclusiveCombined(LocalizedText)
    /// Fewer choices than the question's `minSelected`.
    case tooFewSelected(Int)
    /// More choices than the question's `maxSelected`.
    case tooManySelected(Int)
    /// A ranking with another number of ranks than required.
    case wrongRankCount(Int)
    /// A date before the question's minimum.
    case dateTooEarly(CalendarDate)
    /// A date after the question's maximum.
    case dateTooLate(CalendarDate)
    /// A scale point outside the scale.
    case outsideScale(from: Int, to: Int)
    /// "Not applicable" where the scale offers no such answer.
    case notApplicableNotOffered
    /// A matrix row that the question does not have.
    case unknownRow(String)
    /// A required matrix with rows left unanswered.
    case rowsMissing(Int)
    /// A `validate` rule of the definition does not hold; its own message.
    case ruleFailed(LocalizedText)
}
