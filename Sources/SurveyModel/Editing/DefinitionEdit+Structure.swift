import StrictJSON

/// Edits of pages and questions: adding, renaming, copying, moving and deleting them.
extension DefinitionEdit {
    /// The report settings, when entries of its lists were removed.
    private static func reportTouched(_ entries: [DefinitionPath]) -> [DefinitionPath] {
        entries.isEmpty ? [] : [DefinitionPath.root.appending("report")]
    }

    static func addPage(to definition: JSON) throws(DefinitionEditError) -> DefinitionEditOutcome {
        let outline = DefinitionOutline(definition: definition)
        let count = try outline.pages().count
        let page = StarterContent.page(
            id: outline.freshID(prefix: "seite", startingAt: count + 1),
            questionID: outline.freshID(prefix: StarterContent.idPrefix(.text), startingAt: outline.questionCount + 1),
            languages: outline.languages)
        let list = DefinitionOutline.pages
        let changed = try definition.setting(.array(try outline.pages() + [page]), at: list)
        return DefinitionEditOutcome(
            definition: changed, touched: [list.appending(count)], created: list.appending(count))
    }

    static func renamePage(_ page: Int, to id: String, in definition: JSON) throws(DefinitionEditError)
        -> DefinitionEditOutcome
    {
        let path = DefinitionOutline.pages.appending(page)
        guard definition.value(at: path)?.fields != nil else { throw .noValue(at: path) }
        if definition.value(at: path.appending("id"))?.string == id {
            return DefinitionEditOutcome(definition: definition, touched: [])
        }
        let outline = DefinitionOutline(definition: definition)
        try outline.checkChosenID(id, among: outline.pageIDs)
        let changed = try definition.setting(.string(id), at: path.appending("id"))
        return DefinitionEditOutcome(definition: changed, touched: [path.appending("id")])
    }

    static func deletePage(_ page: Int, in definition: JSON) throws(DefinitionEditError) -> DefinitionEditOutcome {
        let path = DefinitionOutline.pages.appending(page)
        let ids = Set(
            try DefinitionOutline(definition: definition).questions(onPage: page).compactMap { $0["id"]?.string })
        try refuseIfExpressionsRead(ids, outside: path, in: definition)
        let entries = DefinitionReferences(definition).reportEntries(naming: ids)
        let changed = try rewritingReportEntries(entries, to: nil, in: definition).removing(at: path)
        // A report section whose every question went is left empty, for the loader to flag there.
        return DefinitionEditOutcome(definition: changed, touched: [DefinitionOutline.pages] + reportTouched(entries))
    }

    static func addQuestion(_ type: QuestionType, page: Int, in definition: JSON) throws(DefinitionEditError)
        -> DefinitionEditOutcome
    {
        let outline = DefinitionOutline(definition: definition)
        let questions = try outline.questions(onPage: page)
        let id = outline.freshID(prefix: StarterContent.idPrefix(type), startingAt: outline.questionCount + 1)
        let question = StarterContent.question(type, id: id, languages: outline.languages)
        let list = DefinitionOutline.pages.appending(page).appending("questions")
        let changed = try definition.setting(.array(questions + [question]), at: list)
        let created = list.appending(questions.count)
        return DefinitionEditOutcome(definition: changed, touched: [created], created: created)
    }

    static func renameQuestion(_ address: QuestionAddress, to id: String, in definition: JSON)
        throws(DefinitionEditError) -> DefinitionEditOutcome
    {
        let outline = DefinitionOutline(definition: definition)
        let old = try outline.question(address).first { $0.key == "id" }?.value.string
        if old == id { return DefinitionEditOutcome(definition: definition, touched: []) }
        try outline.checkChosenID(id, among: outline.questionIDs)
        var entries: [DefinitionPath] = []
        if let old {
            try refuseIfExpressionsRead([old], outside: nil, in: definition)
            entries = DefinitionReferences(definition).reportEntries(naming: [old])
        }
        let path = address.path.appending("id")
        let changed = try rewritingReportEntries(entries, to: id, in: definition).setting(.string(id), at: path)
        return DefinitionEditOutcome(definition: changed, touched: [path] + entries)
    }

    static func duplicateQuestion(_ address: QuestionAddress, in definition: JSON) throws(DefinitionEditError)
        -> DefinitionEditOutcome
    {
        let outline = DefinitionOutline(definition: definition)
        var fields = try outline.question(address)
        let type = fields.first { $0.key == "type" }?.value.string.flatMap(QuestionType.init(rawValue:))
        let id = outline.freshID(
            prefix: type.map(StarterContent.idPrefix) ?? "frage", startingAt: outline.questionCount + 1)
        if let position = fields.firstIndex(where: { $0.key == "id" }) {
            fields[position].value = .string(id)
        } else {
            fields.insert(JSONField(key: "id", value: .string(id)), at: 0)
        }
        var questions = try outline.questions(onPage: address.page)
        questions.insert(.object(fields), at: address.index + 1)
        let list = DefinitionOutline.pages.appending(address.page).appending("questions")
        let changed = try definition.setting(.array(questions), at: list)
        // The copy's conditions read the same questions as the original, which stand before both.
        return DefinitionEditOutcome(
            definition: changed, touched: [list], created: list.appending(address.index + 1))
    }

    static func moveQuestion(_ address: QuestionAddress, toPage page: Int, in definition: JSON)
        throws(DefinitionEditError) -> DefinitionEditOutcome
    {
        let outline = DefinitionOutline(definition: definition)
        let question = JSON.object(try outline.question(address))
        let target = try outline.questions(onPage: page)
        let pages = DefinitionOutline.pages
        var changed = try definition.setting(
            .array(target + [question]), at: pages.appending(page).appending("questions"))
        changed = try changed.removing(at: address.path)
        let index = page == address.page ? target.count - 1 : target.count
        // Conditions on later pages may read the question, so the whole of `pages` is touched.
        return DefinitionEditOutcome(
            definition: changed, touched: [pages],
            created: pages.appending(page).appending("questions").appending(index))
    }

    static func deleteQuestion(_ address: QuestionAddress, in definition: JSON) throws(DefinitionEditError)
        -> DefinitionEditOutcome
    {
        let fields = try DefinitionOutline(definition: definition).question(address)
        let ids = Set(fields.first { $0.key == "id" }?.value.string.map { [$0] } ?? [])
        try refuseIfExpressionsRead(ids, outside: address.path, in: definition)
        let entries = DefinitionReferences(definition).reportEntries(naming: ids)
        let changed = try rewritingReportEntries(entries, to: nil, in: definition).removing(at: address.path)
        return DefinitionEditOutcome(
            definition: changed, touched: [address.path.parent.parent] + reportTouched(entries))
    }

    static func changeType(of address: QuestionAddress, to type: QuestionType, in definition: JSON)
        throws(DefinitionEditError) -> DefinitionEditOutcome
    {
        let outline = DefinitionOutline(definition: definition)
        let fields = try outline.question(address)
        let ids = Set(fields.first { $0.key == "id" }?.value.string.map { [$0] } ?? [])
        try refuseIfExpressionsRead(ids, outside: address.path, in: definition)
        // A report section may list the question; if the new type is left out of reports, the
        // loader says so at that entry.
        let entries = DefinitionReferences(definition).reportEntries(naming: ids)
        let accepted = Set(DefinitionKeys.question(type))
        var kept = fields.filter { accepted.contains($0.key) }
        let dropped = fields.map(\.key).filter { !accepted.contains($0) }
        if let position = kept.firstIndex(where: { $0.key == "type" }) {
            kept[position].value = .string(type.rawValue)
        } else {
            kept.append(JSONField(key: "type", value: .string(type.rawValue)))
        }
        let keys = Set(kept.map(\.key))
        if type != .note, !keys.contains("title") {
            kept.append(JSONField(key: "title", value: StarterContent.title(languages: outline.languages)))
        }
        // Keys without which the new type cannot load come from the starting content.
        let starter = StarterContent.settings(type, languages: outline.languages)
        let hasCells = keys.contains("scale") || keys.contains("options")
        for field in starter where !keys.contains(field.key) && !(type == .matrix && field.key == "scale" && hasCells) {
            kept.append(field)
        }
        let changed = try definition.setting(.object(kept), at: address.path)
        return DefinitionEditOutcome(definition: changed, touched: [address.path] + entries, droppedKeys: dropped)
    }
}
