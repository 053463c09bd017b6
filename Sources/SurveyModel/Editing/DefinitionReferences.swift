import StrictJSON

/// Where a definition refers to its questions: the expressions of pages and questions, and the
/// question lists of the report settings.
///
/// Edits consult it so that no reference silently dangles: a question that an expression reads keeps
/// its id, type and option values until those places are changed. The report settings' lists
/// follow a question instead: renamed there when it is renamed, dropped when it is deleted.
struct DefinitionReferences {
    /// Every expression that parses, with the path of the string it is written in.
    private(set) var expressions: [(path: DefinitionPath, expression: Expression)] = []
    /// Every question id listed in `report.exclude`, `report.include` and `report.sections`.
    private(set) var reportEntries: [(path: DefinitionPath, id: String)] = []

    init(_ definition: JSON) {
        let pages = DefinitionOutline.pages
        for (pageIndex, page) in (definition["pages"]?.elements ?? []).enumerated() {
            let pagePath = pages.appending(pageIndex)
            add(page["visibleIf"], at: pagePath.appending("visibleIf"))
            for (index, question) in (page["questions"]?.elements ?? []).enumerated() {
                let path = pagePath.appending("questions").appending(index)
                add(question["visibleIf"], at: path.appending("visibleIf"))
                add(question["requiredIf"], at: path.appending("requiredIf"))
                for (rule, value) in (question["validate"]?.elements ?? []).enumerated() {
                    add(value["expr"], at: path.appending("validate").appending(rule).appending("expr"))
                }
            }
        }
        let report = DefinitionPath.root.appending("report")
        for key in ["exclude", "include"] {
            addEntries(definition["report"]?[key], at: report.appending(key))
        }
        for (index, section) in (definition["report"]?["sections"]?.elements ?? []).enumerated() {
            addEntries(section["questions"], at: report.appending("sections").appending(index).appending("questions"))
        }
    }

    private mutating func add(_ value: JSON?, at path: DefinitionPath) {
        guard let source = value?.string, let expression = try? Expression.parse(source) else { return }
        expressions.append((path, expression))
    }

    private mutating func addEntries(_ list: JSON?, at path: DefinitionPath) {
        for (index, entry) in (list?.elements ?? []).enumerated() {
            if let id = entry.string { reportEntries.append((path.appending(index), id)) }
        }
    }

    /// The expressions that read any of `ids`, leaving out those inside `excluded` (the part being removed).
    func expressions(readingAnyOf ids: Set<String>, outside excluded: DefinitionPath? = nil) -> [DefinitionPath] {
        expressions.filter { entry in
            entry.expression.references.contains { $0.questionID.map(ids.contains) ?? false }
                && !(excluded?.contains(entry.path) ?? false)
        }.map(\.path)
    }

    /// The entries of the report settings' question lists that name any of `ids`.
    func reportEntries(naming ids: Set<String>) -> [DefinitionPath] {
        reportEntries.filter { ids.contains($0.id) }.map(\.path)
    }

    /// The expressions that read question `id` and write `value` as a quoted text: the places an
    /// option value is compared with (`schulart == 'gs'`, `dienste contains 'moodle'`).
    func places(comparing value: String, withQuestion id: String) -> [DefinitionPath] {
        let quoted = ["'\(value)'", "\"\(value)\""]
        return expressions.filter { entry in
            entry.expression.references.contains { $0.questionID == id }
                && quoted.contains { entry.expression.source.contains($0) }
        }.map(\.path)
    }

    /// The expressions that read row `row` of matrix `id` (`ausstattung.tafel`).
    func places(readingRow row: String, ofMatrix id: String) -> [DefinitionPath] {
        expressions.filter { entry in
            entry.expression.references.contains { $0.path == .matrixRow(question: id, row: row) }
        }.map(\.path)
    }
}
