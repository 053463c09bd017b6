import Foundation
import StrictJSON

/// Options, the "other" choice and the limits of a converted question.
extension DefinitionBuilder {
    // MARK: Options

    typealias Options = (json: [JSON], codes: [String: String])

    /// The answer options of scale 0, or nil (with a warning) when there are none.
    mutating func answerOptions(_ question: Question, place: String, other: Bool) -> Options? {
        let answers = (structure.answers[question.id] ?? []).filter { $0.scale == 0 }
        let options = options(
            answers.map { ($0.code, $0.texts) }, place: place, reserved: other ? ["other"] : [], exclusive: [])
        guard !options.json.isEmpty else {
            _ = skip(
                question, place: place, german: "die Frage hat keine Antwortoptionen",
                english: "the question has no answer options")
            return nil
        }
        return options
    }

    /// The subquestions of a multiple choice as its options.
    mutating func subquestionOptions(_ question: Question, place: String, other: Bool) -> Options? {
        let subquestions = (structure.subquestions[question.id] ?? []).filter { $0.scale == 0 }
        let exclusive = Set(
            structure.attribute("exclude_all_others", of: question).split(separator: ";").map {
                $0.trimmingCharacters(in: .whitespaces)
            })
        let options = options(
            subquestions.map { ($0.code, $0.texts) }, place: place, reserved: other ? ["other"] : [],
            exclusive: exclusive)
        guard !options.json.isEmpty else {
            _ = skip(
                question, place: place, german: "die Frage hat keine Optionen", english: "the question has no options")
            return nil
        }
        return options
    }

    mutating func options(
        _ items: [(code: String, texts: [String: String])], place: String, reserved: Set<String>, exclusive: Set<String>
    ) -> Options {
        var values = OptionValueAllocator(reserved: reserved)
        var json: [JSON] = []
        var codes: [String: String] = [:]
        for item in items where codes[item.code] == nil {
            let value = values.value(for: item.code)
            codes[item.code] = value
            let label =
                texts.json(item.texts, multiline: false, place: place, field: .option(item.code), log: &log)
                ?? .string(item.code)
            var fields = [JSONField(key: "value", value: .string(value)), JSONField(key: "label", value: label)]
            if exclusive.contains(item.code) { fields.append(JSONField(key: "exclusive", value: true)) }
            json.append(.object(fields))
        }
        return (json, codes)
    }

    mutating func otherChoice(_ question: Question, place: String) -> [JSONField] {
        guard question.other else { return [] }
        let label =
            texts.json(
                structure.localizedAttribute("other_replace_text", of: question), multiline: false, place: place,
                field: .other, log: &log) ?? texts.json(FixedWording.other)
        return [JSONField(key: "other", value: ["label": label])]
    }

    // MARK: Limits

    func selectionLimits(_ question: Question, choices: Int) -> [JSONField] {
        let minimum = Int(structure.attribute("min_answers", of: question)).flatMap { $0 >= 0 ? $0 : nil }
        let maximum = Int(structure.attribute("max_answers", of: question)).flatMap {
            $0 >= 1 && $0 <= choices && $0 >= (minimum ?? 0) ? $0 : nil
        }
        var fields: [JSONField] = []
        if let minimum, minimum > 0, minimum <= choices {
            fields.append(JSONField(key: "minSelected", value: .number(Double(minimum))))
        }
        if let maximum { fields.append(JSONField(key: "maxSelected", value: .number(Double(maximum)))) }
        return fields
    }

    mutating func numberLimits(_ question: Question, place: String) -> [JSONField] {
        let integer = structure.attribute("num_value_int_only", of: question) == "1"
        func bound(_ name: String) -> Double? {
            guard let value = Double(structure.attribute(name, of: question)), value.isFinite else { return nil }
            return integer && value != value.rounded() ? nil : value
        }
        var fields: [JSONField] = integer ? [JSONField(key: "integer", value: true)] : []
        let minimum = bound("min_num_value_n")
        let maximum = bound("max_num_value_n")
        if let minimum, maximum.map({ minimum <= $0 }) ?? true {
            fields.append(JSONField(key: "min", value: .number(minimum)))
        }
        if let maximum, minimum.map({ $0 <= maximum }) ?? true {
            fields.append(JSONField(key: "max", value: .number(maximum)))
        }
        if let unit = texts.json(
            structure.localizedAttribute("suffix", of: question), multiline: false, place: place, field: .suffix,
            log: &log)
        {
            fields.append(JSONField(key: "unit", value: unit))
        }
        return fields
    }

    /// `rankCount` from `max_subquestions` (LimeSurvey 3 and later) or `max_answers` (before).
    func rankCount(_ question: Question, options: Int) -> [JSONField] {
        let limit = ["max_subquestions", "max_answers"].lazy.compactMap {
            Int(self.structure.attribute($0, of: question))
        }.first
        guard let limit, limit >= 1, limit < options else { return [] }
        return [JSONField(key: "rankCount", value: .number(Double(limit)))]
    }

    /// `min` and `max` of a date from `date_min` and `date_max` when they are plain dates, not equations.
    func dateLimits(_ question: Question) -> [JSONField] {
        func date(_ name: String) -> String? {
            let text = String(structure.attribute(name, of: question).prefix(10))
            let parts = text.split(separator: "-")
            guard parts.map(\.count) == [4, 2, 2], parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } })
            else { return nil }
            return text
        }
        let minimum = date("date_min")
        let maximum = date("date_max")
        if let minimum, let maximum, minimum > maximum { return [] }
        return [
            minimum.map { JSONField(key: "min", value: .string($0)) },
            maximum.map { JSONField(key: "max", value: .string($0)) },
        ].compactMap { $0 }
    }
}
