import SurveyModel

extension QuestionPlan {
    /// The plan of `question` on `page`, labels in `language`; nil for a note, which has no answer.
    public init?(question: Question, page: Page, language: String) {
        func categories(_ options: [Option]) -> [Category] {
            options.map { Category(value: $0.value, label: $0.label.text(in: language)) }
        }
        func scale(_ settings: ScaleSettings) -> ScalePlan {
            ScalePlan(
                from: settings.from, to: settings.to, labels: settings.labels.mapValues { $0.text(in: language) },
                notApplicable: settings.notApplicable?.text(in: language))
        }
        let kind: Kind
        var limits = AnswerLimits()
        switch question.kind {
        case .note: return nil
        case .text: kind = .text
        case .date: kind = .date
        case .number(let settings):
            kind = .number(integer: settings.integer, unit: settings.unit?.text(in: language))
            limits.maximum = settings.max
        case .single(let settings):
            kind = .single(options: categories(settings.options), other: settings.other?.text(in: language))
        case .multiple(let settings):
            kind = .multiple(options: categories(settings.options), other: settings.other?.text(in: language))
            limits.maximumChoices = settings.maxSelected
        case .boolean(let settings):
            let labels = BooleanLabels(settings, language: language)
            kind = .boolean(yes: labels.yes, no: labels.no)
        case .scale(let settings): kind = .scale(scale(settings))
        case .matrix(let settings):
            let cells: MatrixCellsPlan =
                switch settings.cells {
                case .scale(let settings): .scale(scale(settings))
                case .options(let options): .options(categories(options))
                }
            kind = .matrix(rows: categories(settings.rows), cells: cells)
        case .ranking(let settings):
            kind = .ranking(options: categories(settings.options), rankCount: settings.effectiveRankCount)
        }
        self.init(
            id: question.id, title: question.title?.text(in: language) ?? question.id, kind: kind,
            visibleIf: [page.visibleIf, question.visibleIf].compactMap { $0 }, limits: limits)
    }
}

/// The labels of a yes/no question, with the report language's own words when the definition has none.
struct BooleanLabels {
    let yes: String
    let no: String

    init(_ settings: BooleanSettings, language: String) {
        let english = language == "en"
        yes = settings.trueLabel?.text(in: language) ?? (english ? "yes" : "ja")
        no = settings.falseLabel?.text(in: language) ?? (english ? "no" : "nein")
    }
}
