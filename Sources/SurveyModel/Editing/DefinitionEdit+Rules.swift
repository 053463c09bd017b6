import StrictJSON

/// Edits of a question's validation rules (`validate`), which no single form field can add or remove.
extension DefinitionEdit {
    /// Appends a rule that loads as it is: it asks for the question's own answer, which a rule
    /// checks only when there is one, so it holds until the person writes the real condition.
    static func addRule(to address: QuestionAddress, in definition: JSON) throws(DefinitionEditError)
        -> DefinitionEditOutcome
    {
        let fields = try DefinitionOutline(definition: definition).question(address)
        let type = try DefinitionOutline(definition: definition).type(of: address)
        guard type != .note else { throw .featureNotOffered(feature: "validate", type: type.rawValue) }
        let list = address.path.appending("validate")
        let rules = try rules(at: list, in: definition)
        let id = fields.first { $0.key == "id" }?.value.string ?? ""
        let languages = DefinitionOutline(definition: definition).languages
        let rule = JSON.object([
            JSONField(key: "expr", value: .string("answered(\(id))")),
            JSONField(
                key: "message",
                value: StarterContent.text(
                    "Bitte prüfen Sie Ihre Angabe.", "Please check your answer.", languages: languages)),
        ])
        let changed = try definition.setting(.array(rules + [rule]), at: list)
        return DefinitionEditOutcome(
            definition: changed, touched: [address.path], created: list.appending(rules.count))
    }

    /// Removes rule `index`, and the key `validate` with the last one, since an empty list says nothing.
    static func removeRule(_ index: Int, of address: QuestionAddress, in definition: JSON)
        throws(DefinitionEditError) -> DefinitionEditOutcome
    {
        let list = address.path.appending("validate")
        let rules = try rules(at: list, in: definition)
        guard rules.indices.contains(index) else { throw .noValue(at: list.appending(index)) }
        let changed =
            rules.count == 1
            ? try definition.removing(at: list) : try definition.removing(at: list.appending(index))
        return DefinitionEditOutcome(definition: changed, touched: [address.path])
    }

    private static func rules(at list: DefinitionPath, in definition: JSON) throws(DefinitionEditError) -> [JSON] {
        guard let value = definition.value(at: list) else { return [] }
        guard let elements = value.elements else { throw .unexpectedShape(at: list) }
        return elements
    }
}
