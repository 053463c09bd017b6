import StrictJSON

/// The content a new page, question or option starts with: enough to load and to show in the
/// preview, worded in each survey language (German for `de`, English for every other language).
enum StarterContent {
    /// A text object with `german` for `de` and `english` for every other language.
    static func text(_ german: String, _ english: String, languages: [String]) -> JSON {
        .object(languages.map { JSONField(key: $0, value: .string($0 == "de" ? german : english)) })
    }

    /// The prefix of fresh ids of a question type, so that `skala_4` says what it is in exports.
    static func idPrefix(_ type: QuestionType) -> String {
        switch type {
        case .text: "text"
        case .number: "zahl"
        case .single: "auswahl"
        case .multiple: "mehrfachauswahl"
        case .boolean: "janein"
        case .scale: "skala"
        case .matrix: "matrix"
        case .ranking: "rangfolge"
        case .date: "datum"
        case .note: "hinweis"
        }
    }

    /// The title a new question starts with.
    static func title(languages: [String]) -> JSON {
        text("Neue Frage", "New question", languages: languages)
    }

    /// Option or row number `number` (from 1) of a list: `option_1` „Option 1“, or `aussage_1` for rows.
    static func choice(_ number: Int, row: Bool, languages: [String]) -> JSON {
        let label =
            row
            ? text("Aussage \(number)", "Statement \(number)", languages: languages)
            : text("Option \(number)", "Option \(number)", languages: languages)
        return ["value": .string("\(row ? "aussage" : "option")_\(number)"), "label": label]
    }

    /// A five-point scale with labelled ends.
    static func scale(languages: [String]) -> JSON {
        [
            "from": 1, "to": 5,
            "labels": [
                "1": text("trifft gar nicht zu", "strongly disagree", languages: languages),
                "5": text("trifft voll zu", "strongly agree", languages: languages),
            ],
        ]
    }

    /// The label of a free-text "other" choice.
    static func other(languages: [String]) -> JSON {
        ["label": text("Sonstiges, und zwar:", "Other:", languages: languages)]
    }

    /// The label of a "not applicable" answer.
    static func notApplicable(languages: [String]) -> JSON {
        ["label": text("kann ich nicht beurteilen", "cannot say", languages: languages)]
    }

    /// The keys of its own a new question of `type` starts with, in the order the format lists them.
    static func settings(_ type: QuestionType, languages: [String]) -> [JSONField] {
        let twoOptions: JSON = .array([
            choice(1, row: false, languages: languages), choice(2, row: false, languages: languages),
        ])
        switch type {
        case .text, .number, .boolean, .date: return []
        case .single, .multiple, .ranking: return [JSONField(key: "options", value: twoOptions)]
        case .scale: return [JSONField(key: "scale", value: scale(languages: languages))]
        case .matrix:
            let rows: JSON = .array([
                choice(1, row: true, languages: languages), choice(2, row: true, languages: languages),
            ])
            return [JSONField(key: "rows", value: rows), JSONField(key: "scale", value: scale(languages: languages))]
        case .note:
            return [JSONField(key: "text", value: text("Hinweistext", "Note text", languages: languages))]
        }
    }

    /// A whole new question.
    static func question(_ type: QuestionType, id: String, languages: [String]) -> JSON {
        // A note's heading is optional and usually left out: the note is its text.
        let heading = type == .note ? [] : [JSONField(key: "title", value: title(languages: languages))]
        let head = [JSONField(key: "id", value: .string(id)), JSONField(key: "type", value: .string(type.rawValue))]
        return .object(head + heading + settings(type, languages: languages))
    }

    /// A new page: a title to replace and one text question, since the format wants every page to
    /// have a title and at least one question; the page loads at once and can be previewed.
    static func page(id: String, questionID: String, languages: [String]) -> JSON {
        [
            "id": .string(id), "title": text("Neue Seite", "New page", languages: languages),
            "questions": [question(.text, id: questionID, languages: languages)],
        ]
    }
}
