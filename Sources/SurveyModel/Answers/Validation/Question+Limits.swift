extension Question {
    /// The most characters the free text of an "other" choice may have: a short line, as its field says.
    public static let otherTextMaxLength = 500
    /// The most characters a posted value that is not free text (a number, a date, an option) may have.
    static let shortInputMaxLength = 100

    /// Why a draft may not keep this input, or nil when it may.
    ///
    /// A draft keeps unfinished work: a required question left empty, a ranking
    /// half done, a text that does not match its pattern yet, a number half
    /// typed. It never keeps input beyond the question's limits (text longer
    /// than allowed, a number or date out of range, a value that is not an
    /// option), because drafts of anonymous respondents would otherwise fill the log.
    /// The sizes are checked first, on every posted value, so that no other
    /// problem reported first can let an oversized value through.
    /// - Parameters:
    ///   - raw: the posted values, cleaned by ``PostedText/normalized(_:)``.
    ///   - language: the form's language, for reading numbers.
    public func draftProblem(with raw: RawAnswer, language: String) -> AnswerError? {
        let valueLimit = inputMaxLength
        let values = raw.values + Array(raw.rows.keys) + Array(raw.rows.values)
        if values.contains(where: { $0.unicodeScalars.count > valueLimit }) { return .tooLong(maxLength: valueLimit) }
        if raw.other.unicodeScalars.count > Self.otherTextMaxLength {
            return .tooLong(maxLength: Self.otherTextMaxLength)
        }
        // Input that cannot be read yet (a half-typed number) is kept, within the size above.
        guard let answer = try? self.answer(from: raw, language: language),
            let problem = problem(with: answer, required: false), problem.breaksALimit
        else { return nil }
        return problem
    }

    /// The most characters one posted value of this question may have.
    private var inputMaxLength: Int {
        if case .text(let settings) = kind { return settings.effectiveMaxLength }
        let longestOption = options.map(\.value.unicodeScalars.count).max() ?? 0
        return max(Self.shortInputMaxLength, longestOption)
    }
}
