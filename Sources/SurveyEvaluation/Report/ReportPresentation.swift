import SurveyModel

/// What the committee report takes from the survey besides the figures: its introduction,
/// which questions it shows under which headings, and the filter in words.
///
/// Kept apart from ``EvaluationResult`` on purpose: `survey evaluate` lists
/// every question, so the office can check any figure, while the report shows
/// only what the definition's `report` settings let through. A question the
/// report shows has the same figures in both, since it is the same result.
public struct ReportPresentation: Sendable, Hashable {
    /// One part of the report: a heading (nil for none) and the ids of its questions in order.
    public struct Part: Sendable, Hashable {
        public var title: String?
        public var questionIDs: [String]

        public init(title: String?, questionIDs: [String]) {
            self.title = title
            self.questionIDs = questionIDs
        }
    }

    /// The report's own introduction; nil for a neutral sentence.
    public var intro: String?
    /// The parts in report order; nil shows every question of the result in its order, without headings.
    public var parts: [Part]?
    /// The filter in words (without the leading "only responses where"), if a filter applies.
    public var filter: String?

    /// Everything from the result: every question, no introduction of its own, the filter as written.
    public init(intro: String? = nil, parts: [Part]? = nil, filter: String? = nil) {
        self.intro = intro
        self.parts = parts
        self.filter = filter
    }

    /// The presentation the definition's `report` settings ask for, in `language`.
    ///
    /// - Parameter filter: The filter expression as entered; described in words
    ///   from the survey's titles and labels, or quoted as written if it does not parse.
    public init(survey: Survey, language: OutputLanguage, filter: String?) {
        intro = survey.reportSettings.intro?.text(in: language.code)
        let outline = survey.reportOutline
        parts = outline.map { section in
            Part(
                title: section.title.map { $0.text(in: language.code) }
                    ?? (outline.count > 1 ? language.pick("Weitere Fragen", "Further questions") : nil),
                questionIDs: section.questions)
        }
        self.filter = filter.map { source in
            guard let expression = try? Expression.parse(source) else {
                return language.pick("„\(source)“", "“\(source)”")
            }
            return ConditionDescriber(survey: survey, language: language.code).describe(expression)
        }
    }

    /// The result's questions grouped into the parts, each question found by id; unknown ids are skipped.
    func arrange(_ questions: [QuestionEntry]) -> [(title: String?, entries: [QuestionEntry])] {
        guard let parts else { return questions.isEmpty ? [] : [(nil, questions)] }
        let byID = Dictionary(questions.map { ($0.total.id, $0) }, uniquingKeysWith: { first, _ in first })
        return parts.compactMap { part in
            let entries = part.questionIDs.compactMap { byID[$0] }
            return entries.isEmpty ? nil : (part.title, entries)
        }
    }
}
