import StrictJSON

/// Walks a SurveyJS survey once, building our pages and questions and collecting what could not be carried over.
///
/// Conditions are translated in a second step (``translateConditions()``), once every question is known,
/// because a `requiredIf` or a validator may read a question that comes later.
struct SurveyJSReader {
    let texts: SurveyJSTexts
    private(set) var warnings: [ConversionWarning] = []
    /// The warnings given so far, so a panel's dropped condition is named once, not once per question inside.
    private var given: Set<ConversionWarning> = []
    var questionNames = SurveyJSNames()
    private var pageNames = SurveyJSNames()
    /// Converted questions by SurveyJS name in lower case (SurveyJS names are not case-sensitive).
    var questions: [String: SurveyJSQuestionInfo] = [:]
    /// Our id of every converted question, in form order.
    var order: [String] = []
    var pages: [PageDraft] = []

    struct PageDraft {
        var fields: [JSONField]
        var questions: [QuestionDraft] = []
        var visibleIf: PendingCondition?
        let place: String
    }

    struct QuestionDraft {
        var fields: [JSONField]
        var conditions: [PendingCondition] = []
        let id: String
        let position: Int
        /// Where `required: true` came from, so a `requiredIf` beside it can be dropped with a warning.
        var isRequired = false
    }

    /// A SurveyJS expression waiting for translation, with its place in the source.
    struct PendingCondition {
        enum Role {
            case visibleIf, requiredIf
            case rule(message: JSON)
        }
        let role: Role
        let source: String
        let place: String
    }

    init(texts: SurveyJSTexts) {
        self.texts = texts
    }

    mutating func warn(_ place: String, _ german: String, _ english: String) {
        let warning = ConversionWarning(place: place, german: german, english: english)
        if given.insert(warning).inserted { warnings.append(warning) }
    }

    // MARK: Pages

    /// Reads `pages`, or a survey's own `elements`/`questions` as one page.
    mutating func readPages(root: JSONValue) {
        if let list = root["pages"]?.elements {
            for (index, page) in list.enumerated() { readPage(page, index: index, place: "pages[\(index)]") }
        } else {
            readPage(root, index: 0, place: "")
        }
    }

    private mutating func readPage(_ page: JSONValue, index: Int, place: String) {
        let (key, elements) = Self.elements(of: page)
        let name = page["name"]?.string ?? ""
        var fields = [
            JSONField(key: "id", value: .string(pageNames.identifier(for: name, fallback: "seite"))),
            JSONField(
                key: "title",
                value: texts.text(page["title"])
                    ?? texts.generated(german: "Seite \(pages.count + 1)", english: "Page \(pages.count + 1)")),
        ]
        if !place.isEmpty, let description = texts.text(page["description"]) {
            fields.append(JSONField(key: "description", value: description))
        }
        var draft = PageDraft(fields: fields, place: place.isEmpty ? "(survey)" : place)
        if !place.isEmpty, let condition = page["visibleIf"]?.string, !condition.trimmingSpaces.isEmpty {
            draft.visibleIf = PendingCondition(role: .visibleIf, source: condition, place: place + ".visibleIf")
        }
        for unsupported in ["enableIf", "requiredIf", "timeLimit", "maxTimeToFinish"] where !place.isEmpty {
            if page[unsupported] != nil { warnNotCarried(place + "." + unsupported, unsupported) }
        }
        pages.append(draft)
        let prefix = place.isEmpty ? key : place + "." + key
        for (position, element) in elements.enumerated() {
            readElement(element, place: "\(prefix)[\(position)]", inherited: [])
        }
        if pages[pages.count - 1].questions.isEmpty {
            pages.removeLast()
            warn(
                place.isEmpty ? "(survey)" : place,
                "Die Seite enthält keine übernehmbare Frage und entfällt.",
                "the page has no question that could be converted and is left out")
        }
    }

    /// The elements of a page or panel under `elements`, or `questions` in older files.
    static func elements(of container: JSONValue) -> (key: String, elements: [JSONValue]) {
        if let elements = container["elements"]?.elements { return ("elements", elements) }
        return ("questions", container["questions"]?.elements ?? [])
    }

    // MARK: Elements

    /// Reads one element; panels pass their own `visibleIf` on to every element inside.
    mutating func readElement(_ element: JSONValue, place: String, inherited: [PendingCondition]) {
        guard element.members != nil else {
            warn(place, "Kein Objekt; wird übersprungen.", "not an object; skipped")
            return
        }
        let type = element["type"]?.string?.lowercased() ?? ""
        if type == "panel" {
            readPanel(element, place: place, inherited: inherited)
            return
        }
        if element["visible"]?.bool == false {
            warn(
                place, "Die Frage ist in SurveyJS immer verborgen und wird nicht übernommen.",
                "the question is always hidden in SurveyJS and is not converted")
            return
        }
        readQuestion(element, type: type, place: place, inherited: inherited)
    }

    private mutating func readPanel(_ panel: JSONValue, place: String, inherited: [PendingCondition]) {
        warn(
            place,
            "Der Bereich (panel) wird aufgelöst: Seine Fragen stehen direkt auf der Seite"
                + (panel["visibleIf"] != nil ? ", jede mit seiner Sichtbarkeitsbedingung" : "") + ".",
            "the panel is flattened: its questions stand directly on the page"
                + (panel["visibleIf"] != nil ? ", each with the panel’s visibility condition" : ""))
        var conditions = inherited
        if let condition = panel["visibleIf"]?.string, !condition.trimmingSpaces.isEmpty {
            conditions.append(PendingCondition(role: .visibleIf, source: condition, place: place + ".visibleIf"))
        }
        for key in ["isRequired", "requiredIf", "enableIf"] where panel[key] != nil {
            warnNotCarried(place + "." + key, key)
        }
        // The panel's heading and introduction become a note, so the page still reads the same.
        let title = texts.text(panel["title"])
        let description = texts.text(panel["description"])
        if let text = description ?? title {
            var fields = [
                JSONField(
                    key: "id",
                    value: .string(questionNames.identifier(for: panel["name"]?.string ?? "", fallback: "bereich"))),
                JSONField(key: "type", value: "note"),
            ]
            if description != nil, let title { fields.append(JSONField(key: "title", value: title)) }
            fields.append(JSONField(key: "text", value: text))
            append(QuestionDraft(fields: fields, conditions: conditions, id: fields[0].value.string ?? "", position: 0))
        }
        let (key, elements) = Self.elements(of: panel)
        for (index, element) in elements.enumerated() {
            readElement(element, place: "\(place).\(key)[\(index)]", inherited: conditions)
        }
    }

    /// Adds a finished question to the current page.
    mutating func append(_ draft: QuestionDraft) {
        var draft = draft
        draft = QuestionDraft(
            fields: draft.fields, conditions: draft.conditions, id: draft.id, position: order.count,
            isRequired: draft.isRequired)
        order.append(draft.id)
        pages[pages.count - 1].questions.append(draft)
    }

    /// Remembers a converted question for conditions, under its SurveyJS name.
    mutating func register(name: String, id: String, kind: SurveyJSQuestionInfo.Kind) {
        let key = name.lowercased()
        guard questions[key] == nil else { return }
        questions[key] = SurveyJSQuestionInfo(id: id, kind: kind, position: order.count, page: pages.count - 1)
    }

    mutating func warnNotCarried(_ place: String, _ key: String) {
        warn(place, "„\(key)“ wird nicht übernommen.", "“\(key)” is not carried over")
    }

    /// The finished pages with every condition translated or dropped.
    mutating func finishedPages() -> [JSON] {
        translateConditions()
        return pages.map { page in
            .object(
                page.fields + [JSONField(key: "questions", value: .array(page.questions.map { .object($0.fields) }))])
        }
    }
}
