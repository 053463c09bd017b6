import StrictJSON
import Testing

@testable import SurveyModel

/// The shipped feedback survey rebuilt from a blank survey by the designer's edits alone.
@Suite struct DefinitionRoundTripTests {
    /// The edits a person makes in the designer to rebuild `target` from a blank survey: survey
    /// settings, then per page add, rename and title, then per question add, rename, and every
    /// setting, text and choice, in the order the designer's forms offer them.
    static func edits(rebuilding target: JSON) throws -> [DefinitionEdit] {
        var edits: [DefinitionEdit] = []
        for field in target.fields ?? [] where !["$schema", "id", "languages", "pages"].contains(field.key) {
            edits += text(field.value, at: DefinitionPath.root.appending(field.key))
        }
        for (pageIndex, page) in (target["pages"]?.elements ?? []).enumerated() {
            let pagePath = DefinitionPath.root.appending("pages").appending(pageIndex)
            // A blank survey has its first page; every page starts with one text question, which
            // goes once the page's own questions stand behind it.
            edits += (pageIndex == 0 ? [] : [.addPage]) + [.renamePage(pageIndex, id: page["id"]?.string ?? "")]
            for field in page.fields ?? [] where !["id", "questions"].contains(field.key) {
                edits += text(field.value, at: pagePath.appending(field.key))
            }
            for (index, question) in (page["questions"]?.elements ?? []).enumerated() {
                let type = try #require(question["type"]?.string.flatMap(QuestionType.init(rawValue:)))
                let address = QuestionAddress(page: pageIndex, index: index + 1)
                edits += [
                    .addQuestion(type, page: pageIndex), .renameQuestion(address, id: question["id"]?.string ?? ""),
                ]
                edits += try settings(of: question, at: address)
            }
            edits.append(.deleteQuestion(QuestionAddress(page: pageIndex, index: 0)))
        }
        return edits
    }

    /// A text or other value set the way its form field does: texts per language, the rest as a whole.
    private static func text(_ value: JSON, at path: DefinitionPath) -> [DefinitionEdit] {
        switch value {
        case .string(let text): [.setText(path, language: nil, text)]
        case .object(let fields) where fields.allSatisfy({ $0.value.string != nil && $0.key.count == 2 }):
            fields.map { .setText(path, language: $0.key, $0.value.string ?? "") }
        default: [.set(path, value)]
        }
    }

    private static func settings(of question: JSON, at address: QuestionAddress) throws -> [DefinitionEdit] {
        var edits: [DefinitionEdit] = []
        let starter = StarterContent.settings(
            try #require(question["type"]?.string.flatMap(QuestionType.init(rawValue:))), languages: ["de"])
        for field in question.fields ?? [] where !["id", "type"].contains(field.key) {
            let path = address.path.appending(field.key)
            switch field.key {
            case "options", "rows":
                let list: ChoiceList = field.key == "rows" ? .rows(address) : .options(address)
                let wanted = field.value.elements ?? []
                let present = starter.first { $0.key == field.key }?.value.elements?.count ?? 0
                edits += Array(repeating: .addChoice(list), count: max(0, wanted.count - present))
                edits += (wanted.count..<max(wanted.count, present)).reversed().map { .removeChoice(list, $0) }
                for (index, choice) in wanted.enumerated() {
                    edits.append(.setChoiceValue(list, index, choice["value"]?.string ?? ""))
                    edits += text(choice["label"] ?? "", at: list.path.appending(index).appending("label"))
                    if let exclusive = choice["exclusive"] {
                        edits.append(.set(list.path.appending(index).appending("exclusive"), exclusive))
                    }
                }
            case "other", "notApplicable":
                edits.append(field.key == "other" ? .setOther(address, true) : .setNotApplicable(address, true))
                edits += text(field.value["label"] ?? "", at: path.appending("label"))
            case "scale":
                edits += [
                    .set(path.appending("from"), field.value["from"] ?? 1),
                    .set(path.appending("to"), field.value["to"] ?? 5),
                ]
                edits.append(.remove(path.appending("labels")))
                for label in field.value["labels"]?.fields ?? [] {
                    edits += text(label.value, at: path.appending("labels").appending(label.key))
                }
            case "labels":
                for label in field.value.fields ?? [] {
                    edits += text(label.value, at: path.appending(label.key))
                }
            default:
                edits += text(field.value, at: path)
            }
        }
        return edits
    }

    @Test(arguments: [("fortbildung-feedback", ["de"]), ("digitale-bildung", ["de", "en"])])
    func rebuildsAShippedSurveyFromBlank(id: String, languages: [String]) throws {
        let shipped = try EditingTestSupport.shipped(id)
        let blank = DefinitionTemplate.blank(id: id, title: "Entwurf", languages: languages)
        var definition = blank
        for edit in try Self.edits(rebuilding: shipped) {
            definition = try edit.apply(to: definition)
        }
        let rebuilt = try #require(
            EditingTestSupport.load(definition).survey, "\(EditingTestSupport.errors(definition))")
        let original = try #require(EditingTestSupport.load(shipped).survey)
        #expect(
            SurveyContent(rebuilt) == SurveyContent(original),
            "\(SurveyContent(rebuilt).differences(from: SurveyContent(original)))")
        #expect(EditingTestSupport.load(definition).diagnostics.isEmpty)
        // What `survey diff` prints between the shipped file and the rebuilt one: nothing.
        #expect(DefinitionDiff(old: original, new: rebuilt).changes.map { $0.text(.en) } == [])
        // And written by the designer, the rebuilt file is the shipped file byte for byte.
        let shippedBytes = try EditingTestSupport.shippedBytes(id)
        #expect(CanonicalDefinition.write(definition).bytes == shippedBytes)
    }

    @Test func noticesADifferenceInTheRebuiltSurvey() throws {
        let shipped = try EditingTestSupport.shipped("fortbildung-feedback")
        var definition = DefinitionTemplate.blank(id: "fortbildung-feedback", title: "Entwurf", languages: ["de"])
        for edit in try Self.edits(rebuilding: shipped) {
            definition = try edit.apply(to: definition)
        }
        let workshop = ChoiceList.options(QuestionAddress(page: 0, index: 0))
        definition = try DefinitionEdit.moveChoiceDown(workshop, 0).apply(to: definition)
        let rebuilt = try #require(EditingTestSupport.load(definition).survey)
        let original = try #require(EditingTestSupport.load(shipped).survey)
        #expect(SurveyContent(rebuilt) != SurveyContent(original))
        #expect(!DefinitionDiff(old: original, new: rebuilt).changes.isEmpty)
    }
}
