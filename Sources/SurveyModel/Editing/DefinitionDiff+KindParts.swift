/// A question type's own settings taken apart into values the diff compares one by one.
struct QuestionKindParts {
    var settings: [(DefinitionChange.Setting, DefinitionChange.Value)] = []
    var texts: [(DefinitionChange.TextField, LocalizedText)] = []
    var optionLists: [(DefinitionChange.OptionList, [Option])] = []

    mutating func set(_ setting: DefinitionChange.Setting, _ value: DefinitionChange.Value?) {
        if let value { settings.append((setting, value)) }
    }

    mutating func set(_ field: DefinitionChange.TextField, _ text: LocalizedText?) {
        if let text { texts.append((field, text)) }
    }

    /// The points, labels and "not applicable" label of a scale.
    mutating func add(_ scale: ScaleSettings) {
        set(.scaleFrom, .number(Double(scale.from)))
        set(.scaleTo, .number(Double(scale.to)))
        for point in scale.labels.keys.sorted() { set(.scaleLabel(point), scale.labels[point]) }
        set(.notApplicable, scale.notApplicable)
    }
}

extension QuestionKind {
    /// The settings, texts and option lists of this type, in the order the definition format lists them.
    var diffParts: QuestionKindParts {
        var parts = QuestionKindParts()
        switch self {
        case .text(let settings):
            parts.set(.multiline, .bool(settings.multiline))
            parts.set(.maxLength, settings.maxLength.map { .number(Double($0)) })
            parts.set(.pattern, settings.pattern.map { .verbatim($0) })
            parts.set(.patternMessage, settings.patternMessage)
            parts.set(.format, settings.format.map { .format($0) })
        case .number(let settings):
            parts.set(.integer, .bool(settings.integer))
            parts.set(.min, settings.min.map { .number($0) })
            parts.set(.max, settings.max.map { .number($0) })
            parts.set(.unit, settings.unit)
        case .single(let settings):
            parts.optionLists.append((.options, settings.options))
            parts.set(.display, .display(settings.display))
            parts.set(.otherLabel, settings.other)
        case .multiple(let settings):
            parts.optionLists.append((.options, settings.options))
            parts.set(.minSelected, settings.minSelected.map { .number(Double($0)) })
            parts.set(.maxSelected, settings.maxSelected.map { .number(Double($0)) })
            parts.set(.otherLabel, settings.other)
        case .boolean(let settings):
            parts.set(.trueLabel, settings.trueLabel)
            parts.set(.falseLabel, settings.falseLabel)
        case .scale(let settings):
            parts.add(settings)
        case .matrix(let settings):
            parts.optionLists.append((.rows, settings.rows))
            switch settings.cells {
            case .scale(let scale):
                parts.set(.matrixCells, .matrixOnScale(true))
                parts.add(scale)
            case .options(let options):
                parts.set(.matrixCells, .matrixOnScale(false))
                parts.optionLists.append((.columns, options))
            }
        case .ranking(let settings):
            parts.optionLists.append((.options, settings.options))
            parts.set(.rankCount, settings.rankCount.map { .number(Double($0)) })
        case .date(let settings):
            parts.set(.min, settings.min.map { .date($0) })
            parts.set(.max, settings.max.map { .date($0) })
        case .note(let text):
            parts.set(.noteText, text)
        }
        return parts
    }
}
