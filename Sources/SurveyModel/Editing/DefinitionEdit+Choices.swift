import StrictJSON

/// Edits of options and matrix rows, and of the extra answers "other" and "not applicable".
extension DefinitionEdit {
    /// The choices of `list`; refused for a question whose type has no such list (rows outside a
    /// matrix, options on a scale or on a matrix answered on a scale).
    static func choices(_ list: ChoiceList, in definition: JSON) throws(DefinitionEditError) -> [JSON] {
        let type = try DefinitionOutline(definition: definition).type(of: list.question)
        let hasScale = definition.value(at: list.question.path.appending("scale")) != nil
        switch list {
        case .rows where type != .matrix:
            throw .featureNotOffered(feature: "rows", type: type.rawValue)
        case .options where ![.single, .multiple, .ranking, .matrix].contains(type) || (type == .matrix && hasScale):
            throw .featureNotOffered(feature: "options", type: type.rawValue)
        default: break
        }
        guard let value = definition.value(at: list.path) else { return [] }
        guard let elements = value.elements else { throw .unexpectedShape(at: list.path) }
        return elements
    }

    static func addChoice(to list: ChoiceList, in definition: JSON) throws(DefinitionEditError)
        -> DefinitionEditOutcome
    {
        let elements = try choices(list, in: definition)
        let isRow = if case .rows = list { true } else { false }
        let used = Set(elements.compactMap { $0["value"]?.string })
        let languages = DefinitionOutline(definition: definition).languages
        var number = elements.count + 1
        var choice = StarterContent.choice(number, row: isRow, languages: languages)
        while let value = choice["value"]?.string, used.contains(value) {
            number += 1
            choice = StarterContent.choice(number, row: isRow, languages: languages)
        }
        let changed = try definition.setting(.array(elements + [choice]), at: list.path)
        return DefinitionEditOutcome(
            definition: changed, touched: [list.path.parent], created: list.path.appending(elements.count))
    }

    static func removeChoice(_ index: Int, of list: ChoiceList, in definition: JSON) throws(DefinitionEditError)
        -> DefinitionEditOutcome
    {
        let path = list.path.appending(index)
        guard let value = definition.value(at: path) else { throw .noValue(at: path) }
        if let old = value["value"]?.string {
            let places = try referencePlaces(of: old, in: list, definition)
            if !places.isEmpty { throw .valueReferenced(old, places: places) }
        }
        // The question is touched, not only the list: a count such as `rankCount` may now be too large.
        return DefinitionEditOutcome(definition: try definition.removing(at: path), touched: [list.question.path])
    }

    static func setChoiceValue(_ value: String, of index: Int, in list: ChoiceList, _ definition: JSON)
        throws(DefinitionEditError) -> DefinitionEditOutcome
    {
        let elements = try choices(list, in: definition)
        let path = list.path.appending(index)
        guard elements.indices.contains(index) else { throw .noValue(at: path) }
        let old = elements[index]["value"]?.string
        if old == value { return DefinitionEditOutcome(definition: definition, touched: []) }
        switch list {
        case .options: guard Identifier.isOptionValue(value) else { throw .notAnOptionValue(value) }
        case .rows: guard Identifier.isName(value) else { throw .notAnIdentifier(value) }
        }
        if elements.contains(where: { $0["value"]?.string == value }) { throw .valueTaken(value) }
        if let old {
            let places = try referencePlaces(of: old, in: list, definition)
            if !places.isEmpty { throw .valueReferenced(old, places: places) }
        }
        let changed = try definition.setting(.string(value), at: path.appending("value"))
        // An option named `other` clashes with the "other" choice, which the loader reports at the question.
        return DefinitionEditOutcome(definition: changed, touched: [list.question.path])
    }

    /// The expressions that compare with option `value`, or read row `value`, of the list's question.
    private static func referencePlaces(of value: String, in list: ChoiceList, _ definition: JSON)
        throws(DefinitionEditError) -> [DefinitionPath]
    {
        let fields = try DefinitionOutline(definition: definition).question(list.question)
        guard let id = fields.first(where: { $0.key == "id" })?.value.string else { return [] }
        let references = DefinitionReferences(definition)
        switch list {
        case .options: return references.places(comparing: value, withQuestion: id)
        case .rows: return references.places(readingRow: value, ofMatrix: id)
        }
    }

    static func setOther(_ on: Bool, _ address: QuestionAddress, in definition: JSON) throws(DefinitionEditError)
        -> DefinitionEditOutcome
    {
        let type = try DefinitionOutline(definition: definition).type(of: address)
        guard type == .single || type == .multiple else {
            throw .featureNotOffered(feature: "other", type: type.rawValue)
        }
        return try toggle("other", on, at: address, in: definition) {
            StarterContent.other(languages: $0)
        }
    }

    static func setNotApplicable(_ on: Bool, _ address: QuestionAddress, in definition: JSON)
        throws(DefinitionEditError) -> DefinitionEditOutcome
    {
        let type = try DefinitionOutline(definition: definition).type(of: address)
        let hasScale = definition.value(at: address.path.appending("scale")) != nil
        guard type == .scale || (type == .matrix && hasScale) else {
            throw .featureNotOffered(feature: "notApplicable", type: type.rawValue)
        }
        return try toggle("notApplicable", on, at: address, in: definition) {
            StarterContent.notApplicable(languages: $0)
        }
    }

    /// Adds `key` with its starting content, or removes it; nothing changes when it is already so.
    private static func toggle(
        _ key: String, _ on: Bool, at address: QuestionAddress, in definition: JSON, starter: ([String]) -> JSON
    ) throws(DefinitionEditError) -> DefinitionEditOutcome {
        let path = address.path.appending(key)
        let present = definition.value(at: path) != nil
        guard on != present else { return DefinitionEditOutcome(definition: definition, touched: []) }
        let languages = DefinitionOutline(definition: definition).languages
        let changed = on ? try definition.setting(starter(languages), at: path) : try definition.removing(at: path)
        return DefinitionEditOutcome(definition: changed, touched: [address.path])
    }
}
