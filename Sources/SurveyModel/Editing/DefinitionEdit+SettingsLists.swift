import StrictJSON

/// Adding entries to the settings' lists. Removing one is a plain `remove` at its path.
extension DefinitionEdit {
    /// Appends an entry that loads as it stands: a field with a fresh id and a label, an option with
    /// a fresh value, or a section holding the first question no section lists yet.
    static func addEntry(to list: SettingsList, in definition: JSON) throws(DefinitionEditError)
        -> DefinitionEditOutcome
    {
        let outline = DefinitionOutline(definition: definition)
        let languages = outline.languages
        let path = list.path
        let existing: [JSON]
        switch definition.value(at: path) {
        case nil: existing = []
        case .array(let elements)?: existing = elements
        default: throw .unexpectedShape(at: path)
        }
        if case .fieldOptions(let field) = list, definition.value(at: path.parent)?.fields == nil {
            throw .noValue(at: DefinitionPath.root.appending("participantFields").appending(field))
        }
        let number = existing.count + 1
        let entry: JSON
        switch list {
        case .participantFields:
            entry = [
                "id": .string(outline.freshID(prefix: "merkmal", startingAt: number)),
                "label": StarterContent.text("Merkmal \(number)", "Attribute \(number)", languages: languages),
            ]
        case .fieldOptions:
            let used = Set(existing.compactMap { $0["value"]?.string })
            var fresh = number
            while used.contains("wert_\(fresh)") { fresh += 1 }
            entry = [
                "value": .string("wert_\(fresh)"),
                "label": StarterContent.text("Wert \(fresh)", "Value \(fresh)", languages: languages),
            ]
        case .reportSections:
            let listed = Set(existing.flatMap { $0["questions"]?.elements?.compactMap(\.string) ?? [] })
            let first = reportableQuestionIDs(in: definition).first { !listed.contains($0) }
            entry = [
                "title": StarterContent.text("Abschnitt \(number)", "Section \(number)", languages: languages),
                "questions": .array(first.map { [JSON.string($0)] } ?? []),
            ]
        }
        let changed = try definition.setting(.array(existing + [entry]), at: path)
        let created = path.appending(existing.count)
        return DefinitionEditOutcome(definition: changed, touched: [created], created: created)
    }

    /// The ids of the questions a report shows by default, in the form's order: answerable, not
    /// personal, not excluded, and free texts only when included.
    private static func reportableQuestionIDs(in definition: JSON) -> [String] {
        let report = definition["report"]
        let excluded = Set(report?["exclude"]?.elements?.compactMap(\.string) ?? [])
        let included = Set(report?["include"]?.elements?.compactMap(\.string) ?? [])
        let questions = (definition["pages"]?.elements ?? []).flatMap { $0["questions"]?.elements ?? [] }
        return questions.compactMap { question in
            guard let id = question["id"]?.string, !excluded.contains(id), question["personal"]?.bool != true
            else { return nil }
            switch question["type"]?.string {
            case "note": return nil
            case "text": return included.contains(id) ? id : nil
            default: return id
            }
        }
    }
}
