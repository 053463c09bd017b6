extension AnswerError {
    /// Whether the problem is input beyond a limit of the question, rather than an unfinished answer.
    var breaksALimit: Bool {
        switch self {
        case .required, .otherTextMissing, .tooFewSelected, .tooManySelected, .wrongRankCount, .rowsMissing,
            .ruleFailed, .patternMismatch, .invalidEmail, .exclusiveCombined, .duplicateChoice, .notANumber,
            .notADate, .notABoolean, .notAScalePoint:
            false
        case .wrongType, .notAnInteger, .belowMinimum, .aboveMaximum, .tooLong, .unknownOption, .otherNotOffered,
            .dateTooEarly, .dateTooLate, .outsideScale, .notApplicableNotOffered, .unknownRow:
            true
        }
    }
}
