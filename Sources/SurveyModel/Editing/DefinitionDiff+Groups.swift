/// The changes grouped as a reader goes through the survey: its settings first, then page by page.
extension DefinitionDiff {
    /// Consecutive changes listed under one page, or under the survey's settings when `page` is nil.
    public struct Group: Sendable {
        public let page: String?
        public let changes: [DefinitionChange]
    }

    /// The changes in groups, in the order of ``changes``.
    public var groups: [Group] {
        var groups: [Group] = []
        var current: [DefinitionChange] = []
        for change in changes {
            if let first = current.first, first.page != change.page {
                groups.append(Group(page: first.page, changes: current))
                current = []
            }
            current.append(change)
        }
        if let first = current.first { groups.append(Group(page: first.page, changes: current)) }
        return groups
    }

    /// The heading of a group: „Seite „netz“: „B Netz und WLAN““, or the survey's settings.
    public func heading(of group: Group, _ language: DiagnosticLanguage) -> String {
        let words = DefinitionDiffWords(language)
        guard let page = group.page else { return words.pick("Einstellungen der Befragung", "Survey settings") }
        let title = pageTitles[page].map { ": " + words.text($0) } ?? ""
        return words.pick("Seite ", "Page ") + words.quoted(page) + title
    }
}
