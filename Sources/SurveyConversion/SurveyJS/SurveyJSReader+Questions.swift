import StrictJSON

/// One SurveyJS question element to one of ours (or a few, or none with a warning).
extension SurveyJSReader {
    /// The parts every question shares, gathered before its type adds its own keys.
    struct QuestionSource {
        let element: JSONValue
        let type: String
        let place: String
        let name: String
        let inherited: [PendingCondition]
    }

    mutating func readQuestion(_ element: JSONValue, type: String, place: String, inherited: [PendingCondition]) {
        let source = QuestionSource(
            element: element, type: type, place: place, name: element["name"]?.string ?? "", inherited: inherited)
        switch type {
        case "radiogroup", "dropdown", "checkbox", "tagbox", "imagepicker": readChoice(source)
        case "ranking": readRanking(source)
        case "text": readText(source)
        case "comment": finish(source, type: "text", fields: textLimits(source, multiline: true), kind: .text)
        case "boolean": readBoolean(source)
        case "rating": readRating(source)
        case "slider": readSlider(source)
        case "matrix": readMatrix(source)
        case "matrixdropdown": readMatrixDropdown(source)
        case "multipletext": readMultipleText(source)
        case "html", "expression", "image": readNote(source)
        case "matrixdynamic", "paneldynamic", "file", "signaturepad":
            skip(source, german: Self.skipReasons[type]!.german, english: Self.skipReasons[type]!.english)
        default:
            skip(
                source, german: "Der Fragetyp „\(source.type)“ ist unbekannt.",
                english: "the question type “\(source.type)” is unknown")
        }
    }

    private static let skipReasons: [String: (german: String, english: String)] = [
        "matrixdynamic": (
            "Eine Tabelle, deren Zeilen die Befragten selbst anlegen (matrixdynamic), hat keine Entsprechung.",
            "a table whose rows respondents add themselves (matrixdynamic) has no equivalent"
        ),
        "paneldynamic": (
            "Wiederholbare Bereiche (paneldynamic) haben keine Entsprechung.",
            "repeatable panels (paneldynamic) have no equivalent"
        ),
        "file": ("Datei-Uploads werden nicht unterstützt.", "file uploads are not supported"),
        "signaturepad": ("Unterschriften werden nicht unterstützt.", "signatures are not supported"),
    ]

    /// Leaves a question out, saying why.
    mutating func skip(_ source: QuestionSource, german: String, english: String) {
        warn(source.place, german + " Die Frage wird nicht übernommen.", english + "; the question is not converted")
    }

    /// Adds a converted question: id, title, help, requirement and conditions, then the type's own `fields`.
    ///
    /// - Parameter keys: the type's own SurveyJS keys that were read, so no warning names them.
    mutating func finish(
        _ source: QuestionSource, type: String, fields: [JSONField], kind: SurveyJSQuestionInfo.Kind?,
        keys: Set<String> = [], suffix: String? = nil, title: JSON? = nil, untitled: Bool = false
    ) {
        let element = source.element
        let name = suffix.map { source.name + "_" + $0 } ?? source.name
        let id = questionNames.identifier(for: name, fallback: type == "note" ? "hinweis" : "frage")
        if let kind, suffix == nil { register(name: source.name, id: id, kind: kind) }
        if suffix == nil, !source.name.isEmpty, let first = questions[source.name.lowercased()], first.id != id {
            warn(
                source.place + ".name",
                "Der Name „\(source.name)“ kommt mehrfach vor; in SurveyJS teilen sich diese Fragen eine Antwort, "
                    + "hier heißt diese Frage „\(id)“ und Bedingungen lesen „\(first.id)“.",
                "the name “\(source.name)” occurs more than once; in SurveyJS these questions share one answer, "
                    + "here this one is “\(id)” and conditions read “\(first.id)”")
        }
        if let kind, let suffix { register(name: source.name + "." + suffix, id: id, kind: kind) }
        var all = [
            JSONField(key: "id", value: .string(id)),
            JSONField(key: "type", value: .string(type)),
        ]
        let fallback: JSON? = type == "note" || source.name.isEmpty ? nil : .string(source.name)
        if !untitled, let title = title ?? texts.text(element["title"]) ?? fallback {
            all.append(JSONField(key: "title", value: title))
        } else if !untitled, type != "note" {
            all.append(JSONField(key: "title", value: texts.generated(german: "Frage", english: "Question")))
        }
        var draft = QuestionDraft(fields: [], conditions: source.inherited, id: id, position: 0)
        if type != "note" {
            if let help = texts.text(element["description"]) { all.append(JSONField(key: "help", value: help)) }
            if element["isRequired"]?.bool == true {
                all.append(JSONField(key: "required", value: true))
                draft.isRequired = true
            }
            if let condition = element["requiredIf"]?.string, !condition.trimmingSpaces.isEmpty {
                draft.conditions.append(
                    PendingCondition(role: .requiredIf, source: condition, place: source.place + ".requiredIf"))
            }
        }
        if let condition = element["visibleIf"]?.string, !condition.trimmingSpaces.isEmpty {
            draft.conditions.append(
                PendingCondition(role: .visibleIf, source: condition, place: source.place + ".visibleIf"))
        }
        if suffix == nil || suffix == firstSuffix(source) {
            draft.conditions += validatorRules(source, kind: kind)
            warnUnread(source, keys: keys)
        }
        draft.fields = all + fields
        append(draft)
    }

    private func firstSuffix(_ source: QuestionSource) -> String? {
        source.element["items"]?.elements?.first?["name"]?.string
    }

    // MARK: Types

    private mutating func readText(_ source: QuestionSource) {
        let inputType = source.element["inputType"]?.string?.lowercased() ?? "text"
        let keys: Set<String> = ["inputType", "min", "max", "step", "maxLength"]
        switch inputType {
        case "number", "range":
            var fields = numberLimits(source, defaultRange: inputType == "range" ? (0, 100) : nil)
            if let step = Self.number(source.element["step"]), step >= 1, step == step.rounded(),
                fields.allSatisfy({ $0.value.double.map { $0 == $0.rounded() } ?? true })
            {
                fields.append(JSONField(key: "integer", value: true))
            }
            finish(source, type: "number", fields: fields, kind: .number, keys: keys)
        case "date":
            var fields: [JSONField] = []
            for key in ["min", "max"] {
                if key == "max", let minimum = fields.first?.value.string,
                    let maximum = source.element[key]?.string, maximum < minimum
                {
                    warn(
                        source.place + ".max", "Liegt vor „min“; die Grenze entfällt.",
                        "lies before “min”; the limit is left out")
                } else if let text = source.element[key]?.string, Self.isISODate(text) {
                    fields.append(JSONField(key: key, value: .string(text)))
                } else if source.element[key] != nil {
                    warn(
                        source.place + "." + key, "Kein Datum der Form JJJJ-MM-TT; die Grenze entfällt.",
                        "not a date of the form YYYY-MM-DD; the limit is left out")
                }
            }
            finish(source, type: "date", fields: fields, kind: .date, keys: keys)
        default:
            var fields = textLimits(source, multiline: false)
            if inputType == "email", !fields.contains(where: { $0.key == "format" }) {
                fields.append(JSONField(key: "format", value: "email"))
            } else if !["text", "tel", "url"].contains(inputType) {
                warn(
                    source.place + ".inputType",
                    "Die Eingabeart „\(inputType)“ gibt es nicht; die Antwort wird als freier Text erfragt.",
                    "the input type “\(inputType)” does not exist here; the answer is asked for as free text")
            }
            finish(source, type: "text", fields: fields, kind: .text, keys: keys)
        }
    }

    private mutating func readBoolean(_ source: QuestionSource) {
        let element = source.element
        var labels: [JSONField] = []
        if let yes = texts.text(element["labelTrue"]) { labels.append(JSONField(key: "true", value: yes)) }
        if let no = texts.text(element["labelFalse"]) { labels.append(JSONField(key: "false", value: no)) }
        let kind = SurveyJSQuestionInfo.Kind.boolean(
            yes: element["valueTrue"].flatMap(Self.valueText), no: element["valueFalse"].flatMap(Self.valueText))
        finish(
            source, type: "boolean", fields: labels.isEmpty ? [] : [JSONField(key: "labels", value: .object(labels))],
            kind: kind, keys: ["labelTrue", "labelFalse", "label", "valueTrue", "valueFalse"],
            title: texts.text(element["title"]) ?? texts.text(element["label"]))
    }

    private mutating func readSlider(_ source: QuestionSource) {
        if source.element["sliderType"]?.string == "range" {
            skip(
                source, german: "Ein Schieberegler für Bereiche hat keine Entsprechung.",
                english: "a range slider has no equivalent")
            return
        }
        var fields = numberLimits(source, defaultRange: (0, 100))
        let step = Self.number(source.element["step"]) ?? 1
        if step == step.rounded(), fields.allSatisfy({ $0.value.double.map { $0 == $0.rounded() } ?? true }) {
            fields.append(JSONField(key: "integer", value: true))
        }
        finish(source, type: "number", fields: fields, kind: .number, keys: ["min", "max", "step", "sliderType"])
    }

    /// `multipletext` becomes one text (or number) question per item, `<name>_<item>`.
    private mutating func readMultipleText(_ source: QuestionSource) {
        let items = source.element["items"]?.elements ?? []
        guard !items.isEmpty else {
            skip(source, german: "Sie hat keine Eingabefelder.", english: "it has no input fields")
            return
        }
        warn(
            source.place, "Die Mehrfach-Texteingabe wird in \(items.count) einzelne Fragen aufgeteilt.",
            "the multiple text input is split into \(items.count) separate questions")
        let groupTitle = texts.plain(source.element["title"]) ?? source.name
        for item in items {
            let itemName = item["name"]?.string ?? ""
            let itemTitle = texts.plain(item["title"]) ?? itemName
            let title = JSON.string(groupTitle.isEmpty ? itemTitle : groupTitle + " – " + itemTitle)
            let isNumber = item["inputType"]?.string == "number"
            finish(
                source, type: isNumber ? "number" : "text", fields: [], kind: isNumber ? .number : .text,
                keys: ["items"], suffix: itemName.isEmpty ? "feld" : itemName, title: title)
        }
    }

    /// `html` (its text), `expression` (its title; the calculation is lost) and `image` (its alternative text) become notes.
    private mutating func readNote(_ source: QuestionSource) {
        let element = source.element
        let text: JSON?
        switch source.type {
        case "html":
            text = noteText(element["html"], place: source.place + ".html")
        case "expression":
            warn(
                source.place + ".expression",
                "Berechnete Werte gibt es nicht; nur der Titel wird als Hinweis übernommen.",
                "calculated values do not exist here; only the title is kept, as a note")
            text = texts.text(element["title"]) ?? (source.name.isEmpty ? nil : .string(source.name))
        default:
            warn(
                source.place, "Bilder werden nicht angezeigt; nur ihr Alternativtext wird als Hinweis übernommen.",
                "images are not shown; only their alternative text is kept, as a note")
            text = texts.text(element["altText"]) ?? texts.text(element["title"])
        }
        guard let text else {
            warn(source.place, "Ohne Text; wird übersprungen.", "no text; skipped")
            return
        }
        finish(
            source, type: "note", fields: [JSONField(key: "text", value: text)], kind: nil,
            keys: ["html", "expression", "imageLink", "altText", "contentMode", "displayStyle", "currency"],
            untitled: source.type == "expression")
    }

    /// The text of an `html` value in each language, without its markup.
    private mutating func noteText(_ value: JSONValue?, place: String) -> JSON? {
        var hadMarkup = false
        func strip(_ text: JSON) -> JSON? {
            switch text {
            case .string(let html):
                let plain = HTMLText.plain(html)
                hadMarkup = hadMarkup || plain.hadMarkup
                return plain.text.isEmpty ? nil : .string(plain.text)
            case .object(let fields):
                let stripped = fields.compactMap { field in
                    strip(field.value).map { JSONField(key: field.key, value: $0) }
                }
                return stripped.isEmpty ? nil : .object(stripped)
            default: return nil
            }
        }
        let text = texts.text(value).flatMap(strip)
        if hadMarkup {
            warn(
                place, "HTML-Auszeichnungen werden entfernt; nur der Text bleibt.",
                "HTML markup is removed; only the text is kept")
        }
        return text
    }

    // MARK: Limits

    func numberLimits(_ source: QuestionSource, defaultRange: (Double, Double)?) -> [JSONField] {
        var fields: [JSONField] = []
        let validators = source.element["validators"]?.elements ?? []
        let numeric = validators.first { $0["type"]?.string == "numeric" }
        let minimum =
            Self.number(source.element["min"]) ?? numeric.flatMap { Self.number($0["minValue"]) } ?? defaultRange?.0
        let maximum =
            Self.number(source.element["max"]) ?? numeric.flatMap { Self.number($0["maxValue"]) } ?? defaultRange?.1
        if let minimum { fields.append(JSONField(key: "min", value: .number(minimum))) }
        if let maximum, maximum >= minimum ?? maximum { fields.append(JSONField(key: "max", value: .number(maximum))) }
        return fields
    }

    func textLimits(_ source: QuestionSource, multiline: Bool) -> [JSONField] {
        var fields: [JSONField] = multiline ? [JSONField(key: "multiline", value: true)] : []
        let validators = source.element["validators"]?.elements ?? []
        let lengths = validators.first { $0["type"]?.string == "text" }
        if let length = (source.element["maxLength"]?.int).flatMap({ $0 > 0 ? $0 : nil })
            ?? lengths.flatMap({ $0["maxLength"]?.int }).flatMap({ $0 > 0 ? $0 : nil })
        {
            fields.append(JSONField(key: "maxLength", value: .number(Double(length))))
        }
        if let regex = validators.first(where: { $0["type"]?.string == "regex" }), let pattern = regex["regex"]?.string
        {
            fields.append(JSONField(key: "pattern", value: .string(pattern)))
            if let message = texts.text(regex["text"]) {
                fields.append(JSONField(key: "patternMessage", value: message))
            }
        }
        if validators.contains(where: { $0["type"]?.string == "email" }),
            !fields.contains(where: { $0.key == "format" })
        {
            fields.append(JSONField(key: "format", value: "email"))
        }
        return fields
    }

    /// A SurveyJS number, written as a number or as text (`"min": "0"`).
    static func number(_ value: JSONValue?) -> Double? {
        guard let value else { return nil }
        return value.double ?? value.string.flatMap { Double($0.trimmingSpaces) }
    }

    /// A choice value or stored value as text: strings as they are, numbers as SurveyJS writes them.
    static func valueText(_ value: JSONValue) -> String? {
        if let text = value.string { return text }
        if let number = value.double { return SurveyJSNumber.text(number) }
        if let flag = value.bool { return flag ? "true" : "false" }
        return nil
    }

    private static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-")
        return parts.count == 3 && parts[0].count == 4 && parts[1].count == 2 && parts[2].count == 2
            && parts.allSatisfy { $0.allSatisfy(\.isASCIIDigit) }
    }
}
