/// What changed inside one question that both versions have.
extension DefinitionDiff.ChangeCollector {
    mutating func compareQuestion(_ before: Question, _ after: Question, page: String) {
        let subject = DefinitionChange.Subject.question(after.id)
        if before.kind.typeName != after.kind.typeName {
            add(subject, page: page, .typeChanged(old: before.kind.typeName, new: after.kind.typeName))
        }
        text(.title, before.title, after.title, subject, page: page)
        text(.help, before.help, after.help, subject, page: page)
        setting(.required, .requirement(before.requirement), .requirement(after.requirement), subject, page: page)
        setting(
            .visibleIf, before.visibleIf.map { .expression($0.source) }, after.visibleIf.map { .expression($0.source) },
            subject, page: page)
        compareRules(before.rules, after.rules, subject, page: page)
        setting(.personal, .bool(before.personal), .bool(after.personal), subject, page: page)
        setting(
            .report, before.reportSetting.map { .bool($0) }, after.reportSetting.map { .bool($0) }, subject, page: page)
        compareKinds(before.kind, after.kind, subject, page: page)
    }

    /// Compares the settings, texts and option lists of two types, which need not be the same type:
    /// what both have is compared, what only one has shows as added or removed.
    private mutating func compareKinds(
        _ before: QuestionKind, _ after: QuestionKind, _ subject: DefinitionChange.Subject, page: String
    ) {
        let oldParts = before.diffParts
        let newParts = after.diffParts
        for key in Self.keys(oldParts.optionLists.map(\.0), newParts.optionLists.map(\.0)) {
            compareOptions(
                key, oldParts.optionLists.first { $0.0 == key }?.1 ?? [],
                newParts.optionLists.first { $0.0 == key }?.1 ?? [], subject, page: page)
        }
        for key in Self.keys(oldParts.settings.map(\.0), newParts.settings.map(\.0)) {
            setting(
                key, oldParts.settings.first { $0.0 == key }?.1, newParts.settings.first { $0.0 == key }?.1, subject,
                page: page)
        }
        for key in Self.keys(oldParts.texts.map(\.0), newParts.texts.map(\.0)) {
            text(
                key, oldParts.texts.first { $0.0 == key }?.1, newParts.texts.first { $0.0 == key }?.1, subject,
                page: page)
        }
    }

    /// The keys of both versions, the new version's order first.
    private static func keys<Key: Hashable>(_ before: [Key], _ after: [Key]) -> [Key] {
        after + before.filter { !after.contains($0) }
    }

    /// Rules have no ids: a rule is matched by its expression, else by its position, so editing a
    /// rule's expression shows as one change rather than a removal and an addition.
    private mutating func compareRules(
        _ before: [ValidationRule], _ after: [ValidationRule], _ subject: DefinitionChange.Subject, page: String
    ) {
        let newSources = Set(after.map(\.expression.source))
        var replaced = Set<Int>()
        for (index, rule) in after.enumerated() {
            let source = rule.expression.source
            if let previous = before.first(where: { $0.expression.source == source }) {
                text(.ruleMessage(source), previous.message, rule.message, subject, page: page)
            } else if before.indices.contains(index), !newSources.contains(before[index].expression.source) {
                replaced.insert(index)
                add(
                    subject, page: page,
                    .ruleChanged(position: index + 1, old: before[index].expression.source, new: source))
                text(.ruleMessage(source), before[index].message, rule.message, subject, page: page)
            } else {
                add(subject, page: page, .ruleAdded(expression: source))
            }
        }
        for (index, rule) in before.enumerated()
        where !replaced.contains(index) && !newSources.contains(rule.expression.source) {
            add(subject, page: page, .ruleRemoved(expression: rule.expression.source))
        }
    }
}
