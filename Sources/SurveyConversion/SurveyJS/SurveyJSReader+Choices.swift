import StrictJSON

/// Choice questions: radio groups, dropdowns, checkboxes, tag boxes, image pickers and rankings.
extension SurveyJSReader {
    /// Options converted from SurveyJS `choices`, with the map from SurveyJS values to ours.
    struct Options {
        var list: [JSON] = []
        var values = SurveyJSValueMap()
        /// SurveyJS values that had to change to fit our format, `"very poor" → very_poor`.
        var renamed: [(source: String, ours: String)] = []

        /// The renamed values for a warning, `„very poor“ → very_poor` in German, with English quotes otherwise.
        func renamedList(german: Bool) -> String {
            renamed.map { german ? "„\($0.source)“ → \($0.ours)" : "“\($0.source)” → \($0.ours)" }
                .joined(separator: ", ")
        }
    }

    /// Our options for a list of SurveyJS items: strings (`"value|text"` allowed), numbers or `{value, text}` objects.
    /// The options of `items` at `source`'s `choices`, or nil (with `source` skipped) when none has a value.
    mutating func choices(_ items: [JSONValue], of source: QuestionSource, reserved: [String] = []) -> Options? {
        let options = options(items, place: source.place + ".choices", reserved: reserved)
        guard !options.list.isEmpty else {
            skip(
                source, german: "Keine ihrer Antwortmöglichkeiten hat einen Wert.",
                english: "none of its choices has a value")
            return nil
        }
        return options
    }

    mutating func options(_ items: [JSONValue], place: String, reserved: [String] = []) -> Options {
        var names = SurveyJSNames()
        for value in reserved { names.reserve(value) }
        var result = Options()
        for (index, item) in items.enumerated() {
            let source: String
            var label: JSON?
            if let text = item.string, let bar = text.firstIndex(of: "|") {
                source = String(text[..<bar])
                label = .string(String(text[text.index(after: bar)...]))
            } else if let text = Self.valueText(item) {
                source = text
            } else if let value = (item["value"] ?? item["name"]).flatMap(Self.valueText) {
                // Matrix columns may be written `{"name": …, "title": …}` instead of `{"value": …, "text": …}`.
                source = value
                label = texts.text(item["text"]) ?? texts.text(item["title"])
                for key in ["visibleIf", "enableIf"] where item[key] != nil {
                    warnNotCarried("\(place)[\(index)].\(key)", key)
                }
            } else {
                warn(
                    "\(place)[\(index)]", "Antwortmöglichkeit ohne Wert; entfällt.", "choice without a value; left out")
                continue
            }
            let ours = names.optionValue(for: source, fallback: "option_\(index + 1)")
            if ours != source { result.renamed.append((source, ours)) }
            result.values.add(source: source, ours: ours)
            let shown = label ?? (source.trimmingSpaces.isEmpty ? .string(ours) : .string(source))
            result.list.append(
                .object([JSONField(key: "value", value: .string(ours)), JSONField(key: "label", value: shown)]))
        }
        if !result.renamed.isEmpty {
            warn(
                place, "Werte angepasst: " + result.renamedList(german: true) + ".",
                "values changed to fit: " + result.renamedList(german: false))
        }
        return result
    }

    /// The choices of an element: `choices`, or for a dropdown `choicesMin`…`choicesMax` in steps of `choicesStep`.
    private func choiceItems(_ element: JSONValue) -> [JSONValue]? {
        if let choices = element["choices"]?.elements, !choices.isEmpty { return choices }
        guard let minimum = Self.number(element["choicesMin"]), let maximum = Self.number(element["choicesMax"]),
            maximum >= minimum
        else { return nil }
        let step = max(Self.number(element["choicesStep"]) ?? 1, 1)
        let count = Int(min((maximum - minimum) / step, 500)) + 1
        let text = (0..<count).map { SurveyJSNumber.text(minimum + Double($0) * step) }.joined(separator: ",")
        return (try? JSONDocument(parsing: "[" + text + "]"))?.root.elements
    }

    mutating func readChoice(_ source: QuestionSource) {
        let element = source.element
        let multiple =
            source.type == "checkbox" || source.type == "tagbox"
            || (source.type == "imagepicker" && element["multiSelect"]?.bool == true)
        guard let items = choiceItems(element) else {
            let reason =
                element["choicesByUrl"] != nil || element["choicesFromQuestion"] != nil
                ? (
                    "Die Antwortmöglichkeiten werden erst beim Ausfüllen geladen.",
                    "its choices are loaded while answering"
                )
                : ("Sie hat keine Antwortmöglichkeiten.", "it has no choices")
            skip(source, german: reason.0, english: reason.1)
            return
        }
        if source.type == "imagepicker" {
            warn(
                source.place, "Die Bilder entfallen; nur Werte und Texte bleiben.",
                "the images are dropped; values and texts remain")
        }
        let hasOther = element["hasOther"]?.bool == true || element["showOtherItem"]?.bool == true
        guard var options = choices(items, of: source, reserved: hasOther ? ["other"] : []) else { return }
        var names = SurveyJSNames()
        for value in options.values.ours { names.reserve(value) }
        if hasOther { names.reserve("other") }
        for (flag, oldFlag, textKey, value, german, english) in Self.specialItems
        where element[flag]?.bool == true || element[oldFlag]?.bool == true {
            let ours = names.optionValue(for: value, fallback: value)
            options.values.add(source: value, ours: ours)
            var fields = [
                JSONField(key: "value", value: .string(ours)),
                JSONField(
                    key: "label",
                    value: texts.text(element[textKey]) ?? texts.generated(german: german, english: english)),
            ]
            if multiple && value == "none" { fields.append(JSONField(key: "exclusive", value: true)) }
            options.list.append(.object(fields))
            if !multiple || value != "none" {
                warn(
                    source.place + "." + flag, "„\(german)“ wird eine gewöhnliche Antwortmöglichkeit („\(ours)“).",
                    "“\(english)” becomes an ordinary option (“\(ours)”)")
            }
        }
        var fields = [JSONField(key: "options", value: .array(options.list))]
        if source.type == "dropdown" { fields.append(JSONField(key: "display", value: "dropdown")) }
        if hasOther {
            let label = texts.text(element["otherText"]) ?? texts.generated(german: "Sonstiges", english: "Other")
            fields.append(JSONField(key: "other", value: .object([JSONField(key: "label", value: label)])))
            options.values.add(source: "other", ours: "other")
        }
        if multiple { fields += selectionLimits(source, choices: options.list.count + (hasOther ? 1 : 0)) }
        let keys: Set<String> = [
            "choices", "hasOther", "showOtherItem", "otherText", "hasNone", "showNoneItem", "noneText", "choicesMin",
            "choicesMax", "choicesStep", "multiSelect", "minSelectedChoices", "maxSelectedChoices", "showRefuseItem",
            "refuseText", "showDontKnowItem", "dontKnowText",
        ]
        finish(
            source, type: multiple ? "multiple" : "single", fields: fields,
            kind: multiple ? .multiple(options.values) : .single(options.values), keys: keys)
    }

    /// SurveyJS's extra items: the key that turns each on, its older name, the key of its text, its value and default texts.
    private static let specialItems: [(String, String, String, String, String, String)] = [
        ("showNoneItem", "hasNone", "noneText", "none", "Keine", "None"),
        ("showRefuseItem", "hasRefuse", "refuseText", "refused", "Keine Angabe", "Refuse to answer"),
        ("showDontKnowItem", "hasDontKnow", "dontKnowText", "dontknow", "Weiß nicht", "Don’t know"),
    ]

    /// `minSelected`/`maxSelected` from `minSelectedChoices`/`maxSelectedChoices` or an `answercount` validator.
    private mutating func selectionLimits(_ source: QuestionSource, choices: Int) -> [JSONField] {
        let counter = source.element["validators"]?.elements?.first { $0["type"]?.string == "answercount" }
        let minimum =
            (source.element["minSelectedChoices"]?.int).flatMap { $0 > 0 ? $0 : nil } ?? counter?["minCount"]?.int
        let maximum =
            (source.element["maxSelectedChoices"]?.int).flatMap { $0 > 0 ? $0 : nil } ?? counter?["maxCount"]?.int
        var fields: [JSONField] = []
        if let minimum, minimum > 0, minimum <= choices {
            fields.append(JSONField(key: "minSelected", value: .number(Double(minimum))))
        }
        if let maximum, maximum >= max(1, minimum ?? 0), maximum < choices {
            fields.append(JSONField(key: "maxSelected", value: .number(Double(maximum))))
        }
        return fields
    }

    mutating func readRanking(_ source: QuestionSource) {
        guard let items = source.element["choices"]?.elements, !items.isEmpty else {
            skip(source, german: "Sie hat keine Antwortmöglichkeiten.", english: "it has no choices")
            return
        }
        guard let options = choices(items, of: source) else { return }
        finish(
            source, type: "ranking", fields: [JSONField(key: "options", value: .array(options.list))],
            kind: .ranking(options.values), keys: ["choices"])
    }
}
