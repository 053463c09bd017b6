import StrictJSON

/// Edits of texts and of the survey's languages.
extension DefinitionEdit {
    static func setText(_ text: String, language: String?, at path: DefinitionPath, in definition: JSON)
        throws(DefinitionEditError) -> DefinitionEditOutcome
    {
        guard let language else {
            return DefinitionEditOutcome(
                definition: try definition.setting(.string(text), at: path), touched: [path.parent])
        }
        var fields: [JSONField]
        switch definition.value(at: path) {
        case .object(let existing)?: fields = existing
        case .string(let plain)?:
            // A plain string stood for every language; it stays the text of the others.
            fields = DefinitionOutline(definition: definition).languages.map {
                JSONField(key: $0, value: .string(plain))
            }
        default: fields = []
        }
        if let position = fields.firstIndex(where: { $0.key == language }) {
            fields[position].value = .string(text)
        } else {
            fields.append(JSONField(key: language, value: .string(text)))
        }
        return DefinitionEditOutcome(
            definition: try definition.setting(.object(fields), at: path), touched: [path.parent])
    }

    static func addLanguage(_ code: String, to definition: JSON) throws(DefinitionEditError) -> DefinitionEditOutcome {
        guard LanguageCodes.all.contains(code) else { throw .unknownLanguage(code) }
        let languages = DefinitionOutline(definition: definition).languages
        guard !languages.contains(code) else { throw .languagePresent(code) }
        let list = DefinitionPath.root.appending("languages")
        let changed = try definition.setting(.array((languages + [code]).map(JSON.string)), at: list)
        // Every text now lacks the new language: a warning at each, within the whole definition.
        return DefinitionEditOutcome(definition: changed, touched: [.root])
    }

    static func removeLanguage(_ code: String, from definition: JSON) throws(DefinitionEditError)
        -> DefinitionEditOutcome
    {
        let languages = DefinitionOutline(definition: definition).languages
        guard languages.contains(code) else { throw .languageAbsent(code) }
        guard languages.count > 1 else { throw .lastLanguage(code) }
        var changed = try definition.setting(
            .array(languages.filter { $0 != code }.map(JSON.string)), at: DefinitionPath.root.appending("languages"))
        for path in DefinitionTexts.paths(in: definition) {
            guard case .object(let fields)? = changed.value(at: path), fields.contains(where: { $0.key == code })
            else { continue }
            let rest = fields.filter { $0.key != code }
            // A text written only in the removed language is kept as a plain string rather than lost.
            let text: JSON = rest.isEmpty ? (fields.first { $0.key == code }?.value ?? .string("")) : .object(rest)
            changed = try changed.setting(text, at: path)
        }
        return DefinitionEditOutcome(definition: changed, touched: [.root])
    }
}
