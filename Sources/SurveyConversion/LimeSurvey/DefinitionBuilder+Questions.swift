import Foundation
import StrictJSON

/// One LimeSurvey question as one or more of our questions (see the type table in `docs/conversion.md`).
extension DefinitionBuilder {
    typealias Question = LimeSurveyStructure.Question

    mutating func convert(_ question: Question, group: Int) -> [JSON] {
        let place = ConversionLog.place(group: group, question: question.code, line: question.line)
        if let reason = Self.unsupported[question.type] {
            return skip(question, place: place, german: reason.german, english: reason.english)
        }
        guard Self.supported.contains(question.type) else {
            return skip(
                question, place: place, german: "der Fragetyp „\(question.type)“ ist unbekannt",
                english: "the question type '\(question.type)' is unknown")
        }
        if structure.attribute("hidden", of: question) == "1" {
            return skip(
                question, place: place, german: "die Frage ist in LimeSurvey verborgen",
                english: "the question is hidden in LimeSurvey")
        }
        if question.relevance.trimmingCharacters(in: .whitespacesAndNewlines) == "0" {
            return skip(
                question, place: place, german: "die Frage wird in LimeSurvey nie gezeigt (Bedingung 0)",
                english: "the question is never shown in LimeSurvey (relevance 0)")
        }
        // Translated before the question's own variables exist, so it can refer only to earlier ones.
        let condition = relevance(equation(of: question), place: place)
        warnAboutDroppedSettings(question, place: place)
        switch question.type {
        case "K", "Q":
            return split(question, place: place, condition: condition)
        default:
            let id = questionID(for: question, place: place)
            guard var fields = typeFields(question, id: id, place: place) else { return [] }
            let isNote = question.type == "X" || question.type == "*"
            var common = [
                JSONField(key: "id", value: .string(id)),
                JSONField(key: "type", value: fields.removeFirst().value),
            ]
            if !isNote {
                common.append(JSONField(key: "title", value: title(question, place: place)))
                if let help = texts.json(question.helps, multiline: true, place: place, field: .help, log: &log) {
                    common.append(JSONField(key: "help", value: help))
                }
                common += requirement(question, place: place)
            }
            if let condition { common.append(JSONField(key: "visibleIf", value: .string(condition))) }
            return [.object(common + fields)]
        }
    }

    /// The relevance equation, or for files before equations (LimeSurvey 1.91) the one its conditions make.
    private func equation(of question: Question) -> String {
        let relevance = question.relevance.trimmingCharacters(in: .whitespacesAndNewlines)
        guard relevance.isEmpty || relevance == "1", let conditions = structure.conditions[question.id] else {
            return question.relevance
        }
        return LegacyConditions.equation(conditions)
    }

    /// The types this converter maps; ``unsupported`` lists those it leaves out on purpose.
    static let supported: Set<String> = [
        "L", "!", "O", "M", "P", "N", "K", "Q", "S", "T", "U", "F", "H", "1", "A", "B", "C", "E", "R", "D", "Y", "G",
        "5", "X", "*",
    ]

    static let unsupported: [String: (german: String, english: String)] = [
        "|": ("Datei-Uploads gibt es hier nicht", "file uploads do not exist here"),
        ";": ("Arrays mit Texteingaben gibt es hier nicht", "arrays of texts do not exist here"),
        ":": ("Arrays mit Zahleneingaben gibt es hier nicht", "arrays of numbers do not exist here"),
        "I": ("die Sprachwahl bietet das Formular selbst an", "the form offers its own language switch"),
    ]

    // MARK: Common keys

    mutating func skip(_ question: Question, place: String, german: String, english: String) -> [JSON] {
        skippedVariables.insert(question.code)
        for sub in structure.subquestions[question.id] ?? [] { skippedVariables.insert("\(question.code)_\(sub.code)") }
        log.warn(
            place, german: "\(german); die Frage wurde weggelassen", english: "\(english); the question was left out")
        return []
    }

    private mutating func questionID(for question: Question, place: String) -> String {
        let id = questionIDs.name(for: question.code)
        if id != question.code {
            log.warn(
                place,
                german: "der Fragecode „\(question.code)“ ist hier keine gültige oder freie Kennung; neu: „\(id)“",
                english: "the question code '\(question.code)' is not a valid or free id here; now '\(id)'")
        }
        return id
    }

    private mutating func title(_ question: Question, place: String) -> JSON {
        if let title = texts.json(question.texts, multiline: false, place: place, field: .questionText, log: &log) {
            return title
        }
        log.warn(
            place, german: "die Frage hat keinen Text; ihr Code dient als Titel",
            english: "the question has no text; its code serves as the title")
        return .string(question.code)
    }

    private mutating func requirement(_ question: Question, place: String) -> [JSONField] {
        switch question.mandatory {
        case "Y":
            return [JSONField(key: "required", value: .bool(true))]
        case "S":
            log.warn(
                place, german: "„weiche“ Pflichtangabe (nur ein Hinweis) wird zu einer freiwilligen Frage",
                english: "soft mandatory (a reminder only) becomes an optional question")
            return []
        default:
            return []
        }
    }

    /// Settings that change what LimeSurvey accepts or shows but have no counterpart here.
    private mutating func warnAboutDroppedSettings(_ question: Question, place: String) {
        let dropped: [(String, String, String)] = [
            ("em_validation_q", "Prüfgleichung der Frage", "question validation equation"),
            ("em_validation_sq", "Prüfgleichung der Teilfragen", "subquestion validation equation"),
            ("array_filter", "Array-Filter", "array filter"),
            ("array_filter_exclude", "ausschließender Array-Filter", "array filter exclusion"),
            ("time_limit", "Zeitlimit", "time limit"),
        ]
        for (attribute, german, english) in dropped where !structure.attribute(attribute, of: question).isEmpty {
            log.warn(place, german: "\(german) nicht übernommen", english: "\(english) not carried over")
        }
        if !question.validationPattern.isEmpty {
            log.warn(
                place, german: "Prüfung mit regulärem Ausdruck nicht übernommen",
                english: "regular expression validation not carried over")
        }
    }

    // MARK: Types

    /// The `type` first, then the keys of the type; nil when the question cannot be converted.
    private mutating func typeFields(_ question: Question, id: String, place: String) -> [JSONField]? {
        func field(_ key: String, _ value: JSON) -> JSONField { JSONField(key: key, value: value) }
        switch question.type {
        case "L", "!", "O":
            guard let options = answerOptions(question, place: place, other: question.other) else { return nil }
            if question.type == "O" {
                log.warn(place, german: "das Kommentarfeld entfällt", english: "the comment field is dropped")
            }
            variables[question.code] = .question(
                id: id, kind: .choice(options.codes.merging(question.other ? ["-oth-": "other"] : [:]) { $1 }))
            return [field("type", "single"), field("options", .array(options.json))]
                + (question.type == "!" ? [field("display", "dropdown")] : []) + otherChoice(question, place: place)
        case "M", "P":
            guard let options = subquestionOptions(question, place: place, other: question.other) else { return nil }
            if question.type == "P" {
                log.warn(
                    place, german: "die Kommentarfelder je Option entfallen",
                    english: "the comment fields of the options are dropped")
            }
            variables[question.code] = .question(id: id, kind: .choices(options.codes))
            for (code, value) in options.codes {
                variables["\(question.code)_\(code)"] = .option(question: id, value: value)
            }
            if question.other { variables["\(question.code)_other"] = .option(question: id, value: "other") }
            return [field("type", "multiple"), field("options", .array(options.json))]
                + selectionLimits(question, choices: options.json.count + (question.other ? 1 : 0))
                + otherChoice(question, place: place)
        case "N":
            variables[question.code] = .question(id: id, kind: .number)
            return [field("type", "number")] + numberLimits(question, place: place)
        case "S", "T", "U":
            variables[question.code] = .question(id: id, kind: .text)
            var fields = [field("type", "text")]
            if question.type != "S" { fields.append(field("multiline", true)) }
            if let length = Int(structure.attribute("maximum_chars", of: question)), length >= 1 {
                fields.append(field("maxLength", .number(Double(length))))
            }
            return fields
        case "F", "H", "1":
            if question.type == "1" {
                log.warn(
                    place, german: "Matrix mit zwei Skalen: nur die erste Skala wird übernommen",
                    english: "dual scale array: only the first scale is carried over")
            }
            guard let options = answerOptions(question, place: place, other: false) else { return nil }
            return matrix(
                question, id: id, place: place, cell: .choice(options.codes),
                cells: field("options", .array(options.json)))
        case "A", "B":
            let to = question.type == "A" ? 5 : 10
            return matrix(
                question, id: id, place: place, cell: .number,
                cells: field("scale", ["from": 1, "to": .number(Double(to))]))
        case "C", "E":
            let fixed = question.type == "C" ? FixedWording.yesNoUncertain : FixedWording.increaseSameDecrease
            let options = JSON.array(fixed.map { ["value": .string($0.0), "label": texts.json($0.1)] })
            let codes = Dictionary(uniqueKeysWithValues: fixed.map { ($0.0, $0.0) })
            return matrix(question, id: id, place: place, cell: .choice(codes), cells: field("options", options))
        case "R":
            guard let options = answerOptions(question, place: place, other: false) else { return nil }
            variables[question.code] = .question(id: id, kind: .choices(options.codes))
            return [field("type", "ranking"), field("options", .array(options.json))]
                + rankCount(question, options: options.json.count)
        case "D":
            variables[question.code] = .question(id: id, kind: .date)
            return [field("type", "date")] + dateLimits(question)
        case "Y":
            variables[question.code] = .question(id: id, kind: .boolean)
            return [field("type", "boolean")]
        case "G":
            variables[question.code] = .question(id: id, kind: .choice(["F": "F", "M": "M"]))
            let options = FixedWording.gender.map {
                JSON.object([
                    JSONField(key: "value", value: .string($0.0)), JSONField(key: "label", value: texts.json($0.1)),
                ])
            }
            return [field("type", "single"), field("options", .array(options))]
        case "5":
            variables[question.code] = .question(id: id, kind: .number)
            return [field("type", "scale"), field("scale", ["from": 1, "to": 5])]
        default: // "X" and "*"
            if question.type == "*" {
                log.warn(
                    place, german: "Gleichungen werden hier nicht berechnet; ihr Text wird als Hinweis gezeigt",
                    english: "equations are not computed here; their text is shown as a note")
            }
            guard let text = texts.json(question.texts, multiline: true, place: place, field: .text, log: &log) else {
                log.warn(
                    place, german: "der Hinweis hat keinen Text und entfällt",
                    english: "the note has no text and is dropped")
                return nil
            }
            return [field("type", "note"), field("text", text)]
        }
    }

    /// K and Q: one number or text question per subquestion, titled "question – subquestion".
    private mutating func split(_ question: Question, place: String, condition: String?) -> [JSON] {
        let isNumber = question.type == "K"
        let rows = (structure.subquestions[question.id] ?? []).filter { $0.scale == 0 }
        guard !rows.isEmpty else {
            return skip(
                question, place: place, german: "die Frage hat keine Teilfragen",
                english: "the question has no subquestions")
        }
        log.warn(
            place,
            german: "wird zu \(rows.count) einzelnen \(isNumber ? "Zahlen" : "Text")fragen, eine je Teilfrage",
            english: "becomes \(rows.count) separate \(isNumber ? "number" : "text") questions, one per subquestion")
        var questions: [JSON] = []
        for sub in rows {
            let code = "\(question.code)_\(sub.code)"
            let id = questionIDs.name(for: code)
            var combined: [String: String] = [:]
            for (language, text) in question.texts { combined[language] = "\(text) – \(sub.texts[language] ?? "")" }
            var fields = [
                JSONField(key: "id", value: .string(id)),
                JSONField(key: "type", value: .string(isNumber ? "number" : "text")),
                JSONField(
                    key: "title",
                    value: texts.json(combined, multiline: false, place: place, field: .questionText, log: &log)
                        ?? .string(code)),
            ]
            fields += requirement(question, place: place)
            if let condition { fields.append(JSONField(key: "visibleIf", value: .string(condition))) }
            if isNumber { fields += numberLimits(question, place: place) }
            variables[code] = .question(id: id, kind: isNumber ? .number : .text)
            questions.append(.object(fields))
        }
        return questions
    }

    private mutating func matrix(
        _ question: Question, id: String, place: String, cell: ConvertedVariable.Kind, cells: JSONField
    ) -> [JSONField]? {
        let subquestions = (structure.subquestions[question.id] ?? []).filter { $0.scale == 0 }
        guard !subquestions.isEmpty else {
            _ = skip(question, place: place, german: "die Matrix hat keine Zeilen", english: "the array has no rows")
            return nil
        }
        var names = NameAllocator(prefix: "r")
        var rows: [JSON] = []
        variables[question.code] = .question(id: id, kind: .matrix)
        for sub in subquestions {
            let row = names.name(for: sub.code)
            let label =
                texts.json(sub.texts, multiline: false, place: place, field: .subquestion(sub.code), log: &log)
                ?? .string(sub.code)
            rows.append(["value": .string(row), "label": label])
            variables["\(question.code)_\(sub.code)"] = .matrixRow(question: id, row: row, cell: cell)
        }
        return [JSONField(key: "type", value: "matrix"), JSONField(key: "rows", value: .array(rows)), cells]
    }
}
