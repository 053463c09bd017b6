import StrictJSON

/// The designer names every form field by its path, so a field that holds an id, a type or an
/// option value arrives as a plain `set`, and a "delete" button as a plain `remove`. Such edits are
/// routed to the dedicated edit, which keeps the places that read the value intact.
extension DefinitionEdit {
    /// The dedicated edit for setting `value` at `path`, or nil for a text or setting.
    static func dedicatedEdit(setting value: JSON, at path: DefinitionPath) -> DefinitionEdit? {
        guard let text = value.string, let place = DefinitionPlace(path) else { return nil }
        switch place {
        case .page(let page, ["id"]): return .renamePage(page, id: text)
        case .question(let address, ["id"]): return .renameQuestion(address, id: text)
        case .question(let address, ["type"]):
            return QuestionType(rawValue: text).map { .changeType(address, to: $0) }
        case .choice(let list, let index, ["value"]): return .setChoiceValue(list, index, text)
        default: return nil
        }
    }

    /// The dedicated edit for removing what stands at `path`, or nil for a text or setting.
    static func dedicatedEdit(removing path: DefinitionPath) -> DefinitionEdit? {
        switch DefinitionPlace(path) {
        case .page(let page, [])?: .deletePage(page)
        case .question(let address, [])?: .deleteQuestion(address)
        case .choice(let list, let index, [])?: .removeChoice(list, index)
        default: nil
        }
    }

    /// Refuses to remove the id of a question that expressions read.
    static func checkRemovable(_ path: DefinitionPath, in definition: JSON) throws(DefinitionEditError) {
        guard case .question(_, ["id"])? = DefinitionPlace(path), let id = definition.value(at: path)?.string
        else { return }
        let places = DefinitionReferences(definition).expressions(readingAnyOf: [id])
        if !places.isEmpty { throw .idReferenced(id, places: places) }
    }
}

/// A path read as the page, question or choice it lies in, with the keys below that.
private enum DefinitionPlace {
    case page(Int, [String])
    case question(QuestionAddress, [String])
    case choice(ChoiceList, Int, [String])

    /// Nil for paths outside the pages and for paths with further indexes below the deepest part.
    init?(_ path: DefinitionPath) {
        var rest = path.components[...]
        func key() -> String? {
            guard case .key(let key)? = rest.first else { return nil }
            rest = rest.dropFirst()
            return key
        }
        func index() -> Int? {
            guard case .index(let index)? = rest.first else { return nil }
            rest = rest.dropFirst()
            return index
        }
        func keys() -> [String]? {
            let names = rest.compactMap { if case .key(let key) = $0 { key } else { nil } }
            return names.count == rest.count ? names : nil
        }
        guard key() == "pages", let page = index() else { return nil }
        guard rest.first == .key("questions"), rest.count >= 2 else {
            guard let names = keys() else { return nil }
            self = .page(page, names)
            return
        }
        _ = key()
        guard let question = index() else { return nil }
        let address = QuestionAddress(page: page, index: question)
        if let list = rest.first, list == .key("options") || list == .key("rows"), rest.count >= 2 {
            _ = key()
            guard let choice = index(), let names = keys() else { return nil }
            self = .choice(list == .key("rows") ? .rows(address) : .options(address), choice, names)
            return
        }
        guard let names = keys() else { return nil }
        self = .question(address, names)
    }
}
