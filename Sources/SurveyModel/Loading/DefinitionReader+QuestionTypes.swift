import Foundation
import StrictJSON

/// Reading the settings each question type has of its own.
extension DefinitionReader {
    /// The type with its settings; nil when a setting the type cannot do without is broken.
    mutating func readKind(_ type: QuestionType, _ object: ObjectFields) -> QuestionKind? {
        switch type {
        case .text: return .text(readTextSettings(object))
        case .number: return .number(readNumberSettings(object))
        case .single:
            let options = readChoiceOptions(object, exclusiveAllowed: false)
            let display = enumeration(object, "display", ChoiceDisplay.self) ?? .radio
            return .single(SingleChoiceSettings(options: options, display: display, other: readOther(object, options)))
        case .multiple: return .multiple(readMultipleSettings(object))
        case .boolean: return .boolean(readBooleanSettings(object))
        case .scale:
            guard let value = required(object, "scale"),
                let scale = readScale(value, of: object.place, notApplicable: readNotApplicable(object))
            else { return nil }
            return .scale(scale)
        case .matrix: return readMatrix(object).map(QuestionKind.matrix)
        case .ranking:
            let options = readChoiceOptions(object, exclusiveAllowed: false)
            var rankCount = integer(object, "rankCount", minimum: 1)
            if let count = rankCount, !options.isEmpty, count > options.count, let value = object["rankCount"] {
                error(
                    DiagnosticMessage(
                        .rankCountTooLarge,
                        parts: [.phrase(object.place), .literal(String(count)), .literal(String(options.count))]),
                    at: value.offset)
                rankCount = nil
            }
            return .ranking(RankingSettings(options: options, rankCount: rankCount))
        case .date: return .date(readDateSettings(object))
        case .note:
            guard let text = requiredText(object, "text") else { return nil }
            return .note(text)
        }
    }

    private mutating func readTextSettings(_ object: ObjectFields) -> TextSettings {
        var settings = TextSettings()
        settings.multiline = bool(object, "multiline") ?? false
        settings.maxLength = integer(object, "maxLength", minimum: 1)
        settings.format = enumeration(object, "format", TextFormat.self)
        settings.patternMessage = optionalText(object, "patternMessage")
        if let value = object["pattern"], let pattern = string(value, what: Self.place("pattern", of: object.place)) {
            do {
                _ = try NSRegularExpression(pattern: pattern)
                settings.pattern = pattern
            } catch {
                self.error(DiagnosticMessage(.patternInvalid, parts: [.phrase(object.place)]), at: value.offset)
            }
        }
        if let member = object.member("patternMessage"), object["pattern"] == nil {
            error(
                DiagnosticMessage(.patternMessageWithoutPattern, parts: [.phrase(object.place)]), at: member.keyOffset)
        }
        return settings
    }

    private mutating func readNumberSettings(_ object: ObjectFields) -> NumberSettings {
        var settings = NumberSettings()
        settings.integer = bool(object, "integer") ?? false
        settings.unit = optionalText(object, "unit")
        settings.min = number(object, "min")
        settings.max = number(object, "max")
        if settings.integer {
            for key in ["min", "max"] {
                if let value = object[key], let bound = value.double, bound.rounded() != bound {
                    error(
                        DiagnosticMessage(
                            .integerBoundFraction,
                            parts: [.literal(key), .phrase(object.place), .literal(Self.format(bound))]),
                        at: value.offset)
                }
            }
        }
        checkOrder(object, settings.min, settings.max, format: Self.format)
        return settings
    }

    private mutating func readDateSettings(_ object: ObjectFields) -> DateSettings {
        func bound(_ key: String) -> CalendarDate? {
            guard let value = object[key], let text = string(value, what: Self.place(key, of: object.place)) else {
                return nil
            }
            guard let date = CalendarDate(iso: text) else {
                error(
                    DiagnosticMessage(.dateBoundFormat, parts: [.literal(key), .phrase(object.place), .literal(text)]),
                    at: value.offset)
                return nil
            }
            return date
        }
        let settings = DateSettings(min: bound("min"), max: bound("max"))
        checkOrder(object, settings.min, settings.max, format: \.description)
        return settings
    }

    /// Reports `min` above `max`.
    private mutating func checkOrder<Bound: Comparable>(
        _ object: ObjectFields, _ min: Bound?, _ max: Bound?, format: (Bound) -> String
    ) {
        if let min, let max, min > max, let value = object["max"] {
            error(
                DiagnosticMessage(
                    .maxBelowMin, parts: [.phrase(object.place), .literal(format(max)), .literal(format(min))]),
                at: value.offset)
        }
    }

    private mutating func readMultipleSettings(_ object: ObjectFields) -> MultipleChoiceSettings {
        let options = readChoiceOptions(object, exclusiveAllowed: true)
        let other = readOther(object, options)
        var minSelected = integer(object, "minSelected", minimum: 0)
        var maxSelected = integer(object, "maxSelected", minimum: 1)
        let available = options.count + (other == nil ? 0 : 1)
        for (key, count) in [("minSelected", minSelected), ("maxSelected", maxSelected)] {
            if let count, !options.isEmpty, count > available, let value = object[key] {
                let lowest = key == "minSelected" ? "0" : "1"
                error(
                    DiagnosticMessage(
                        .selectionCountTooLarge,
                        parts: [
                            .literal(key), .phrase(object.place), .literal(String(count)), .literal(String(available)),
                            .literal(lowest),
                        ]), at: value.offset)
                if key == "minSelected" { minSelected = nil } else { maxSelected = nil }
            }
        }
        if let low = minSelected, let high = maxSelected, low > high, let value = object["minSelected"] {
            error(
                DiagnosticMessage(
                    .minSelectedAboveMax, parts: [.phrase(object.place), .literal(String(low)), .literal(String(high))]),
                at: value.offset)
        } else if let low = minSelected, low >= 2, let exclusive = options.first(where: \.exclusive),
            let value = object["minSelected"]
        {
            report(
                .warning,
                DiagnosticMessage(
                    .exclusiveUnreachable,
                    parts: [.phrase(object.place), .literal(String(low)), .literal(exclusive.value)]),
                at: value.offset)
        }
        return MultipleChoiceSettings(
            options: options, minSelected: minSelected, maxSelected: maxSelected, other: other)
    }

    private mutating func readBooleanSettings(_ object: ObjectFields) -> BooleanSettings {
        guard let value = object["labels"],
            let labels = self.object(
                value, place: Self.place("labels", of: object.place), keys: DefinitionKeys.booleanLabels)
        else { return BooleanSettings() }
        return BooleanSettings(trueLabel: optionalText(labels, "true"), falseLabel: optionalText(labels, "false"))
    }

    private mutating func readMatrix(_ object: ObjectFields) -> MatrixSettings? {
        var rows: [Option] = []
        if let value = required(object, "rows"), let elements = array(value, what: Self.place("rows", of: object.place))
        {
            if elements.isEmpty {
                error(DiagnosticMessage(.rowsEmpty, parts: [.phrase(object.place)]), at: value.offset)
            }
            var seen: [String: SourceLocation] = [:]
            for (index, element) in elements.enumerated() {
                let place =
                    element["value"]?.string.map {
                        DiagnosticMessage(.placeRow, parts: [.literal($0), .phrase(object.place)])
                    }
                    ?? DiagnosticMessage(.placeRowNumber, parts: [.literal(String(index + 1)), .phrase(object.place)])
                guard let row = self.object(element, place: place, keys: DefinitionKeys.row),
                    let value = readValue(row, kind: .row, of: object.place, valid: Identifier.isName, seen: &seen),
                    let label = requiredText(row, "label")
                else { continue }
                rows.append(Option(value: value, label: label))
            }
        }
        let notApplicable = readNotApplicable(object)
        switch (object["scale"], object["options"]) {
        case (let scale?, nil):
            return readScale(scale, of: object.place, notApplicable: notApplicable)
                .map { MatrixSettings(rows: rows, cells: .scale($0)) }
        case (nil, let options?):
            if let member = object.member("notApplicable") {
                error(
                    DiagnosticMessage(.matrixNotApplicableWithOptions, parts: [.phrase(object.place)]),
                    at: member.keyOffset)
            }
            return MatrixSettings(
                rows: rows, cells: .options(readOptions(options, of: object.place, exclusiveAllowed: false)))
        case (_?, _?):
            if let member = object.member("options") {
                error(DiagnosticMessage(.matrixScaleAndOptions, parts: [.phrase(object.place)]), at: member.keyOffset)
            }
            return nil
        case (nil, nil):
            error(DiagnosticMessage(.matrixWithoutCells, parts: [.phrase(object.place)]), at: object.value.offset)
            return nil
        }
    }

    /// Reads `scale: {"from", "to", "labels"}`.
    private mutating func readScale(_ value: JSONValue, of owner: DiagnosticMessage, notApplicable: LocalizedText?)
        -> ScaleSettings?
    {
        guard let scale = object(value, place: Self.place("scale", of: owner), keys: DefinitionKeys.scale) else {
            return nil
        }
        let fromValue = required(scale, "from")
        let toValue = required(scale, "to")
        guard let from = integer(scale, "from", minimum: -100), let to = integer(scale, "to", minimum: -100),
            fromValue != nil, let toValue
        else { return nil }
        guard from < to else {
            error(
                DiagnosticMessage(
                    .scaleToNotAboveFrom, parts: [.phrase(owner), .literal(String(to)), .literal(String(from))]),
                at: toValue.offset)
            return nil
        }
        guard to - from <= 100 else {
            error(
                DiagnosticMessage(.scaleTooManyPoints, parts: [.phrase(owner), .literal(String(to - from + 1))]),
                at: toValue.offset)
            return nil
        }
        var labels: [Int: LocalizedText] = [:]
        if let labelValue = scale["labels"], let members = labelValue.members {
            for member in members {
                guard let point = Int(member.key), (from...to).contains(point) else {
                    error(
                        DiagnosticMessage(
                            .scaleLabelOutOfRange,
                            parts: [.literal(member.key), .phrase(owner), .literal(String(from)), .literal(String(to))]),
                        at: member.keyOffset)
                    continue
                }
                labels[point] = text(
                    member.value,
                    what: DiagnosticMessage(.placeScaleLabel, parts: [.literal(String(point)), .phrase(owner)]))
            }
        } else if let labelValue = scale["labels"] {
            error(
                DiagnosticMessage(
                    .scaleLabelsNotObject,
                    parts: [
                        .phrase(owner), .literal(String(from)), .literal(String(to)),
                        .phrase(Self.describe(labelValue)),
                    ]), at: labelValue.offset)
        }
        return ScaleSettings(from: from, to: to, labels: labels, notApplicable: notApplicable)
    }

    private mutating func readNotApplicable(_ object: ObjectFields) -> LocalizedText? {
        labelObject(object, "notApplicable", keys: DefinitionKeys.notApplicable)
    }

    /// Reads `other: {"label": …}` and checks that no option uses the value an "other" answer takes.
    private mutating func readOther(_ object: ObjectFields, _ options: [Option]) -> LocalizedText? {
        guard let label = labelObject(object, "other", keys: DefinitionKeys.other) else { return nil }
        if options.contains(where: { $0.value == Question.otherValue }), let member = object.member("other") {
            error(
                DiagnosticMessage(.otherValueClash, parts: [.phrase(object.place), .literal(Question.otherValue)]),
                at: member.keyOffset)
        }
        return label
    }

    /// Reads an object `{"label": …}` under `key`.
    private mutating func labelObject(_ object: ObjectFields, _ key: String, keys: [String]) -> LocalizedText? {
        guard let value = object[key],
            let fields = self.object(value, place: Self.place(key, of: object.place), keys: keys)
        else { return nil }
        return requiredText(fields, "label")
    }

    private mutating func readChoiceOptions(_ object: ObjectFields, exclusiveAllowed: Bool) -> [Option] {
        guard let value = required(object, "options") else { return [] }
        return readOptions(value, of: object.place, exclusiveAllowed: exclusiveAllowed)
    }

    /// Reads an array of `{"value", "label", "exclusive"}`.
    mutating func readOptions(_ value: JSONValue, of owner: DiagnosticMessage, exclusiveAllowed: Bool) -> [Option] {
        guard let elements = array(value, what: Self.place("options", of: owner)) else { return [] }
        if elements.isEmpty {
            error(DiagnosticMessage(.optionsEmpty, parts: [.phrase(owner)]), at: value.offset)
        }
        var options: [Option] = []
        var seen: [String: SourceLocation] = [:]
        for (index, element) in elements.enumerated() {
            let place =
                element["value"]?.string.map { DiagnosticMessage(.placeOption, parts: [.literal($0), .phrase(owner)]) }
                ?? DiagnosticMessage(.placeOptionNumber, parts: [.literal(String(index + 1)), .phrase(owner)])
            guard let fields = object(element, place: place, keys: DefinitionKeys.option) else { continue }
            let optionValue = readValue(fields, kind: .option, of: owner, valid: Identifier.isOptionValue, seen: &seen)
            let label = requiredText(fields, "label")
            let exclusive = bool(fields, "exclusive") ?? false
            if !exclusiveAllowed, let member = fields.member("exclusive") {
                error(DiagnosticMessage(.exclusiveOutsideMultiple, parts: [.phrase(place)]), at: member.keyOffset)
            }
            if let optionValue, let label {
                options.append(Option(value: optionValue, label: label, exclusive: exclusive))
            }
        }
        return options
    }

    /// Reads the `value` of an option or row and checks its spelling and uniqueness.
    private mutating func readValue(
        _ fields: ObjectFields, kind: DefinitionPart, of owner: DiagnosticMessage, valid: (String) -> Bool,
        seen: inout [String: SourceLocation]
    ) -> String? {
        guard let value = required(fields, "value"),
            let text = string(value, what: Self.place("value", of: fields.place))
        else { return nil }
        guard valid(text) else {
            error(DiagnosticMessage(kind == .row ? .rowValuePattern : .optionValuePattern, text), at: value.offset)
            return nil
        }
        if let first = seen[text] {
            error(
                DiagnosticMessage(
                    .duplicateValue,
                    parts: [.phrase(kind.name), .literal(text), .phrase(owner), .literal(String(first.line))]),
                at: value.offset)
            return nil
        }
        seen[text] = locate(value)
        return text
    }
}
