/// How the committee report presents a survey: the definition's `report` object, apart from
/// the evaluation's threshold `minGroupSize`.
///
/// A report is read by people who never saw the questionnaire, so it opens with
/// its own introduction rather than the respondents' instructions, leaves out what
/// would only identify a respondent, and may group questions by topic rather than
/// by the pages the respondents filled in.
public struct ReportSettings: Sendable, Hashable {
    /// The report's introduction on its title page; nil for a neutral sentence built from the facts.
    public let intro: LocalizedText?
    /// Ids of questions left out of every report (`report.exclude`).
    public let excluded: Set<String>
    /// Ids of free-text questions brought into the report (`report.include`); personal questions never are.
    public let included: Set<String>
    /// The report's grouping and order of questions (`report.sections`); empty for form order without headings.
    public let sections: [ReportSection]

    public init(
        intro: LocalizedText? = nil, excluded: Set<String> = [], included: Set<String> = [],
        sections: [ReportSection] = []
    ) {
        self.intro = intro
        self.excluded = excluded
        self.included = included
        self.sections = sections
    }

    /// Whether `question` appears in reports.
    ///
    /// Personal data never does, nor a note. Otherwise the question's own
    /// `report` flag decides, then `exclude` and `include`; without any of them
    /// every question with results appears except free texts, which tend to
    /// name people.
    public func includes(_ question: Question) -> Bool {
        if question.personal { return false }
        if case .note = question.kind { return false }
        if let own = question.reportSetting { return own }
        if excluded.contains(question.id) { return false }
        if included.contains(question.id) { return true }
        if case .text = question.kind { return false }
        return true
    }
}

/// One section of the report: a heading and its questions in the order given.
public struct ReportSection: Sendable, Hashable {
    /// The heading; nil only for the section that collects the questions no section lists.
    public let title: LocalizedText?
    /// Question ids in report order.
    public let questions: [String]

    public init(title: LocalizedText?, questions: [String]) {
        self.title = title
        self.questions = questions
    }
}
